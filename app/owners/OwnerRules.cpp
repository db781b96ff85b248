#include "owners/OwnerRules.h"

#include "base/ApiError.h"

namespace c1::ownerRules {

namespace {
constexpr int kGrpcAlreadyExists = 6;
constexpr int kGrpcFailedPrecondition = 9;
} // namespace

bool isAlreadyOwner(const ApiError& error)
{
    return error.kind == ApiError::Kind::Http && (error.httpStatus == 409 || error.grpcCode == kGrpcAlreadyExists);
}

bool isOverLimit(const ApiError& error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus < 500 && error.grpcCode == kGrpcFailedPrecondition;
}

bool isNotFound(const ApiError& error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 404;
}

bool needsReadBack(const ApiError& error)
{
    // A 2xx whose body could not be read did reach the tenant; a cancel may have happened after the request left.
    return error.isAmbiguous() || error.kind == ApiError::Kind::Canceled || error.kind == ApiError::Kind::BadJson;
}

} // namespace c1::ownerRules

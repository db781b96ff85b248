#pragma once

#include "sandbox/SandboxHttpMessage.h"

#include <QJsonObject>

namespace c1 {

// Answers in C1's shapes: JSON bodies, google.rpc.Status errors with the request ID in the message (and in
// X-Request-Id on every answer, which SandboxServer adds), gRPC codes mapped to HTTP as grpc-gateway does.
class SandboxReply {
public:
    enum Code {
        Ok = 0,
        InvalidArgument = 3,
        NotFound = 5,
        AlreadyExists = 6,
        PermissionDenied = 7,
        ResourceExhausted = 8,
        FailedPrecondition = 9,
        Unimplemented = 12,
        Internal = 13,
        Unavailable = 14,
        Unauthenticated = 16,
    };

    static SandboxHttpResponse json(const QJsonObject& body, int status = 200);
    static SandboxHttpResponse error(Code code, const QString& message, const QString& requestId, int httpStatus = 0);
    static SandboxHttpResponse invalid(const QString& message, const QString& requestId)
    {
        return error(InvalidArgument, message, requestId);
    }
    static SandboxHttpResponse notFound(const QString& message, const QString& requestId)
    {
        return error(NotFound, message, requestId);
    }
    // OAuth2 token-endpoint error (RFC 6749 §5.2).
    static SandboxHttpResponse oauthError(int status, const QString& error, const QString& description);
    static int httpStatus(Code code);
};

} // namespace c1

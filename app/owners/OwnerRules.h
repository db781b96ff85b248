#pragma once

namespace c1 {

struct ApiError;

// C1's owner rules that the console relies on (docs/api-facts.md §2), defined once for the engine, the planner and the
// forms that pick owners. The sandbox tenant enforces the same rules on its own side, as the real service does.
namespace ownerRules {

// At most 32 user owners and 32 entitlement owners per object, counted over all role slugs together.
inline constexpr int maxOwnersPerKind = 32;

// How the tenant answers an owner write, decided here and nowhere else.
bool isAlreadyOwner(const ApiError& error); // an add: 409 / ALREADY_EXISTS
bool isOverLimit(const ApiError& error); // an add: FAILED_PRECONDITION (the limit above)
bool isNotFound(const ApiError& error); // 404: not an owner, or no such target/user/entitlement (read back)
// The write may or may not have taken effect: read it back before anything is re-sent or reported.
bool needsReadBack(const ApiError& error);

} // namespace ownerRules
} // namespace c1

#pragma once

#include "sandbox/SandboxRouteContext.h"

namespace c1 {

// POST /api/v1/search/user-ownership {userId, ownershipTypes[], pageSize, pageToken}: everything one user owns as a
// user owner (apps, resources, entitlements), computed from the same owner rows every owner write changes (the v2
// owner endpoints, PUT, and the owners given at createApp / createResource), so it always agrees with them.
//
// Choices where C1 does not document its behaviour:
// - One entry per owned object, whatever the number of role slugs it is owned under (the entry has no role slug).
// - Like the owner lists, an ownership shows only after SandboxOptions::ownerVisibilityDelayMs; a removal at once.
// - Ownership through an entitlement (a group owning an app) is not the user's own and is not listed.
// - Objects of soft-deleted apps are left out.
// - userId is required and must be a 27-character ID (400 INVALID_ARGUMENT); an unknown user answers 404;
//   ownershipTypes must hold enum names of the spec (400 otherwise; UNSPECIFIED alone means every type).
// - Ordered by the first ownership's creation; the page token is bound to the user and the type filter.
class SandboxRoutesOwnership {
public:
    explicit SandboxRoutesOwnership(SandboxRouteContext& context);
    void install(SandboxRouter& router);

private:
    SandboxHttpResponse searchUserOwnership(SandboxCall& call);

    SandboxRouteContext& m_context;
};

} // namespace c1

#pragma once

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxRouteContext.h"

namespace c1 {

struct SandboxResource;

// The v2 owner endpoints of apps, of resources and of entitlements: user owners and entitlement owners, list
// (optionally by role slug), create, get, delete, and PUT to replace the owners of one role. An entitlement's
// owners live under /api/v2/apps/{app_id}/entitlements/{entitlement_id}/owners/... with the same rules.
//
// Choices where C1's behaviour is not documented:
// - Adding an owner that already exists (same role, same user or entitlement) answers 409 ALREADY_EXISTS
//   (code 6), as C1's gRPC services do for a duplicate ownership source; nothing is written twice.
// - At most 32 user owners and 32 entitlement owners per object, counted over all role slugs together; one more
//   answers 400 FAILED_PRECONDITION (code 9).
// - An unknown user or entitlement answers 404 NOT_FOUND; an unknown role slug 400 INVALID_ARGUMENT.
// - A new owner shows in owner lists only after SandboxOptions::ownerVisibilityDelayMs (C1 takes 45–150 s);
//   GET of that one owner, the duplicate check and DELETE see it at once. A delete is visible at once.
// - An owner the app's connector sourced (SandboxServer::setConnectorOwner) is listed in the v1 resource owner
//   list's immutableUserIds and refused to DELETE with 400 FAILED_PRECONDITION.
class SandboxRoutesOwners {
public:
    explicit SandboxRoutesOwners(SandboxRouteContext& context);
    void install(SandboxRouter& router);

private:
    using Owned = SandboxJson::OwnedKind;
    struct Target {
        Owned owned = Owned::App;
        QString appId;
        const SandboxResource* resource = nullptr;
        QString entitlementId; // Owned::Entitlement
        QString objectId; // the app's, the resource's or the entitlement's ID
        qsizetype next = 0; // index of the first argument after the object's own
    };
    std::optional<Target> resolve(const SandboxCall& call, Owned owned, SandboxHttpResponse* error) const;
    QJsonObject ownerJson(const SandboxOwner& owner, const Target& target) const;
    // Reads the owner named by the path (role slug + user ID, or role slug + entitlement app ID + ID) and checks
    // it against the body's userRef / appEntitlementRef. On failure *error is set.
    bool ownerFromPath(const SandboxCall& call, const Target& target, bool entitlement, SandboxOwner* owner,
        SandboxHttpResponse* error) const;
    // The prologue of a route on one owner: the object the path names (resolve) and the owner (ownerFromPath).
    // Returns the refusal, or nullopt with *target and *owner set.
    std::optional<SandboxHttpResponse> refuseOwnerPath(
        const SandboxCall& call, Owned owned, bool entitlement, Target* target, SandboxOwner* owner) const;

    SandboxHttpResponse list(SandboxCall& call, Owned owned, bool entitlement);
    SandboxHttpResponse create(SandboxCall& call, Owned owned, bool entitlement);
    SandboxHttpResponse get(SandboxCall& call, Owned owned, bool entitlement);
    SandboxHttpResponse remove(SandboxCall& call, Owned owned, bool entitlement);
    SandboxHttpResponse set(SandboxCall& call, Owned owned);
    SandboxHttpResponse listResourceOwnersV1(SandboxCall& call);

    SandboxRouteContext& m_context;
};

} // namespace c1

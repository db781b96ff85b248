#pragma once

#include "sandbox/SandboxEntities.h"

#include <QJsonObject>

namespace c1 {

class SandboxStore;

// The API shapes of the sandbox's rows (docs/api-facts.md §2, the spec's schemas): lowerCamelCase, int64 as strings,
// RFC 3339 UTC times, null where a time is unset.
class SandboxJson {
public:
    static QString timestamp(qint64 msecsSinceEpoch);
    static QJsonObject app(const SandboxApp& app, const SandboxStore& store, qint64 now);
    static QJsonObject resourceType(const SandboxResourceType& type);
    static QJsonObject resource(const SandboxResource& resource);
    static QJsonObject entitlement(const SandboxEntitlement& entitlement);
    static QJsonObject user(const SandboxUser& user);

    static QJsonObject resourceTypeView(const SandboxResourceType& type);
    static QJsonObject resourceView(const SandboxResource& resource);
    static QJsonObject entitlementView(const SandboxEntitlement& entitlement);
    static QJsonObject userView(const SandboxUser& user);

    // What owners belong to: an app, a resource or an entitlement (v2 owner endpoints).
    enum class OwnedKind { App, Resource, Entitlement };
    // AppOwnerUser / AppOwnerEntitlement, with a resource AppResourceOwnerUser / AppResourceOwnerEntitlement,
    // with an entitlement (targetEntitlementId) AppEntitlementOwnerUser / AppEntitlementOwnerEntitlement.
    static QJsonObject owner(const SandboxOwner& owner, const SandboxStore& store, const QString& appId,
        const SandboxResource* resource, const QString& targetEntitlementId = {});
    static QString ownerField(bool entitlement, OwnedKind owned); // "appOwnerUser" …

    // UserOwnershipEntry (POST /api/v1/search/user-ownership) for the object `objectId` the user owns; an empty
    // object when it is no (longer an) app, resource or entitlement of a live app.
    static QJsonObject userOwnershipEntry(const SandboxStore& store, const QString& objectId);

    // A trait ID per resource type kind (stable, 27 characters), for AppResourceType.traitIds.
    static QString traitId(const QString& kind);
};

} // namespace c1

#include "sandbox/SandboxJson.h"

#include "sandbox/SandboxStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

QJsonValue time(qint64 msecs)
{
    return msecs > 0 ? QJsonValue(SandboxJson::timestamp(msecs)) : QJsonValue();
}

QJsonObject annotations(const SandboxAnnotations& map)
{
    QJsonObject json;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

} // namespace

QString SandboxJson::timestamp(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject SandboxJson::app(const SandboxApp& a, const SandboxStore& store, qint64 now)
{
    QJsonArray appOwners;
    for (const SandboxOwner& owner : store.owners(a.id)) {
        if (!owner.entitlement && owner.visibleAt <= now) {
            if (const SandboxUser* u = store.user(owner.userId))
                appOwners.append(user(*u));
        }
    }
    return QJsonObject { { u"id"_s, a.id }, { u"displayName"_s, a.displayName }, { u"description"_s, a.description },
        { u"annotations"_s, annotations(a.annotations) }, { u"appAccountId"_s, QString() },
        { u"appAccountName"_s, QString() }, { u"appOwners"_s, appOwners },
        { u"accessModel"_s, u"APP_ACCESS_MODEL_CLASSIC"_s }, { u"certifyPolicyId"_s, a.certifyPolicyId },
        { u"grantPolicyId"_s, a.grantPolicyId }, { u"revokePolicyId"_s, a.revokePolicyId },
        { u"defaultRequestCatalogId"_s, QString() }, { u"iconUrl"_s, a.iconUrl }, { u"logoUri"_s, a.iconUrl },
        { u"identityMatching"_s,
            a.identityMatching.isEmpty() ? u"APP_USER_IDENTITY_MATCHING_UNSPECIFIED"_s : a.identityMatching },
        { u"instructions"_s, a.instructions }, { u"parentAppId"_s, QString() }, { u"isDirectory"_s, a.directory },
        { u"isManuallyManaged"_s, a.manuallyManaged },
        { u"strictAccessEntitlementProvisioning"_s, a.strictAccessEntitlementProvisioning },
        { u"enableConnectorSourcedOwnership"_s, false }, { u"revokeGrantSources"_s, false },
        { u"monthlyCostUsd"_s, a.monthlyCostUsd }, { u"connectorVersion"_s, a.manuallyManaged ? 0 : 2 },
        { u"userCount"_s, QString::number(a.userCount) }, { u"fieldMask"_s, QJsonValue() },
        { u"createdAt"_s, time(a.createdAt) }, { u"updatedAt"_s, time(a.updatedAt) },
        { u"deletedAt"_s, time(a.deletedAt) } };
}

QJsonObject SandboxJson::resourceType(const SandboxResourceType& t)
{
    return QJsonObject { { u"id"_s, t.id }, { u"appId"_s, t.appId }, { u"displayName"_s, t.displayName },
        { u"traitIds"_s, QJsonArray { traitId(t.kind) } }, { u"createdAt"_s, time(t.createdAt) },
        { u"updatedAt"_s, time(t.updatedAt) }, { u"deletedAt"_s, QJsonValue() } };
}

QJsonObject SandboxJson::resource(const SandboxResource& r)
{
    return QJsonObject { { u"id"_s, r.id }, { u"appId"_s, r.appId }, { u"appResourceTypeId"_s, r.typeId },
        { u"displayName"_s, r.displayName }, { u"description"_s, r.description }, { u"customDescription"_s, QString() },
        { u"externalId"_s, r.manuallyManaged ? QString() : r.id.left(12).toLower() },
        { u"matchBatonId"_s, r.matchBatonId }, { u"accessConfigId"_s, QString() },
        { u"parentAppResourceId"_s, QString() }, { u"parentAppResourceTypeId"_s, QString() },
        { u"nhiType"_s, u"NHI_TYPE_UNSPECIFIED"_s }, { u"annotations"_s, annotations(r.annotations) },
        { u"grantCount"_s, QString::number(r.grantCount) }, { u"secretTrait"_s, QJsonValue() },
        { u"createdAt"_s, time(r.createdAt) }, { u"updatedAt"_s, time(r.updatedAt) },
        { u"deletedAt"_s, QJsonValue() } };
}

QJsonObject SandboxJson::entitlement(const SandboxEntitlement& e)
{
    return QJsonObject { { u"id"_s, e.id }, { u"appId"_s, e.appId }, { u"appResourceTypeId"_s, e.typeId },
        { u"appResourceId"_s, e.resourceId }, { u"displayName"_s, e.displayName }, { u"description"_s, e.description },
        { u"alias"_s, e.alias }, { u"slug"_s, e.slug }, { u"purpose"_s, u"APP_ENTITLEMENT_PURPOSE_VALUE_ASSIGNMENT"_s },
        { u"externalId"_s, QString() }, { u"grantPolicyId"_s, QString() }, { u"revokePolicyId"_s, QString() },
        { u"certifyPolicyId"_s, QString() }, { u"durationGrant"_s, QJsonValue() }, { u"annotations"_s, QJsonObject() },
        { u"grantCount"_s, QString::number(e.grantCount) }, { u"isManuallyManaged"_s, false },
        { u"systemBuiltin"_s, false }, { u"createdAt"_s, time(e.createdAt) }, { u"updatedAt"_s, time(e.updatedAt) },
        { u"deletedAt"_s, QJsonValue() } };
}

QJsonObject SandboxJson::user(const SandboxUser& u)
{
    return QJsonObject { { u"id"_s, u.id }, { u"displayName"_s, u.displayName }, { u"email"_s, u.email },
        { u"emails"_s, QJsonArray { u.email } }, { u"username"_s, u.username },
        { u"usernames"_s, QJsonArray { u.username } }, { u"jobTitle"_s, u.jobTitle }, { u"department"_s, u.department },
        { u"status"_s, u.status }, { u"directoryStatus"_s, u.status }, { u"type"_s, u"USER_TYPE_HUMAN"_s },
        { u"origin"_s, u"USER_ORIGIN_DIRECTORY"_s },
        { u"employmentStatus"_s, u.status == u"ENABLED"_s ? u"Active"_s : u"Terminated"_s },
        { u"managerIds"_s, QJsonArray() }, { u"createdAt"_s, time(u.createdAt) }, { u"updatedAt"_s, time(u.updatedAt) },
        { u"deletedAt"_s, time(u.deletedAt) } };
}

QJsonObject SandboxJson::resourceTypeView(const SandboxResourceType& type)
{
    return QJsonObject { { u"appResourceType"_s, resourceType(type) }, { u"appPath"_s, QString() } };
}

QJsonObject SandboxJson::resourceView(const SandboxResource& r)
{
    return QJsonObject { { u"appResource"_s, resource(r) }, { u"appPath"_s, QString() },
        { u"resourceTypePath"_s, QString() }, { u"parentResourcePath"_s, QString() },
        { u"parentResourceTypePath"_s, QString() } };
}

QJsonObject SandboxJson::entitlementView(const SandboxEntitlement& e)
{
    return QJsonObject { { u"appEntitlement"_s, entitlement(e) }, { u"appPath"_s, QString() },
        { u"appResourcePath"_s, QString() }, { u"appResourceTypePath"_s, QString() } };
}

QJsonObject SandboxJson::userView(const SandboxUser& u)
{
    return QJsonObject { { u"user"_s, user(u) }, { u"userId"_s, u.id } };
}

QJsonObject SandboxJson::owner(const SandboxOwner& o, const SandboxStore& store, const QString& appId,
    const SandboxResource* resource, const QString& targetEntitlementId)
{
    QJsonObject json { { u"appId"_s, appId }, { u"roleSlug"_s, o.roleSlug }, { u"createdAt"_s, time(o.createdAt) } };
    if (resource) {
        json.insert(u"resourceTypeId"_s, resource->typeId);
        json.insert(u"resourceId"_s, resource->id);
    }
    if (!targetEntitlementId.isEmpty())
        json.insert(u"entitlementId"_s, targetEntitlementId);
    if (o.entitlement) {
        const SandboxEntitlement* e = store.entitlement(o.entitlementAppId, o.entitlementId);
        json.insert(u"appEntitlement"_s, e ? QJsonValue(entitlement(*e)) : QJsonValue());
    } else {
        const SandboxUser* u = store.user(o.userId);
        json.insert(u"user"_s, u ? QJsonValue(user(*u)) : QJsonValue());
    }
    return json;
}

QString SandboxJson::ownerField(bool entitlement, OwnedKind owned)
{
    switch (owned) {
    case OwnedKind::App:
        break;
    case OwnedKind::Resource:
        return entitlement ? u"appResourceOwnerEntitlement"_s : u"appResourceOwnerUser"_s;
    case OwnedKind::Entitlement:
        return entitlement ? u"appEntitlementOwnerEntitlement"_s : u"appEntitlementOwnerUser"_s;
    }
    return entitlement ? u"appOwnerEntitlement"_s : u"appOwnerUser"_s;
}

QJsonObject SandboxJson::userOwnershipEntry(const SandboxStore& store, const QString& objectId)
{
    auto entry = [&](const QString& type, const SandboxApp& app) {
        return QJsonObject { { u"ownershipType"_s, type }, { u"appId"_s, app.id },
            { u"appDisplayName"_s, app.displayName }, { u"resourceTypeId"_s, QString() },
            { u"resourceId"_s, QString() }, { u"resourceDisplayName"_s, QString() }, { u"entitlementId"_s, QString() },
            { u"entitlementDisplayName"_s, QString() } };
    };
    if (const SandboxApp* app = store.app(objectId))
        return entry(u"USER_OWNERSHIP_TYPE_APP"_s, *app);
    if (const SandboxResource* resource = store.resourceById(objectId)) {
        const SandboxApp* app = store.app(resource->appId);
        if (!app)
            return {};
        QJsonObject json = entry(u"USER_OWNERSHIP_TYPE_RESOURCE"_s, *app);
        json.insert(u"resourceTypeId"_s, resource->typeId);
        json.insert(u"resourceId"_s, resource->id);
        json.insert(u"resourceDisplayName"_s, resource->displayName);
        return json;
    }
    const auto entitlement = store.entitlements().constFind(objectId);
    if (entitlement != store.entitlements().cend()) {
        const SandboxApp* app = store.app(entitlement->appId);
        if (!app)
            return {};
        QJsonObject json = entry(u"USER_OWNERSHIP_TYPE_ENTITLEMENT"_s, *app);
        json.insert(u"entitlementId"_s, entitlement->id);
        json.insert(u"entitlementDisplayName"_s, entitlement->displayName);
        return json;
    }
    return {};
}

QString SandboxJson::traitId(const QString& kind)
{
    static constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const QByteArray hash = QCryptographicHash::hash(kind.toUtf8(), QCryptographicHash::Sha256);
    QString id;
    for (int i = 0; i < 27; ++i)
        id.append(QLatin1Char(Alphabet[static_cast<unsigned char>(hash.at(i)) % 62]));
    return id;
}

} // namespace c1

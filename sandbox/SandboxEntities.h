#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace c1 {

// The sandbox tenant's rows. Times are milliseconds since the epoch; seq orders each collection (and is the
// paging cursor), ascending in creation order and unique across the store.
using SandboxAnnotations = QMap<QString, QString>;

struct SandboxApp {
    QString id;
    QString displayName;
    QString description;
    QString identityMatching;
    QString instructions;
    QString grantPolicyId;
    QString revokePolicyId;
    QString certifyPolicyId;
    QString iconUrl;
    SandboxAnnotations annotations;
    bool manuallyManaged = true;
    bool directory = false;
    bool strictAccessEntitlementProvisioning = false;
    int monthlyCostUsd = 0;
    qint64 userCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 deletedAt = 0; // a soft-deleted app is gone from every route but the resource search (excludeDeletedApps)
    quint64 seq = 0;
};

struct SandboxResourceType {
    QString id;
    QString appId;
    QString displayName;
    QString kind; // ROLE, GROUP, PROJECT … (CreateManuallyManagedResourceType's resourceType)
    bool manuallyManaged = true; // only these may be updated or deleted
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    quint64 seq = 0;
};

struct SandboxResource {
    QString id;
    QString appId;
    QString typeId;
    QString displayName;
    QString description;
    QString matchBatonId;
    SandboxAnnotations annotations;
    qint64 grantCount = 0;
    bool manuallyManaged = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    quint64 seq = 0;
};

struct SandboxEntitlement {
    QString id;
    QString appId;
    QString typeId; // empty for app-level entitlements
    QString resourceId;
    QString displayName;
    QString description;
    QString alias;
    QString slug;
    qint64 grantCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    quint64 seq = 0;
};

struct SandboxUser {
    QString id;
    QString displayName;
    QString email;
    QString username;
    QString jobTitle;
    QString department;
    QString status = QStringLiteral("ENABLED"); // ENABLED, DISABLED, DELETED
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 deletedAt = 0; // set for DELETED users
    quint64 seq = 0;
};

// One owner of an app, a resource or an entitlement, under one role slug.
struct SandboxOwner {
    QString roleSlug;
    bool entitlement = false;
    QString userId; // user owners
    QString entitlementAppId; // entitlement owners
    QString entitlementId;
    qint64 createdAt = 0;
    qint64 visibleAt = 0; // owner lists show it from then on (SandboxOptions::ownerVisibilityDelayMs)
    quint64 seq = 0;
    bool immutable = false; // connector-sourced: listed in immutableUserIds, refused to DELETE

    QString key() const // "user/<id>" or "ent/<appId>/<id>", as SandboxServer::ownersOf reports them
    {
        if (entitlement)
            return QStringLiteral("ent/") + entitlementAppId + QLatin1Char('/') + entitlementId;
        return QStringLiteral("user/") + userId;
    }
};

} // namespace c1

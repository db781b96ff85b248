#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of the C1 API (docs/api-facts.md §2, the spec's schemas). Widgets and models use these, never JSON.
// fromJson tolerates null for any field, unknown enum values (kept as the raw string), and int64 given as
// string or number. toJson writes the spec's lowerCamelCase names and int64 as strings.
namespace c1 {

using Annotations = QMap<QString, QString>;

struct App {
    QString id;
    QString displayName;
    QString description;
    QString appAccountId;
    QString appAccountName;
    QString accessModel;
    Annotations annotations;
    QString certifyPolicyId;
    QString grantPolicyId;
    QString revokePolicyId;
    QString defaultRequestCatalogId;
    QString iconUrl;
    QString logoUri;
    QString identityMatching;
    QString instructions;
    QString parentAppId;
    bool isDirectory = false;
    bool isManuallyManaged = false;
    bool strictAccessEntitlementProvisioning = false;
    bool enableConnectorSourcedOwnership = false;
    bool revokeGrantSources = false;
    int monthlyCostUsd = 0;
    quint32 connectorVersion = 0;
    qint64 userCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    static App fromJson(const QJsonObject& json);
    // Only what a list row shows: id, displayName and userCount (a fifth of fromJson()'s cost on a real App).
    static App summaryFromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

struct AppResourceType {
    QString id;
    QString appId;
    QString displayName;
    QStringList traitIds;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    static AppResourceType fromJson(const QJsonObject& json); // the bare object, not the view
    QJsonObject toJson() const;
};

struct SecretTrait {
    QString identityAppUserId;
    QDateTime lastUsedAt;
    QDateTime secretCreatedAt;
    QDateTime secretExpiresAt;
};

struct AppResource {
    QString id;
    QString appId;
    QString appResourceTypeId;
    QString displayName;
    QString description;
    QString customDescription;
    QString externalId;
    QString matchBatonId;
    QString accessConfigId;
    QString parentAppResourceId;
    QString parentAppResourceTypeId;
    QString nhiType;
    QString nhiDetail;
    Annotations annotations;
    qint64 grantCount = 0;
    std::optional<SecretTrait> secretTrait;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    static AppResource fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

struct AppEntitlement {
    QString id;
    QString appId;
    QString appResourceTypeId;
    QString appResourceId;
    QString displayName;
    QString description;
    QString alias;
    QString slug;
    QString purpose;
    QString externalId;
    QString grantPolicyId;
    QString revokePolicyId;
    QString certifyPolicyId;
    QString durationGrant;
    Annotations annotations;
    qint64 grantCount = 0;
    bool isManuallyManaged = false;
    bool systemBuiltin = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    static AppEntitlement fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

struct User {
    QString id;
    QString displayName;
    QString email;
    QStringList emails;
    QString username;
    QString jobTitle;
    QString department;
    QString status; // ENABLED, DISABLED, DELETED, UNKNOWN or unknown raw value
    QString directoryStatus;
    QString type;
    QString employmentStatus;
    QStringList managerIds;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    bool isEnabled() const { return status.isEmpty() || status == QStringLiteral("ENABLED"); }
    static User fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

struct EntitlementRef {
    QString appId;
    QString id;
    bool operator==(const EntitlementRef&) const = default;
};

struct Introspection {
    QString userId;
    QString tenantId;
    QStringList roles;
    QStringList permissions;
    static Introspection fromJson(const QJsonObject& json);
};

// What an owner record belongs to: an app, a resource of an app, or an entitlement of an app.
struct OwnerTarget {
    enum class Kind { App, Resource, Entitlement };
    Kind kind = Kind::App;
    QString appId;
    QString resourceTypeId; // Resource only
    QString resourceId; // Resource only
    QString entitlementId; // Entitlement only
    QString displayName; // for people; not sent

    static OwnerTarget app(const QString& appId, const QString& name = {});
    static OwnerTarget resource(
        const QString& appId, const QString& typeId, const QString& resourceId, const QString& name = {});
    static OwnerTarget entitlement(const QString& appId, const QString& entitlementId, const QString& name = {});
    // stable text key: "app/<id>", "res/<app>/<type>/<id>" or "entitlement/<app>/<id>"
    QString key() const;
    bool operator==(const OwnerTarget& o) const
    {
        return kind == o.kind && appId == o.appId && resourceTypeId == o.resourceTypeId && resourceId == o.resourceId
            && entitlementId == o.entitlementId;
    }
};

enum class OwnerKind { User, Entitlement };

// Who: a user ID, or an entitlement reference.
struct OwnerRef {
    OwnerKind kind = OwnerKind::User;
    QString userId;
    EntitlementRef entitlement;

    static OwnerRef user(const QString& id);
    static OwnerRef ofEntitlement(const QString& appId, const QString& id);
    QString key() const; // "user/<id>" or "ent/<app>/<id>"
    bool operator==(const OwnerRef& o) const
    {
        return kind == o.kind && userId == o.userId && entitlement == o.entitlement;
    }
};

// One row of any of the six v2 owner lists (AppOwnerUser, AppOwnerEntitlement, AppResourceOwnerUser,
// AppResourceOwnerEntitlement, AppEntitlementOwnerUser, AppEntitlementOwnerEntitlement), unified.
struct OwnerRecord {
    OwnerTarget target;
    QString roleSlug;
    OwnerRef ref;
    std::optional<User> user; // user owners
    std::optional<AppEntitlement> entitlement; // entitlement owners
    QDateTime createdAt;

    QString displayName() const;
    static OwnerRecord fromJson(const QJsonObject& json, OwnerKind kind, const OwnerTarget& target);
};

// POST /api/v1/apps (seed 002): every field of CreateAppRequest.
struct CreateAppRequest {
    QString displayName;
    QString description;
    QStringList owners; // user IDs
    QList<EntitlementRef> appEntitlementOwnerRefs;
    QString grantPolicyId;
    QString revokePolicyId;
    QString certifyPolicyId;
    QString identityMatching; // empty = not sent
    QString instructions;
    std::optional<int> monthlyCostUsd;
    std::optional<bool> strictAccessEntitlementProvisioning;
    Annotations annotations;

    QJsonObject toJson() const; // only the fields that are set
};

// POST …/resource_types/{type}/resources (seeds 000, 001).
struct CreateResourceRequest {
    QString displayName;
    QString description;
    QString matchBatonId;
    QStringList resourceOwnerUserIds;
    Annotations annotations;

    QJsonObject toJson() const;
};

template <typename T> struct Page {
    QList<T> items;
    QString nextPageToken;
};

// Shared validation (docs/api-facts.md §2, §3): used by forms, the bulk parser and the sandbox alike.
namespace validate {
bool isId(const QString& id); // ^[a-zA-Z0-9]{27}$
// Empty string when valid, else a translated explanation of the first problem (per key where relevant).
QString annotations(const Annotations& annotations);
QString annotationKey(const QString& key);
QString annotationValue(const QString& value);
} // namespace validate

QDateTime parseTimestamp(const QJsonValue& value); // RFC 3339 or null → invalid QDateTime
QString formatTimestamp(const QDateTime& time); // RFC 3339 UTC with 'Z'
qint64 parseInt64(const QJsonValue& value); // "123" or 123 or null → 0

} // namespace c1

Q_DECLARE_METATYPE(c1::App)
Q_DECLARE_METATYPE(c1::AppResourceType)
Q_DECLARE_METATYPE(c1::AppResource)
Q_DECLARE_METATYPE(c1::AppEntitlement)
Q_DECLARE_METATYPE(c1::User)
Q_DECLARE_METATYPE(c1::OwnerRecord)

#include "api/Types.h"

#include "api/JsonRead.h"

using namespace Qt::StringLiterals;

namespace c1 {

using namespace json;

// ---- scalars ------------------------------------------------------------------------------------------------

namespace {

// Reads `count` decimal digits at `pos`; -1 if any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QDateTime parseRfc3339(QStringView text)
{
    // yyyy-mm-ddThh:mm:ss[.fraction](Z|±hh:mm); 't', 'z' and a space separator are accepted too.
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || text[4] != u'-' || text[7] != u'-'
        || text[13] != u':' || text[16] != u':')
        return {};
    const QChar sep = text[10];
    if (sep != u'T' && sep != u't' && sep != u' ')
        return {};
    qsizetype pos = 19;
    int msec = 0;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            msec += (text[pos].unicode() - u'0') * scale; // digits beyond milliseconds are truncated
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return {};
    }
    if (pos >= text.size())
        return {};
    int offsetSeconds = 0;
    const QChar zone = text[pos];
    if (zone == u'Z' || zone == u'z') {
        ++pos;
    } else if (zone == u'+' || zone == u'-') {
        const int oh = digits(text, pos + 1, 2);
        const int om = digits(text, pos + 4, 2);
        if (oh < 0 || om < 0 || text[pos + 3] != u':' || oh > 23 || om > 59)
            return {};
        offsetSeconds = (oh * 3600 + om * 60) * (zone == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return {};
    }
    if (pos != text.size())
        return {};
    const QDate date(year, month, day);
    // A leap second (:60) is clamped to :59.999 rather than rejected.
    const QTime time = second == 60 ? QTime(hour, minute, 59, 999) : QTime(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    // RFC 3339 allows offsets up to ±23:59, beyond QTimeZone's ±14 h: apply the offset by hand.
    const QDateTime result = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    // RFC 3339 has four-digit years: a time that is in year 10000 (or before year 1) in UTC could not be written
    // back (formatTimestamp), so it is not a time this API can carry.
    if (result.date().year() < 1 || result.date().year() > 9999)
        return {};
    return result;
}

} // namespace

QDateTime parseTimestamp(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    if (text.size() < 20)
        return {};
    return parseRfc3339(text);
}

QString formatTimestamp(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() != 0 ? u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s : u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

qint64 parseInt64(const QJsonValue& value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : 0;
    }
    if (value.isDouble())
        return value.toInteger();
    return 0;
}

// ---- App ----------------------------------------------------------------------------------------------------

App App::fromJson(const QJsonObject& j)
{
    App a;
    a.id = str(j, "id"_L1);
    a.displayName = str(j, "displayName"_L1);
    a.description = str(j, "description"_L1);
    a.appAccountId = str(j, "appAccountId"_L1);
    a.appAccountName = str(j, "appAccountName"_L1);
    a.accessModel = str(j, "accessModel"_L1);
    a.annotations = json::annotations(j, "annotations"_L1);
    a.certifyPolicyId = str(j, "certifyPolicyId"_L1);
    a.grantPolicyId = str(j, "grantPolicyId"_L1);
    a.revokePolicyId = str(j, "revokePolicyId"_L1);
    a.defaultRequestCatalogId = str(j, "defaultRequestCatalogId"_L1);
    a.iconUrl = str(j, "iconUrl"_L1);
    a.logoUri = str(j, "logoUri"_L1);
    a.identityMatching = str(j, "identityMatching"_L1);
    a.instructions = str(j, "instructions"_L1);
    a.parentAppId = str(j, "parentAppId"_L1);
    a.isDirectory = boolean(j, "isDirectory"_L1);
    a.isManuallyManaged = boolean(j, "isManuallyManaged"_L1);
    a.strictAccessEntitlementProvisioning = boolean(j, "strictAccessEntitlementProvisioning"_L1);
    a.enableConnectorSourcedOwnership = boolean(j, "enableConnectorSourcedOwnership"_L1);
    a.revokeGrantSources = boolean(j, "revokeGrantSources"_L1);
    a.monthlyCostUsd = int(int64(j, "monthlyCostUsd"_L1));
    a.connectorVersion = quint32(int64(j, "connectorVersion"_L1));
    a.userCount = int64(j, "userCount"_L1);
    a.createdAt = json::time(j, "createdAt"_L1);
    a.updatedAt = json::time(j, "updatedAt"_L1);
    a.deletedAt = json::time(j, "deletedAt"_L1);
    return a;
}

App App::summaryFromJson(const QJsonObject& j)
{
    App a;
    a.id = str(j, "id"_L1);
    a.displayName = str(j, "displayName"_L1);
    a.userCount = int64(j, "userCount"_L1);
    return a;
}

QJsonObject App::toJson() const
{
    QJsonObject j;
    put(j, "id"_L1, id);
    put(j, "displayName"_L1, displayName);
    put(j, "description"_L1, description);
    put(j, "appAccountId"_L1, appAccountId);
    put(j, "appAccountName"_L1, appAccountName);
    put(j, "accessModel"_L1, accessModel);
    put(j, "annotations"_L1, annotations);
    put(j, "certifyPolicyId"_L1, certifyPolicyId);
    put(j, "grantPolicyId"_L1, grantPolicyId);
    put(j, "revokePolicyId"_L1, revokePolicyId);
    put(j, "defaultRequestCatalogId"_L1, defaultRequestCatalogId);
    put(j, "iconUrl"_L1, iconUrl);
    put(j, "logoUri"_L1, logoUri);
    put(j, "identityMatching"_L1, identityMatching);
    put(j, "instructions"_L1, instructions);
    put(j, "parentAppId"_L1, parentAppId);
    put(j, "isDirectory"_L1, isDirectory);
    put(j, "isManuallyManaged"_L1, isManuallyManaged);
    put(j, "strictAccessEntitlementProvisioning"_L1, strictAccessEntitlementProvisioning);
    put(j, "enableConnectorSourcedOwnership"_L1, enableConnectorSourcedOwnership);
    put(j, "revokeGrantSources"_L1, revokeGrantSources);
    if (monthlyCostUsd != 0)
        j.insert("monthlyCostUsd"_L1, monthlyCostUsd); // int32: a number
    if (connectorVersion != 0)
        j.insert("connectorVersion"_L1, qint64(connectorVersion)); // uint32: a number
    putInt64(j, "userCount"_L1, userCount);
    put(j, "createdAt"_L1, createdAt);
    put(j, "updatedAt"_L1, updatedAt);
    put(j, "deletedAt"_L1, deletedAt);
    return j;
}

// ---- AppResourceType ----------------------------------------------------------------------------------------

AppResourceType AppResourceType::fromJson(const QJsonObject& j)
{
    AppResourceType t;
    t.id = str(j, "id"_L1);
    t.appId = str(j, "appId"_L1);
    t.displayName = str(j, "displayName"_L1);
    t.traitIds = strList(j, "traitIds"_L1);
    t.createdAt = json::time(j, "createdAt"_L1);
    t.updatedAt = json::time(j, "updatedAt"_L1);
    t.deletedAt = json::time(j, "deletedAt"_L1);
    return t;
}

QJsonObject AppResourceType::toJson() const
{
    QJsonObject j;
    put(j, "id"_L1, id);
    put(j, "appId"_L1, appId);
    put(j, "displayName"_L1, displayName);
    put(j, "traitIds"_L1, traitIds);
    put(j, "createdAt"_L1, createdAt);
    put(j, "updatedAt"_L1, updatedAt);
    put(j, "deletedAt"_L1, deletedAt);
    return j;
}

// ---- AppResource --------------------------------------------------------------------------------------------

AppResource AppResource::fromJson(const QJsonObject& j)
{
    AppResource r;
    r.id = str(j, "id"_L1);
    r.appId = str(j, "appId"_L1);
    r.appResourceTypeId = str(j, "appResourceTypeId"_L1);
    r.displayName = str(j, "displayName"_L1);
    r.description = str(j, "description"_L1);
    r.customDescription = str(j, "customDescription"_L1);
    r.externalId = str(j, "externalId"_L1);
    r.matchBatonId = str(j, "matchBatonId"_L1);
    r.accessConfigId = str(j, "accessConfigId"_L1);
    r.parentAppResourceId = str(j, "parentAppResourceId"_L1);
    r.parentAppResourceTypeId = str(j, "parentAppResourceTypeId"_L1);
    r.nhiType = str(j, "nhiType"_L1);
    r.nhiDetail = str(j, "nhiDetail"_L1);
    r.annotations = json::annotations(j, "annotations"_L1);
    r.grantCount = int64(j, "grantCount"_L1);
    const QJsonValue secret = j.value("secretTrait"_L1);
    if (secret.isObject()) {
        const QJsonObject s = secret.toObject();
        r.secretTrait = SecretTrait { str(s, "identityAppUserId"_L1), json::time(s, "lastUsedAt"_L1),
            json::time(s, "secretCreatedAt"_L1), json::time(s, "secretExpiresAt"_L1) };
    }
    r.createdAt = json::time(j, "createdAt"_L1);
    r.updatedAt = json::time(j, "updatedAt"_L1);
    r.deletedAt = json::time(j, "deletedAt"_L1);
    return r;
}

QJsonObject AppResource::toJson() const
{
    QJsonObject j;
    put(j, "id"_L1, id);
    put(j, "appId"_L1, appId);
    put(j, "appResourceTypeId"_L1, appResourceTypeId);
    put(j, "displayName"_L1, displayName);
    put(j, "description"_L1, description);
    put(j, "customDescription"_L1, customDescription);
    put(j, "externalId"_L1, externalId);
    put(j, "matchBatonId"_L1, matchBatonId);
    put(j, "accessConfigId"_L1, accessConfigId);
    put(j, "parentAppResourceId"_L1, parentAppResourceId);
    put(j, "parentAppResourceTypeId"_L1, parentAppResourceTypeId);
    put(j, "nhiType"_L1, nhiType);
    put(j, "nhiDetail"_L1, nhiDetail);
    put(j, "annotations"_L1, annotations);
    putInt64(j, "grantCount"_L1, grantCount);
    if (secretTrait) {
        QJsonObject s;
        put(s, "identityAppUserId"_L1, secretTrait->identityAppUserId);
        put(s, "lastUsedAt"_L1, secretTrait->lastUsedAt);
        put(s, "secretCreatedAt"_L1, secretTrait->secretCreatedAt);
        put(s, "secretExpiresAt"_L1, secretTrait->secretExpiresAt);
        j.insert("secretTrait"_L1, s);
    }
    put(j, "createdAt"_L1, createdAt);
    put(j, "updatedAt"_L1, updatedAt);
    put(j, "deletedAt"_L1, deletedAt);
    return j;
}

// ---- AppEntitlement -----------------------------------------------------------------------------------------

AppEntitlement AppEntitlement::fromJson(const QJsonObject& j)
{
    AppEntitlement e;
    e.id = str(j, "id"_L1);
    e.appId = str(j, "appId"_L1);
    e.appResourceTypeId = str(j, "appResourceTypeId"_L1);
    e.appResourceId = str(j, "appResourceId"_L1);
    e.displayName = str(j, "displayName"_L1);
    e.description = str(j, "description"_L1);
    e.alias = str(j, "alias"_L1);
    e.slug = str(j, "slug"_L1);
    e.purpose = str(j, "purpose"_L1);
    e.externalId = str(j, "externalId"_L1);
    e.grantPolicyId = str(j, "grantPolicyId"_L1);
    e.revokePolicyId = str(j, "revokePolicyId"_L1);
    e.certifyPolicyId = str(j, "certifyPolicyId"_L1);
    e.durationGrant = str(j, "durationGrant"_L1);
    e.annotations = json::annotations(j, "annotations"_L1);
    e.grantCount = int64(j, "grantCount"_L1);
    e.isManuallyManaged = boolean(j, "isManuallyManaged"_L1);
    e.systemBuiltin = boolean(j, "systemBuiltin"_L1);
    e.createdAt = json::time(j, "createdAt"_L1);
    e.updatedAt = json::time(j, "updatedAt"_L1);
    e.deletedAt = json::time(j, "deletedAt"_L1);
    return e;
}

QJsonObject AppEntitlement::toJson() const
{
    QJsonObject j;
    put(j, "id"_L1, id);
    put(j, "appId"_L1, appId);
    put(j, "appResourceTypeId"_L1, appResourceTypeId);
    put(j, "appResourceId"_L1, appResourceId);
    put(j, "displayName"_L1, displayName);
    put(j, "description"_L1, description);
    put(j, "alias"_L1, alias);
    put(j, "slug"_L1, slug);
    put(j, "purpose"_L1, purpose);
    put(j, "externalId"_L1, externalId);
    put(j, "grantPolicyId"_L1, grantPolicyId);
    put(j, "revokePolicyId"_L1, revokePolicyId);
    put(j, "certifyPolicyId"_L1, certifyPolicyId);
    put(j, "durationGrant"_L1, durationGrant);
    put(j, "annotations"_L1, annotations);
    putInt64(j, "grantCount"_L1, grantCount);
    put(j, "isManuallyManaged"_L1, isManuallyManaged);
    put(j, "systemBuiltin"_L1, systemBuiltin);
    put(j, "createdAt"_L1, createdAt);
    put(j, "updatedAt"_L1, updatedAt);
    put(j, "deletedAt"_L1, deletedAt);
    return j;
}

// ---- User ---------------------------------------------------------------------------------------------------

User User::fromJson(const QJsonObject& j)
{
    User u;
    u.id = str(j, "id"_L1);
    u.displayName = str(j, "displayName"_L1);
    u.email = str(j, "email"_L1);
    u.emails = strList(j, "emails"_L1);
    u.username = str(j, "username"_L1);
    u.jobTitle = str(j, "jobTitle"_L1);
    u.department = str(j, "department"_L1);
    u.status = str(j, "status"_L1);
    u.directoryStatus = str(j, "directoryStatus"_L1);
    u.type = str(j, "type"_L1);
    u.employmentStatus = str(j, "employmentStatus"_L1);
    u.managerIds = strList(j, "managerIds"_L1);
    u.createdAt = json::time(j, "createdAt"_L1);
    u.updatedAt = json::time(j, "updatedAt"_L1);
    u.deletedAt = json::time(j, "deletedAt"_L1);
    return u;
}

QJsonObject User::toJson() const
{
    QJsonObject j;
    put(j, "id"_L1, id);
    put(j, "displayName"_L1, displayName);
    put(j, "email"_L1, email);
    put(j, "emails"_L1, emails);
    put(j, "username"_L1, username);
    put(j, "jobTitle"_L1, jobTitle);
    put(j, "department"_L1, department);
    put(j, "status"_L1, status);
    put(j, "directoryStatus"_L1, directoryStatus);
    put(j, "type"_L1, type);
    put(j, "employmentStatus"_L1, employmentStatus);
    put(j, "managerIds"_L1, managerIds);
    put(j, "createdAt"_L1, createdAt);
    put(j, "updatedAt"_L1, updatedAt);
    put(j, "deletedAt"_L1, deletedAt);
    return j;
}

// ---- Introspection ------------------------------------------------------------------------------------------

Introspection Introspection::fromJson(const QJsonObject& j)
{
    return Introspection { str(j, "userId"_L1), str(j, "tenantId"_L1), strList(j, "roles"_L1),
        strList(j, "permissions"_L1) };
}

// ---- Owners -------------------------------------------------------------------------------------------------

OwnerTarget OwnerTarget::app(const QString& appId, const QString& name)
{
    OwnerTarget t;
    t.kind = Kind::App;
    t.appId = appId;
    t.displayName = name;
    return t;
}

OwnerTarget OwnerTarget::resource(
    const QString& appId, const QString& typeId, const QString& resourceId, const QString& name)
{
    OwnerTarget t;
    t.kind = Kind::Resource;
    t.appId = appId;
    t.resourceTypeId = typeId;
    t.resourceId = resourceId;
    t.displayName = name;
    return t;
}

OwnerTarget OwnerTarget::entitlement(const QString& appId, const QString& entitlementId, const QString& name)
{
    OwnerTarget t;
    t.kind = Kind::Entitlement;
    t.appId = appId;
    t.entitlementId = entitlementId;
    t.displayName = name;
    return t;
}

QString OwnerTarget::key() const
{
    switch (kind) {
    case Kind::App:
        break;
    case Kind::Resource:
        return u"res/"_s + appId + u'/' + resourceTypeId + u'/' + resourceId;
    case Kind::Entitlement:
        return u"entitlement/"_s + appId + u'/' + entitlementId;
    }
    return u"app/"_s + appId;
}

OwnerRef OwnerRef::user(const QString& id)
{
    OwnerRef r;
    r.kind = OwnerKind::User;
    r.userId = id;
    return r;
}

OwnerRef OwnerRef::ofEntitlement(const QString& appId, const QString& id)
{
    OwnerRef r;
    r.kind = OwnerKind::Entitlement;
    r.entitlement = EntitlementRef { appId, id };
    return r;
}

QString OwnerRef::key() const
{
    if (kind == OwnerKind::User)
        return u"user/"_s + userId;
    return u"ent/"_s + entitlement.appId + u'/' + entitlement.id;
}

QString OwnerRecord::displayName() const
{
    if (user) {
        for (const QString& name : { user->displayName, user->email, user->username }) {
            if (!name.isEmpty())
                return name;
        }
    }
    if (entitlement) {
        for (const QString& name : { entitlement->displayName, entitlement->alias, entitlement->slug }) {
            if (!name.isEmpty())
                return name;
        }
    }
    return ref.kind == OwnerKind::User ? ref.userId : ref.entitlement.id;
}

OwnerRecord OwnerRecord::fromJson(const QJsonObject& j, OwnerKind kind, const OwnerTarget& target)
{
    OwnerRecord r;
    r.target = target;
    // The record names its own target: trust it where the caller's target left a field empty.
    if (r.target.appId.isEmpty())
        r.target.appId = str(j, "appId"_L1);
    const QString resourceId = str(j, "resourceId"_L1);
    const QString entitlementId = str(j, "entitlementId"_L1);
    const bool targetNamed = !r.target.resourceId.isEmpty() || !r.target.entitlementId.isEmpty();
    if (!resourceId.isEmpty() && !targetNamed) {
        r.target.kind = OwnerTarget::Kind::Resource;
        r.target.resourceId = resourceId;
        r.target.resourceTypeId = str(j, "resourceTypeId"_L1);
    } else if (!entitlementId.isEmpty() && !targetNamed) {
        r.target.kind = OwnerTarget::Kind::Entitlement;
        r.target.entitlementId = entitlementId;
    }
    r.roleSlug = str(j, "roleSlug"_L1);
    r.createdAt = json::time(j, "createdAt"_L1);
    r.ref.kind = kind;
    if (kind == OwnerKind::User) {
        const QJsonValue user = j.value("user"_L1);
        if (user.isObject()) {
            r.user = User::fromJson(user.toObject());
            r.ref.userId = r.user->id;
        }
        if (r.ref.userId.isEmpty()) // tolerate a bare userRef
            r.ref.userId = str(object(j, "userRef"_L1), "id"_L1);
    } else {
        const QJsonValue entitlement = j.value("appEntitlement"_L1);
        if (entitlement.isObject()) {
            r.entitlement = AppEntitlement::fromJson(entitlement.toObject());
            r.ref.entitlement = EntitlementRef { r.entitlement->appId, r.entitlement->id };
        }
        if (r.ref.entitlement.id.isEmpty()) {
            const QJsonObject ref = object(j, "appEntitlementRef"_L1);
            r.ref.entitlement = EntitlementRef { str(ref, "appId"_L1), str(ref, "id"_L1) };
        }
    }
    return r;
}

// ---- Requests -----------------------------------------------------------------------------------------------

QJsonObject CreateAppRequest::toJson() const
{
    QJsonObject j;
    j.insert("displayName"_L1, displayName); // required: always sent
    put(j, "description"_L1, description);
    if (!owners.isEmpty())
        j.insert("owners"_L1, QJsonArray::fromStringList(owners));
    if (!appEntitlementOwnerRefs.isEmpty())
        j.insert("appEntitlementOwnerRefs"_L1, refs(appEntitlementOwnerRefs));
    put(j, "grantPolicyId"_L1, grantPolicyId);
    put(j, "revokePolicyId"_L1, revokePolicyId);
    put(j, "certifyPolicyId"_L1, certifyPolicyId);
    put(j, "identityMatching"_L1, identityMatching);
    put(j, "instructions"_L1, instructions);
    if (monthlyCostUsd)
        j.insert("monthlyCostUsd"_L1, *monthlyCostUsd); // int32: a JSON number
    if (strictAccessEntitlementProvisioning)
        j.insert("strictAccessEntitlementProvisioning"_L1, *strictAccessEntitlementProvisioning);
    put(j, "annotations"_L1, annotations);
    return j;
}

QJsonObject CreateResourceRequest::toJson() const
{
    QJsonObject j;
    j.insert("displayName"_L1, displayName); // required: always sent
    put(j, "description"_L1, description);
    put(j, "matchBatonId"_L1, matchBatonId);
    if (!resourceOwnerUserIds.isEmpty())
        j.insert("resourceOwnerUserIds"_L1, QJsonArray::fromStringList(resourceOwnerUserIds));
    put(j, "annotations"_L1, annotations);
    return j;
}

} // namespace c1

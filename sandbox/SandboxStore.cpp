#include "sandbox/SandboxStore.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

const QList<SandboxOwner> NoOwners;

QJsonObject annotationsJson(const SandboxAnnotations& annotations)
{
    QJsonObject json;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

SandboxAnnotations annotationsFrom(const QJsonValue& value)
{
    SandboxAnnotations annotations;
    const QJsonObject json = value.toObject();
    for (auto it = json.begin(); it != json.end(); ++it)
        annotations.insert(it.key(), it.value().toString());
    return annotations;
}

// Times and counts are persisted as numbers (exact up to 2^53, which covers milliseconds and seqs).
qint64 int64From(const QJsonValue& value)
{
    return static_cast<qint64>(value.toDouble());
}

} // namespace

SandboxStore::SandboxStore(quint64 seed, QObject* parent)
    : QObject(parent)
    , m_random(seed ^ 0x5eed5a4db0c5ULL)
{ }

SandboxStore::~SandboxStore() = default;

QString SandboxStore::newId()
{
    static constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id(27, Qt::Uninitialized);
    QChar* out = id.data();
    quint64 bits = 0;
    int left = 0;
    for (int i = 0; i < 27; ++i) {
        if (left == 0) {
            bits = m_random.generate();
            left = 10; // 10 digits of base 62 from 60 bits with a negligible bias
        }
        out[i] = QLatin1Char(Alphabet[bits % 62]);
        bits /= 62;
        --left;
    }
    return id;
}

void SandboxStore::clear()
{
    m_seq = 0;
    m_apps.clear();
    m_appOrder.clear();
    m_types.clear();
    m_typesByApp.clear();
    m_resources.clear();
    m_resourcesByType.clear();
    m_resourceOrder.clear();
    m_entitlements.clear();
    m_entitlementsByApp.clear();
    m_entitlementOrder.clear();
    m_users.clear();
    m_userByEmail.clear();
    m_userByUsername.clear();
    m_userOrder.clear();
    m_owners.clear();
    m_ownerWrites.clear();
}

const SandboxApp* SandboxStore::app(const QString& id) const
{
    const SandboxApp* found = appIncludingDeleted(id);
    return found && found->deletedAt == 0 ? found : nullptr;
}

const SandboxApp* SandboxStore::appIncludingDeleted(const QString& id) const
{
    const auto it = m_apps.constFind(id);
    return it == m_apps.cend() ? nullptr : &it.value();
}

SandboxApp* SandboxStore::mutableApp(const QString& id)
{
    const auto it = m_apps.find(id);
    return it == m_apps.end() || it->deletedAt != 0 ? nullptr : &it.value();
}

const SandboxApp& SandboxStore::addApp(SandboxApp app)
{
    if (app.seq == 0)
        app.seq = nextSeq();
    if (app.deletedAt == 0)
        m_appOrder.emplace(app.seq, app.id);
    const QString id = app.id;
    return *m_apps.emplace(id, std::move(app));
}

void SandboxStore::softDeleteApp(const QString& id, qint64 now)
{
    SandboxApp* found = mutableApp(id);
    if (!found)
        return;
    found->deletedAt = std::max(now, found->updatedAt + 1);
    found->updatedAt = found->deletedAt;
    m_appOrder.erase(found->seq);
}

const SandboxResourceType* SandboxStore::resourceType(const QString& appId, const QString& id) const
{
    const auto it = m_types.constFind(id);
    return it == m_types.cend() || it->appId != appId ? nullptr : &it.value();
}

SandboxResourceType* SandboxStore::mutableResourceType(const QString& appId, const QString& id)
{
    const auto it = m_types.find(id);
    return it == m_types.end() || it->appId != appId ? nullptr : &it.value();
}

void SandboxStore::removeResourceType(const QString& id)
{
    const auto it = m_types.constFind(id);
    if (it == m_types.cend())
        return;
    if (const SandboxSeqIndex* resources = resourcesOf(id)) {
        const SandboxSeqIndex copy = *resources;
        for (const auto& [seq, resourceId] : copy)
            removeResource(resourceId);
    }
    m_resourcesByType.remove(id);
    m_typesByApp[it->appId].erase(it->seq);
    m_owners.remove(id);
    m_types.erase(it);
}

const SandboxResourceType& SandboxStore::addResourceType(SandboxResourceType type)
{
    if (type.seq == 0)
        type.seq = nextSeq();
    m_typesByApp[type.appId].emplace(type.seq, type.id);
    const QString id = type.id;
    return *m_types.emplace(id, std::move(type));
}

const SandboxSeqIndex* SandboxStore::typesOf(const QString& appId) const
{
    const auto it = m_typesByApp.constFind(appId);
    return it == m_typesByApp.cend() ? nullptr : &it.value();
}

const SandboxResource* SandboxStore::resource(const QString& appId, const QString& typeId, const QString& id) const
{
    const SandboxResource* found = resourceById(id);
    return found && found->appId == appId && found->typeId == typeId ? found : nullptr;
}

const SandboxResource* SandboxStore::resourceById(const QString& id) const
{
    const auto it = m_resources.constFind(id);
    return it == m_resources.cend() ? nullptr : &it.value();
}

SandboxResource* SandboxStore::mutableResource(const QString& id)
{
    const auto it = m_resources.find(id);
    return it == m_resources.end() ? nullptr : &it.value();
}

const SandboxResource& SandboxStore::addResource(SandboxResource resource)
{
    if (resource.seq == 0)
        resource.seq = nextSeq();
    m_resourcesByType[resource.typeId].emplace(resource.seq, resource.id);
    m_resourceOrder.emplace(resource.seq, resource.id);
    const QString id = resource.id;
    return *m_resources.emplace(id, std::move(resource));
}

void SandboxStore::removeResource(const QString& id)
{
    const auto it = m_resources.find(id);
    if (it == m_resources.end())
        return;
    m_resourcesByType[it->typeId].erase(it->seq);
    m_resourceOrder.erase(it->seq);
    if (SandboxSeqIndex* ents = &m_entitlementsByApp[it->appId]; !ents->empty()) {
        for (auto e = ents->begin(); e != ents->end();) {
            const auto ent = m_entitlements.constFind(e->second);
            if (ent != m_entitlements.cend() && ent->resourceId == id) {
                m_owners.remove(ent->id);
                m_entitlementOrder.erase(ent->seq);
                m_entitlements.erase(ent);
                e = ents->erase(e);
            } else {
                ++e;
            }
        }
    }
    m_owners.remove(id);
    m_resources.erase(it);
}

const SandboxSeqIndex* SandboxStore::resourcesOf(const QString& typeId) const
{
    const auto it = m_resourcesByType.constFind(typeId);
    return it == m_resourcesByType.cend() ? nullptr : &it.value();
}

const SandboxEntitlement* SandboxStore::entitlement(const QString& appId, const QString& id) const
{
    const auto it = m_entitlements.constFind(id);
    return it == m_entitlements.cend() || it->appId != appId ? nullptr : &it.value();
}

const SandboxEntitlement& SandboxStore::addEntitlement(SandboxEntitlement entitlement)
{
    if (entitlement.seq == 0)
        entitlement.seq = nextSeq();
    m_entitlementsByApp[entitlement.appId].emplace(entitlement.seq, entitlement.id);
    m_entitlementOrder.emplace(entitlement.seq, entitlement.id);
    const QString id = entitlement.id;
    return *m_entitlements.emplace(id, std::move(entitlement));
}

const SandboxSeqIndex* SandboxStore::entitlementsOf(const QString& appId) const
{
    const auto it = m_entitlementsByApp.constFind(appId);
    return it == m_entitlementsByApp.cend() ? nullptr : &it.value();
}

const SandboxUser* SandboxStore::user(const QString& id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.cend() ? nullptr : &it.value();
}

const SandboxUser* SandboxStore::userByEmail(const QString& email) const
{
    return user(m_userByEmail.value(email.toLower()));
}

const SandboxUser* SandboxStore::userByUsername(const QString& username) const
{
    return user(m_userByUsername.value(username));
}

const SandboxUser& SandboxStore::addUser(SandboxUser user)
{
    if (user.seq == 0)
        user.seq = nextSeq();
    m_userOrder.emplace(user.seq, user.id);
    if (!user.email.isEmpty())
        m_userByEmail.insert(user.email.toLower(), user.id);
    if (!user.username.isEmpty())
        m_userByUsername.insert(user.username, user.id);
    const QString id = user.id;
    return *m_users.emplace(id, std::move(user));
}

const QList<SandboxOwner>& SandboxStore::owners(const QString& objectId) const
{
    const auto it = m_owners.constFind(objectId);
    return it == m_owners.cend() ? NoOwners : it.value();
}

int SandboxStore::ownerWrites(const QString& objectId, const QString& ownerKey) const
{
    return m_ownerWrites.value(objectId + QLatin1Char('|') + ownerKey);
}

void SandboxStore::countOwnerWrite(const QString& objectId, const QString& ownerKey)
{
    ++m_ownerWrites[objectId + QLatin1Char('|') + ownerKey];
}

QJsonObject SandboxStore::toJson() const
{
    // Written in seq order so that a reload rebuilds identical indexes.
    QJsonArray apps;
    std::map<quint64, QString> allApps; // the soft-deleted ones too
    for (const SandboxApp& a : m_apps)
        allApps.emplace(a.seq, a.id);
    for (const auto& [seq, id] : allApps) {
        const SandboxApp& a = m_apps[id];
        apps.append(
            QJsonObject { { u"id"_s, a.id }, { u"displayName"_s, a.displayName }, { u"description"_s, a.description },
                { u"identityMatching"_s, a.identityMatching }, { u"instructions"_s, a.instructions },
                { u"grantPolicyId"_s, a.grantPolicyId }, { u"revokePolicyId"_s, a.revokePolicyId },
                { u"certifyPolicyId"_s, a.certifyPolicyId }, { u"iconUrl"_s, a.iconUrl },
                { u"annotations"_s, annotationsJson(a.annotations) }, { u"manual"_s, a.manuallyManaged },
                { u"directory"_s, a.directory }, { u"strict"_s, a.strictAccessEntitlementProvisioning },
                { u"monthlyCostUsd"_s, a.monthlyCostUsd }, { u"userCount"_s, double(a.userCount) },
                { u"createdAt"_s, double(a.createdAt) }, { u"updatedAt"_s, double(a.updatedAt) },
                { u"deletedAt"_s, double(a.deletedAt) }, { u"seq"_s, double(a.seq) } });
    }
    QJsonArray types;
    for (const SandboxResourceType& t : m_types) {
        types.append(QJsonObject { { u"id"_s, t.id }, { u"appId"_s, t.appId }, { u"displayName"_s, t.displayName },
            { u"kind"_s, t.kind }, { u"manual"_s, t.manuallyManaged }, { u"createdAt"_s, double(t.createdAt) },
            { u"updatedAt"_s, double(t.updatedAt) }, { u"seq"_s, double(t.seq) } });
    }
    QJsonArray resources;
    for (const auto& [seq, id] : m_resourceOrder) {
        const SandboxResource& r = m_resources[id];
        QJsonObject json { { u"id"_s, r.id }, { u"appId"_s, r.appId }, { u"typeId"_s, r.typeId },
            { u"displayName"_s, r.displayName }, { u"grantCount"_s, double(r.grantCount) },
            { u"manual"_s, r.manuallyManaged }, { u"createdAt"_s, double(r.createdAt) },
            { u"updatedAt"_s, double(r.updatedAt) }, { u"seq"_s, double(r.seq) } };
        if (!r.description.isEmpty())
            json.insert(u"description"_s, r.description);
        if (!r.matchBatonId.isEmpty())
            json.insert(u"matchBatonId"_s, r.matchBatonId);
        if (!r.annotations.isEmpty())
            json.insert(u"annotations"_s, annotationsJson(r.annotations));
        resources.append(json);
    }
    QJsonArray entitlements;
    for (const auto& [seq, id] : m_entitlementOrder) {
        const SandboxEntitlement& e = m_entitlements[id];
        entitlements.append(QJsonObject { { u"id"_s, e.id }, { u"appId"_s, e.appId }, { u"typeId"_s, e.typeId },
            { u"resourceId"_s, e.resourceId }, { u"displayName"_s, e.displayName }, { u"description"_s, e.description },
            { u"alias"_s, e.alias }, { u"slug"_s, e.slug }, { u"grantCount"_s, double(e.grantCount) },
            { u"createdAt"_s, double(e.createdAt) }, { u"updatedAt"_s, double(e.updatedAt) },
            { u"seq"_s, double(e.seq) } });
    }
    QJsonArray users;
    for (const auto& [seq, id] : m_userOrder) {
        const SandboxUser& u = m_users[id];
        users.append(QJsonObject { { u"id"_s, u.id }, { u"displayName"_s, u.displayName }, { u"email"_s, u.email },
            { u"username"_s, u.username }, { u"jobTitle"_s, u.jobTitle }, { u"department"_s, u.department },
            { u"status"_s, u.status }, { u"createdAt"_s, double(u.createdAt) }, { u"updatedAt"_s, double(u.updatedAt) },
            { u"deletedAt"_s, double(u.deletedAt) }, { u"seq"_s, double(u.seq) } });
    }
    QJsonArray owners;
    for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it) {
        for (const SandboxOwner& o : it.value()) {
            QJsonObject json { { u"object"_s, it.key() }, { u"roleSlug"_s, o.roleSlug },
                { u"createdAt"_s, double(o.createdAt) }, { u"visibleAt"_s, double(o.visibleAt) },
                { u"seq"_s, double(o.seq) } };
            if (o.immutable)
                json.insert(u"immutable"_s, true);
            if (o.entitlement) {
                json.insert(u"entitlementAppId"_s, o.entitlementAppId);
                json.insert(u"entitlementId"_s, o.entitlementId);
            } else {
                json.insert(u"userId"_s, o.userId);
            }
            owners.append(json);
        }
    }
    QJsonObject writes;
    for (auto it = m_ownerWrites.cbegin(); it != m_ownerWrites.cend(); ++it)
        writes.insert(it.key(), it.value());
    return QJsonObject { { u"format"_s, u"c1-sandbox-state"_s }, { u"version"_s, 1 }, { u"seq"_s, double(m_seq) },
        { u"apps"_s, apps }, { u"resourceTypes"_s, types }, { u"resources"_s, resources },
        { u"entitlements"_s, entitlements }, { u"users"_s, users }, { u"owners"_s, owners },
        { u"ownerWrites"_s, writes } };
}

bool SandboxStore::fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(u"format"_s).toString() != u"c1-sandbox-state"_s || json.value(u"version"_s).toInt() != 1) {
        if (error)
            *error = QStringLiteral("not a c1-sandbox state file (version 1)");
        return false;
    }
    clear();
    for (const QJsonValue& v : json.value(u"apps"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxApp a;
        a.id = o.value(u"id"_s).toString();
        a.displayName = o.value(u"displayName"_s).toString();
        a.description = o.value(u"description"_s).toString();
        a.identityMatching = o.value(u"identityMatching"_s).toString();
        a.instructions = o.value(u"instructions"_s).toString();
        a.grantPolicyId = o.value(u"grantPolicyId"_s).toString();
        a.revokePolicyId = o.value(u"revokePolicyId"_s).toString();
        a.certifyPolicyId = o.value(u"certifyPolicyId"_s).toString();
        a.iconUrl = o.value(u"iconUrl"_s).toString();
        a.annotations = annotationsFrom(o.value(u"annotations"_s));
        a.manuallyManaged = o.value(u"manual"_s).toBool();
        a.directory = o.value(u"directory"_s).toBool();
        a.strictAccessEntitlementProvisioning = o.value(u"strict"_s).toBool();
        a.monthlyCostUsd = o.value(u"monthlyCostUsd"_s).toInt();
        a.userCount = int64From(o.value(u"userCount"_s));
        a.createdAt = int64From(o.value(u"createdAt"_s));
        a.updatedAt = int64From(o.value(u"updatedAt"_s));
        a.deletedAt = int64From(o.value(u"deletedAt"_s));
        a.seq = quint64(int64From(o.value(u"seq"_s)));
        addApp(std::move(a));
    }
    for (const QJsonValue& v : json.value(u"resourceTypes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxResourceType t;
        t.id = o.value(u"id"_s).toString();
        t.appId = o.value(u"appId"_s).toString();
        t.displayName = o.value(u"displayName"_s).toString();
        t.kind = o.value(u"kind"_s).toString();
        t.manuallyManaged = o.value(u"manual"_s).toBool(true);
        t.createdAt = int64From(o.value(u"createdAt"_s));
        t.updatedAt = int64From(o.value(u"updatedAt"_s));
        t.seq = quint64(int64From(o.value(u"seq"_s)));
        addResourceType(std::move(t));
    }
    for (const QJsonValue& v : json.value(u"resources"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxResource r;
        r.id = o.value(u"id"_s).toString();
        r.appId = o.value(u"appId"_s).toString();
        r.typeId = o.value(u"typeId"_s).toString();
        r.displayName = o.value(u"displayName"_s).toString();
        r.description = o.value(u"description"_s).toString();
        r.matchBatonId = o.value(u"matchBatonId"_s).toString();
        r.annotations = annotationsFrom(o.value(u"annotations"_s));
        r.grantCount = int64From(o.value(u"grantCount"_s));
        r.manuallyManaged = o.value(u"manual"_s).toBool();
        r.createdAt = int64From(o.value(u"createdAt"_s));
        r.updatedAt = int64From(o.value(u"updatedAt"_s));
        r.seq = quint64(int64From(o.value(u"seq"_s)));
        addResource(std::move(r));
    }
    for (const QJsonValue& v : json.value(u"entitlements"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxEntitlement e;
        e.id = o.value(u"id"_s).toString();
        e.appId = o.value(u"appId"_s).toString();
        e.typeId = o.value(u"typeId"_s).toString();
        e.resourceId = o.value(u"resourceId"_s).toString();
        e.displayName = o.value(u"displayName"_s).toString();
        e.description = o.value(u"description"_s).toString();
        e.alias = o.value(u"alias"_s).toString();
        e.slug = o.value(u"slug"_s).toString();
        e.grantCount = int64From(o.value(u"grantCount"_s));
        e.createdAt = int64From(o.value(u"createdAt"_s));
        e.updatedAt = int64From(o.value(u"updatedAt"_s));
        e.seq = quint64(int64From(o.value(u"seq"_s)));
        addEntitlement(std::move(e));
    }
    for (const QJsonValue& v : json.value(u"users"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxUser u;
        u.id = o.value(u"id"_s).toString();
        u.displayName = o.value(u"displayName"_s).toString();
        u.email = o.value(u"email"_s).toString();
        u.username = o.value(u"username"_s).toString();
        u.jobTitle = o.value(u"jobTitle"_s).toString();
        u.department = o.value(u"department"_s).toString();
        u.status = o.value(u"status"_s).toString();
        u.createdAt = int64From(o.value(u"createdAt"_s));
        u.updatedAt = int64From(o.value(u"updatedAt"_s));
        u.deletedAt = int64From(o.value(u"deletedAt"_s));
        u.seq = quint64(int64From(o.value(u"seq"_s)));
        addUser(std::move(u));
    }
    for (const QJsonValue& v : json.value(u"owners"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxOwner owner;
        owner.roleSlug = o.value(u"roleSlug"_s).toString();
        owner.entitlement = o.contains(u"entitlementId"_s);
        owner.userId = o.value(u"userId"_s).toString();
        owner.entitlementAppId = o.value(u"entitlementAppId"_s).toString();
        owner.entitlementId = o.value(u"entitlementId"_s).toString();
        owner.createdAt = int64From(o.value(u"createdAt"_s));
        owner.visibleAt = int64From(o.value(u"visibleAt"_s));
        owner.seq = quint64(int64From(o.value(u"seq"_s)));
        owner.immutable = o.value(u"immutable"_s).toBool();
        m_owners[o.value(u"object"_s).toString()].append(owner);
    }
    for (auto& list : m_owners)
        std::sort(list.begin(), list.end(), [](const SandboxOwner& a, const SandboxOwner& b) { return a.seq < b.seq; });
    const QJsonObject writes = json.value(u"ownerWrites"_s).toObject();
    for (auto it = writes.begin(); it != writes.end(); ++it)
        m_ownerWrites.insert(it.key(), it.value().toInt());
    m_seq = std::max<quint64>(m_seq, quint64(int64From(json.value(u"seq"_s))));
    return true;
}

} // namespace c1

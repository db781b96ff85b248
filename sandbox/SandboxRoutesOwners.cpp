#include "sandbox/SandboxRoutesOwners.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxValidation.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

constexpr int MaxOwnersPerKind = 32;

int countKind(const QList<SandboxOwner>& owners, bool entitlement)
{
    return int(std::count_if(
        owners.cbegin(), owners.cend(), [entitlement](const SandboxOwner& o) { return o.entitlement == entitlement; }));
}

qsizetype findOwner(const QList<SandboxOwner>& owners, const QString& role, const QString& key)
{
    for (qsizetype i = 0; i < owners.size(); ++i) {
        if (owners.at(i).roleSlug == role && owners.at(i).key() == key)
            return i;
    }
    return -1;
}

} // namespace

SandboxRoutesOwners::SandboxRoutesOwners(SandboxRouteContext& context)
    : m_context(context)
{ }

void SandboxRoutesOwners::install(SandboxRouter& router)
{
    for (const Owned owned : { Owned::App, Owned::Resource, Owned::Entitlement }) {
        const QString prefix = owned == Owned::Resource ? u"api/v2/apps/*/resource_types/*/resources/*"_s
            : owned == Owned::Entitlement               ? u"api/v2/apps/*/entitlements/*"_s
                                                        : u"api/v2/apps/*"_s;
        for (const bool entitlement : { false, true }) {
            const QString collection = prefix + (entitlement ? u"/owners/entitlements"_s : u"/owners/users"_s);
            const QString item = collection + (entitlement ? u"/*/*/*"_s : u"/*/*"_s);
            router.add("GET", collection,
                [this, owned, entitlement](SandboxCall& call) { return list(call, owned, entitlement); });
            router.add("POST", item,
                [this, owned, entitlement](SandboxCall& call) { return create(call, owned, entitlement); });
            router.add(
                "GET", item, [this, owned, entitlement](SandboxCall& call) { return get(call, owned, entitlement); });
            router.add("DELETE", item,
                [this, owned, entitlement](SandboxCall& call) { return remove(call, owned, entitlement); });
        }
        router.add("PUT", prefix + u"/owners"_s, [this, owned](SandboxCall& call) { return set(call, owned); });
    }
    router.add("GET", u"api/v1/apps/*/resource_types/*/resource/*/owners"_s,
        [this](SandboxCall& call) { return listResourceOwnersV1(call); });
}

// GET /api/v1/apps/{app_id}/resource_types/{resource_type_id}/resource/{resource_id}/owners: the resource's user
// owners (every role, visible ones) and immutableUserIds, the connector-sourced ones nobody can remove. No paging
// (the spec has none; at most 32 user owners).
SandboxHttpResponse SandboxRoutesOwners::listResourceOwnersV1(SandboxCall& call)
{
    SandboxHttpResponse error;
    const auto target = resolve(call, Owned::Resource, &error);
    if (!target)
        return error;
    const SandboxStore& store = m_context.store();
    QJsonArray list;
    QJsonArray immutable;
    QSet<QString> seen;
    for (const SandboxOwner& owner : store.owners(target->objectId)) {
        if (owner.entitlement || owner.visibleAt > call.now || seen.contains(owner.userId))
            continue;
        seen.insert(owner.userId);
        if (const SandboxUser* user = store.user(owner.userId))
            list.append(SandboxJson::user(*user));
        if (owner.immutable)
            immutable.append(owner.userId);
    }
    return SandboxReply::json(
        { { u"list"_s, list }, { u"immutableUserIds"_s, immutable }, { u"nextPageToken"_s, QString() } });
}

QJsonObject SandboxRoutesOwners::ownerJson(const SandboxOwner& owner, const Target& target) const
{
    return SandboxJson::owner(owner, m_context.store(), target.appId, target.resource, target.entitlementId);
}

std::optional<SandboxRoutesOwners::Target> SandboxRoutesOwners::resolve(
    const SandboxCall& call, Owned owned, SandboxHttpResponse* error) const
{
    Target target;
    target.owned = owned;
    target.appId = call.args.at(0);
    QString problem;
    switch (owned) {
    case Owned::App:
        problem = SandboxValidation::id(u"AppId"_s, target.appId);
        break;
    case Owned::Resource:
        problem = SandboxValidation::ids({ { u"AppId"_s, target.appId }, { u"ResourceTypeId"_s, call.args.at(1) },
            { u"ResourceId"_s, call.args.at(2) } });
        break;
    case Owned::Entitlement:
        problem = SandboxValidation::ids({ { u"AppId"_s, target.appId }, { u"EntitlementId"_s, call.args.at(1) } });
        break;
    }
    if (!problem.isEmpty()) {
        *error = SandboxReply::invalid(problem, call.requestId);
        return std::nullopt;
    }
    const SandboxStore& store = m_context.store();
    if (!store.app(target.appId)) {
        *error = SandboxReply::notFound(u"app not found"_s, call.requestId);
        return std::nullopt;
    }
    target.objectId = target.appId;
    target.next = 1;
    if (owned == Owned::Resource) {
        target.resource = store.resource(target.appId, call.args.at(1), call.args.at(2));
        if (!target.resource) {
            *error = SandboxReply::notFound(u"app resource not found"_s, call.requestId);
            return std::nullopt;
        }
        target.objectId = target.resource->id;
        target.next = 3;
    } else if (owned == Owned::Entitlement) {
        if (!store.entitlement(target.appId, call.args.at(1))) {
            *error = SandboxReply::notFound(u"app entitlement not found"_s, call.requestId);
            return std::nullopt;
        }
        target.entitlementId = call.args.at(1);
        target.objectId = target.entitlementId;
        target.next = 2;
    }
    return target;
}

bool SandboxRoutesOwners::ownerFromPath(const SandboxCall& call, const Target& target, bool entitlement,
    SandboxOwner* owner, SandboxHttpResponse* error) const
{
    owner->roleSlug = call.args.at(target.next);
    owner->entitlement = entitlement;
    if (!m_context.options().roleSlugs.contains(owner->roleSlug)) {
        *error = SandboxReply::invalid(
            u"invalid RoleSlug: unknown role slug \"%1\""_s.arg(owner->roleSlug), call.requestId);
        return false;
    }
    QString problem;
    if (entitlement) {
        owner->entitlementAppId = call.args.at(target.next + 1);
        owner->entitlementId = call.args.at(target.next + 2);
        problem = SandboxValidation::ids({ { u"AppEntitlementRef.AppId"_s, owner->entitlementAppId },
            { u"AppEntitlementRef.Id"_s, owner->entitlementId } });
        const QJsonValue ref = call.body.value(u"appEntitlementRef"_s);
        if (problem.isEmpty() && !ref.isUndefined() && !ref.isNull()) {
            const QString bodyApp = ref.toObject().value(u"appId"_s).toString();
            const QString bodyId = ref.toObject().value(u"id"_s).toString();
            if (!ref.isObject() || (!bodyApp.isEmpty() && bodyApp != owner->entitlementAppId)
                || (!bodyId.isEmpty() && bodyId != owner->entitlementId))
                problem = u"invalid AppEntitlementRef: the body does not match the path"_s;
        }
    } else {
        owner->userId = call.args.at(target.next + 1);
        problem = SandboxValidation::id(u"UserRef.Id"_s, owner->userId);
        const QJsonValue ref = call.body.value(u"userRef"_s);
        if (problem.isEmpty() && !ref.isUndefined() && !ref.isNull()) {
            const QString bodyId = ref.toObject().value(u"id"_s).toString();
            if (!ref.isObject() || (!bodyId.isEmpty() && bodyId != owner->userId))
                problem = u"invalid UserRef: the body does not match the path"_s;
        }
    }
    if (!problem.isEmpty()) {
        *error = SandboxReply::invalid(problem, call.requestId);
        return false;
    }
    return true;
}

SandboxHttpResponse SandboxRoutesOwners::list(SandboxCall& call, Owned owned, bool entitlement)
{
    SandboxHttpResponse error;
    const auto target = resolve(call, owned, &error);
    if (!target)
        return error;
    const QString role = call.query(u"role_slug"_s);
    if (!role.isEmpty() && !m_context.options().roleSlugs.contains(role))
        return SandboxReply::invalid(u"invalid RoleSlug: unknown role slug \"%1\""_s.arg(role), call.requestId);
    const auto args = m_context.pageArgs(
        call, u"owners:"_s + target->objectId + (entitlement ? u":e:"_s : u":u:"_s) + role, &error);
    if (!args)
        return error;
    const QList<SandboxOwner>& owners = m_context.store().owners(target->objectId);
    SandboxSeqIndex visible;
    QHash<QString, const SandboxOwner*> bySeq;
    for (const SandboxOwner& owner : owners) {
        if (owner.entitlement != entitlement || owner.visibleAt > call.now
            || (!role.isEmpty() && owner.roleSlug != role))
            continue;
        const QString key = QString::number(owner.seq);
        visible.emplace(owner.seq, key);
        bySeq.insert(key, &owner);
    }
    const auto page = SandboxPaging::collect({ &visible }, args->after, args->size, {}, args->scope);
    return SandboxRouteContext::listResponse(
        page, [&](const QString& key) { return ownerJson(*bySeq.value(key), *target); });
}

std::optional<SandboxHttpResponse> SandboxRoutesOwners::refuseOwnerPath(
    const SandboxCall& call, Owned owned, bool entitlement, Target* target, SandboxOwner* owner) const
{
    SandboxHttpResponse error;
    std::optional<Target> resolved = resolve(call, owned, &error);
    if (!resolved)
        return error;
    *target = *resolved;
    if (!ownerFromPath(call, *target, entitlement, owner, &error))
        return error;
    return std::nullopt;
}

SandboxHttpResponse SandboxRoutesOwners::create(SandboxCall& call, Owned owned, bool entitlement)
{
    Target target;
    SandboxOwner owner;
    if (auto refused = refuseOwnerPath(call, owned, entitlement, &target, &owner))
        return *refused;
    SandboxStore& store = m_context.store();
    if (entitlement && !store.entitlement(owner.entitlementAppId, owner.entitlementId))
        return SandboxReply::notFound(u"app entitlement not found"_s, call.requestId);
    if (!entitlement && !store.user(owner.userId))
        return SandboxReply::notFound(u"user not found"_s, call.requestId);
    const QList<SandboxOwner>& owners = store.owners(target.objectId);
    if (findOwner(owners, owner.roleSlug, owner.key()) >= 0)
        return SandboxReply::error(SandboxReply::AlreadyExists, u"owner already exists"_s, call.requestId);
    if (countKind(owners, entitlement) >= MaxOwnersPerKind)
        return SandboxReply::error(SandboxReply::FailedPrecondition,
            u"too many owners: at most %1 %2 owners per object"_s.arg(MaxOwnersPerKind)
                .arg(entitlement ? u"entitlement"_s : u"user"_s),
            call.requestId);
    m_context.addOwner(target.objectId, owner, call.now);
    store.countOwnerWrite(target.objectId, owner.key());
    store.markChanged();
    const SandboxOwner& added = store.owners(target.objectId).constLast();
    return SandboxReply::json(
        QJsonObject { { SandboxJson::ownerField(entitlement, owned), ownerJson(added, target) } });
}

SandboxHttpResponse SandboxRoutesOwners::get(SandboxCall& call, Owned owned, bool entitlement)
{
    Target target;
    SandboxOwner wanted;
    if (auto refused = refuseOwnerPath(call, owned, entitlement, &target, &wanted))
        return *refused;
    const QList<SandboxOwner>& owners = m_context.store().owners(target.objectId);
    const qsizetype index = findOwner(owners, wanted.roleSlug, wanted.key());
    if (index < 0)
        return SandboxReply::notFound(u"owner not found"_s, call.requestId);
    return SandboxReply::json(
        QJsonObject { { SandboxJson::ownerField(entitlement, owned), ownerJson(owners.at(index), target) } });
}

SandboxHttpResponse SandboxRoutesOwners::remove(SandboxCall& call, Owned owned, bool entitlement)
{
    Target target;
    SandboxOwner wanted;
    if (auto refused = refuseOwnerPath(call, owned, entitlement, &target, &wanted))
        return *refused;
    SandboxStore& store = m_context.store();
    QList<SandboxOwner>& owners = store.mutableOwners(target.objectId);
    const qsizetype index = findOwner(owners, wanted.roleSlug, wanted.key());
    if (index < 0)
        return SandboxReply::notFound(u"owner not found"_s, call.requestId);
    if (owners.at(index).immutable)
        return SandboxReply::error(SandboxReply::FailedPrecondition,
            u"the owner is managed by the app's connector and cannot be removed"_s, call.requestId);
    owners.removeAt(index);
    store.markChanged();
    return SandboxReply::json({});
}

SandboxHttpResponse SandboxRoutesOwners::set(SandboxCall& call, Owned owned)
{
    SandboxHttpResponse error;
    const auto target = resolve(call, owned, &error);
    if (!target)
        return error;
    const QJsonObject& body = call.body;
    const QString role = body.value(u"roleSlug"_s).toString();
    if (role.isEmpty())
        return SandboxReply::invalid(u"invalid RoleSlug: value length must be at least 1 runes"_s, call.requestId);
    if (!m_context.options().roleSlugs.contains(role))
        return SandboxReply::invalid(u"invalid RoleSlug: unknown role slug \"%1\""_s.arg(role), call.requestId);
    const QJsonValue userRefs = body.value(u"userRefs"_s);
    const QJsonValue entitlementRefs = body.value(u"appEntitlementRefs"_s);
    if ((!userRefs.isUndefined() && !userRefs.isNull() && !userRefs.isArray())
        || (!entitlementRefs.isUndefined() && !entitlementRefs.isNull() && !entitlementRefs.isArray()))
        return SandboxReply::invalid(
            u"invalid request: userRefs and appEntitlementRefs must be lists"_s, call.requestId);
    SandboxStore& store = m_context.store();
    QList<SandboxOwner> wanted;
    QSet<QString> keys;
    for (const QJsonValue& ref : userRefs.toArray()) {
        SandboxOwner owner;
        owner.roleSlug = role;
        owner.userId = ref.toObject().value(u"id"_s).toString();
        if (const QString problem = SandboxValidation::id(u"UserRefs[].Id"_s, owner.userId); !problem.isEmpty())
            return SandboxReply::invalid(problem, call.requestId);
        if (!store.user(owner.userId))
            return SandboxReply::notFound(u"user %1 not found"_s.arg(owner.userId), call.requestId);
        if (!keys.contains(owner.key()))
            wanted.append(owner);
        keys.insert(owner.key());
    }
    for (const QJsonValue& ref : entitlementRefs.toArray()) {
        SandboxOwner owner;
        owner.roleSlug = role;
        owner.entitlement = true;
        owner.entitlementAppId = ref.toObject().value(u"appId"_s).toString();
        owner.entitlementId = ref.toObject().value(u"id"_s).toString();
        QString problem = SandboxValidation::ids({ { u"AppEntitlementRefs[].AppId"_s, owner.entitlementAppId },
            { u"AppEntitlementRefs[].Id"_s, owner.entitlementId } });
        if (!problem.isEmpty())
            return SandboxReply::invalid(problem, call.requestId);
        if (!store.entitlement(owner.entitlementAppId, owner.entitlementId))
            return SandboxReply::notFound(u"app entitlement %1 not found"_s.arg(owner.entitlementId), call.requestId);
        if (!keys.contains(owner.key()))
            wanted.append(owner);
        keys.insert(owner.key());
    }
    // The result: other roles' owners stay, this role's become exactly the wanted ones (kept ones keep their age).
    const QList<SandboxOwner>& current = store.owners(target->objectId);
    QList<SandboxOwner> result;
    QSet<QString> kept;
    for (const SandboxOwner& owner : current) {
        if (owner.roleSlug != role || keys.contains(owner.key())) {
            result.append(owner);
            if (owner.roleSlug == role)
                kept.insert(owner.key());
        }
    }
    int users = countKind(result, false);
    int entitlements = countKind(result, true);
    for (const SandboxOwner& owner : std::as_const(wanted)) {
        if (!kept.contains(owner.key()))
            ++(owner.entitlement ? entitlements : users);
    }
    if (users > MaxOwnersPerKind || entitlements > MaxOwnersPerKind)
        return SandboxReply::error(SandboxReply::FailedPrecondition,
            u"too many owners: at most %1 user and %1 entitlement owners per object"_s.arg(MaxOwnersPerKind),
            call.requestId);
    store.mutableOwners(target->objectId) = result;
    for (const SandboxOwner& owner : std::as_const(wanted)) {
        if (!kept.contains(owner.key()))
            m_context.addOwner(target->objectId, owner, call.now);
    }
    store.markChanged();
    return SandboxReply::json({});
}

} // namespace c1

#include "sandbox/SandboxRoutesDirectory.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxValidation.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

const QStringList UserStatuses { u"UNKNOWN"_s, u"ENABLED"_s, u"DISABLED"_s, u"DELETED"_s };

// refs: [{"id":…}] or [{"appId":…,"id":…}]; false if it is not a list of objects.
bool refIds(const QJsonValue& value, QSet<QString>* out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isObject())
            return false;
        out->insert(item.toObject().value(u"id"_s).toString());
    }
    return true;
}

} // namespace

SandboxRoutesDirectory::SandboxRoutesDirectory(SandboxRouteContext& context)
    : m_context(context)
{ }

void SandboxRoutesDirectory::install(SandboxRouter& router)
{
    auto bind = [this](SandboxHttpResponse (SandboxRoutesDirectory::*method)(SandboxCall&)) {
        return [this, method](SandboxCall& call) { return (this->*method)(call); };
    };
    router.add("POST", u"api/v1/search/users"_s, bind(&SandboxRoutesDirectory::searchUsers));
    router.add("GET", u"api/v1/users"_s, bind(&SandboxRoutesDirectory::listUsers));
    router.add("GET", u"api/v1/users/*"_s, bind(&SandboxRoutesDirectory::getUser));
    router.add("GET", u"api/v1/apps/*/entitlements"_s, bind(&SandboxRoutesDirectory::listEntitlements));
    router.add("GET", u"api/v1/apps/*/entitlements/*"_s, bind(&SandboxRoutesDirectory::getEntitlement));
    router.add("POST", u"api/v1/search/entitlements"_s, bind(&SandboxRoutesDirectory::searchEntitlements));
}

SandboxHttpResponse SandboxRoutesDirectory::searchUsers(SandboxCall& call)
{
    const QJsonObject& body = call.body;
    QSet<QString> ids, statuses, excluded;
    if (!refIds(body.value(u"refs"_s), &ids) || !SandboxRouteContext::stringSet(body.value(u"ids"_s), &ids)
        || !SandboxRouteContext::stringSet(body.value(u"userStatuses"_s), &statuses)
        || !SandboxRouteContext::stringSet(body.value(u"excludeIds"_s), &excluded))
        return SandboxReply::invalid(
            u"invalid SearchUsersRequest: refs, ids, userStatuses and excludeIds must be lists"_s, call.requestId);
    for (const QString& status : std::as_const(statuses)) {
        if (!UserStatuses.contains(status))
            return SandboxReply::invalid(
                u"invalid SearchUsersRequest.UserStatuses[]: value must be one of the defined enum values"_s,
                call.requestId);
    }
    const QString query = body.value(u"query"_s).toString().trimmed();
    const QString email = body.value(u"email"_s).toString().trimmed();
    const auto sortedJoin = &SandboxRouteContext::sortedJoin;
    SandboxHttpResponse error;
    const auto args = m_context.searchPageArgs(
        call, u"search-users"_s, { sortedJoin(ids), sortedJoin(statuses), sortedJoin(excluded), query, email }, &error);
    if (!args)
        return error;
    SandboxStore& store = m_context.store();
    SandboxSeqIndex named;
    const SandboxSeqIndex* index = &store.userOrder();
    if (!ids.isEmpty() || !email.isEmpty()) {
        // Exact lookups use the ID and e-mail indexes instead of a scan.
        const SandboxUser* byEmail = email.isEmpty() ? nullptr : store.userByEmail(email);
        if (!ids.isEmpty()) {
            for (const QString& id : std::as_const(ids)) {
                if (const SandboxUser* u = store.user(id); u && (email.isEmpty() || u == byEmail))
                    named.emplace(u->seq, u->id);
            }
        } else if (byEmail) {
            named.emplace(byEmail->seq, byEmail->id);
        }
        index = &named;
    }
    auto accept = [&](const QString& id) {
        const SandboxUser* u = store.user(id);
        if (!u || excluded.contains(id))
            return false;
        if (!statuses.isEmpty() && !statuses.contains(u->status))
            return false;
        return query.isEmpty() || u->displayName.contains(query, Qt::CaseInsensitive)
            || u->email.contains(query, Qt::CaseInsensitive) || u->username.contains(query, Qt::CaseInsensitive);
    };
    const auto page = SandboxPaging::collect({ index }, args->after, args->size, accept, args->scope);
    return SandboxRouteContext::listResponse(
        page, [&](const QString& id) { return SandboxJson::userView(*store.user(id)); });
}

SandboxHttpResponse SandboxRoutesDirectory::listUsers(SandboxCall& call)
{
    SandboxHttpResponse error;
    const auto args = m_context.pageArgs(call, u"users"_s, &error);
    if (!args)
        return error;
    SandboxStore& store = m_context.store();
    const auto page = SandboxPaging::collect({ &store.userOrder() }, args->after, args->size, {}, args->scope);
    return SandboxRouteContext::listResponse(
        page, [&](const QString& id) { return SandboxJson::userView(*store.user(id)); });
}

SandboxHttpResponse SandboxRoutesDirectory::getUser(SandboxCall& call)
{
    const QString id = call.args.at(0);
    if (const QString problem = SandboxValidation::id(u"UserServiceGetRequest.Id"_s, id); !problem.isEmpty())
        return SandboxReply::invalid(problem, call.requestId);
    const SandboxUser* user = m_context.store().user(id);
    if (!user)
        return SandboxReply::notFound(u"user not found"_s, call.requestId);
    return SandboxReply::json(
        QJsonObject { { u"userView"_s, SandboxJson::userView(*user) }, { u"expanded"_s, QJsonArray() } });
}

SandboxHttpResponse SandboxRoutesDirectory::listEntitlements(SandboxCall& call)
{
    if (auto refused
        = m_context.refusePath(call, { u"ListAppEntitlementsRequest.AppId"_s }, SandboxRouteContext::PathObjects::App))
        return *refused;
    const QString appId = call.args.at(0);
    SandboxStore& store = m_context.store();
    SandboxHttpResponse error;
    const auto args = m_context.pageArgs(call, u"entitlements:"_s + appId, &error);
    if (!args)
        return error;
    const auto page = SandboxPaging::collect({ store.entitlementsOf(appId) }, args->after, args->size, {}, args->scope);
    return SandboxRouteContext::listResponse(
        page, [&](const QString& id) { return SandboxJson::entitlementView(*store.entitlement(appId, id)); });
}

SandboxHttpResponse SandboxRoutesDirectory::getEntitlement(SandboxCall& call)
{
    if (auto refused
        = m_context.refusePath(call, { u"GetAppEntitlementRequest.AppId"_s, u"GetAppEntitlementRequest.Id"_s },
            SandboxRouteContext::PathObjects::Entitlement))
        return *refused;
    const SandboxEntitlement* entitlement = m_context.store().entitlement(call.args.at(0), call.args.at(1));
    return SandboxReply::json(QJsonObject {
        { u"appEntitlementView"_s, SandboxJson::entitlementView(*entitlement) }, { u"expanded"_s, QJsonArray() } });
}

SandboxHttpResponse SandboxRoutesDirectory::searchEntitlements(SandboxCall& call)
{
    const QJsonObject& body = call.body;
    QSet<QString> appIds, excludedApps, ids, resourceIds, typeIds;
    if (!SandboxRouteContext::stringSet(body.value(u"appIds"_s), &appIds)
        || !SandboxRouteContext::stringSet(body.value(u"excludeAppIds"_s), &excludedApps)
        || !refIds(body.value(u"refs"_s), &ids)
        || !SandboxRouteContext::stringSet(body.value(u"resourceIds"_s), &resourceIds)
        || !SandboxRouteContext::stringSet(body.value(u"resourceTypeIds"_s), &typeIds))
        return SandboxReply::invalid(
            u"invalid AppEntitlementSearchServiceSearchRequest: lists expected"_s, call.requestId);
    const QString query = body.value(u"query"_s).toString().trimmed();
    const QString displayName = body.value(u"displayName"_s).toString();
    const QString alias = body.value(u"alias"_s).toString();
    const auto sortedJoin = &SandboxRouteContext::sortedJoin;
    SandboxHttpResponse error;
    const auto args = m_context.searchPageArgs(call, u"search-entitlements"_s,
        { sortedJoin(appIds), sortedJoin(excludedApps), sortedJoin(ids), sortedJoin(resourceIds), sortedJoin(typeIds),
            query, displayName, alias },
        &error);
    if (!args)
        return error;
    SandboxStore& store = m_context.store();
    const SandboxSeqIndex named = SandboxRouteContext::namedIndex(ids, [&store](const QString& id) {
        const auto it = store.entitlements().constFind(id);
        return it != store.entitlements().cend() ? std::optional<quint64>(it->seq) : std::nullopt;
    });
    std::vector<const SandboxSeqIndex*> indexes;
    if (!ids.isEmpty()) {
        indexes.push_back(&named);
    } else if (!appIds.isEmpty()) {
        for (const QString& appId : std::as_const(appIds))
            indexes.push_back(store.entitlementsOf(appId));
    } else {
        indexes.push_back(&store.entitlementOrder());
    }
    auto accept = [&](const QString& id) {
        const auto it = store.entitlements().constFind(id);
        if (it == store.entitlements().cend())
            return false;
        const SandboxEntitlement& e = it.value();
        if (excludedApps.contains(e.appId) || (!appIds.isEmpty() && !appIds.contains(e.appId)))
            return false;
        if (!resourceIds.isEmpty() && !resourceIds.contains(e.resourceId))
            return false;
        if (!typeIds.isEmpty() && !typeIds.contains(e.typeId))
            return false;
        if (!displayName.isEmpty() && e.displayName != displayName)
            return false;
        if (!alias.isEmpty() && e.alias != alias)
            return false;
        return query.isEmpty() || e.displayName.contains(query, Qt::CaseInsensitive)
            || e.description.contains(query, Qt::CaseInsensitive);
    };
    const auto page = SandboxPaging::collect(indexes, args->after, args->size, accept, args->scope);
    return SandboxRouteContext::listResponse(
        page, [&](const QString& id) { return SandboxJson::entitlementView(store.entitlements().value(id)); });
}

} // namespace c1

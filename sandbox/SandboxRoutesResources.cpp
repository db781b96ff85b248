#include "sandbox/SandboxRoutesResources.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxValidation.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace c1 {

SandboxRoutesResources::SandboxRoutesResources(SandboxRouteContext& context)
    : m_context(context)
{ }

void SandboxRoutesResources::install(SandboxRouter& router)
{
    auto bind = [this](SandboxHttpResponse (SandboxRoutesResources::*method)(SandboxCall&)) {
        return [this, method](SandboxCall& call) { return (this->*method)(call); };
    };
    const QString collection = u"api/v1/apps/*/resource_types/*/resources"_s;
    router.add("GET", collection, bind(&SandboxRoutesResources::listResources));
    router.add("POST", collection, bind(&SandboxRoutesResources::createResource));
    router.add("GET", collection + u"/*"_s, bind(&SandboxRoutesResources::getResource));
    router.add("DELETE", collection + u"/*"_s, bind(&SandboxRoutesResources::deleteResource));
    router.add("POST", u"api/v1/search/app_resources"_s, bind(&SandboxRoutesResources::searchResources));
}

std::optional<SandboxHttpResponse> SandboxRoutesResources::checkParents(
    const SandboxCall& call, const QString& request) const
{
    QStringList fields { request + u".AppId"_s, request + u".AppResourceTypeId"_s };
    if (call.args.size() > 2)
        fields.append(request + u".Id"_s);
    return m_context.refusePath(call, fields, SandboxRouteContext::PathObjects::ResourceType);
}

SandboxHttpResponse SandboxRoutesResources::listResources(SandboxCall& call)
{
    if (auto failed = checkParents(call, u"AppResourceServiceListRequest"_s))
        return *failed;
    const QString typeId = call.args.at(1);
    SandboxHttpResponse error;
    const auto args = m_context.pageArgs(call, u"resources:"_s + typeId, &error);
    if (!args)
        return error;
    SandboxStore& store = m_context.store();
    const auto page = SandboxPaging::collect({ store.resourcesOf(typeId) }, args->after, args->size, {}, args->scope);
    return SandboxRouteContext::listResponse(
        page, [&](const QString& id) { return SandboxJson::resourceView(*store.resourceById(id)); });
}

SandboxHttpResponse SandboxRoutesResources::getResource(SandboxCall& call)
{
    if (auto failed = checkParents(call, u"AppResourceServiceGetRequest"_s))
        return *failed;
    const SandboxResource* resource = m_context.store().resource(call.args.at(0), call.args.at(1), call.args.at(2));
    if (!resource)
        return SandboxReply::notFound(u"app resource not found"_s, call.requestId);
    return SandboxReply::json(QJsonObject {
        { u"appResourceView"_s, SandboxJson::resourceView(*resource) }, { u"expanded"_s, QJsonArray() } });
}

SandboxHttpResponse SandboxRoutesResources::createResource(SandboxCall& call)
{
    if (auto failed = checkParents(call, u"CreateManuallyManagedAppResourceRequest"_s))
        return *failed;
    const QJsonObject& body = call.body;
    SandboxResource resource;
    QString problem = SandboxValidation::displayName(
        u"CreateManuallyManagedAppResourceRequest.DisplayName"_s, body.value(u"displayName"_s), &resource.displayName);
    if (problem.isEmpty())
        problem = SandboxValidation::optionalString(u"CreateManuallyManagedAppResourceRequest.Description"_s,
            body.value(u"description"_s), &resource.description);
    if (problem.isEmpty())
        problem = SandboxValidation::optionalString(u"CreateManuallyManagedAppResourceRequest.MatchBatonId"_s,
            body.value(u"matchBatonId"_s), &resource.matchBatonId);
    if (problem.isEmpty())
        problem = SandboxValidation::annotations(body.value(u"annotations"_s), &resource.annotations);
    SandboxStore& store = m_context.store();
    QStringList ownerIds;
    const QJsonValue owners = body.value(u"resourceOwnerUserIds"_s);
    if (problem.isEmpty() && !owners.isUndefined() && !owners.isNull()) {
        if (!owners.isArray() || owners.toArray().size() > 32)
            problem = u"invalid CreateManuallyManagedAppResourceRequest.ResourceOwnerUserIds: a list of at most 32 "
                      u"user IDs"_s;
        for (const QJsonValue& owner : owners.toArray()) {
            if (!problem.isEmpty())
                break;
            problem = SandboxValidation::id(
                u"CreateManuallyManagedAppResourceRequest.ResourceOwnerUserIds[]"_s, owner.toString());
            if (problem.isEmpty() && !store.user(owner.toString()))
                problem
                    = u"invalid CreateManuallyManagedAppResourceRequest.ResourceOwnerUserIds: user %1 not found"_s.arg(
                        owner.toString());
            ownerIds.append(owner.toString());
        }
    }
    if (!problem.isEmpty())
        return SandboxReply::invalid(problem, call.requestId);
    resource.id = store.newId();
    resource.appId = call.args.at(0);
    resource.typeId = call.args.at(1);
    resource.manuallyManaged = true;
    resource.createdAt = resource.updatedAt = call.now;
    const SandboxResource& added = store.addResource(resource);
    ownerIds.removeDuplicates();
    for (const QString& ownerId : std::as_const(ownerIds)) {
        SandboxOwner owner;
        owner.roleSlug = m_context.defaultRoleSlug();
        owner.userId = ownerId;
        m_context.addOwner(added.id, owner, call.now);
    }
    store.markChanged();
    return SandboxReply::json(QJsonObject { { u"appResource"_s, SandboxJson::resource(added) } });
}

SandboxHttpResponse SandboxRoutesResources::deleteResource(SandboxCall& call)
{
    if (auto failed = checkParents(call, u"DeleteManuallyManagedAppResourceRequest"_s))
        return *failed;
    SandboxStore& store = m_context.store();
    const SandboxResource* resource = store.resource(call.args.at(0), call.args.at(1), call.args.at(2));
    if (!resource)
        return SandboxReply::notFound(u"app resource not found"_s, call.requestId);
    if (!resource->manuallyManaged)
        return SandboxReply::error(SandboxReply::FailedPrecondition,
            u"app resource is not manually managed: it is synced by a connector"_s, call.requestId);
    store.removeResource(resource->id);
    store.markChanged();
    return SandboxReply::json({});
}

SandboxHttpResponse SandboxRoutesResources::searchResources(SandboxCall& call)
{
    const QJsonObject& body = call.body;
    QSet<QString> appIds, typeIds, resourceIds, excluded;
    bool ok = SandboxRouteContext::stringSet(body.value(u"appIds"_s), &appIds)
        && SandboxRouteContext::stringSet(body.value(u"resourceTypeIds"_s), &typeIds)
        && SandboxRouteContext::stringSet(body.value(u"resourceIds"_s), &resourceIds)
        && SandboxRouteContext::stringSet(body.value(u"excludeResourceIds"_s), &excluded);
    if (!ok)
        return SandboxReply::invalid(
            u"invalid SearchAppResourcesRequest: ID lists must be lists of strings"_s, call.requestId);
    if (const QString appId = body.value(u"appId"_s).toString(); !appId.isEmpty())
        appIds.insert(appId);
    const QJsonValue refs = body.value(u"refs"_s);
    if (!refs.isUndefined() && !refs.isNull() && !refs.isArray())
        return SandboxReply::invalid(u"invalid SearchAppResourcesRequest.Refs: must be a list"_s, call.requestId);
    for (const QJsonValue& ref : refs.toArray())
        resourceIds.insert(ref.toObject().value(u"id"_s).toString());
    const QString query = body.value(u"query"_s).toString().trimmed();
    // Ownership filters (issue 15): unownedOnly = no primary-role owner (user or entitlement, visible now);
    // ownerUserIds = owned by one of these users under any role, with "none" matching what unownedOnly matches.
    QSet<QString> ownerIds;
    bool unownedOnly = false, excludeDeletedApps = false;
    if (!SandboxRouteContext::stringSet(body.value(u"ownerUserIds"_s), &ownerIds))
        return SandboxReply::invalid(
            u"invalid SearchAppResourcesRequest.OwnerUserIds: must be a list of user IDs"_s, call.requestId);
    for (const QString& owner : std::as_const(ownerIds)) {
        if (owner != u"none"_s) {
            if (const QString problem = SandboxValidation::id(u"SearchAppResourcesRequest.OwnerUserIds[]"_s, owner);
                !problem.isEmpty())
                return SandboxReply::invalid(problem, call.requestId);
        }
    }
    if (QString problem = SandboxValidation::optionalBool(
            u"SearchAppResourcesRequest.UnownedOnly"_s, body.value(u"unownedOnly"_s), &unownedOnly);
        !problem.isEmpty()
        || !(problem = SandboxValidation::optionalBool(u"SearchAppResourcesRequest.ExcludeDeletedApps"_s,
                 body.value(u"excludeDeletedApps"_s), &excludeDeletedApps))
                .isEmpty())
        return SandboxReply::invalid(problem, call.requestId);
    if (unownedOnly && !ownerIds.isEmpty())
        return SandboxReply::invalid(u"invalid SearchAppResourcesRequest: unownedOnly and ownerUserIds are mutually "
                                     u"exclusive; use ownerUserIds [\"none\", …] instead"_s,
            call.requestId);
    const QString primaryRole = m_context.defaultRoleSlug();
    auto hasPrimaryOwner = [&](const QList<SandboxOwner>& owners) {
        return std::any_of(owners.cbegin(), owners.cend(),
            [&](const SandboxOwner& o) { return o.roleSlug == primaryRole && o.visibleAt <= call.now; });
    };
    auto ownedByOneOf = [&](const QList<SandboxOwner>& owners) {
        if (ownerIds.contains(u"none"_s) && !hasPrimaryOwner(owners))
            return true;
        return std::any_of(owners.cbegin(), owners.cend(), [&](const SandboxOwner& o) {
            return !o.entitlement && o.visibleAt <= call.now && ownerIds.contains(o.userId);
        });
    };

    const auto sorted = &SandboxRouteContext::sortedJoin;
    SandboxHttpResponse error;
    const auto args = m_context.searchPageArgs(call, u"search-resources"_s,
        { sorted(appIds), sorted(typeIds), sorted(resourceIds), sorted(excluded), query, sorted(ownerIds),
            unownedOnly ? u"u"_s : QString(), excludeDeletedApps ? u"x"_s : QString() },
        &error);
    if (!args)
        return error;

    SandboxStore& store = m_context.store();
    // Walk the narrowest index the filters allow: named resources, the named types, the apps' types, or all.
    const SandboxSeqIndex named = SandboxRouteContext::namedIndex(resourceIds, [&store](const QString& id) {
        const SandboxResource* r = store.resourceById(id);
        return r ? std::optional<quint64>(r->seq) : std::nullopt;
    });
    std::vector<const SandboxSeqIndex*> indexes;
    if (!resourceIds.isEmpty()) {
        indexes.push_back(&named);
    } else if (!typeIds.isEmpty()) {
        for (const QString& typeId : std::as_const(typeIds))
            indexes.push_back(store.resourcesOf(typeId));
    } else if (!appIds.isEmpty()) {
        for (const QString& appId : std::as_const(appIds)) {
            if (const SandboxSeqIndex* types = store.typesOf(appId)) {
                for (const auto& [seq, typeId] : *types)
                    indexes.push_back(store.resourcesOf(typeId));
            }
        }
    } else {
        indexes.push_back(&store.resourceOrder());
    }
    auto accept = [&](const QString& id) {
        const SandboxResource* r = store.resourceById(id);
        if (!r || excluded.contains(id))
            return false;
        if (!appIds.isEmpty() && !appIds.contains(r->appId))
            return false;
        if (!typeIds.isEmpty() && !typeIds.contains(r->typeId))
            return false;
        if (!query.isEmpty() && !r->displayName.contains(query, Qt::CaseInsensitive))
            return false;
        if (excludeDeletedApps && !store.app(r->appId))
            return false;
        if (unownedOnly && hasPrimaryOwner(store.owners(id)))
            return false;
        return ownerIds.isEmpty() || ownedByOneOf(store.owners(id));
    };
    const auto page = SandboxPaging::collect(indexes, args->after, args->size, accept, args->scope);
    SandboxHttpResponse response = SandboxRouteContext::listResponse(
        page, [&](const QString& id) { return SandboxJson::resourceView(*store.resourceById(id)); });
    return response;
}

} // namespace c1

#include "sandbox/SandboxRoutesApps.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxValidation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

bool containsFolded(const QString& haystack, const QString& needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

SandboxRoutesApps::SandboxRoutesApps(SandboxRouteContext& context)
    : m_context(context)
{ }

void SandboxRoutesApps::install(SandboxRouter& router)
{
    auto bind = [this](SandboxHttpResponse (SandboxRoutesApps::*method)(SandboxCall&)) {
        return [this, method](SandboxCall& call) { return (this->*method)(call); };
    };
    router.add("GET", u"api/v1/auth/introspect"_s, bind(&SandboxRoutesApps::introspect));
    router.add("GET", u"api/v1/apps"_s, bind(&SandboxRoutesApps::listApps));
    router.add("POST", u"api/v1/apps"_s, bind(&SandboxRoutesApps::createApp));
    router.add("POST", u"api/v1/search/apps"_s, bind(&SandboxRoutesApps::searchApps));
    router.add("GET", u"api/v1/apps/*"_s, bind(&SandboxRoutesApps::getApp));
    router.add("GET", u"api/v1/apps/*/resource_types"_s, bind(&SandboxRoutesApps::listResourceTypes));
    router.add("POST", u"api/v1/apps/*/resource_types"_s, bind(&SandboxRoutesApps::createResourceType));
    router.add("GET", u"api/v1/apps/*/resource_types/*"_s, bind(&SandboxRoutesApps::getResourceType));
}

SandboxHttpResponse SandboxRoutesApps::introspect(SandboxCall& call)
{
    return SandboxReply::json(QJsonObject { { u"userId"_s, call.userId }, { u"principleId"_s, call.userId },
        { u"tenantId"_s, m_context.tenantId() }, { u"roles"_s, QJsonArray { u"Super Administrator"_s } },
        { u"permissions"_s, QJsonArray { u"c1.api.app.v1.Apps/*"_s, u"c1.api.app.v2.AppOwners/*"_s } },
        { u"features"_s, QJsonArray() }, { u"disabledModules"_s, QJsonArray() } });
}

SandboxHttpResponse SandboxRoutesApps::listApps(SandboxCall& call)
{
    SandboxHttpResponse error;
    const auto args = m_context.pageArgs(call, u"apps"_s, &error);
    if (!args)
        return error;
    SandboxStore& store = m_context.store();
    const auto page = SandboxPaging::collect({ &store.appOrder() }, args->after, args->size, {}, args->scope);
    return SandboxRouteContext::listResponse(
        page, [&](const QString& id) { return SandboxJson::app(*store.app(id), store, call.now); });
}

SandboxHttpResponse SandboxRoutesApps::searchApps(SandboxCall& call)
{
    QStringList appIds, excludeAppIds;
    if (!SandboxRouteContext::stringList(call.body.value(u"appIds"_s), &appIds))
        return SandboxReply::invalid(u"invalid SearchAppsRequest.AppIds: must be a list of strings"_s, call.requestId);
    if (!SandboxRouteContext::stringList(call.body.value(u"excludeAppIds"_s), &excludeAppIds))
        return SandboxReply::invalid(
            u"invalid SearchAppsRequest.ExcludeAppIds: must be a list of strings"_s, call.requestId);
    const QString query = call.body.value(u"query"_s).toString().trimmed();
    const QString displayName = call.body.value(u"displayName"_s).toString();
    const bool onlyDirectories = call.body.value(u"onlyDirectories"_s).toBool();
    // The token is bound to the filter, so that it cannot be replayed against another search.
    SandboxHttpResponse error;
    const auto args = m_context.searchPageArgs(call, u"search-apps"_s,
        { appIds.join(u','), excludeAppIds.join(u','), query, displayName, onlyDirectories ? u"d"_s : QString() },
        &error);
    if (!args)
        return error;
    SandboxStore& store = m_context.store();
    SandboxSeqIndex restricted;
    for (const QString& id : std::as_const(appIds)) {
        if (const SandboxApp* app = store.app(id))
            restricted.emplace(app->seq, app->id);
    }
    const QSet<QString> excluded(excludeAppIds.cbegin(), excludeAppIds.cend());
    auto accept = [&](const QString& id) {
        const SandboxApp* app = store.app(id);
        if (!app || excluded.contains(id))
            return false;
        if (onlyDirectories && !app->directory)
            return false;
        if (!displayName.isEmpty() && app->displayName.compare(displayName, Qt::CaseInsensitive) != 0)
            return false;
        return query.isEmpty() || containsFolded(app->displayName, query) || containsFolded(app->description, query);
    };
    const auto page = SandboxPaging::collect(
        { appIds.isEmpty() ? &store.appOrder() : &restricted }, args->after, args->size, accept, args->scope);
    return SandboxRouteContext::listResponse(
        page, [&](const QString& id) { return SandboxJson::app(*store.app(id), store, call.now); });
}

SandboxHttpResponse SandboxRoutesApps::getApp(SandboxCall& call)
{
    if (auto refused = m_context.refusePath(call, { u"GetAppRequest.Id"_s }, SandboxRouteContext::PathObjects::App))
        return *refused;
    const SandboxApp* app = m_context.store().app(call.args.at(0));
    return SandboxReply::json(QJsonObject { { u"app"_s, SandboxJson::app(*app, m_context.store(), call.now) } });
}

SandboxHttpResponse SandboxRoutesApps::createApp(SandboxCall& call)
{
    const QJsonObject& body = call.body;
    SandboxApp app;
    QString problem = SandboxValidation::displayName(
        u"CreateAppRequest.DisplayName"_s, body.value(u"displayName"_s), &app.displayName);
    if (problem.isEmpty())
        problem = SandboxValidation::optionalString(
            u"CreateAppRequest.Description"_s, body.value(u"description"_s), &app.description);
    if (problem.isEmpty())
        problem = SandboxValidation::annotations(body.value(u"annotations"_s), &app.annotations);
    if (problem.isEmpty())
        problem = SandboxValidation::optionalString(
            u"CreateAppRequest.Instructions"_s, body.value(u"instructions"_s), &app.instructions);
    if (problem.isEmpty())
        problem = SandboxValidation::optionalString(
            u"CreateAppRequest.IdentityMatching"_s, body.value(u"identityMatching"_s), &app.identityMatching);
    if (problem.isEmpty() && !app.identityMatching.isEmpty()
        && !SandboxValidation::identityMatchings().contains(app.identityMatching))
        problem = u"invalid CreateAppRequest.IdentityMatching: value must be one of the defined enum values"_s;
    const struct {
        QString json;
        QString* target;
    } policies[] = { { u"grantPolicyId"_s, &app.grantPolicyId }, { u"revokePolicyId"_s, &app.revokePolicyId },
        { u"certifyPolicyId"_s, &app.certifyPolicyId } };
    for (const auto& policy : policies) {
        if (problem.isEmpty())
            problem = SandboxValidation::optionalString(policy.json, body.value(policy.json), policy.target);
        if (problem.isEmpty() && !policy.target->isEmpty() && !SandboxValidation::isId(*policy.target))
            problem = SandboxValidation::id(u"CreateAppRequest."_s + policy.json, *policy.target);
    }
    const QJsonValue cost = body.value(u"monthlyCostUsd"_s);
    if (problem.isEmpty() && !cost.isUndefined() && !cost.isNull()) {
        if (!cost.isDouble() || cost.toDouble() < 0 || cost.toDouble() > 2147483647.0)
            problem = u"invalid CreateAppRequest.MonthlyCostUsd: must be a non-negative int32"_s;
        else
            app.monthlyCostUsd = cost.toInt();
    }
    app.strictAccessEntitlementProvisioning = body.value(u"strictAccessEntitlementProvisioning"_s).toBool();

    SandboxStore& store = m_context.store();
    QStringList ownerIds;
    if (problem.isEmpty() && !SandboxRouteContext::stringList(body.value(u"owners"_s), &ownerIds))
        problem = u"invalid CreateAppRequest.Owners: must be a list of user IDs"_s;
    if (problem.isEmpty() && ownerIds.size() > 32)
        problem = u"invalid CreateAppRequest.Owners: at most 32 user owners"_s;
    for (const QString& ownerId : std::as_const(ownerIds)) {
        if (!problem.isEmpty())
            break;
        problem = SandboxValidation::id(u"CreateAppRequest.Owners[]"_s, ownerId);
        if (problem.isEmpty() && !store.user(ownerId))
            problem = u"invalid CreateAppRequest.Owners: user %1 not found"_s.arg(ownerId);
    }
    QList<std::pair<QString, QString>> entitlementOwners;
    const QJsonValue refs = body.value(u"appEntitlementOwnerRefs"_s);
    if (problem.isEmpty() && !refs.isUndefined() && !refs.isNull()) {
        if (!refs.isArray() || refs.toArray().size() > 32)
            problem = u"invalid CreateAppRequest.AppEntitlementOwnerRefs: a list of at most 32 refs"_s;
        for (const QJsonValue& ref : refs.toArray()) {
            if (!problem.isEmpty())
                break;
            const QString refApp = ref.toObject().value(u"appId"_s).toString();
            const QString refId = ref.toObject().value(u"id"_s).toString();
            problem = SandboxValidation::ids({ { u"CreateAppRequest.AppEntitlementOwnerRefs[].AppId"_s, refApp },
                { u"CreateAppRequest.AppEntitlementOwnerRefs[].Id"_s, refId } });
            if (problem.isEmpty() && !store.entitlement(refApp, refId))
                problem = u"invalid CreateAppRequest.AppEntitlementOwnerRefs: entitlement %1 not found"_s.arg(refId);
            entitlementOwners.append({ refApp, refId });
        }
    }
    if (!problem.isEmpty())
        return SandboxReply::invalid(problem, call.requestId);

    app.id = store.newId();
    app.manuallyManaged = true;
    app.createdAt = app.updatedAt = call.now;
    const SandboxApp& added = store.addApp(app);
    const QString role = m_context.defaultRoleSlug();
    ownerIds.removeDuplicates();
    for (const QString& ownerId : std::as_const(ownerIds)) {
        SandboxOwner owner;
        owner.roleSlug = role;
        owner.userId = ownerId;
        m_context.addOwner(added.id, owner, call.now);
    }
    for (const auto& [refApp, refId] : std::as_const(entitlementOwners)) {
        SandboxOwner owner;
        owner.roleSlug = role;
        owner.entitlement = true;
        owner.entitlementAppId = refApp;
        owner.entitlementId = refId;
        m_context.addOwner(added.id, owner, call.now);
    }
    // Every app has an access entitlement, as C1 creates one for a new app.
    SandboxEntitlement access;
    access.id = store.newId();
    access.appId = added.id;
    access.displayName = added.displayName + u" Access"_s;
    access.alias = u"access"_s;
    access.slug = u"access"_s;
    access.createdAt = access.updatedAt = call.now;
    store.addEntitlement(access);
    store.markChanged();
    // The creator's own answer sees the initial owners at once.
    return SandboxReply::json(QJsonObject {
        { u"app"_s, SandboxJson::app(added, store, call.now + m_context.options().ownerVisibilityDelayMs) } });
}

SandboxHttpResponse SandboxRoutesApps::listResourceTypes(SandboxCall& call)
{
    if (auto refused = m_context.refusePath(
            call, { u"AppResourceTypeServiceListRequest.AppId"_s }, SandboxRouteContext::PathObjects::App))
        return *refused;
    const QString appId = call.args.at(0);
    SandboxStore& store = m_context.store();
    SandboxHttpResponse error;
    const auto args = m_context.pageArgs(call, u"types:"_s + appId, &error);
    if (!args)
        return error;
    const auto page = SandboxPaging::collect({ store.typesOf(appId) }, args->after, args->size, {}, args->scope);
    return SandboxRouteContext::listResponse(
        page, [&](const QString& id) { return SandboxJson::resourceTypeView(*store.resourceType(appId, id)); });
}

SandboxHttpResponse SandboxRoutesApps::getResourceType(SandboxCall& call)
{
    if (auto refused = m_context.refusePath(call,
            { u"AppResourceTypeServiceGetRequest.AppId"_s, u"AppResourceTypeServiceGetRequest.Id"_s },
            SandboxRouteContext::PathObjects::ResourceType))
        return *refused;
    const SandboxResourceType* type = m_context.store().resourceType(call.args.at(0), call.args.at(1));
    return SandboxReply::json(QJsonObject {
        { u"appResourceTypeView"_s, SandboxJson::resourceTypeView(*type) }, { u"expanded"_s, QJsonArray() } });
}

SandboxHttpResponse SandboxRoutesApps::createResourceType(SandboxCall& call)
{
    const QString appId = call.args.at(0);
    if (const QString problem = SandboxValidation::id(u"CreateManuallyManagedResourceTypeRequest.AppId"_s, appId);
        !problem.isEmpty())
        return SandboxReply::invalid(problem, call.requestId);
    SandboxResourceType type;
    QString problem = SandboxValidation::displayName(u"CreateManuallyManagedResourceTypeRequest.DisplayName"_s,
        call.body.value(u"displayName"_s), &type.displayName);
    type.kind = call.body.value(u"resourceType"_s).toString();
    if (problem.isEmpty() && !SandboxValidation::resourceTypeKinds().contains(type.kind))
        problem = u"invalid CreateManuallyManagedResourceTypeRequest.ResourceType: value must be one of the defined "
                  u"enum values"_s;
    if (!problem.isEmpty())
        return SandboxReply::invalid(problem, call.requestId);
    SandboxStore& store = m_context.store();
    if (!store.app(appId))
        return SandboxReply::notFound(u"app not found"_s, call.requestId);
    // Only CUSTOM may occur more than once on an app. Real tenants refuse a second GROUP (ROLE …) with a 500, not
    // a 400: the sandbox answers the same (google.rpc.Status INTERNAL), so clients must treat it as a refusal that
    // they read back, never as something to resend.
    if (type.kind != u"CUSTOM"_s) {
        if (const SandboxSeqIndex* types = store.typesOf(appId)) {
            for (const auto& [seq, typeId] : *types) {
                const SandboxResourceType* existing = store.resourceType(appId, typeId);
                if (existing && existing->kind == type.kind)
                    return SandboxReply::error(SandboxReply::Internal,
                        u"failed to create resource type: the app already has a resource type of kind %1, and only "
                        u"CUSTOM may occur more than once"_s.arg(type.kind),
                        call.requestId);
            }
        }
    }
    type.id = store.newId();
    type.appId = appId;
    type.createdAt = type.updatedAt = call.now;
    const SandboxResourceType& added = store.addResourceType(type);
    store.markChanged();
    return SandboxReply::json(
        QJsonObject { { u"appResourceType"_s, SandboxJson::resourceType(added) }, { u"expanded"_s, QJsonArray() } });
}

} // namespace c1

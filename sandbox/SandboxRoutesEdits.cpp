#include "sandbox/SandboxRoutesEdits.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxValidation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

// The read-only fields of each object in the spec: named in a mask, they are refused as immutable.
const QStringList AppImmutable { u"id"_s, u"appAccountId"_s, u"appAccountName"_s, u"appOwners"_s, u"createdAt"_s,
    u"updatedAt"_s, u"deletedAt"_s, u"fieldMask"_s, u"isDirectory"_s, u"logoUri"_s, u"parentAppId"_s, u"userCount"_s };
const QStringList AppUpdatable { u"displayName"_s, u"description"_s, u"annotations"_s, u"grantPolicyId"_s,
    u"revokePolicyId"_s, u"certifyPolicyId"_s, u"identityMatching"_s, u"instructions"_s, u"monthlyCostUsd"_s,
    u"strictAccessEntitlementProvisioning"_s, u"iconUrl"_s };
const QStringList TypeImmutable { u"id"_s, u"appId"_s, u"createdAt"_s, u"updatedAt"_s, u"deletedAt"_s };
const QStringList TypeUpdatable { u"displayName"_s };
const QStringList ResourceImmutable { u"id"_s, u"appId"_s, u"appResourceTypeId"_s, u"createdAt"_s, u"updatedAt"_s,
    u"deletedAt"_s, u"externalId"_s, u"nhiDetail"_s, u"nhiType"_s, u"profile"_s };
const QStringList ResourceUpdatable { u"displayName"_s, u"description"_s, u"annotations"_s };

// The body's object under `key` (required) and its mask; on a problem, the message.
QString objectAndMask(const SandboxCall& call, const QString& request, const QString& key, const QStringList& updatable,
    const QStringList& immutable, QJsonObject* object, QStringList* mask)
{
    const QJsonValue value = call.body.value(key);
    if (!value.isObject())
        return u"invalid %1.%2: an object with the new values is required"_s.arg(request, key);
    *object = value.toObject();
    return SandboxValidation::updateMask(request, call.body.value(u"updateMask"_s), updatable, immutable, mask);
}

// An ID field of the body's object that, when given, must equal the path's.
QString sameId(const QString& field, const QJsonObject& object, const QString& key, const QString& expected)
{
    const QString given = object.value(key).toString();
    if (!given.isEmpty() && given != expected)
        return u"invalid %1: does not match the path"_s.arg(field);
    return {};
}

qint64 bumped(qint64 updatedAt, qint64 now)
{
    return std::max(now, updatedAt + 1);
}

// The prologue of an edit of a resource type: the path names one (SandboxRouteContext::refusePath), and it is
// manually managed (a connector's is refused with FAILED_PRECONDITION).
std::optional<SandboxHttpResponse> refuseTypeEdit(
    SandboxRouteContext& context, const SandboxCall& call, const QString& request)
{
    if (auto refused = context.refusePath(
            call, { request + u".AppId"_s, request + u".Id"_s }, SandboxRouteContext::PathObjects::ResourceType))
        return refused;
    if (!context.store().resourceType(call.args.at(0), call.args.at(1))->manuallyManaged)
        return SandboxReply::error(SandboxReply::FailedPrecondition,
            u"app resource type is not manually managed: it is synced by a connector"_s, call.requestId);
    return std::nullopt;
}

} // namespace

SandboxRoutesEdits::SandboxRoutesEdits(SandboxRouteContext& context)
    : m_context(context)
{ }

void SandboxRoutesEdits::install(SandboxRouter& router)
{
    auto bind = [this](SandboxHttpResponse (SandboxRoutesEdits::*method)(SandboxCall&)) {
        return [this, method](SandboxCall& call) { return (this->*method)(call); };
    };
    router.add("POST", u"api/v1/apps/*"_s, bind(&SandboxRoutesEdits::updateApp));
    router.add("DELETE", u"api/v1/apps/*"_s, bind(&SandboxRoutesEdits::deleteApp));
    router.add("POST", u"api/v1/apps/*/resource_types/*"_s, bind(&SandboxRoutesEdits::updateResourceType));
    router.add("DELETE", u"api/v1/apps/*/resource_types/*"_s, bind(&SandboxRoutesEdits::deleteResourceType));
    router.add("POST", u"api/v1/apps/*/resource_types/*/resources/*"_s, bind(&SandboxRoutesEdits::updateResource));
}

SandboxHttpResponse SandboxRoutesEdits::updateApp(SandboxCall& call)
{
    if (auto refused
        = m_context.refusePath(call, { u"UpdateAppRequest.App.Id"_s }, SandboxRouteContext::PathObjects::App))
        return *refused;
    const QString id = call.args.at(0);
    SandboxStore& store = m_context.store();
    SandboxApp* app = store.mutableApp(id);
    QJsonObject values;
    QStringList mask;
    const QString request = u"UpdateAppRequest"_s;
    QString problem = objectAndMask(call, request, u"app"_s, AppUpdatable, AppImmutable, &values, &mask);
    if (problem.isEmpty())
        problem = sameId(u"UpdateAppRequest.App.Id"_s, values, u"id"_s, id);
    SandboxApp next = *app;
    for (const QString& path : std::as_const(mask)) {
        if (!problem.isEmpty())
            break;
        const QString field = u"UpdateAppRequest.App."_s + path.at(0).toUpper() + path.mid(1);
        const QJsonValue value = values.value(path);
        if (path == u"displayName"_s)
            problem = SandboxValidation::displayName(field, value, &next.displayName);
        else if (path == u"description"_s)
            problem = SandboxValidation::optionalString(field, value, &(next.description = QString()));
        else if (path == u"instructions"_s)
            problem = SandboxValidation::optionalString(field, value, &(next.instructions = QString()));
        else if (path == u"iconUrl"_s)
            problem = SandboxValidation::optionalString(field, value, &(next.iconUrl = QString()));
        else if (path == u"annotations"_s)
            problem = SandboxValidation::annotations(value, &(next.annotations = {}));
        else if (path == u"grantPolicyId"_s)
            problem = SandboxValidation::optionalId(field, value, &next.grantPolicyId);
        else if (path == u"revokePolicyId"_s)
            problem = SandboxValidation::optionalId(field, value, &next.revokePolicyId);
        else if (path == u"certifyPolicyId"_s)
            problem = SandboxValidation::optionalId(field, value, &next.certifyPolicyId);
        else if (path == u"monthlyCostUsd"_s)
            problem = SandboxValidation::nonNegativeInt32(field, value, &next.monthlyCostUsd);
        else if (path == u"strictAccessEntitlementProvisioning"_s)
            problem = SandboxValidation::optionalBool(field, value, &next.strictAccessEntitlementProvisioning);
        else if (path == u"identityMatching"_s) {
            problem = SandboxValidation::optionalString(field, value, &(next.identityMatching = QString()));
            if (problem.isEmpty() && !next.identityMatching.isEmpty()
                && !SandboxValidation::identityMatchings().contains(next.identityMatching))
                problem = u"invalid %1: value must be one of the defined enum values"_s.arg(field);
        }
    }
    if (!problem.isEmpty())
        return SandboxReply::invalid(problem, call.requestId);
    next.updatedAt = bumped(app->updatedAt, call.now);
    *app = next;
    store.markChanged();
    return SandboxReply::json(QJsonObject { { u"app"_s, SandboxJson::app(*app, store, call.now) } });
}

SandboxHttpResponse SandboxRoutesEdits::deleteApp(SandboxCall& call)
{
    if (auto refused = m_context.refusePath(call, { u"DeleteAppRequest.Id"_s }, SandboxRouteContext::PathObjects::App))
        return *refused;
    const QString id = call.args.at(0);
    SandboxStore& store = m_context.store();
    store.softDeleteApp(id, call.now);
    store.markChanged();
    return SandboxReply::json({});
}

SandboxHttpResponse SandboxRoutesEdits::updateResourceType(SandboxCall& call)
{
    const QString appId = call.args.at(0);
    const QString id = call.args.at(1);
    const QString request = u"UpdateManuallyManagedResourceTypeRequest"_s;
    if (auto refused = refuseTypeEdit(m_context, call, request))
        return *refused;
    SandboxStore& store = m_context.store();
    SandboxResourceType* type = store.mutableResourceType(appId, id);
    QJsonObject values;
    QStringList mask;
    QString problem = objectAndMask(call, request, u"appResourceType"_s, TypeUpdatable, TypeImmutable, &values, &mask);
    if (problem.isEmpty())
        problem = sameId(request + u".AppResourceType.Id"_s, values, u"id"_s, id);
    if (problem.isEmpty())
        problem = sameId(request + u".AppResourceType.AppId"_s, values, u"appId"_s, appId);
    QString displayName = type->displayName;
    if (problem.isEmpty() && mask.contains(u"displayName"_s))
        problem = SandboxValidation::displayName(
            request + u".AppResourceType.DisplayName"_s, values.value(u"displayName"_s), &displayName);
    if (!problem.isEmpty())
        return SandboxReply::invalid(problem, call.requestId);
    type->displayName = displayName;
    type->updatedAt = bumped(type->updatedAt, call.now);
    store.markChanged();
    return SandboxReply::json(
        QJsonObject { { u"appResourceType"_s, SandboxJson::resourceType(*type) }, { u"expanded"_s, QJsonArray() } });
}

SandboxHttpResponse SandboxRoutesEdits::deleteResourceType(SandboxCall& call)
{
    const QString id = call.args.at(1);
    const QString request = u"DeleteManuallyManagedResourceTypeRequest"_s;
    if (auto refused = refuseTypeEdit(m_context, call, request))
        return *refused;
    SandboxStore& store = m_context.store();
    store.removeResourceType(id);
    store.markChanged();
    return SandboxReply::json({});
}

SandboxHttpResponse SandboxRoutesEdits::updateResource(SandboxCall& call)
{
    const QString appId = call.args.at(0);
    const QString typeId = call.args.at(1);
    const QString id = call.args.at(2);
    const QString request = u"AppResourceServiceUpdateRequest"_s;
    if (auto refused
        = m_context.refusePath(call, { request + u".AppId"_s, request + u".AppResourceTypeId"_s, request + u".Id"_s },
            SandboxRouteContext::PathObjects::Resource))
        return *refused;
    SandboxStore& store = m_context.store();
    SandboxResource* resource = store.mutableResource(id);
    QJsonObject values;
    QStringList mask;
    QString problem
        = objectAndMask(call, request, u"appResource"_s, ResourceUpdatable, ResourceImmutable, &values, &mask);
    if (problem.isEmpty())
        problem = sameId(request + u".AppResource.Id"_s, values, u"id"_s, id);
    if (problem.isEmpty())
        problem = sameId(request + u".AppResource.AppId"_s, values, u"appId"_s, appId);
    if (problem.isEmpty())
        problem = sameId(request + u".AppResource.AppResourceTypeId"_s, values, u"appResourceTypeId"_s, typeId);
    SandboxResource next = *resource;
    for (const QString& path : std::as_const(mask)) {
        if (!problem.isEmpty())
            break;
        const QJsonValue value = values.value(path);
        if (path == u"displayName"_s)
            problem = SandboxValidation::displayName(request + u".AppResource.DisplayName"_s, value, &next.displayName);
        else if (path == u"description"_s)
            problem = SandboxValidation::optionalString(
                request + u".AppResource.Description"_s, value, &(next.description = QString()));
        else if (path == u"annotations"_s)
            problem = SandboxValidation::annotations(value, &(next.annotations = {}));
    }
    if (!problem.isEmpty())
        return SandboxReply::invalid(problem, call.requestId);
    next.updatedAt = bumped(resource->updatedAt, call.now);
    *resource = next;
    store.markChanged();
    return SandboxReply::json(QJsonObject {
        { u"appResourceView"_s, SandboxJson::resourceView(*resource) }, { u"expanded"_s, QJsonArray() } });
}

} // namespace c1

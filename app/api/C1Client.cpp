#include "api/C1Client.h"

#include "api/ClientCalls.h"
#include "api/UpdateRequests.h"
#include "api/UserOwnership.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace c1 {

using namespace calls;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(c1::C1Client)
};

} // namespace

// ---- the client ---------------------------------------------------------------------------------------------

C1Client::C1Client(
    QNetworkAccessManager* network, BearerProvider* tokens, ClientConfig config, RequestLog* log, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_config(std::move(config))
    , m_log(log)
{
    Q_ASSERT(network);
    m_clock.start();
}

C1Client::~C1Client()
{
    m_destroying = true;
    const QList<ApiCall*> calls = findChildren<ApiCall*>(Qt::FindDirectChildrenOnly);
    for (ApiCall* call : calls)
        call->abort();
}

bool C1Client::isTenantUrl(const QUrl& url) const
{
    const QUrl& base = m_config.baseUrl;
    const int defaultPort = base.scheme() == u"http"_s ? 80 : 443;
    return url.scheme() == base.scheme() && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort) == base.port(defaultPort);
}

void C1Client::callStarted()
{
    ++m_inFlight;
    if (!m_destroying)
        Q_EMIT inFlightChanged(m_inFlight);
}

void C1Client::callFinished()
{
    --m_inFlight;
    if (!m_destroying)
        Q_EMIT inFlightChanged(m_inFlight);
}

void C1Client::answered(bool http2)
{
    m_lastAnswerMs = m_clock.elapsed();
    m_lastAnswerHttp2 = http2;
}

// Over HTTP/2 every call shares one connection, and Qt 6.4 goes on sending new streams into a connection that has
// stopped answering (one a NAT or load balancer dropped silently, or one whose server restarted under it: seen in the
// fault matrix's restart row), so that every retry times out as well. Over HTTP/1.1 Qt closes the connection of a
// timed-out request itself. So: when an attempt got no answer in time, nothing at all was answered since it went out,
// and the tenant speaks HTTP/2 (prior knowledge, or the last answer came that way), the connections are dropped and
// later attempts open new ones. Attempts that went out before such a reset do not reset again. In-flight requests on
// the dropped connection end with their own timeouts, and are retried or read back like any unanswered attempt.
void C1Client::attemptTimedOut(qint64 attemptStartedMs)
{
    const bool http2 = m_lastAnswerHttp2 || (m_config.http2PriorKnowledge && m_config.baseUrl.scheme() == u"http"_s);
    if (!http2 || m_lastAnswerMs >= attemptStartedMs || m_connectionsResetMs >= attemptStartedMs)
        return;
    qCWarning(lcApi).noquote() << "No answer over HTTP/2 for" << m_clock.elapsed() - attemptStartedMs
                               << "ms: later requests go out on a new connection.";
    m_connectionsResetMs = m_clock.elapsed();
    m_network->clearConnectionCache();
}

CallHandle C1Client::introspect(QObject* context, Callback<Introspection> callback)
{
    ApiRequest request { Method::Get, makeUrl(m_config.baseUrl, u"/api/v1/auth/introspect"_s) };
    return run<Introspection>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& body) { return Result<Introspection>(Introspection::fromJson(body)); });
}

// ---- apps ---------------------------------------------------------------------------------------------------

CallHandle C1Client::listApps(
    const QString& pageToken, int pageSize, QObject* context, Callback<Page<App>> callback, AppFields fields)
{
    ApiRequest request { Method::Get, withPaging(makeUrl(m_config.baseUrl, u"/api/v1/apps"_s), pageToken, pageSize) };
    const auto parse = fields == AppFields::Summary ? &App::summaryFromJson : &App::fromJson;
    return run<Page<App>>(this, std::move(request), context, std::move(callback),
        [parse](const QJsonObject& body) { return page<App>(body, {}, parse); });
}

CallHandle C1Client::searchApps(
    const AppSearch& search, const QString& pageToken, int pageSize, QObject* context, Callback<Page<App>> callback)
{
    QJsonObject body;
    json::put(body, "query"_L1, search.query);
    json::put(body, "displayName"_L1, search.displayName);
    json::put(body, "appIds"_L1, search.appIds);
    addPaging(body, pageToken, pageSize);
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/search/apps"_s), toBody(body) };
    request.readOnly = true;
    return run<Page<App>>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& json) { return page<App>(json, {}, &App::fromJson); });
}

CallHandle C1Client::getApp(const QString& appId, QObject* context, Callback<App> callback)
{
    ApiRequest request { Method::Get, makeUrl(m_config.baseUrl, u"/api/v1/apps/%1"_s, appId) };
    request.refused = checkIds({ { "app", appId } });
    return run<App>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& body) { return single<App>(body, "app"_L1, &App::fromJson); });
}

CallHandle C1Client::createApp(const CreateAppRequest& create, QObject* context, Callback<App> callback)
{
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/apps"_s), toBody(create.toJson()) };
    if (create.displayName.trimmed().isEmpty())
        request.refused = ApiError::invalidInput(Tr::tr("An app needs a display name."));
    else if (const QString problem = validate::annotations(create.annotations); !problem.isEmpty())
        request.refused = ApiError::invalidInput(problem);
    return run<App>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& body) { return single<App>(body, "app"_L1, &App::fromJson); });
}

CallHandle C1Client::updateApp(const QString& appId, const AppUpdate& update, QObject* context, Callback<App> callback)
{
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/apps/%1"_s, appId),
        toBody(update.toJson()) };
    request.refused = firstError({ checkIds({ { "app", appId } }), invalid(update.problem()) });
    return run<App>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& body) { return single<App>(body, "app"_L1, &App::fromJson); });
}

CallHandle C1Client::deleteApp(const QString& appId, QObject* context, Callback<Empty> callback)
{
    ApiRequest request { Method::Delete, makeUrl(m_config.baseUrl, u"/api/v1/apps/%1"_s, appId),
        QByteArrayLiteral("{}") };
    request.refused = checkIds({ { "app", appId } });
    request.notFoundIsSuccess = true;
    return run<Empty>(this, std::move(request), context, std::move(callback), ignoreBody());
}

// ---- resource types and resources ---------------------------------------------------------------------------

CallHandle C1Client::listResourceTypes(const QString& appId, const QString& pageToken, int pageSize, QObject* context,
    Callback<Page<AppResourceType>> callback)
{
    ApiRequest request { Method::Get,
        withPaging(makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types"_s, appId), pageToken, pageSize) };
    request.refused = checkIds({ { "app", appId } });
    return run<Page<AppResourceType>>(
        this, std::move(request), context, std::move(callback), [](const QJsonObject& body) {
            return page<AppResourceType>(body, "appResourceType"_L1, &AppResourceType::fromJson);
        });
}

CallHandle C1Client::getResourceType(
    const QString& appId, const QString& typeId, QObject* context, Callback<AppResourceType> callback)
{
    ApiRequest request { Method::Get,
        makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types/%2"_s, appId, typeId) };
    request.refused = checkIds({ { "app", appId }, { "resource type", typeId } });
    return run<AppResourceType>(this, std::move(request), context, std::move(callback), [](const QJsonObject& body) {
        return inView<AppResourceType>(
            body, "appResourceTypeView"_L1, "appResourceType"_L1, &AppResourceType::fromJson);
    });
}

CallHandle C1Client::createResourceType(
    const QString& appId, const CreateResourceTypeRequest& create, QObject* context, Callback<AppResourceType> callback)
{
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types"_s, appId),
        toBody(create.toJson()) };
    request.refused = firstError({ checkIds({ { "app", appId } }), invalid(create.problem()) });
    return run<AppResourceType>(this, std::move(request), context, std::move(callback), [](const QJsonObject& body) {
        return single<AppResourceType>(body, "appResourceType"_L1, &AppResourceType::fromJson);
    });
}

CallHandle C1Client::updateResourceType(const QString& appId, const QString& typeId, const ResourceTypeUpdate& update,
    QObject* context, Callback<AppResourceType> callback)
{
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types/%2"_s, appId, typeId),
        toBody(update.toJson()) };
    request.refused
        = firstError({ checkIds({ { "app", appId }, { "resource type", typeId } }), invalid(update.problem()) });
    return run<AppResourceType>(this, std::move(request), context, std::move(callback), [](const QJsonObject& body) {
        return single<AppResourceType>(body, "appResourceType"_L1, &AppResourceType::fromJson);
    });
}

CallHandle C1Client::deleteResourceType(
    const QString& appId, const QString& typeId, QObject* context, Callback<Empty> callback)
{
    ApiRequest request { Method::Delete,
        makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types/%2"_s, appId, typeId), QByteArrayLiteral("{}") };
    request.refused = checkIds({ { "app", appId }, { "resource type", typeId } });
    request.notFoundIsSuccess = true;
    return run<Empty>(this, std::move(request), context, std::move(callback), ignoreBody());
}

CallHandle C1Client::listResources(const QString& appId, const QString& typeId, const QString& pageToken, int pageSize,
    QObject* context, Callback<Page<AppResource>> callback)
{
    ApiRequest request { Method::Get,
        withPaging(makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types/%2/resources"_s, appId, typeId),
            pageToken, pageSize) };
    request.refused = checkIds({ { "app", appId }, { "resource type", typeId } });
    return run<Page<AppResource>>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& body) { return page<AppResource>(body, "appResource"_L1, &AppResource::fromJson); });
}

CallHandle C1Client::getResource(const QString& appId, const QString& typeId, const QString& resourceId,
    QObject* context, Callback<AppResource> callback)
{
    ApiRequest request { Method::Get,
        makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s, appId, typeId, resourceId) };
    request.refused = checkIds({ { "app", appId }, { "resource type", typeId }, { "resource", resourceId } });
    return run<AppResource>(this, std::move(request), context, std::move(callback), [](const QJsonObject& body) {
        return inView<AppResource>(body, "appResourceView"_L1, "appResource"_L1, &AppResource::fromJson);
    });
}

CallHandle C1Client::searchResources(const ResourceSearch& search, const QString& pageToken, int pageSize,
    QObject* context, Callback<Page<AppResource>> callback)
{
    QJsonObject body;
    json::put(body, "query"_L1, search.query);
    json::put(body, "appIds"_L1, search.appIds);
    json::put(body, "resourceTypeIds"_L1, search.resourceTypeIds);
    json::put(body, "resourceIds"_L1, search.resourceIds);
    json::put(body, "unownedOnly"_L1, search.unownedOnly);
    json::put(body, "ownerUserIds"_L1, search.ownerUserIds);
    json::put(body, "excludeDeletedApps"_L1, search.excludeDeletedApps);
    addPaging(body, pageToken, pageSize);
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/search/app_resources"_s), toBody(body) };
    request.readOnly = true;
    if (search.unownedOnly && !search.ownerUserIds.isEmpty())
        request.refused = ApiError::invalidInput(
            Tr::tr("“Unowned only” and owner IDs cannot be combined: add “none” to the owner IDs instead."));
    for (const QString& owner : search.ownerUserIds) {
        if (!request.refused.isError() && owner != u"none"_s)
            request.refused = checkIds({ { "user", owner } });
    }
    return run<Page<AppResource>>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& json) { return page<AppResource>(json, "appResource"_L1, &AppResource::fromJson); });
}

CallHandle C1Client::createResource(const QString& appId, const QString& typeId, const CreateResourceRequest& create,
    QObject* context, Callback<AppResource> callback)
{
    ApiRequest request { Method::Post,
        makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types/%2/resources"_s, appId, typeId),
        toBody(create.toJson()) };
    request.refused = checkIds({ { "app", appId }, { "resource type", typeId } });
    if (!request.refused.isError()) {
        if (create.displayName.trimmed().isEmpty())
            request.refused = ApiError::invalidInput(Tr::tr("A resource needs a display name."));
        else if (const QString problem = validate::annotations(create.annotations); !problem.isEmpty())
            request.refused = ApiError::invalidInput(problem);
        for (const QString& owner : create.resourceOwnerUserIds) {
            if (!request.refused.isError())
                request.refused = checkIds({ { "user", owner } });
        }
    }
    return run<AppResource>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& body) { return single<AppResource>(body, "appResource"_L1, &AppResource::fromJson); });
}

CallHandle C1Client::updateResource(const QString& appId, const QString& typeId, const QString& resourceId,
    const ResourceUpdate& update, QObject* context, Callback<AppResource> callback)
{
    ApiRequest request { Method::Post,
        makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s, appId, typeId, resourceId),
        toBody(update.toJson()) };
    request.refused
        = firstError({ checkIds({ { "app", appId }, { "resource type", typeId }, { "resource", resourceId } }),
            invalid(update.problem()) });
    return run<AppResource>(this, std::move(request), context, std::move(callback), [](const QJsonObject& body) {
        return inView<AppResource>(body, "appResourceView"_L1, "appResource"_L1, &AppResource::fromJson);
    });
}

CallHandle C1Client::deleteResource(
    const QString& appId, const QString& typeId, const QString& resourceId, QObject* context, Callback<Empty> callback)
{
    ApiRequest request { Method::Delete,
        makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s, appId, typeId, resourceId),
        QByteArrayLiteral("{}") };
    request.refused = checkIds({ { "app", appId }, { "resource type", typeId }, { "resource", resourceId } });
    request.notFoundIsSuccess = true;
    return run<Empty>(this, std::move(request), context, std::move(callback), ignoreBody());
}

// ---- entitlements -------------------------------------------------------------------------------------------

CallHandle C1Client::listEntitlements(const QString& appId, const QString& pageToken, int pageSize, QObject* context,
    Callback<Page<AppEntitlement>> callback)
{
    ApiRequest request { Method::Get,
        withPaging(makeUrl(m_config.baseUrl, u"/api/v1/apps/%1/entitlements"_s, appId), pageToken, pageSize) };
    request.refused = checkIds({ { "app", appId } });
    return run<Page<AppEntitlement>>(
        this, std::move(request), context, std::move(callback), [](const QJsonObject& body) {
            return page<AppEntitlement>(body, "appEntitlement"_L1, &AppEntitlement::fromJson);
        });
}

CallHandle C1Client::searchEntitlements(const EntitlementSearch& search, const QString& pageToken, int pageSize,
    QObject* context, Callback<Page<AppEntitlement>> callback)
{
    QJsonObject body;
    json::put(body, "query"_L1, search.query);
    json::put(body, "appIds"_L1, search.appIds);
    if (!search.refs.isEmpty())
        body.insert("refs"_L1, json::refs(search.refs));
    addPaging(body, pageToken, pageSize);
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/search/entitlements"_s), toBody(body) };
    request.readOnly = true;
    return run<Page<AppEntitlement>>(
        this, std::move(request), context, std::move(callback), [](const QJsonObject& json) {
            return page<AppEntitlement>(json, "appEntitlement"_L1, &AppEntitlement::fromJson);
        });
}

// ---- users --------------------------------------------------------------------------------------------------

CallHandle C1Client::searchUsers(
    const UserSearch& search, const QString& pageToken, int pageSize, QObject* context, Callback<Page<User>> callback)
{
    QJsonObject body;
    json::put(body, "query"_L1, search.query);
    json::put(body, "email"_L1, search.email);
    if (!search.ids.isEmpty())
        body.insert("refs"_L1, json::userRefs(search.ids));
    json::put(body, "userStatuses"_L1, search.userStatuses);
    addPaging(body, pageToken, pageSize);
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/search/users"_s), toBody(body) };
    request.readOnly = true;
    return run<Page<User>>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& json) { return page<User>(json, "user"_L1, &User::fromJson); });
}

CallHandle C1Client::getUser(const QString& userId, QObject* context, Callback<User> callback)
{
    ApiRequest request { Method::Get, makeUrl(m_config.baseUrl, u"/api/v1/users/%1"_s, userId) };
    request.refused = checkIds({ { "user", userId } });
    return run<User>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& body) { return inView<User>(body, "userView"_L1, "user"_L1, &User::fromJson); });
}

CallHandle C1Client::searchUserOwnership(const UserOwnershipSearch& search, const QString& pageToken, int pageSize,
    QObject* context, Callback<Page<UserOwnershipEntry>> callback)
{
    QJsonObject body;
    body.insert("userId"_L1, search.userId);
    json::put(body, "ownershipTypes"_L1, search.ownershipTypes);
    addPaging(body, pageToken, pageSize);
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/search/user-ownership"_s), toBody(body) };
    request.readOnly = true;
    request.refused = checkIds({ { "user", search.userId } });
    return run<Page<UserOwnershipEntry>>(this, std::move(request), context, std::move(callback),
        [](const QJsonObject& json) { return page<UserOwnershipEntry>(json, {}, &UserOwnershipEntry::fromJson); });
}

// ---- v2 owners ----------------------------------------------------------------------------------------------

CallHandle C1Client::listOwners(const OwnerTarget& target, OwnerKind kind, const QString& roleSlug,
    const QString& pageToken, int pageSize, QObject* context, Callback<Page<OwnerRecord>> callback)
{
    const QString path = ownerPath(target) + (kind == OwnerKind::User ? u"/users"_s : u"/entitlements"_s);
    QUrl url = makeUrl(m_config.baseUrl, path);
    ApiRequest request { Method::Get, withPaging(url, pageToken, pageSize, roleSlug) };
    request.refused = checkOwnerTarget(target);
    return run<Page<OwnerRecord>>(
        this, std::move(request), context, std::move(callback), [target, kind](const QJsonObject& body) {
            return page<OwnerRecord>(
                body, {}, [&](const QJsonObject& row) { return OwnerRecord::fromJson(row, kind, target); });
        });
}

CallHandle C1Client::addOwner(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner,
    QObject* context, Callback<OwnerRecord> callback)
{
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, ownerItemPath(target, roleSlug, owner)),
        toBody(ownerRefBody(owner)) };
    request.refused = firstError({ checkOwnerTarget(target), checkRole(roleSlug), checkOwnerRef(owner) });
    const QLatin1StringView key = ownerResponseKey(target, owner.kind);
    return run<OwnerRecord>(
        this, std::move(request), context, std::move(callback), [target, owner, key](const QJsonObject& body) {
            const QJsonValue record = body.value(key);
            if (!record.isObject())
                return Result<OwnerRecord>(badShape(u"“%1” object"_s.arg(key), body));
            OwnerRecord parsed = OwnerRecord::fromJson(record.toObject(), owner.kind, target);
            if (parsed.ref.userId.isEmpty() && parsed.ref.entitlement.id.isEmpty())
                parsed.ref = owner; // a sparse answer: we know whom we added
            return Result<OwnerRecord>(std::move(parsed));
        });
}

CallHandle C1Client::getOwner(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner,
    QObject* context, Callback<OwnerRecord> callback)
{
    ApiRequest request { Method::Get, makeUrl(m_config.baseUrl, ownerItemPath(target, roleSlug, owner)) };
    request.refused = firstError({ checkOwnerTarget(target), checkRole(roleSlug), checkOwnerRef(owner) });
    const QLatin1StringView key = ownerResponseKey(target, owner.kind);
    return run<OwnerRecord>(
        this, std::move(request), context, std::move(callback), [target, owner, key](const QJsonObject& body) {
            const QJsonValue record = body.value(key);
            if (!record.isObject())
                return Result<OwnerRecord>(badShape(u"“%1” object"_s.arg(key), body));
            OwnerRecord parsed = OwnerRecord::fromJson(record.toObject(), owner.kind, target);
            if (parsed.ref.userId.isEmpty() && parsed.ref.entitlement.id.isEmpty())
                parsed.ref = owner;
            return Result<OwnerRecord>(std::move(parsed));
        });
}

CallHandle C1Client::removeOwner(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner,
    QObject* context, Callback<Empty> callback)
{
    ApiRequest request { Method::Delete, makeUrl(m_config.baseUrl, ownerItemPath(target, roleSlug, owner)),
        toBody(ownerRefBody(owner)) };
    request.refused = firstError({ checkOwnerTarget(target), checkRole(roleSlug), checkOwnerRef(owner) });
    return run<Empty>(this, std::move(request), context, std::move(callback), ignoreBody());
}

CallHandle C1Client::replaceOwners(const OwnerTarget& target, const QString& roleSlug, const QStringList& userIds,
    const QList<EntitlementRef>& entitlementRefs, QObject* context, Callback<Empty> callback)
{
    QJsonObject body;
    body.insert("roleSlug"_L1, roleSlug);
    body.insert("userRefs"_L1, json::userRefs(userIds));
    body.insert("appEntitlementRefs"_L1, json::refs(entitlementRefs));
    ApiRequest request { Method::Put, makeUrl(m_config.baseUrl, ownerPath(target)), toBody(body) };
    request.refused = firstError({ checkOwnerTarget(target), checkRole(roleSlug) });
    for (const QString& id : userIds) {
        if (!request.refused.isError())
            request.refused = checkIds({ { "user", id } });
    }
    for (const EntitlementRef& ref : entitlementRefs) {
        if (!request.refused.isError())
            request.refused = checkIds({ { "app", ref.appId }, { "entitlement", ref.id } });
    }
    return run<Empty>(this, std::move(request), context, std::move(callback), ignoreBody());
}

} // namespace c1

#include "api/C1Client.h"

#include "api/ApiCall.h"
#include "api/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

using Method = RetryPolicy::Method;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(c1::C1Client)
};

// ---- requests ---------------------------------------------------------------------------------------------

// A path template ("/api/v1/apps/%1") filled with percent-encoded segments, under the base URL's own path.
template <typename... Segments> QUrl makeUrl(const QUrl& base, const QString& pathTemplate, const Segments&... segments)
{
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    if constexpr (sizeof...(segments) == 0)
        path += pathTemplate;
    else
        path += pathTemplate.arg(QString::fromLatin1(QUrl::toPercentEncoding(segments))...);
    QUrl url = base;
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl withPaging(QUrl url, const QString& pageToken, int pageSize, const QString& roleSlug = {})
{
    QUrlQuery query;
    if (pageSize > 0)
        query.addQueryItem(u"page_size"_s, QString::number(pageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(u"page_token"_s, QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    if (!roleSlug.isEmpty())
        query.addQueryItem(u"role_slug"_s, QString::fromLatin1(QUrl::toPercentEncoding(roleSlug)));
    url.setQuery(query);
    return url;
}

QByteArray toBody(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void addPaging(QJsonObject& body, const QString& pageToken, int pageSize)
{
    if (pageSize > 0)
        body.insert("pageSize"_L1, pageSize);
    json::put(body, "pageToken"_L1, pageToken);
}

// Checks IDs before anything is sent: {what, value} pairs. A default ApiError when all are fine.
ApiError checkIds(std::initializer_list<std::pair<const char*, QString>> ids)
{
    for (const auto& [what, value] : ids) {
        if (!validate::isId(value)) {
            return ApiError::invalidInput(Tr::tr("“%1” is not a valid %2 ID (27 letters and digits).")
                                              .arg(value.left(40), QString::fromLatin1(what)));
        }
    }
    return {};
}

ApiError checkRole(const QString& roleSlug)
{
    if (roleSlug.trimmed().isEmpty())
        return ApiError::invalidInput(Tr::tr("An owner role is required."));
    return {};
}

ApiError checkOwnerTarget(const OwnerTarget& target)
{
    if (target.kind == OwnerTarget::Kind::App)
        return checkIds({ { "app", target.appId } });
    return checkIds(
        { { "app", target.appId }, { "resource type", target.resourceTypeId }, { "resource", target.resourceId } });
}

ApiError checkOwnerRef(const OwnerRef& ref)
{
    if (ref.kind == OwnerKind::User)
        return checkIds({ { "user", ref.userId } });
    return checkIds({ { "app", ref.entitlement.appId }, { "entitlement", ref.entitlement.id } });
}

ApiError firstError(std::initializer_list<ApiError> errors)
{
    for (const ApiError& error : errors) {
        if (error.isError())
            return error;
    }
    return {};
}

// ---- replies ----------------------------------------------------------------------------------------------

ApiError badShape(const QString& what, const QJsonObject& body)
{
    ApiError error;
    error.kind = ApiError::Kind::BadJson;
    error.httpStatus = 200;
    error.message = u"The answer has no %1."_s.arg(what);
    error.detail = u"keys: "_s + body.keys().join(u", "_s);
    return error;
}

// The object under `key`, or a BadJson error when it is missing or null.
template <typename T>
Result<T> single(const QJsonObject& body, QLatin1StringView key, T (*fromJson)(const QJsonObject&))
{
    const QJsonValue value = body.value(key);
    if (!value.isObject())
        return badShape(u"“%1” object"_s.arg(key), body);
    return fromJson(value.toObject());
}

// {"list":[…], "nextPageToken":"…"}; rows wrapped in a view ({"appResource":{…}}) are unwrapped when
// `viewKey` is given (a bare row is accepted too). Null rows are skipped.
template <typename T, typename Parse>
Result<Page<T>> page(const QJsonObject& body, QLatin1StringView viewKey, Parse parse)
{
    const QJsonValue list = body.value("list"_L1);
    if (!list.isArray() && !list.isNull() && !list.isUndefined())
        return badShape(u"“list” array"_s, body);
    Page<T> result;
    result.nextPageToken = json::str(body, "nextPageToken"_L1);
    const QJsonArray rows = list.toArray();
    result.items.reserve(rows.size());
    for (const QJsonValue& row : rows) {
        if (!row.isObject())
            continue;
        const QJsonObject object = row.toObject();
        if (!viewKey.isEmpty()) {
            const QJsonValue inner = object.value(viewKey);
            if (inner.isObject()) {
                result.items.append(parse(inner.toObject()));
                continue;
            }
            if (inner.isNull())
                continue;
        }
        result.items.append(parse(object));
    }
    return result;
}

template <typename T> using Parser = std::function<Result<T>(const QJsonObject&)>;

template <typename T>
CallHandle run(C1Client* client, ApiRequest request, QObject* context, C1Client::Callback<T> callback, Parser<T> parse)
{
    auto* call = new ApiCall(client, std::move(request), context,
        [callback = std::move(callback), parse = std::move(parse)](const ApiError& error, const QJsonObject& body) {
            if (error.isError()) {
                callback(Result<T>(error));
                return;
            }
            callback(parse(body));
        });
    call->start();
    return CallHandle(call);
}

Parser<Empty> ignoreBody()
{
    return [](const QJsonObject&) { return Result<Empty>(Empty {}); };
}

QString ownerPath(const OwnerTarget& target)
{
    return target.kind == OwnerTarget::Kind::App
        ? makeUrl(QUrl(), u"/api/v2/apps/%1/owners"_s, target.appId).path(QUrl::FullyEncoded)
        : makeUrl(QUrl(), u"/api/v2/apps/%1/resource_types/%2/resources/%3/owners"_s, target.appId,
            target.resourceTypeId, target.resourceId)
              .path(QUrl::FullyEncoded);
}

QLatin1StringView ownerResponseKey(const OwnerTarget& target, OwnerKind kind)
{
    if (target.kind == OwnerTarget::Kind::App)
        return kind == OwnerKind::User ? "appOwnerUser"_L1 : "appOwnerEntitlement"_L1;
    return kind == OwnerKind::User ? "appResourceOwnerUser"_L1 : "appResourceOwnerEntitlement"_L1;
}

QJsonObject ownerRefBody(const OwnerRef& ref)
{
    if (ref.kind == OwnerKind::User)
        return { { "userRef"_L1, QJsonObject { { "id"_L1, ref.userId } } } };
    return { { "appEntitlementRef"_L1,
        QJsonObject { { "appId"_L1, ref.entitlement.appId }, { "id"_L1, ref.entitlement.id } } } };
}

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
        const QJsonValue view = body.value("appResourceView"_L1);
        if (!view.isObject())
            return Result<AppResource>(badShape(u"“appResourceView” object"_s, body));
        return single<AppResource>(view.toObject(), "appResource"_L1, &AppResource::fromJson);
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
    addPaging(body, pageToken, pageSize);
    ApiRequest request { Method::Post, makeUrl(m_config.baseUrl, u"/api/v1/search/app_resources"_s), toBody(body) };
    request.readOnly = true;
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
    return run<User>(this, std::move(request), context, std::move(callback), [](const QJsonObject& body) {
        const QJsonValue view = body.value("userView"_L1);
        if (!view.isObject())
            return Result<User>(badShape(u"“userView” object"_s, body));
        return single<User>(view.toObject(), "user"_L1, &User::fromJson);
    });
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

namespace {
QString ownerItemPath(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner)
{
    if (owner.kind == OwnerKind::User)
        return ownerPath(target) + makeUrl(QUrl(), u"/users/%1/%2"_s, roleSlug, owner.userId).path(QUrl::FullyEncoded);
    return ownerPath(target)
        + makeUrl(QUrl(), u"/entitlements/%1/%2/%3"_s, roleSlug, owner.entitlement.appId, owner.entitlement.id)
              .path(QUrl::FullyEncoded);
}
} // namespace

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

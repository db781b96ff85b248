#pragma once

#include "api/ApiCall.h"
#include "api/C1Client.h"
#include "api/JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <functional>
#include <initializer_list>
#include <utility>

// The request-building and reply-parsing helpers of C1Client's methods (the API layer's own, not a contract):
// URLs from path templates, paging, the checks made before anything is sent, and the typed parsing of answers.
namespace c1::calls {

using Method = RetryPolicy::Method;

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

QUrl withPaging(QUrl url, const QString& pageToken, int pageSize, const QString& roleSlug = {});
QByteArray toBody(const QJsonObject& object);
void addPaging(QJsonObject& body, const QString& pageToken, int pageSize);

// Checks IDs before anything is sent: {what, value} pairs. A default ApiError when all are fine.
ApiError checkIds(std::initializer_list<std::pair<const char*, QString>> ids);
ApiError checkRole(const QString& roleSlug);
ApiError checkOwnerTarget(const OwnerTarget& target);
ApiError checkOwnerRef(const OwnerRef& ref);
ApiError firstError(std::initializer_list<ApiError> errors);
ApiError invalid(const QString& problem); // an invalidInput error, or none for an empty problem

// v2 owners: ".../owners" of the target, one owner's path under it, the answer's record key, the request body.
QString ownerPath(const OwnerTarget& target);
QString ownerItemPath(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner);
QLatin1StringView ownerResponseKey(const OwnerTarget& target, OwnerKind kind);
QJsonObject ownerRefBody(const OwnerRef& ref);

// ---- replies ----------------------------------------------------------------------------------------------

ApiError badShape(const QString& what, const QJsonObject& body);

// The object under `key`, or a BadJson error when it is missing or null.
template <typename T>
Result<T> single(const QJsonObject& body, QLatin1StringView key, T (*fromJson)(const QJsonObject&))
{
    const QJsonValue value = body.value(key);
    if (!value.isObject())
        return badShape(QStringLiteral("“%1” object").arg(key), body);
    return fromJson(value.toObject());
}

// The object under `view` → `key` ({"appResourceView":{"appResource":{…}}}).
template <typename T>
Result<T> inView(
    const QJsonObject& body, QLatin1StringView view, QLatin1StringView key, T (*fromJson)(const QJsonObject&))
{
    const QJsonValue value = body.value(view);
    if (!value.isObject())
        return badShape(QStringLiteral("“%1” object").arg(view), body);
    return single<T>(value.toObject(), key, fromJson);
}

// {"list":[…], "nextPageToken":"…"}; rows wrapped in a view ({"appResource":{…}}) are unwrapped when
// `viewKey` is given (a bare row is accepted too). Null rows are skipped.
template <typename T, typename Parse>
Result<Page<T>> page(const QJsonObject& body, QLatin1StringView viewKey, Parse parse)
{
    const QJsonValue list = body.value(QLatin1StringView("list"));
    if (!list.isArray() && !list.isNull() && !list.isUndefined())
        return badShape(QStringLiteral("“list” array"), body);
    Page<T> result;
    result.nextPageToken = json::str(body, QLatin1StringView("nextPageToken"));
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

inline Parser<Empty> ignoreBody()
{
    return [](const QJsonObject&) { return Result<Empty>(Empty {}); };
}

} // namespace c1::calls

#include "api/ClientCalls.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace c1::calls {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(c1::C1Client)
};

} // namespace

// ---- requests ---------------------------------------------------------------------------------------------

QUrl withPaging(QUrl url, const QString& pageToken, int pageSize, const QString& roleSlug)
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
    switch (target.kind) {
    case OwnerTarget::Kind::App:
        break;
    case OwnerTarget::Kind::Resource:
        return checkIds(
            { { "app", target.appId }, { "resource type", target.resourceTypeId }, { "resource", target.resourceId } });
    case OwnerTarget::Kind::Entitlement:
        return checkIds({ { "app", target.appId }, { "entitlement", target.entitlementId } });
    }
    return checkIds({ { "app", target.appId } });
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

ApiError invalid(const QString& problem)
{
    return problem.isEmpty() ? ApiError() : ApiError::invalidInput(problem);
}

QString ownerPath(const OwnerTarget& target)
{
    switch (target.kind) {
    case OwnerTarget::Kind::App:
        break;
    case OwnerTarget::Kind::Resource:
        return makeUrl(QUrl(), u"/api/v2/apps/%1/resource_types/%2/resources/%3/owners"_s, target.appId,
            target.resourceTypeId, target.resourceId)
            .path(QUrl::FullyEncoded);
    case OwnerTarget::Kind::Entitlement:
        return makeUrl(QUrl(), u"/api/v2/apps/%1/entitlements/%2/owners"_s, target.appId, target.entitlementId)
            .path(QUrl::FullyEncoded);
    }
    return makeUrl(QUrl(), u"/api/v2/apps/%1/owners"_s, target.appId).path(QUrl::FullyEncoded);
}

QString ownerItemPath(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner)
{
    if (owner.kind == OwnerKind::User)
        return ownerPath(target) + makeUrl(QUrl(), u"/users/%1/%2"_s, roleSlug, owner.userId).path(QUrl::FullyEncoded);
    return ownerPath(target)
        + makeUrl(QUrl(), u"/entitlements/%1/%2/%3"_s, roleSlug, owner.entitlement.appId, owner.entitlement.id)
              .path(QUrl::FullyEncoded);
}

QLatin1StringView ownerResponseKey(const OwnerTarget& target, OwnerKind kind)
{
    const bool user = kind == OwnerKind::User;
    switch (target.kind) {
    case OwnerTarget::Kind::App:
        break;
    case OwnerTarget::Kind::Resource:
        return user ? "appResourceOwnerUser"_L1 : "appResourceOwnerEntitlement"_L1;
    case OwnerTarget::Kind::Entitlement:
        return user ? "appEntitlementOwnerUser"_L1 : "appEntitlementOwnerEntitlement"_L1;
    }
    return user ? "appOwnerUser"_L1 : "appOwnerEntitlement"_L1;
}

QJsonObject ownerRefBody(const OwnerRef& ref)
{
    if (ref.kind == OwnerKind::User)
        return { { "userRef"_L1, QJsonObject { { "id"_L1, ref.userId } } } };
    return { { "appEntitlementRef"_L1,
        QJsonObject { { "appId"_L1, ref.entitlement.appId }, { "id"_L1, ref.entitlement.id } } } };
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

} // namespace c1::calls

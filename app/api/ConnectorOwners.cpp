#include "api/ConnectorOwners.h"

#include "api/ClientCalls.h"

using namespace Qt::StringLiterals;

namespace c1 {

using namespace calls;

CallHandle listImmutableResourceOwners(
    C1Client* client, const OwnerTarget& resource, QObject* context, C1Client::Callback<QStringList> callback)
{
    ApiRequest request { Method::Get,
        makeUrl(client->config().baseUrl, u"/api/v1/apps/%1/resource_types/%2/resource/%3/owners"_s, resource.appId,
            resource.resourceTypeId, resource.resourceId) };
    request.refused = resource.kind != OwnerTarget::Kind::Resource
        ? invalid(u"only resources have connector-sourced owners"_s)
        : checkIds({ { "app", resource.appId }, { "resource type", resource.resourceTypeId },
            { "resource", resource.resourceId } });
    return run<QStringList>(client, std::move(request), context, std::move(callback), [](const QJsonObject& body) {
        const QJsonValue ids = body.value("immutableUserIds"_L1);
        if (!ids.isArray() && !ids.isNull() && !ids.isUndefined())
            return Result<QStringList>(badShape(u"“immutableUserIds” array"_s, body));
        QStringList list;
        for (const QJsonValue& id : ids.toArray()) {
            if (id.isString())
                list << id.toString();
        }
        return Result<QStringList>(list);
    });
}

} // namespace c1

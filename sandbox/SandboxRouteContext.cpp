#include "sandbox/SandboxRouteContext.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace c1 {

SandboxRouteContext::SandboxRouteContext(SandboxStore& store, SandboxOptions& options)
    : m_store(store)
    , m_options(options)
{ }

std::optional<SandboxRouteContext::PageArgs> SandboxRouteContext::pageArgs(
    const SandboxCall& call, const QString& scope, SandboxHttpResponse* error) const
{
    int requested = 0;
    QString token;
    if (call.request->method == "GET") {
        const QString size = call.query(u"page_size"_s);
        if (!size.isEmpty()) {
            bool ok = false;
            requested = size.toInt(&ok);
            if (!ok || requested < 0) {
                *error = SandboxReply::invalid(u"invalid page_size: must be an integer >= 0"_s, call.requestId);
                return std::nullopt;
            }
        }
        token = call.query(u"page_token"_s);
    } else {
        const QJsonValue size = call.body.value(u"pageSize"_s);
        if (!size.isUndefined() && !size.isNull()) {
            // int32 arrive as numbers; tolerate a numeric string as protojson does.
            bool ok = size.isDouble();
            requested = ok ? size.toInt(-1) : size.toString().toInt(&ok);
            if (!ok || requested < 0) {
                *error = SandboxReply::invalid(u"invalid pageSize: must be an integer >= 0"_s, call.requestId);
                return std::nullopt;
            }
        }
        const QJsonValue tokenValue = call.body.value(u"pageToken"_s);
        if (!tokenValue.isUndefined() && !tokenValue.isNull() && !tokenValue.isString()) {
            *error = SandboxReply::invalid(u"invalid pageToken: must be a string"_s, call.requestId);
            return std::nullopt;
        }
        token = tokenValue.toString();
    }
    const std::optional<quint64> after = SandboxPaging::decodeToken(scope, token);
    if (!after) {
        *error = SandboxReply::invalid(u"invalid page token"_s, call.requestId);
        return std::nullopt;
    }
    return PageArgs { SandboxPaging::clampSize(requested), *after, scope };
}

void SandboxRouteContext::addOwner(const QString& objectId, SandboxOwner owner, qint64 now)
{
    owner.seq = m_store.nextSeq();
    owner.createdAt = now;
    owner.visibleAt = now + std::max(0, m_options.ownerVisibilityDelayMs);
    m_store.mutableOwners(objectId).append(owner);
}

QString SandboxRouteContext::defaultRoleSlug() const
{
    return m_options.roleSlugs.isEmpty() ? u"primary"_s : m_options.roleSlugs.first();
}

QString SandboxRouteContext::tenantId() const
{
    return SandboxJson::traitId(u"tenant:"_s + QString::number(m_options.seed));
}

SandboxHttpResponse SandboxRouteContext::listResponse(
    const SandboxPaging::Page& page, const std::function<QJsonValue(const QString& id)>& toJson)
{
    QJsonArray list;
    for (const QString& id : page.ids)
        list.append(toJson(id));
    return SandboxReply::json(QJsonObject { { u"list"_s, list }, { u"nextPageToken"_s, page.nextPageToken } });
}

} // namespace c1

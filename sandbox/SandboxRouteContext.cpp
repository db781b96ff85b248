#include "sandbox/SandboxRouteContext.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxValidation.h"

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

std::optional<SandboxRouteContext::PageArgs> SandboxRouteContext::searchPageArgs(
    const SandboxCall& call, const QString& search, const QStringList& filters, SandboxHttpResponse* error) const
{
    return pageArgs(call, search + u':' + SandboxJson::traitId(filters.join(u'|')), error);
}

QString SandboxRouteContext::sortedJoin(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u',');
}

SandboxSeqIndex SandboxRouteContext::namedIndex(
    const QSet<QString>& ids, const std::function<std::optional<quint64>(const QString& id)>& seqOf)
{
    SandboxSeqIndex named;
    for (const QString& id : ids) {
        if (const std::optional<quint64> seq = seqOf(id))
            named.emplace(*seq, id);
    }
    return named;
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

std::optional<SandboxHttpResponse> SandboxRouteContext::refusePath(
    const SandboxCall& call, const QStringList& fields, PathObjects objects) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (const QString problem = SandboxValidation::id(fields.at(i), call.args.value(i)); !problem.isEmpty())
            return SandboxReply::invalid(problem, call.requestId);
    }
    const QString appId = call.args.value(0);
    if (!m_store.app(appId))
        return SandboxReply::notFound(u"app not found"_s, call.requestId);
    switch (objects) {
    case PathObjects::App:
        break;
    case PathObjects::ResourceType:
    case PathObjects::Resource:
        if (!m_store.resourceType(appId, call.args.value(1)))
            return SandboxReply::notFound(u"app resource type not found"_s, call.requestId);
        if (objects == PathObjects::Resource && !m_store.resource(appId, call.args.value(1), call.args.value(2)))
            return SandboxReply::notFound(u"app resource not found"_s, call.requestId);
        break;
    case PathObjects::Entitlement:
        if (!m_store.entitlement(appId, call.args.value(1)))
            return SandboxReply::notFound(u"app entitlement not found"_s, call.requestId);
        break;
    }
    return std::nullopt;
}

namespace {

template <typename Add> bool strings(const QJsonValue& value, Add add)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return false;
        add(item.toString());
    }
    return true;
}

} // namespace

bool SandboxRouteContext::stringList(const QJsonValue& value, QStringList* out)
{
    return strings(value, [out](const QString& item) { out->append(item); });
}

bool SandboxRouteContext::stringSet(const QJsonValue& value, QSet<QString>* out)
{
    return strings(value, [out](const QString& item) { out->insert(item); });
}

} // namespace c1

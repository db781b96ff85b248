#include "sandbox/SandboxRoutesOwnership.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxValidation.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

const QStringList OwnershipTypes { u"USER_OWNERSHIP_TYPE_UNSPECIFIED"_s, u"USER_OWNERSHIP_TYPE_APP"_s,
    u"USER_OWNERSHIP_TYPE_RESOURCE"_s, u"USER_OWNERSHIP_TYPE_ENTITLEMENT"_s };

} // namespace

SandboxRoutesOwnership::SandboxRoutesOwnership(SandboxRouteContext& context)
    : m_context(context)
{ }

void SandboxRoutesOwnership::install(SandboxRouter& router)
{
    router.add(
        "POST", u"api/v1/search/user-ownership"_s, [this](SandboxCall& call) { return searchUserOwnership(call); });
}

SandboxHttpResponse SandboxRoutesOwnership::searchUserOwnership(SandboxCall& call)
{
    const QJsonObject& body = call.body;
    const QJsonValue userValue = body.value(u"userId"_s);
    if (!userValue.isUndefined() && !userValue.isNull() && !userValue.isString())
        return SandboxReply::invalid(u"invalid SearchUserOwnershipRequest.UserId: must be a string"_s, call.requestId);
    const QString userId = userValue.toString();
    if (const QString problem = SandboxValidation::id(u"SearchUserOwnershipRequest.UserId"_s, userId);
        !problem.isEmpty())
        return SandboxReply::invalid(problem, call.requestId);
    QSet<QString> types;
    const QJsonValue typesValue = body.value(u"ownershipTypes"_s);
    if (!typesValue.isUndefined() && !typesValue.isNull() && !typesValue.isArray())
        return SandboxReply::invalid(
            u"invalid SearchUserOwnershipRequest.OwnershipTypes: must be a list of enum names"_s, call.requestId);
    for (const QJsonValue& type : typesValue.toArray()) {
        if (!type.isString() || !OwnershipTypes.contains(type.toString()))
            return SandboxReply::invalid(
                u"invalid SearchUserOwnershipRequest.OwnershipTypes[]: value must be one of the defined enum values"_s,
                call.requestId);
        if (type.toString() != OwnershipTypes.first())
            types.insert(type.toString());
    }
    SandboxHttpResponse error;
    const auto args = m_context.searchPageArgs(
        call, u"user-ownership"_s, { userId, SandboxRouteContext::sortedJoin(types) }, &error);
    if (!args)
        return error;
    SandboxStore& store = m_context.store();
    if (!store.user(userId))
        return SandboxReply::notFound(u"user not found"_s, call.requestId);

    // Every object the user owns now (visible), keyed by its first ownership's seq.
    SandboxSeqIndex owned;
    QHash<QString, QJsonObject> entries;
    const auto& all = store.allOwners();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        quint64 first = 0;
        for (const SandboxOwner& owner : it.value()) {
            if (!owner.entitlement && owner.userId == userId && owner.visibleAt <= call.now
                && (first == 0 || owner.seq < first))
                first = owner.seq;
        }
        if (first == 0)
            continue;
        QJsonObject entry = SandboxJson::userOwnershipEntry(store, it.key());
        if (entry.isEmpty() || (!types.isEmpty() && !types.contains(entry.value(u"ownershipType"_s).toString())))
            continue;
        owned.emplace(first, it.key());
        entries.insert(it.key(), entry);
    }
    const auto page = SandboxPaging::collect({ &owned }, args->after, args->size, {}, args->scope);
    return SandboxRouteContext::listResponse(page, [&](const QString& id) { return entries.value(id); });
}

} // namespace c1

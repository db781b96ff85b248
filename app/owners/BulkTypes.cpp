#include "owners/BulkTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace c1 {

Q_LOGGING_CATEGORY(lcBulk, "c1.bulk")

namespace {
struct StatusName {
    RowStatus status;
    const char* key;
    const char* text;
};
// clang-format off
    constexpr StatusName kStatusNames[] = {
        { RowStatus::Ready, "ready", QT_TRANSLATE_NOOP("c1::BulkRow", "Ready") },
        { RowStatus::NoOp, "noop", QT_TRANSLATE_NOOP("c1::BulkRow", "No change") },
        { RowStatus::Invalid, "invalid", QT_TRANSLATE_NOOP("c1::BulkRow", "Invalid") },
        { RowStatus::WrongKind, "wrong-kind", QT_TRANSLATE_NOOP("c1::BulkRow", "Wrong kind") },
        { RowStatus::UnknownUser, "unknown-user", QT_TRANSLATE_NOOP("c1::BulkRow", "Unknown user") },
        { RowStatus::Ambiguous, "ambiguous", QT_TRANSLATE_NOOP("c1::BulkRow", "Ambiguous") },
        { RowStatus::Disabled, "disabled", QT_TRANSLATE_NOOP("c1::BulkRow", "Disabled user") },
        { RowStatus::EntitlementNotFound, "entitlement-not-found", QT_TRANSLATE_NOOP("c1::BulkRow", "Entitlement not found") },
        { RowStatus::OverLimit, "over-limit", QT_TRANSLATE_NOOP("c1::BulkRow", "Over the owner limit") },
        { RowStatus::Blocked, "blocked", QT_TRANSLATE_NOOP("c1::BulkRow", "Blocked (read-only)") },
        { RowStatus::CheckFailed, "check-failed", QT_TRANSLATE_NOOP("c1::BulkRow", "Check failed") },
        { RowStatus::Sending, "sending", QT_TRANSLATE_NOOP("c1::BulkRow", "Sending") },
        { RowStatus::Verifying, "verifying", QT_TRANSLATE_NOOP("c1::BulkRow", "Verifying") },
        { RowStatus::Done, "done", QT_TRANSLATE_NOOP("c1::BulkRow", "Done") },
        { RowStatus::AlreadyDone, "already-done", QT_TRANSLATE_NOOP("c1::BulkRow", "Already in place") },
        { RowStatus::Failed, "failed", QT_TRANSLATE_NOOP("c1::BulkRow", "Failed") },
        { RowStatus::NotAttempted, "not-attempted", QT_TRANSLATE_NOOP("c1::BulkRow", "Not attempted") },
        { RowStatus::Canceled, "canceled", QT_TRANSLATE_NOOP("c1::BulkRow", "Canceled") },
        { RowStatus::TargetGone, "target-gone", QT_TRANSLATE_NOOP("c1::BulkRow", "Target no longer exists") },
    };
// clang-format on

QString kindKey(OwnerTarget::Kind kind)
{
    switch (kind) {
    case OwnerTarget::Kind::App:
        break;
    case OwnerTarget::Kind::Resource:
        return u"resource"_s;
    case OwnerTarget::Kind::Entitlement:
        return u"entitlement"_s;
    }
    return u"app"_s;
}
} // namespace

QString rowStatusText(RowStatus status)
{
    for (const StatusName& n : kStatusNames) {
        if (n.status == status)
            return QCoreApplication::translate("c1::BulkRow", n.text);
    }
    return {};
}

QString rowStatusKey(RowStatus status)
{
    for (const StatusName& n : kStatusNames) {
        if (n.status == status)
            return QString::fromLatin1(n.key);
    }
    return {};
}

RowStatus rowStatusFromKey(const QString& key, bool* ok)
{
    for (const StatusName& n : kStatusNames) {
        if (key == QLatin1StringView(n.key)) {
            if (ok)
                *ok = true;
            return n.status;
        }
    }
    if (ok)
        *ok = false;
    return RowStatus::Invalid;
}

bool isRunnable(RowStatus status)
{
    return status == RowStatus::Ready;
}

bool isFinal(RowStatus status)
{
    return status != RowStatus::Ready && status != RowStatus::Sending && status != RowStatus::Verifying;
}

bool makesCall(RowStatus status)
{
    switch (status) {
    case RowStatus::Ready:
    case RowStatus::OverLimit:
    case RowStatus::Blocked:
    case RowStatus::Sending:
    case RowStatus::Verifying:
    case RowStatus::Done:
    case RowStatus::AlreadyDone:
    case RowStatus::Failed:
    case RowStatus::NotAttempted:
    case RowStatus::Canceled:
    case RowStatus::TargetGone:
        return true;
    default:
        return false;
    }
}

QJsonObject ownerTargetToJson(const OwnerTarget& target)
{
    QJsonObject json { { u"kind"_s, kindKey(target.kind) }, { u"appId"_s, target.appId } };
    if (target.kind == OwnerTarget::Kind::Resource) {
        json.insert(u"resourceTypeId"_s, target.resourceTypeId);
        json.insert(u"resourceId"_s, target.resourceId);
    }
    if (target.kind == OwnerTarget::Kind::Entitlement)
        json.insert(u"entitlementId"_s, target.entitlementId);
    if (!target.displayName.isEmpty())
        json.insert(u"displayName"_s, target.displayName);
    return json;
}

OwnerTarget ownerTargetFromJson(const QJsonObject& json)
{
    OwnerTarget target;
    const QString kind = json.value(u"kind"_s).toString();
    target.kind = kind == u"resource"_s ? OwnerTarget::Kind::Resource
        : kind == u"entitlement"_s      ? OwnerTarget::Kind::Entitlement
                                        : OwnerTarget::Kind::App;
    target.appId = json.value(u"appId"_s).toString();
    target.resourceTypeId = json.value(u"resourceTypeId"_s).toString();
    target.resourceId = json.value(u"resourceId"_s).toString();
    target.entitlementId = json.value(u"entitlementId"_s).toString();
    target.displayName = json.value(u"displayName"_s).toString();
    return target;
}

QJsonObject ownerRefToJson(const OwnerRef& ref)
{
    if (ref.kind == OwnerKind::User)
        return { { u"kind"_s, u"user"_s }, { u"userId"_s, ref.userId } };
    return { { u"kind"_s, u"entitlement"_s }, { u"appId"_s, ref.entitlement.appId }, { u"id"_s, ref.entitlement.id } };
}

OwnerRef ownerRefFromJson(const QJsonObject& json)
{
    OwnerRef ref;
    if (json.value(u"kind"_s).toString() == u"entitlement"_s) {
        ref.kind = OwnerKind::Entitlement;
        ref.entitlement.appId = json.value(u"appId"_s).toString();
        ref.entitlement.id = json.value(u"id"_s).toString();
    } else {
        ref.kind = OwnerKind::User;
        ref.userId = json.value(u"userId"_s).toString();
    }
    return ref;
}

QJsonObject BulkRow::toJson() const
{
    QJsonObject json { { u"line"_s, line }, { u"input"_s, input }, { u"target"_s, target },
        { u"status"_s, rowStatusKey(status) }, { u"checked"_s, checked } };
    if (!owner.userId.isEmpty() || !owner.entitlement.id.isEmpty())
        json.insert(u"owner"_s, ownerRefToJson(owner));
    if (!ownerName.isEmpty())
        json.insert(u"name"_s, ownerName);
    if (!ownerEmail.isEmpty())
        json.insert(u"email"_s, ownerEmail);
    if (!message.isEmpty())
        json.insert(u"message"_s, message);
    if (!requestId.isEmpty())
        json.insert(u"requestId"_s, requestId);
    if (operation)
        json.insert(u"op"_s, *operation == BulkOperation::Add ? u"add"_s : u"remove"_s);
    if (!roleSlug.isEmpty())
        json.insert(u"role"_s, roleSlug);
    if (needsVerify)
        json.insert(u"needsVerify"_s, true);
    if (attempts)
        json.insert(u"attempts"_s, attempts);
    if (!candidates.isEmpty()) {
        QJsonArray list;
        for (const UserCandidate& c : candidates)
            list.append(QJsonObject { { u"id"_s, c.id }, { u"name"_s, c.name }, { u"email"_s, c.email } });
        json.insert(u"candidates"_s, list);
    }
    return json;
}

BulkRow BulkRow::fromJson(const QJsonObject& json)
{
    BulkRow row;
    row.line = json.value(u"line"_s).toInt();
    row.input = json.value(u"input"_s).toString();
    row.target = json.value(u"target"_s).toInt();
    bool ok = false;
    row.status = rowStatusFromKey(json.value(u"status"_s).toString(), &ok);
    if (!ok) {
        row.status = RowStatus::Invalid;
        row.message = QCoreApplication::translate("c1::BulkRow", "Unreadable state in the job journal");
    }
    row.checked = json.value(u"checked"_s).toBool(true);
    row.owner = ownerRefFromJson(json.value(u"owner"_s).toObject());
    row.ownerName = json.value(u"name"_s).toString();
    row.ownerEmail = json.value(u"email"_s).toString();
    if (ok)
        row.message = json.value(u"message"_s).toString();
    row.requestId = json.value(u"requestId"_s).toString();
    const QString op = json.value(u"op"_s).toString();
    if (op == u"add"_s)
        row.operation = BulkOperation::Add;
    else if (op == u"remove"_s)
        row.operation = BulkOperation::Remove;
    row.roleSlug = json.value(u"role"_s).toString();
    row.needsVerify = json.value(u"needsVerify"_s).toBool();
    row.attempts = json.value(u"attempts"_s).toInt();
    const QJsonArray list = json.value(u"candidates"_s).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject c = v.toObject();
        row.candidates.append(
            { c.value(u"id"_s).toString(), c.value(u"name"_s).toString(), c.value(u"email"_s).toString() });
    }
    return row;
}

BulkJobState inversePlan(const BulkJobState& state)
{
    BulkJobState inverse;
    inverse.spec = state.spec;
    inverse.spec.id.clear(); // the job gives itself a new one
    inverse.spec.createdAt = {};
    inverse.spec.operation = state.spec.operation == BulkOperation::Add ? BulkOperation::Remove : BulkOperation::Add;
    for (const BulkRow& row : state.rows) {
        if (row.status != RowStatus::Done)
            continue;
        BulkRow undo;
        undo.line = row.line;
        undo.input = row.input;
        undo.owner = row.owner;
        undo.ownerName = row.ownerName;
        undo.ownerEmail = row.ownerEmail;
        undo.target = row.target;
        undo.operation = state.operationOf(row) == BulkOperation::Add ? BulkOperation::Remove : BulkOperation::Add;
        undo.roleSlug = state.roleOf(row);
        inverse.rows.append(std::move(undo));
    }
    return inverse;
}

QString ownerCallMethod(BulkOperation operation)
{
    return operation == BulkOperation::Add ? u"POST"_s : u"DELETE"_s;
}

QString ownerCallPath(const OwnerTarget& target, OwnerKind kind, const QString& roleSlug, const OwnerRef& owner)
{
    QString path = u"/api/v2/apps/"_s + target.appId;
    if (target.kind == OwnerTarget::Kind::Resource)
        path += u"/resource_types/"_s + target.resourceTypeId + u"/resources/"_s + target.resourceId;
    else if (target.kind == OwnerTarget::Kind::Entitlement)
        path += u"/entitlements/"_s + target.entitlementId;
    if (kind == OwnerKind::User)
        return path + u"/owners/users/"_s + roleSlug + u'/' + owner.userId;
    return path + u"/owners/entitlements/"_s + roleSlug + u'/' + owner.entitlement.appId + u'/' + owner.entitlement.id;
}

QString targetLabel(const OwnerTarget& target)
{
    if (!target.displayName.isEmpty())
        return target.displayName;
    switch (target.kind) {
    case OwnerTarget::Kind::App:
        break;
    case OwnerTarget::Kind::Resource:
        return target.appId + u'/' + target.resourceId;
    case OwnerTarget::Kind::Entitlement:
        return target.appId + u'/' + target.entitlementId;
    }
    return target.appId;
}

} // namespace c1

#include "workflows/HandoverPlan.h"

#include "models/CsvWriter.h"
#include "models/OwnershipModel.h"
#include "owners/OwnerRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

constexpr int kVersion = 1;

// Translated in the context of the workflow that shows them.
class HandoverText {
    Q_DECLARE_TR_FUNCTIONS(c1::Handover)
};

const char* const kStageKeys[] = { "planned", "adding", "waiting", "verifying", "removing", "finished", "canceled" };
const char* const kModeKeys[] = { "transfer", "add-only", "remove-only" };
const char* const kVerifyKeys[] = { "none", "pending", "verified", "not-visible", "failed", "target-gone" };

template <typename E, size_t N> E fromKey(const char* const (&keys)[N], const QString& key, E fallback)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1StringView(keys[i]))
            return E(i);
    }
    return fallback;
}

QJsonObject userJson(const User& user)
{
    QJsonObject json { { u"id"_s, user.id } };
    if (!user.displayName.isEmpty())
        json.insert(u"displayName"_s, user.displayName);
    if (!user.email.isEmpty())
        json.insert(u"email"_s, user.email);
    if (!user.status.isEmpty())
        json.insert(u"status"_s, user.status);
    return json;
}

User userFromJson(const QJsonObject& json)
{
    User user;
    user.id = json.value(u"id"_s).toString();
    user.displayName = json.value(u"displayName"_s).toString();
    user.email = json.value(u"email"_s).toString();
    user.status = json.value(u"status"_s).toString();
    return user;
}

} // namespace

QString handoverStageKey(HandoverStage stage)
{
    return QString::fromLatin1(kStageKeys[int(stage)]);
}

QString handoverModeKey(HandoverMode mode)
{
    return QString::fromLatin1(kModeKeys[int(mode)]);
}

bool HandoverItem::addInEffect() const
{
    return successorAlreadyOwner || (add && (*add == RowStatus::Done || *add == RowStatus::AlreadyDone));
}

bool HandoverItem::removeInEffect() const
{
    return remove && (*remove == RowStatus::Done || *remove == RowStatus::AlreadyDone);
}

bool HandoverItem::isSettled(HandoverMode mode) const
{
    if (blocked || !checked || verify == VerifyState::TargetGone)
        return true;
    if (add && *add == RowStatus::TargetGone)
        return true;
    if (remove && *remove == RowStatus::TargetGone)
        return true;
    switch (mode) {
    case HandoverMode::Transfer:
        return addInEffect() && verify == VerifyState::Verified && removeInEffect();
    case HandoverMode::AddOnly:
        return addInEffect() && verify == VerifyState::Verified;
    case HandoverMode::RemoveOnly:
        return removeInEffect() && verify == VerifyState::Verified;
    }
    return false;
}

QStringList HandoverItem::ownersAfter(const QString& leaverId, HandoverMode mode) const
{
    QStringList after = ownersBefore;
    if (mode != HandoverMode::RemoveOnly && addInEffect() && !successor.id.isEmpty() && !after.contains(successor.id))
        after << successor.id;
    if (removeInEffect())
        after.removeAll(leaverId);
    return after;
}

QString HandoverItem::resultText(HandoverMode mode) const
{
    if (blocked)
        return problem;
    if (!checked)
        return HandoverText::tr("left out");
    if (verify == VerifyState::TargetGone || (add && *add == RowStatus::TargetGone)
        || (remove && *remove == RowStatus::TargetGone))
        return HandoverText::tr("the object no longer exists");
    if (isSettled(mode)) {
        switch (mode) {
        case HandoverMode::Transfer:
            return HandoverText::tr("handed over");
        case HandoverMode::AddOnly:
            return HandoverText::tr("successor added and verified");
        case HandoverMode::RemoveOnly:
            return HandoverText::tr("removed and verified");
        }
    }
    if (add && !addInEffect() && isFinal(*add) && *add != RowStatus::NotAttempted)
        return HandoverText::tr("the successor was not added: %1")
            .arg(message.isEmpty() ? rowStatusText(*add) : message);
    if (verify == VerifyState::NotVisible)
        return mode == HandoverMode::RemoveOnly
            ? HandoverText::tr("still an owner when last read")
            : HandoverText::tr("the successor was not verified: the leaver was kept");
    if (verify == VerifyState::Failed)
        return HandoverText::tr("could not be verified: %1").arg(message);
    if (remove && !removeInEffect() && isFinal(*remove))
        return HandoverText::tr("the leaver was not removed: %1")
            .arg(message.isEmpty() ? rowStatusText(*remove) : message);
    return HandoverText::tr("pending");
}

QJsonObject HandoverItem::toJson() const
{
    QJsonObject json { { u"target"_s, ownerTargetToJson(target) }, { u"role"_s, role }, { u"checked"_s, checked },
        { u"verify"_s, QString::fromLatin1(kVerifyKeys[int(verify)]) } };
    if (!appName.isEmpty())
        json.insert(u"appName"_s, appName);
    if (!successor.id.isEmpty())
        json.insert(u"successor"_s, userJson(successor));
    json.insert(u"before"_s, QJsonArray::fromStringList(ownersBefore));
    if (successorAlreadyOwner)
        json.insert(u"successorAlreadyOwner"_s, true);
    if (blocked)
        json.insert(u"blocked"_s, true);
    if (!problem.isEmpty())
        json.insert(u"problem"_s, problem);
    if (!warning.isEmpty())
        json.insert(u"warning"_s, warning);
    if (add)
        json.insert(u"add"_s, rowStatusKey(*add));
    if (remove)
        json.insert(u"remove"_s, rowStatusKey(*remove));
    if (!message.isEmpty())
        json.insert(u"message"_s, message);
    if (!requestId.isEmpty())
        json.insert(u"requestId"_s, requestId);
    return json;
}

HandoverItem HandoverItem::fromJson(const QJsonObject& json)
{
    HandoverItem item;
    item.target = ownerTargetFromJson(json.value(u"target"_s).toObject());
    item.appName = json.value(u"appName"_s).toString();
    item.role = json.value(u"role"_s).toString();
    item.successor = userFromJson(json.value(u"successor"_s).toObject());
    for (const QJsonValue& v : json.value(u"before"_s).toArray())
        item.ownersBefore << v.toString();
    item.successorAlreadyOwner = json.value(u"successorAlreadyOwner"_s).toBool();
    item.blocked = json.value(u"blocked"_s).toBool();
    item.problem = json.value(u"problem"_s).toString();
    item.warning = json.value(u"warning"_s).toString();
    item.checked = json.value(u"checked"_s).toBool(true);
    bool ok = false;
    if (json.contains(u"add"_s)) {
        const RowStatus s = rowStatusFromKey(json.value(u"add"_s).toString(), &ok);
        if (ok)
            item.add = s;
    }
    if (json.contains(u"remove"_s)) {
        const RowStatus s = rowStatusFromKey(json.value(u"remove"_s).toString(), &ok);
        if (ok)
            item.remove = s;
    }
    item.verify = fromKey(kVerifyKeys, json.value(u"verify"_s).toString(), VerifyState::None);
    item.message = json.value(u"message"_s).toString();
    item.requestId = json.value(u"requestId"_s).toString();
    return item;
}

QList<HandoverItem> planHandover(const QList<OwnershipItem>& owned, const HandoverChoice& choice)
{
    QList<HandoverItem> rows;
    const QString leaverId = choice.leaver.id;
    for (const OwnershipItem& object : owned) {
        if (object.state != OwnershipItem::State::Ready)
            continue;
        const QStringList roles = object.rolesOf(leaverId);
        for (const QString& role : roles) {
            HandoverItem item;
            item.target = object.target;
            item.appName = object.entry.appDisplayName;
            item.role = role;
            for (const User& u : object.ownersByRole.value(role))
                item.ownersBefore << u.id;
            if (const QString managedBy = object.managedBy(); !managedBy.isEmpty())
                item.warning = HandoverText::tr("managed by %1: the change may be reverted").arg(managedBy);
            auto block = [&item](const QString& why) {
                if (!item.blocked) {
                    item.blocked = true;
                    item.problem = why;
                }
            };
            const bool removes = choice.mode != HandoverMode::AddOnly;
            if (removes && object.immutableUserIds.contains(leaverId))
                block(HandoverText::tr("connector-managed ownership: the tenant keeps it in step with the source"));
            if (choice.mode != HandoverMode::RemoveOnly) {
                const std::optional<User> successor = choice.successorByApp.contains(object.target.appId)
                    ? std::optional<User>(choice.successorByApp.value(object.target.appId))
                    : choice.successorByRole.contains(role) ? std::optional<User>(choice.successorByRole.value(role))
                                                            : choice.successor;
                if (!successor || successor->id.isEmpty()) {
                    block(HandoverText::tr("no successor chosen"));
                } else {
                    item.successor = *successor;
                    if (successor->id == leaverId)
                        block(HandoverText::tr("the successor is the leaver"));
                    else if (!successor->isEnabled())
                        block(HandoverText::tr("the successor is not enabled (%1)").arg(successor->status.toLower()));
                    else if (!validate::isId(successor->id))
                        block(HandoverText::tr("the successor's ID is not a C1 ID"));
                    item.successorAlreadyOwner = object.isOwner(role, successor->id);
                    const int after = object.userOwnerCount() + (object.isAnyRoleOwner(successor->id) ? 0 : 1);
                    if (after > ownerRules::maxOwnersPerKind)
                        block(HandoverText::tr("the object would have more than %1 user owners")
                                  .arg(ownerRules::maxOwnersPerKind));
                }
            }
            rows << item;
        }
    }
    return rows;
}

QStringList HandoverState::calls(int index) const
{
    if (index < 0 || index >= items.size())
        return {};
    const HandoverItem& item = items.at(index);
    const OwnerRef leaverRef = OwnerRef::user(leaver.id);
    const OwnerRef successor = OwnerRef::user(item.successor.id);
    QStringList list;
    if (mode != HandoverMode::RemoveOnly && !item.successor.id.isEmpty()) {
        if (!item.successorAlreadyOwner)
            list << u"POST "_s + ownerCallPath(item.target, OwnerKind::User, item.role, successor);
        list << u"GET "_s + ownerCallPath(item.target, OwnerKind::User, item.role, successor);
    }
    if (mode != HandoverMode::AddOnly)
        list << u"DELETE "_s + ownerCallPath(item.target, OwnerKind::User, item.role, leaverRef);
    if (mode == HandoverMode::RemoveOnly)
        list << u"GET "_s + ownerCallPath(item.target, OwnerKind::User, item.role, leaverRef);
    return list;
}

HandoverCounts HandoverState::counts() const
{
    HandoverCounts c;
    c.rows = int(items.size());
    for (const HandoverItem& item : items) {
        c.blocked += item.blocked;
        c.warnings += !item.warning.isEmpty();
        if (item.blocked || !item.checked)
            continue;
        ++c.toDo;
        if (item.isSettled(mode))
            ++c.settled;
        else if (stage == HandoverStage::Finished || stage == HandoverStage::Canceled)
            ++c.failed;
    }
    return c;
}

QString HandoverState::summary() const
{
    const HandoverCounts c = counts();
    QStringList parts { HandoverText::tr("%n row(s)", nullptr, c.rows) };
    if (c.blocked)
        parts << HandoverText::tr("%n blocked by a check", nullptr, c.blocked);
    if (c.warnings)
        parts << HandoverText::tr("%n with a warning", nullptr, c.warnings);
    return parts.join(u" · "_s);
}

QString handoverPersonLabel(const User& user)
{
    const QString name = user.displayName.isEmpty() ? user.id : user.displayName;
    return user.email.isEmpty() ? name : HandoverText::tr("%1 (%2)", "name (email)").arg(name, user.email);
}

QString HandoverState::confirmationText() const
{
    int rows = 0, adds = 0, removes = 0;
    QStringList successors;
    for (const HandoverItem& item : items) {
        if (item.blocked || !item.checked)
            continue;
        ++rows;
        if (mode != HandoverMode::RemoveOnly) {
            adds += !item.successorAlreadyOwner;
            const QString who = handoverPersonLabel(item.successor);
            if (!item.successor.id.isEmpty() && !successors.contains(who))
                successors << who;
        }
        removes += mode != HandoverMode::AddOnly;
    }
    const QLocale locale;
    const QString from = handoverPersonLabel(leaver);
    const QString to = successors.size() == 1 ? successors.constFirst()
                                              : HandoverText::tr("%n successor(s)", nullptr, int(successors.size()))
            + u" ("_s + successors.join(u", "_s) + u')';
    switch (mode) {
    case HandoverMode::Transfer:
        return HandoverText::tr("This hands over %n ownership(s) of %1 to %2: %3 to add, then %4 to remove where the "
                                "successor is verified.",
            nullptr, rows)
            .arg(from, to, locale.toString(adds), locale.toString(removes));
    case HandoverMode::AddOnly:
        return HandoverText::tr("This adds %2 beside %1 on %n ownership(s): %3 to add; %1 keeps them.", nullptr, rows)
            .arg(from, to, locale.toString(adds));
    case HandoverMode::RemoveOnly:
        return HandoverText::tr(
            "This removes %1 from %n ownership(s) without a successor: %2 to remove.", nullptr, rows)
            .arg(from, locale.toString(removes));
    }
    return {};
}

void HandoverState::writeCsv(QIODevice* device) const
{
    CsvWriter csv(device);
    csv.line({ u"target_key"_s, u"app"_s, u"object"_s, u"role"_s, u"leaver_id"_s, u"successor_id"_s, u"owners_before"_s,
        u"owners_after"_s, u"add"_s, u"verified"_s, u"remove"_s, u"result"_s, u"warning"_s, u"request_id"_s });
    for (const HandoverItem& item : items) {
        static const char* const verifyKeys[] = { "", "pending", "yes", "not-visible", "failed", "target-gone" };
        csv.line({ item.target.key(), item.appName, targetLabel(item.target), item.role, leaver.id, item.successor.id,
            item.ownersBefore.join(u' '), item.ownersAfter(leaver.id, mode).join(u' '),
            item.successorAlreadyOwner ? u"already-owner"_s : (item.add ? rowStatusKey(*item.add) : QString()),
            QString::fromLatin1(verifyKeys[int(item.verify)]), item.remove ? rowStatusKey(*item.remove) : QString(),
            item.resultText(mode), item.warning, item.requestId });
    }
}

QJsonObject HandoverState::toJson() const
{
    QJsonArray list;
    for (const HandoverItem& item : items)
        list.append(item.toJson());
    return { { u"version"_s, kVersion }, { u"kind"_s, u"handover"_s }, { u"id"_s, id }, { u"profileId"_s, profileId },
        { u"profileName"_s, profileName }, { u"createdAt"_s, formatTimestamp(createdAt) },
        { u"updatedAt"_s, formatTimestamp(QDateTime::currentDateTimeUtc()) }, { u"leaver"_s, userJson(leaver) },
        { u"mode"_s, handoverModeKey(mode) }, { u"stage"_s, handoverStageKey(stage) }, { u"round"_s, round },
        { u"items"_s, list } };
}

std::optional<HandoverState> HandoverState::fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(u"version"_s).toInt() != kVersion || json.value(u"kind"_s).toString() != u"handover"_s
        || json.value(u"id"_s).toString().isEmpty()) {
        if (error)
            *error = HandoverText::tr("The handover file has an unknown format.");
        return std::nullopt;
    }
    HandoverState state;
    state.id = json.value(u"id"_s).toString();
    state.profileId = json.value(u"profileId"_s).toString();
    state.profileName = json.value(u"profileName"_s).toString();
    state.createdAt = parseTimestamp(json.value(u"createdAt"_s));
    state.updatedAt = parseTimestamp(json.value(u"updatedAt"_s));
    state.leaver = userFromJson(json.value(u"leaver"_s).toObject());
    state.mode = fromKey(kModeKeys, json.value(u"mode"_s).toString(), HandoverMode::Transfer);
    state.stage = fromKey(kStageKeys, json.value(u"stage"_s).toString(), HandoverStage::Planned);
    state.round = json.value(u"round"_s).toInt();
    for (const QJsonValue& v : json.value(u"items"_s).toArray())
        state.items << HandoverItem::fromJson(v.toObject());
    return state;
}

bool HandoverState::write(const QString& path, const HandoverState& state, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

std::optional<HandoverState> HandoverState::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        if (error)
            *error = HandoverText::tr("The handover file is not valid JSON.");
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

QString HandoverState::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/handovers"_s;
}

QString HandoverState::pathFor(const QString& dir, const QString& id)
{
    return dir + u'/' + id + u".json"_s;
}

QString HandoverState::jobPathFor(const QString& dir, const QString& id, bool add, int round)
{
    return dir + u'/' + id + (add ? u"-add-"_s : u"-remove-"_s) + QString::number(round) + u".job"_s;
}

BulkJobState HandoverState::jobPlan(
    bool add, const QList<int>& rows, const QString& jobProfileId, const QString& jobProfileName) const
{
    BulkJobState job;
    job.spec.id = id + (add ? u"-add-"_s : u"-remove-"_s) + QString::number(round);
    job.spec.createdAt = QDateTime::currentDateTimeUtc();
    job.spec.profileId = jobProfileId;
    job.spec.profileName = jobProfileName;
    job.spec.operation = add ? BulkOperation::Add : BulkOperation::Remove;
    job.spec.kind = OwnerKind::User;
    QHash<QString, int> targetIndex;
    for (int i : rows) {
        const HandoverItem& item = items.at(i);
        const QString key = item.target.key();
        if (!targetIndex.contains(key)) {
            targetIndex.insert(key, int(job.spec.targets.size()));
            job.spec.targets << item.target;
        }
        BulkRow row;
        row.line = i + 1; // the handover row it writes
        const User& owner = add ? item.successor : leaver;
        row.input = owner.id;
        row.owner = OwnerRef::user(owner.id);
        row.ownerName = owner.displayName;
        row.ownerEmail = owner.email;
        row.target = targetIndex.value(key);
        row.operation = job.spec.operation;
        row.roleSlug = item.role;
        job.rows << row;
    }
    return job;
}

bool HandoverState::isUnfinished() const
{
    return stage != HandoverStage::Planned && stage != HandoverStage::Finished && stage != HandoverStage::Canceled;
}

QList<HandoverState> HandoverState::unfinished(const QString& dir, const QString& profileId)
{
    QList<HandoverState> list;
    const QFileInfoList files = QDir(dir).entryInfoList({ u"*.json"_s }, QDir::Files, QDir::Time);
    for (const QFileInfo& info : files) {
        std::optional<HandoverState> state = load(info.absoluteFilePath());
        if (state && state->isUnfinished() && (profileId.isEmpty() || state->profileId == profileId))
            list << *state;
    }
    return list;
}

} // namespace c1

#include "workflows/HandoverHistory.h"

#include "owners/JobJournal.h"
#include "workflows/WorkflowsLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

class HistoryText {
    Q_DECLARE_TR_FUNCTIONS(c1::HandoverHistory)
};

// The step journals of a handover: every round's add and remove jobs that exist (a step never started has none).
QStringList stepJournals(const QString& dir, const HandoverState& state)
{
    QStringList paths;
    for (int round = 1; round <= std::max(1, state.round); ++round) {
        for (const bool add : { true, false }) {
            const QString path = HandoverState::jobPathFor(dir, state.id, add, round);
            if (QFile::exists(path))
                paths << path;
        }
    }
    return paths;
}

} // namespace

std::optional<BulkJobState> HandoverHistory::combinedJob(const QString& dir, const HandoverState& state, QString* error)
{
    BulkJobState combined;
    combined.spec.id = state.id;
    combined.spec.createdAt = state.createdAt;
    combined.spec.profileId = state.profileId;
    combined.spec.profileName = state.profileName;
    combined.spec.kind = OwnerKind::User;
    combined.spec.operation = BulkOperation::Add; // every row carries its own
    combined.updatedAt = state.updatedAt;
    switch (state.stage) {
    case HandoverStage::Finished:
        combined.phase = BulkJobState::Phase::Finished;
        break;
    case HandoverStage::Canceled:
        combined.phase = BulkJobState::Phase::Canceled;
        break;
    case HandoverStage::Planned:
        combined.phase = BulkJobState::Phase::Planned;
        break;
    default:
        combined.phase = BulkJobState::Phase::Running;
        break;
    }
    QHash<QString, int> targetIndex; // target key → index in the combined job
    QHash<QString, int> rowIndex; // "<handover row>/<operation>" → index: a later round's result replaces an earlier
    for (const QString& path : stepJournals(dir, state)) {
        QString message;
        const std::optional<BulkJobState> job = JobJournal::load(path, &message);
        if (!job) {
            if (error)
                *error = HistoryText::tr("A step of the handover cannot be read (%1): %2")
                             .arg(QFileInfo(path).fileName(), message);
            return std::nullopt;
        }
        if (job->updatedAt > combined.updatedAt)
            combined.updatedAt = job->updatedAt;
        if (combined.spec.tenant.isEmpty())
            combined.spec.tenant = job->spec.tenant;
        for (const BulkRow& source : job->rows) {
            if (source.target < 0 || source.target >= job->spec.targets.size())
                continue;
            const OwnerTarget& target = job->targetOf(source);
            const QString key = target.key();
            if (!targetIndex.contains(key)) {
                targetIndex.insert(key, int(combined.spec.targets.size()));
                combined.spec.targets << target;
            }
            BulkRow row = source;
            row.target = targetIndex.value(key);
            row.operation = job->operationOf(source);
            row.roleSlug = job->roleOf(source);
            const QString rowKey
                = QString::number(row.line) + (*row.operation == BulkOperation::Add ? u"/add"_s : u"/remove"_s);
            if (const auto it = rowIndex.constFind(rowKey); it != rowIndex.cend()) {
                combined.rows[*it] = std::move(row);
            } else {
                rowIndex.insert(rowKey, int(combined.rows.size()));
                combined.rows << std::move(row);
            }
        }
    }
    return combined;
}

std::optional<BulkJobState> HandoverHistory::loadJob(const QString& statePath, QString* error)
{
    const std::optional<HandoverState> state = HandoverState::load(statePath, error);
    if (!state)
        return std::nullopt;
    return combinedJob(QFileInfo(statePath).absolutePath(), *state, error);
}

JobHistory::Entry HandoverHistory::entryFor(
    const QString& path, const HandoverState& state, const BulkJobState& combined)
{
    JobHistory::Entry e = JobHistory::entryFor(path, combined);
    e.handover = true;
    e.unfinished = state.isUnfinished();
    e.canceled = state.stage == HandoverStage::Canceled;
    e.leaver = handoverPersonLabel(state.leaver);
    QStringList successors;
    for (const HandoverItem& item : state.items) {
        if (item.successor.id.isEmpty())
            continue;
        const QString who = handoverPersonLabel(item.successor);
        if (!successors.contains(who))
            successors << who;
    }
    e.successor = successors.size() <= 1 ? successors.value(0)
                                         : HistoryText::tr("%n successor(s)", nullptr, int(successors.size()));
    return e;
}

QList<JobHistory::Entry> HandoverHistory::entries(const QString& dir)
{
    QList<JobHistory::Entry> list;
    const QFileInfoList files = QDir(dir).entryInfoList({ u"*.json"_s }, QDir::Files);
    for (const QFileInfo& info : files) {
        const QString path = info.absoluteFilePath();
        QString error;
        const std::optional<HandoverState> state = HandoverState::load(path, &error);
        std::optional<BulkJobState> combined;
        if (state && state->stage != HandoverStage::Planned)
            combined = combinedJob(dir, *state, &error);
        if (!combined) {
            if (!error.isEmpty())
                qCWarning(lcWorkflows) << "skipping an unreadable handover" << path << error;
            continue;
        }
        JobHistory::Entry e = entryFor(path, *state, *combined);
        if (!e.endedAt.isValid())
            e.endedAt = info.lastModified().toUTC();
        list << std::move(e);
    }
    return list;
}

bool HandoverHistory::remove(const QString& statePath)
{
    bool ok = true;
    if (const std::optional<HandoverState> state = HandoverState::load(statePath)) {
        for (const QString& path : stepJournals(QFileInfo(statePath).absolutePath(), *state))
            ok = QFile::remove(path) && ok;
    }
    // The state goes last: a handover whose steps could not all be removed is still listed, and can be cleared again.
    return ok && (!QFile::exists(statePath) || QFile::remove(statePath));
}

int HandoverHistory::prune(const QString& dir, const QDateTime& now, int days)
{
    int removed = 0;
    for (const JobHistory::Entry& e : entries(dir)) {
        if (e.unfinished || !JobHistory::isExpired(e, now, days))
            continue;
        if (remove(e.path))
            ++removed;
        else
            qCWarning(lcWorkflows) << "could not prune the handover" << e.path;
    }
    return removed;
}

} // namespace c1

#include "owners/JobHistory.h"

#include "owners/JobJournal.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace c1 {

bool JobHistory::isFinished(const BulkJobState& state)
{
    const bool ended = state.phase == BulkJobState::Phase::Finished || state.phase == BulkJobState::Phase::Canceled;
    return ended && !JobJournal::isUnfinished(state);
}

JobHistory::Entry JobHistory::entryFor(const QString& path, const BulkJobState& state)
{
    Entry e;
    e.path = path;
    e.jobId = state.spec.id;
    e.profileId = state.spec.profileId;
    e.profileName = state.spec.profileName;
    e.tenant = state.spec.tenant;
    e.undoOf = state.spec.undoOf;
    e.createdAt = state.spec.createdAt;
    e.endedAt = state.updatedAt;
    e.canceled = state.phase == BulkJobState::Phase::Canceled;
    e.operation = state.spec.operation;
    e.targets = int(state.spec.targets.size());
    e.rows = int(state.rows.size());
    bool adds = false;
    bool removes = false;
    for (const BulkRow& row : state.rows) {
        const bool add = state.operationOf(row) == BulkOperation::Add;
        (add ? adds : removes) = true;
        switch (row.status) {
        case RowStatus::Done:
            ++(add ? e.added : e.removed);
            break;
        case RowStatus::AlreadyDone:
            ++e.alreadyDone;
            break;
        case RowStatus::Failed:
        case RowStatus::TargetGone:
            ++e.failed;
            break;
        default:
            ++e.notWritten;
            break;
        }
    }
    e.mixed = adds && removes;
    return e;
}

QList<JobHistory::Entry> JobHistory::finishedJobs(const QString& dir, QHash<QString, QString>* undoneByOut)
{
    QList<Entry> list;
    QHash<QString, QString> undoneBy; // job id → the id of the job undoing it (finished or not)
    const QFileInfoList files = QDir(dir).entryInfoList({ u"*.json"_s }, QDir::Files);
    for (const QFileInfo& info : files) {
        QString error;
        const std::optional<BulkJobState> state = JobJournal::load(info.absoluteFilePath(), &error);
        if (!state) {
            qCWarning(lcBulk) << "skipping unreadable job journal" << info.absoluteFilePath() << error;
            continue;
        }
        if (!state->spec.undoOf.isEmpty())
            undoneBy.insert(state->spec.undoOf, state->spec.id);
        if (!isFinished(*state))
            continue;
        Entry e = entryFor(info.absoluteFilePath(), *state);
        if (!e.endedAt.isValid())
            e.endedAt = info.lastModified().toUTC();
        list.append(std::move(e));
    }
    for (Entry& e : list)
        e.undoneBy = undoneBy.value(e.jobId);
    if (undoneByOut)
        *undoneByOut = undoneBy;
    std::sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.endedAt > b.endedAt; });
    return list;
}

bool JobHistory::isExpired(const Entry& entry, const QDateTime& now, int days)
{
    return entry.endedAt.isValid() && entry.endedAt.addDays(days) <= now;
}

int JobHistory::prune(const QString& dir, const QDateTime& now, int days)
{
    int removed = 0;
    const QList<Entry> jobs = finishedJobs(dir);
    for (const Entry& e : jobs) {
        if (!isExpired(e, now, days))
            continue;
        if (QFile::remove(e.path))
            ++removed;
        else
            qCWarning(lcBulk) << "could not prune the job journal" << e.path;
    }
    if (removed)
        qCInfo(lcBulk) << "pruned" << removed << "finished job journals older than" << days << "days";
    return removed;
}

} // namespace c1

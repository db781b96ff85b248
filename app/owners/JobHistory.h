#pragma once

#include "owners/BulkTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace c1 {

// The finished jobs in the journal folder (bulk changes, transfers, undos: every job the owner-change engine ran
// with a journal), kept for kRetentionDays after they ended so that they can be undone, then pruned. A job that did
// not finish is never pruned here: it waits to be resumed or discarded (UnfinishedBulkJobs).
class JobHistory {
public:
    // How long a finished job's journal is kept (README "Undo and retention", the Recent bulk jobs window).
    static constexpr int kRetentionDays = 30;

    struct Entry {
        QString path;
        QString jobId;
        QString profileId;
        QString profileName;
        QString tenant;
        QString undoOf; // this job undid that one
        QString undoneBy; // a later job undid (or is undoing) this one
        QDateTime createdAt;
        QDateTime endedAt; // the journal's last write
        bool canceled = false; // canceled by the admin (what was written is still undoable)
        BulkOperation operation = BulkOperation::Add; // the job's; rows may differ (mixed)
        bool mixed = false; // rows of both operations (a transfer, an undo of one)
        int targets = 0;
        int rows = 0;
        int added = 0; // rows written: owners added
        int removed = 0; // rows written: owners removed
        int alreadyDone = 0;
        int failed = 0; // failed or target gone
        int notWritten = 0; // canceled, not attempted, blocked, or found by the check
        // A handover (workflows/HandoverHistory): `path` is its state file, its steps' rows are the rows above.
        bool handover = false;
        bool unfinished = false; // a handover that stopped midway: resumed in its window, not undone
        QString leaver; // a handover's, "name (email)"
        QString successor; // a handover's successor, or "N successors"; empty when it only removed
        int written() const { return added + removed; }
        bool undoable() const { return written() > 0 && undoneBy.isEmpty() && !unfinished; }
    };

    // Finished (or canceled) jobs in `dir`, newest first, with undoneBy filled in from the undo jobs found there.
    // *undoneBy, when given, receives every undo found (undone job id → undo job id), finished or not.
    static QList<Entry> finishedJobs(const QString& dir, QHash<QString, QString>* undoneBy = nullptr);
    static Entry entryFor(const QString& path, const BulkJobState& state);
    static bool isFinished(const BulkJobState& state);
    // True once `days` have passed since the job ended.
    static bool isExpired(const Entry& entry, const QDateTime& now, int days = kRetentionDays);
    // Removes the journals of finished jobs that expired; returns how many. Unfinished jobs are kept.
    static int prune(const QString& dir, const QDateTime& now, int days = kRetentionDays);
};

} // namespace c1

#pragma once

#include "owners/JobHistory.h"
#include "workflows/HandoverPlan.h"

#include <optional>

namespace c1 {

// Handovers in the history of owner-change jobs (Recent Bulk Jobs), and their undo. A handover is journaled as its
// state (<dir>/<id>.json, HandoverState) beside one job journal per step and round (<id>-add-<round>.job,
// <id>-remove-<round>.job): read together they are one job whose rows add the successor and remove the leaver, each
// with its own operation and role, so UndoBulkJob undoes a handover from its rows like any job (inversePlan).
// Pure functions over files: RecentBulkJobs runs them off the UI thread.
class HandoverHistory {
public:
    // The handover's step jobs as one job: every round's rows, the latest round's result of each (handover row ×
    // step), the targets merged; spec.id is the handover's id (an undo names it in undoOf). Finished or canceled as the
    // handover is; Running while it is unfinished. nullopt and a translated *error when a step's journal is unreadable.
    static std::optional<BulkJobState> combinedJob(
        const QString& dir, const HandoverState& state, QString* error = nullptr);
    // The same from the handover's state file.
    static std::optional<BulkJobState> loadJob(const QString& statePath, QString* error = nullptr);

    // Every handover journaled in `dir`, finished or not (undoneBy is not known here: RecentBulkJobs fills it in).
    static QList<JobHistory::Entry> entries(const QString& dir);
    static JobHistory::Entry entryFor(const QString& path, const HandoverState& state, const BulkJobState& combined);

    // Removes a handover's state file and its step journals; false when one of them cannot be removed.
    static bool remove(const QString& statePath);
    // Removes the handovers that stopped (finished or canceled) more than `days` ago; returns how many.
    static int prune(const QString& dir, const QDateTime& now, int days = JobHistory::kRetentionDays);
};

} // namespace c1

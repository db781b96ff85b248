#pragma once

#include "api/C1Client.h"
#include "owners/BulkTypes.h"
#include "owners/CallQueue.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace c1 {

// Checks an undo plan (inversePlan) against the tenant before anything is written, so that only what the job left
// in place is undone. Every target's current owners are listed (all roles, one listing per target); an owner the
// listing does not agree with is read again by get-one (owner lists may lag behind). Per row:
// - undoing an add (remove X): X still an owner since before the job ended → Ready, ticked. X removed meanwhile →
//   NoOp ("nothing to undo"). X an owner again, added after the job ended (removed and re-added by someone else) →
//   changed since: Ready but unticked, undone only with the admin's consent (a tick).
// - undoing a removal (re-add X): X not an owner → Ready, ticked. X an owner again (re-added meanwhile) → NoOp.
// - the target is gone → TargetGone; the check could not be completed → CheckFailed (never written).
// Nothing is written. Cancelable; bounded concurrency.
class UndoCheck : public QObject {
    Q_OBJECT
public:
    // An owner created up to this long after the job's journal was last written counts as the job's own (clock
    // skew between the tenant and this machine).
    static constexpr qint64 kClockSkewMs = 5000;

    UndoCheck(C1Client* client, BulkJobState plan, QDateTime jobEndedAt, QObject* parent = nullptr);
    ~UndoCheck() override;

    void setConcurrency(int concurrency);
    void start();
    void cancel();
    bool isRunning() const { return m_queue.isRunning(); }

    // After finished(false): the plan's rows with their verdicts, and the rows that changed since the job.
    const QList<BulkRow>& rows() const { return m_plan.rows; }
    const QList<int>& changedRows() const { return m_changed; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool canceled);

private:
    using Done = CallQueue::Done;
    CallHandle listTarget(int target, OwnerKind kind, Done done);
    void decide(int row, bool present, const QDateTime& createdAt, bool confirmed);
    void confirm(int row);
    void setRow(int row, RowStatus status, const QString& message, bool checked);

    QPointer<C1Client> m_client;
    BulkJobState m_plan;
    QDateTime m_endedAt;
    QList<int> m_changed;
    CallQueue m_queue; // last: destroying it aborts the reads, whose answers reach the members above
};

} // namespace c1

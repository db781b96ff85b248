#pragma once

#include "api/C1Client.h"
#include "owners/BulkTypes.h"
#include "settings/Profile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <array>
#include <memory>

namespace c1 {

class AdaptiveLimiter;
class JobJournal;

// The owner-change engine: every owner write of the product (the Owners tab, bulk paste, resume, and later
// transfer and undo) is a row of a plan run by this job, with bounded concurrency and a per-row ledger.
// - Each row carries its operation (add/remove), role slug and target (BulkJobState::operationOf …), so one plan may
//   mix adds and removes of user and entitlement owners on any owner target the client knows.
// - 429/503 and token renewal are handled inside C1Client (RetryPolicy, TokenSource).
// - A row is journaled "sending" before its request leaves (when a journal is set); a write that may or may not
//   have reached the server (ownerRules::needsReadBack) or a 404 is read back with C1Client::getOwner, and a 404
//   there by listing the target, so "not an owner" is told from "the target no longer exists". A write is re-sent
//   only if it definitely did not take effect. A resumed job verifies every "sending"/"verifying" row the same way.
// - "Already an owner", "not an owner" and the 32-owner limit: the planner before sending (BulkPlanner), the
//   tenant's answer here (ownerRules), nowhere else.
// - pause() stops starting rows; cancel() aborts what is in flight, verifies it, and marks the rest canceled, so
//   every row ends done, already in place, failed, canceled or not attempted.
class BulkOwnerJob : public QObject {
    Q_OBJECT
public:
    struct Counts {
        int rows = 0; // all rows of the job
        int toWrite = 0; // rows this run writes (ready and ticked when it started, plus retries)
        int done = 0;
        int alreadyDone = 0;
        int failed = 0; // failed, and target gone
        int canceled = 0;
        int notAttempted = 0;
        int inFlight = 0; // sending or verifying now
        int pending = 0; // ready, not started
        int finished() const { return done + alreadyDone + failed + canceled; }
    };

    BulkOwnerJob(C1Client* client, BulkJobState state, QObject* parent = nullptr);
    ~BulkOwnerJob() override;

    // The most requests out at once (profile.concurrency, requestConcurrency::clamp): the upper bound of
    // the job's AdaptiveLimiter, which adapts the concurrency and pace below it to what the tenant admits.
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    // The job's limiter (owned): its concurrency(), pace() and summary() are the progress line's "how fast".
    AdaptiveLimiter* limiter() const { return m_limiter; }
    // Journal every change to `path` (coalesced; "sending" written before each request). Call before start().
    void setJournalPath(const QString& path);
    JobJournal* journal() const { return m_journal; }
    void setMaxSendsPerRow(int n) { m_maxSends = n; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    const BulkJobState& state() const { return m_state; }
    const BulkJobSpec& spec() const { return m_state.spec; }
    const QList<BulkRow>& rows() const { return m_state.rows; }
    BulkJobState::Phase phase() const { return m_state.phase; }
    bool isActive() const; // running, paused with requests out, or canceling
    bool isPaused() const { return m_state.phase == BulkJobState::Phase::Paused; }
    Counts counts() const;
    double rowsPerSecond() const;

    void setRowChecked(int row, bool checked); // only before start()

    void start();
    void pause();
    void resume();
    void cancel();
    void retryFailed(); // reruns only the failed rows

Q_SIGNALS:
    void rowChanged(int row);
    void progress(const c1::BulkOwnerJob::Counts& counts, double rowsPerSecond);
    void phaseChanged(c1::BulkJobState::Phase phase);
    void finished();
    void journalFailed(const QString& message);

private:
    void setStatus(int row, RowStatus status, const QString& message = {}, const QString& requestId = {});
    void setPhase(BulkJobState::Phase phase);
    void pump();
    bool claimBatch();
    void dispatch(int row);
    void send(int row);
    enum class ReadBack { Present, Absent, TargetGone, Unknown };
    void verify(int row);
    void checkTarget(int row, quint64 ticket);
    void onSent(int row, const ApiError& error);
    void onVerified(int row, ReadBack found, const ApiError& error);
    void settleCanceled(int row);
    void maybeFinish();
    void emitProgress();
    void touchJournal();
    quint64 track(int row);
    void setHandle(int row, quint64 ticket, const CallHandle& handle);
    bool journalBeforeSend(const QList<int>& rows);

    QPointer<C1Client> m_client;
    BulkJobState m_state;
    JobJournal* m_journal = nullptr;
    int m_concurrency = Profile().concurrency;
    AdaptiveLimiter* m_limiter = nullptr;
    int m_maxSends = 3;
    bool m_readOnly = false;
    bool m_canceling = false;
    bool m_started = false;
    QList<int> m_queue; // rows to write, in order
    QList<int> m_claimed; // journaled "sending", not yet dispatched
    struct Call {
        quint64 ticket = 0;
        CallHandle handle;
    };
    QHash<int, Call> m_calls; // rows with a request out (or a verification retry scheduled)
    quint64 m_ticket = 0;
    QHash<int, int> m_verifyFailures;
    QHash<int, ApiError> m_answers; // the write's answer of rows being read back
    std::array<int, kRowStatusCount> m_histogram {};
    bool m_destroying = false;
    int m_toWrite = 0;
    int m_finishedThisRun = 0;
    QElapsedTimer m_clock;
    qint64 m_activeMs = 0; // running time before the current stretch
    QElapsedTimer m_progressThrottle;
};

} // namespace c1

Q_DECLARE_METATYPE(c1::BulkOwnerJob::Counts)

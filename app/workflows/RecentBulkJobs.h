#pragma once

#include "owners/JobHistory.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace c1 {

// The finished bulk jobs (bulk changes, transfers, undos) and the handovers (finished or not, HandoverHistory) of the
// connected profile, kept for JobHistory::kRetentionDays after they ended: listed for the "Recent bulk jobs" window,
// each one undoable until it has been undone (an unfinished handover is resumed in its window first), and cleared by
// the admin one by one or all at once. Jobs of other profiles are never listed or cleared here. Journals are read
// off the UI thread. pruneExpired() runs once at start-up.
class RecentBulkJobs : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit RecentBulkJobs(QObject* parent = nullptr);
    ~RecentBulkJobs() override;

    void setJournalDir(const QString& dir) { m_dir = dir; }
    QString journalDir() const { return m_dir; }
    void setHandoverDir(const QString& dir) { m_handoverDir = dir; } // default HandoverState::defaultDir()
    QString handoverDir() const { return m_handoverDir; }
    // The time now (tests inject one; default: the system clock, UTC).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    static int retentionDays() { return JobHistory::kRetentionDays; }

    // The profile whose jobs are listed: clears the list and scans again (nothing for an empty id).
    void setProfileId(const QString& profileId);
    QString profileId() const { return m_profileId; }
    void rescan();
    bool isScanning() const { return m_scan.isRunning(); }

    const QList<JobHistory::Entry>& jobs() const { return m_jobs; } // newest first
    const JobHistory::Entry* job(const QString& path) const; // the listed job journaled at `path`, or nullptr
    QDateTime expiresAt(const JobHistory::Entry& entry) const; // when the job's journal is pruned
    QString error() const { return m_error; }

    // Removes one job's journal (a handover's state and step journals); false (and error()) when it cannot, or for a
    // handover that did not finish (it waits to be resumed).
    bool clear(const QString& path);
    int clearAll(); // removes every listed job's journal but unfinished handovers'; returns how many

    // Both folders read as one history, newest first (what the scan runs off the UI thread).
    static QList<JobHistory::Entry> scan(const QString& jobsDir, const QString& handoverDir);

    // Removes the finished jobs of every profile older than the retention (at start-up), off the UI thread;
    // pruned() reports the count.
    void pruneExpired();

Q_SIGNALS:
    void changed();
    void scanned(int count);
    void pruned(int count);

private:
    void onScanned();

    QString m_dir;
    QString m_handoverDir;
    QString m_profileId;
    Clock m_clock;
    QList<JobHistory::Entry> m_jobs;
    QString m_error;
    QFutureWatcher<QList<JobHistory::Entry>> m_scan;
    QFutureWatcher<int> m_prune;
};

} // namespace c1

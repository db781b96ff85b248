#pragma once

#include "owners/JobHistory.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace c1 {

// The finished bulk jobs (bulk changes, transfers, undos) of the connected profile, kept for
// JobHistory::kRetentionDays after they ended: listed for the "Recent bulk jobs" window, each one undoable until it
// has been undone, and cleared by the admin one by one or all at once. Jobs of other profiles are never listed or
// cleared here. Journals are read off the UI thread. pruneExpired() runs once at start-up.
class RecentBulkJobs : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit RecentBulkJobs(QObject* parent = nullptr);
    ~RecentBulkJobs() override;

    void setJournalDir(const QString& dir) { m_dir = dir; }
    QString journalDir() const { return m_dir; }
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
    QDateTime expiresAt(const JobHistory::Entry& entry) const; // when the job's journal is pruned
    QString error() const { return m_error; }

    bool clear(const QString& path); // removes one job's journal; false (and error()) when it cannot
    int clearAll(); // removes every listed job's journal; returns how many

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
    QString m_profileId;
    Clock m_clock;
    QList<JobHistory::Entry> m_jobs;
    QString m_error;
    QFutureWatcher<QList<JobHistory::Entry>> m_scan;
    QFutureWatcher<int> m_prune;
};

} // namespace c1

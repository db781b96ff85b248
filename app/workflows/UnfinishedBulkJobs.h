#pragma once

#include "owners/JobJournal.h"

#include <QFutureWatcher>
#include <QObject>

namespace c1 {

// The bulk jobs of the connected profile that did not finish (a crash, a kill, a closed laptop), found in the
// journal folder off the UI thread after a session connects, and what the admin decides about each: take it over
// (a BulkAssignment resumes it; the job is then no longer offered here), discard it (its journal is removed), or
// leave it for the next connection. The main window owns one; ResumeJobsBar shows it.
class UnfinishedBulkJobs : public QObject {
    Q_OBJECT
public:
    explicit UnfinishedBulkJobs(QObject* parent = nullptr);
    ~UnfinishedBulkJobs() override;

    // Where bulk jobs are journaled (default JobJournal::defaultDir()); new jobs are journaled here too.
    void setJournalDir(const QString& dir) { m_dir = dir; }
    QString journalDir() const { return m_dir; }

    // The profile whose jobs are offered: clears the list, then scans the folder for that profile's unfinished
    // jobs (nothing for an empty id). scanned() reports the count.
    void setProfileId(const QString& profileId);
    QString profileId() const { return m_profileId; }
    void rescan();
    bool isScanning() const { return m_scan.isRunning(); }

    const QList<JobJournal::Summary>& jobs() const { return m_jobs; } // newest first
    QString error() const { return m_error; } // about the first job, e.g. it could not be resumed
    void setError(const QString& message);

    void takeOver(const QString& path); // resumed elsewhere: no longer offered
    bool discard(const QString& path); // removes the journal; false (and error()) when it cannot
    void clear();

Q_SIGNALS:
    void changed(); // jobs or error
    void scanned(int count);
    void discarded(const QString& path);

private:
    void onScanned();
    void remove(const QString& path);

    QString m_dir;
    QString m_profileId;
    QList<JobJournal::Summary> m_jobs;
    QString m_error;
    QFutureWatcher<QList<JobJournal::Summary>> m_scan;
};

} // namespace c1

#include "workflows/RecentBulkJobs.h"

#include "owners/JobJournal.h"
#include "workflows/HandoverHistory.h"
#include "workflows/WorkflowsLogging.h"

#include <QFile>

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace c1 {

RecentBulkJobs::RecentBulkJobs(QObject* parent)
    : QObject(parent)
    , m_dir(JobJournal::defaultDir())
    , m_handoverDir(HandoverState::defaultDir())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_scan, &QFutureWatcher<QList<JobHistory::Entry>>::finished, this, &RecentBulkJobs::onScanned);
    connect(&m_prune, &QFutureWatcher<int>::finished, this, [this] {
        const int count = m_prune.future().resultCount() ? m_prune.result() : 0;
        Q_EMIT pruned(count);
        if (count)
            rescan();
    });
}

// Nothing to wait for: the scan and the pruning work on copies of the folder and the time, and a watcher destroyed
// while its task runs only drops the result.
RecentBulkJobs::~RecentBulkJobs() = default;

void RecentBulkJobs::setProfileId(const QString& profileId)
{
    m_profileId = profileId;
    m_jobs.clear();
    m_error.clear();
    Q_EMIT changed();
    rescan();
}

void RecentBulkJobs::rescan()
{
    if (m_profileId.isEmpty())
        return;
    m_scan.setFuture(
        QtConcurrent::run([dir = m_dir, handovers = m_handoverDir] { return RecentBulkJobs::scan(dir, handovers); }));
}

QList<JobHistory::Entry> RecentBulkJobs::scan(const QString& jobsDir, const QString& handoverDir)
{
    QHash<QString, QString> undoneBy;
    QList<JobHistory::Entry> jobs = JobHistory::finishedJobs(jobsDir, &undoneBy);
    QList<JobHistory::Entry> handovers
        = handoverDir.isEmpty() ? QList<JobHistory::Entry> {} : HandoverHistory::entries(handoverDir);
    for (JobHistory::Entry& e : handovers) {
        e.undoneBy = undoneBy.value(e.jobId);
        jobs << std::move(e);
    }
    std::stable_sort(jobs.begin(), jobs.end(),
        [](const JobHistory::Entry& a, const JobHistory::Entry& b) { return a.endedAt > b.endedAt; });
    return jobs;
}

const JobHistory::Entry* RecentBulkJobs::job(const QString& path) const
{
    for (const JobHistory::Entry& e : m_jobs) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

void RecentBulkJobs::onScanned()
{
    const QFuture<QList<JobHistory::Entry>> future = m_scan.future();
    if (m_profileId.isEmpty() || future.resultCount() == 0)
        return;
    QList<JobHistory::Entry> jobs = future.result();
    const QDateTime time = now();
    jobs.removeIf([this, &time](const JobHistory::Entry& job) {
        return job.profileId != m_profileId || (!job.unfinished && JobHistory::isExpired(job, time));
    });
    qCDebug(lcWorkflows) << "recent bulk jobs of this profile:" << jobs.size();
    m_jobs = jobs;
    Q_EMIT changed();
    Q_EMIT scanned(int(m_jobs.size()));
}

QDateTime RecentBulkJobs::expiresAt(const JobHistory::Entry& entry) const
{
    return entry.endedAt.addDays(JobHistory::kRetentionDays);
}

bool RecentBulkJobs::clear(const QString& path)
{
    const JobHistory::Entry* listed = job(path);
    if (!listed) {
        m_error = tr("This job is not one of the profile's recent jobs.");
        Q_EMIT changed();
        return false;
    }
    if (listed->unfinished) {
        m_error = tr("This handover did not finish: resume it from Hand Over Ownership… before clearing it.");
        Q_EMIT changed();
        return false;
    }
    const bool removed = listed->handover ? HandoverHistory::remove(path) : !QFile::exists(path) || QFile::remove(path);
    if (!removed) {
        m_error = tr("The job's journal could not be removed: %1").arg(path);
        Q_EMIT changed();
        return false;
    }
    m_jobs.removeIf([&path](const JobHistory::Entry& job) { return job.path == path; });
    m_error.clear();
    Q_EMIT changed();
    return true;
}

int RecentBulkJobs::clearAll()
{
    int removed = 0;
    const QList<JobHistory::Entry> jobs = m_jobs;
    for (const JobHistory::Entry& job : jobs) {
        if (!job.unfinished)
            removed += clear(job.path) ? 1 : 0;
    }
    return removed;
}

void RecentBulkJobs::pruneExpired()
{
    m_prune.setFuture(QtConcurrent::run([dir = m_dir, handovers = m_handoverDir, time = now()] {
        return JobHistory::prune(dir, time, JobHistory::kRetentionDays)
            + (handovers.isEmpty() ? 0 : HandoverHistory::prune(handovers, time, JobHistory::kRetentionDays));
    }));
}

} // namespace c1

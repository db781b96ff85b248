#include "workflows/RecentBulkJobs.h"

#include "owners/JobJournal.h"
#include "workflows/WorkflowsLogging.h"

#include <QFile>

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace c1 {

RecentBulkJobs::RecentBulkJobs(QObject* parent)
    : QObject(parent)
    , m_dir(JobJournal::defaultDir())
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
    m_scan.setFuture(QtConcurrent::run(&JobHistory::finishedJobs, m_dir));
}

void RecentBulkJobs::onScanned()
{
    const QFuture<QList<JobHistory::Entry>> future = m_scan.future();
    if (m_profileId.isEmpty() || future.resultCount() == 0)
        return;
    QList<JobHistory::Entry> jobs = future.result();
    const QDateTime time = now();
    jobs.removeIf([this, &time](const JobHistory::Entry& job) {
        return job.profileId != m_profileId || JobHistory::isExpired(job, time);
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
    const bool listed = std::any_of(
        m_jobs.cbegin(), m_jobs.cend(), [&path](const JobHistory::Entry& job) { return job.path == path; });
    if (!listed) {
        m_error = tr("This job is not one of the profile's recent jobs.");
        Q_EMIT changed();
        return false;
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
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
    for (const JobHistory::Entry& job : jobs)
        removed += clear(job.path) ? 1 : 0;
    return removed;
}

void RecentBulkJobs::pruneExpired()
{
    m_prune.setFuture(QtConcurrent::run(
        [dir = m_dir, time = now()] { return JobHistory::prune(dir, time, JobHistory::kRetentionDays); }));
}

} // namespace c1

#include "workflows/UnfinishedBulkJobs.h"

#include "workflows/WorkflowsLogging.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace c1 {

UnfinishedBulkJobs::UnfinishedBulkJobs(QObject* parent)
    : QObject(parent)
    , m_dir(JobJournal::defaultDir())
{
    connect(&m_scan, &QFutureWatcher<QList<JobJournal::Summary>>::finished, this, &UnfinishedBulkJobs::onScanned);
}

UnfinishedBulkJobs::~UnfinishedBulkJobs() = default;

void UnfinishedBulkJobs::setProfileId(const QString& profileId)
{
    m_profileId = profileId;
    clear();
    rescan();
}

void UnfinishedBulkJobs::rescan()
{
    if (m_profileId.isEmpty())
        return;
    // Reading every journal may take a while on a slow disk: never on the UI thread. A newer scan replaces an
    // older one (the watcher lets go of the older future).
    m_scan.setFuture(QtConcurrent::run(&JobJournal::unfinishedJobs, m_dir));
}

void UnfinishedBulkJobs::onScanned()
{
    const QFuture<QList<JobJournal::Summary>> future = m_scan.future();
    if (m_profileId.isEmpty() || future.resultCount() == 0)
        return;
    QList<JobJournal::Summary> jobs = future.result();
    jobs.removeIf([this](const JobJournal::Summary& job) { return job.profileId != m_profileId; });
    qCDebug(lcWorkflows) << "unfinished bulk jobs of this profile:" << jobs.size();
    m_jobs = jobs;
    m_error.clear();
    Q_EMIT changed();
    Q_EMIT scanned(int(m_jobs.size()));
}

void UnfinishedBulkJobs::setError(const QString& message)
{
    m_error = message;
    Q_EMIT changed();
}

void UnfinishedBulkJobs::remove(const QString& path)
{
    m_jobs.removeIf([&path](const JobJournal::Summary& job) { return job.path == path; });
    m_error.clear();
    Q_EMIT changed();
}

void UnfinishedBulkJobs::takeOver(const QString& path)
{
    remove(path);
}

bool UnfinishedBulkJobs::discard(const QString& path)
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        setError(tr("The job's journal could not be removed: %1").arg(path));
        return false;
    }
    remove(path);
    Q_EMIT discarded(path);
    return true;
}

void UnfinishedBulkJobs::clear()
{
    m_jobs.clear();
    m_error.clear();
    Q_EMIT changed();
}

} // namespace c1

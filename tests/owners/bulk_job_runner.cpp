// Helper for tst_jobjournal: runs the bulk job journaled in a file against a tenant (the test's sandbox), so that
// the test can kill this process midway and resume the job itself.
//   bulk_job_runner <base-url> <client-id> <journal.json>    (client secret in C1_BULK_RUNNER_SECRET)
#include "support/TestTenant.h"

#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"

#include <QCoreApplication>

using namespace c1;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString secret = qEnvironmentVariable("C1_BULK_RUNNER_SECRET");
    if (args.size() != 4 || secret.isEmpty()) {
        qCritical("usage: bulk_job_runner <base-url> <client-id> <journal.json>, secret in C1_BULK_RUNNER_SECRET");
        return 2;
    }
    test::TestTenant tenant;
    if (!tenant.connectTo(
            QUrl(args[1]), args[2], secret, test::TenantSetup::withRetry(test::TestTenant::fastRetry()))) {
        qCritical("bad credentials");
        return 2;
    }
    QString error;
    std::optional<BulkJobState> state = JobJournal::load(args[3], &error);
    if (!state) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    BulkOwnerJob job(tenant.client(), std::move(*state));
    job.setConcurrency(2);
    job.setJournalPath(args[3]);
    job.journal()->setInterval(20); // so the test sees progress often
    QObject::connect(&job, &BulkOwnerJob::finished, &app, [&app] { app.quit(); });
    job.start();
    return app.exec();
}

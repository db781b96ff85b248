// Helper for tst_jobjournal and tst_crashsafety: runs the bulk job journaled in a file against a tenant (the test's
// sandbox), so that the test can kill this process midway and resume the job itself.
//   bulk_job_runner <base-url> <client-id> <journal.json>    (client secret in C1_BULK_RUNNER_SECRET)
// With --undo, it undoes the finished job journaled in the file instead, as the console does (UndoBulkJob: check,
// then apply with the undo's own journal in <undo-dir>), for profile <profile-id>:
//   bulk_job_runner --undo <base-url> <client-id> <journal.json> <undo-dir> <profile-id>
#include "support/TestTenant.h"

#include "api/Session.h"
#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"
#include "workflows/UndoBulkJob.h"

#include <QCoreApplication>

using namespace c1;

namespace {
int runUndo(QCoreApplication& app, const QStringList& args, const QString& secret)
{
    Profile profile;
    profile.id = args[6];
    profile.name = args[6];
    profile.urlOverride = QUrl(args[2]);
    profile.concurrency = 4;
    ProfileSecrets secrets;
    secrets.clientId = args[3];
    secrets.clientSecret = secret;
    QString error;
    std::unique_ptr<Session> session = Session::create(profile, secrets, &error);
    if (!session) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    UndoBulkJob undo(session.get());
    undo.setJournalDir(args[5]);
    if (!undo.load(args[4], &error)) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    QObject::connect(&undo, &UndoBulkJob::checkFinished, &app, [&undo] {
        undo.apply();
        if (undo.job() && undo.job()->journal())
            undo.job()->journal()->setInterval(20); // so the test sees progress often
    });
    QObject::connect(&undo, &UndoBulkJob::finished, &app, [&app] { app.quit(); });
    undo.startCheck();
    return app.exec();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString secret = qEnvironmentVariable("C1_BULK_RUNNER_SECRET");
    if (args.size() == 7 && args[1] == QStringLiteral("--undo") && !secret.isEmpty())
        return runUndo(app, args, secret);
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

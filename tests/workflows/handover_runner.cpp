// Helper for tst_handovercrash: resumes the handover journaled in a file against a tenant (the test's sandbox), so
// that the test can kill this process at any point and resume the handover itself.
//   handover_runner <base-url> <client-id> <handover.json>    (client secret in C1_BULK_RUNNER_SECRET)
#include "support/TestTenant.h"

#include "workflows/Handover.h"

#include <QCoreApplication>

using namespace c1;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString secret = qEnvironmentVariable("C1_BULK_RUNNER_SECRET");
    if (args.size() != 4 || secret.isEmpty()) {
        qCritical("usage: handover_runner <base-url> <client-id> <handover.json>, secret in C1_BULK_RUNNER_SECRET");
        return 2;
    }
    test::TestTenant tenant;
    if (!tenant.connectTo(
            QUrl(args[1]), args[2], secret, test::TenantSetup::withRetry(test::TestTenant::fastRetry()))) {
        qCritical("bad credentials");
        return 2;
    }
    Profile profile;
    profile.id = QStringLiteral("crash-profile");
    profile.concurrency = 2;
    Handover handover(tenant.client(), profile);
    // Long enough that the test's kills (after 20–620 ms, or at a step) always find the process alive.
    handover.setPropagationWait(700);
    handover.setRetryInterval(50);
    handover.setVerifyTimeout(5000);
    QObject::connect(&handover, &Handover::finished, &app, [&app] { app.quit(); });
    QString error;
    if (!handover.resume(args[3], &error)) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    return app.exec();
}

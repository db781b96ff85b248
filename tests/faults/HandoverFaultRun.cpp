#include "faults/HandoverFaultRun.h"

#include "workflows/HandoverTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace c1::test {

HandoverFaultRun runHandoverUnderFault(quint64 seed, int tokenLifetimeSeconds, int attemptTimeoutMs,
    const std::function<void(SandboxServer&, QObject*)>& inject)
{
    HandoverFaultRun run;
    TenantSetup setup;
    setup.sandbox.latencyMs = 2;
    setup.sandbox.seed = seed;
    setup.sandbox.ownerVisibilityDelayMs = 200;
    setup.sandbox.tokenLifetimeSeconds = tokenLifetimeSeconds;
    setup.data.apps = 20; // the departed user owns apps 2, 6, 10, 14, 18: each with two resources and an entitlement
    setup.data.resourceTypesPerApp = 1;
    setup.data.resourcesPerType = 2;
    setup.data.entitlementsPerApp = 2;
    setup.data.users = 30;
    setup.retry = TestTenant::fastRetry();
    setup.timeoutMs = attemptTimeoutMs;
    HandoverTenant t;
    if (!t.tenant.start(setup)) {
        run.setupError = u"the tenant did not start: "_s + t.tenant.errorString();
        return run;
    }
    t.profile.id = u"fault-matrix"_s;
    t.profile.concurrency = 6;
    t.users = t.tenant.enabledUsers();
    const QList<User> found = t.findUsers(u"Jordan Avery"_s);
    if (found.size() != 1) {
        run.setupError = u"the departed user was not found"_s;
        return run;
    }
    t.leaver = found.constFirst();
    auto scan = t.scan(t.leaver);
    const User successor = t.successor(scan->model());
    QTemporaryDir dir;
    auto h = t.handover(dir.path());
    h->setMaxSendsPerRow(4);
    if (scan->model()->rowCount() != 20 || successor.id.isEmpty() || !dir.isValid()
        || !h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} })
        || h->items().size() != 20) {
        run.setupError = u"the scan or the plan failed (%1 objects)"_s.arg(scan->model()->rowCount());
        return run;
    }

    SandboxServer& sandbox = *t.tenant.server();
    QObject context;
    inject(sandbox, &context);
    QObject::connect(&sandbox, &SandboxServer::requestServed, &context,
        [&run](const QString&, const QString&, int status) { run.unauthorized += status == 401; });
    QElapsedTimer sinceTick;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &context,
        [&sinceTick, &run] { run.maxGapMs = std::max(run.maxGapMs, sinceTick.restart()); });
    QElapsedTimer elapsed;
    elapsed.start();
    sinceTick.start();
    ticker.start(10);
    const bool ended = HandoverTenant::runs(*h, 100000);
    run.elapsedMs = elapsed.elapsed();
    ticker.stop();
    QObject::disconnect(&sandbox, nullptr, &context, nullptr);
    SandboxOptions& live = sandbox.options();
    live.dropRate = 0;
    live.failureRate = 0;
    live.rateLimitPerSecond = 0;
    if (!ended || h->stage() != HandoverStage::Finished)
        run.runError = u"the handover did not finish"_s;

    run.injected = sandbox.count429() + sandbox.count503() + sandbox.countDropped() + run.unauthorized;
    run.rows = int(h->items().size());
    for (const HandoverItem& item : h->items()) {
        const QStringList owners = t.ownersIn(item.target, item.role);
        const bool hasSuccessor = owners.contains(u"user/"_s + successor.id);
        const bool hasLeaver = owners.contains(u"user/"_s + t.leaver.id);
        const QString result = item.resultText(h->mode());
        bool consistent = hasSuccessor || hasLeaver; // never neither
        if (item.isSettled(h->mode())) {
            ++run.handedOver;
            consistent = consistent && hasSuccessor && !hasLeaver;
        } else {
            ++run.failed;
            consistent = consistent && !result.isEmpty() && result != u"pending"_s;
            qInfo("  not handed over: %s: %s", qPrintable(item.target.key()), qPrintable(result.left(200)));
        }
        if (!hasLeaver && item.verify != VerifyState::Verified)
            consistent = false; // the leaver goes only where the successor was verified
        if (!consistent) {
            ++run.lost;
            qWarning("handover row %s: %s; successor %s, leaver %s", qPrintable(item.target.key()), qPrintable(result),
                hasSuccessor ? "present" : "absent", hasLeaver ? "present" : "absent");
        }
        run.duplicated += t.writes(item.target, successor.id) > 1;
    }
    return run;
}

} // namespace c1::test

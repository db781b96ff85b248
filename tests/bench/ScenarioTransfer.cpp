// transfer_300: a leaver owning 300 resources across 20 apps is handed over to a successor (Handover: add, one
// propagation wait, verify by get-one, remove), with 50 ms latency and a 1 s owner-visibility delay in the sandbox.
// Against the ideal: calls × latency ÷ concurrency (QNAM's 6 HTTP/1.1 connections) plus one propagation wait.
#include "bench/BenchBulk.h"
#include "bench/BenchProbes.h"
#include "bench/BenchTenant.h"
#include "bench/Scenarios.h"

#include "settings/Profile.h"
#include "workflows/Handover.h"
#include "workflows/OwnershipScan.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace c1::bench {

void runTransferScenario(const BenchConfig& config, const Sink& sink)
{
    if (!config.wanted(u"transfer_300"_s))
        return;
    const int apps = config.quick ? 2 : 20;
    const int perApp = config.quick ? 3 : 15;
    const int objects = apps * perApp;
    const int latency = config.quick ? 5 : 50;
    const int ownerDelay = config.quick ? 100 : 1000;
    const int connections = 6; // QNAM's HTTP/1.1 connections per host
    ScenarioReport report(u"transfer_300"_s);
    report.setParameter(u"objects"_s, objects);
    report.setParameter(u"apps"_s, apps);
    report.setParameter(u"latency_ms"_s, latency);
    report.setParameter(u"owner_delay_ms"_s, ownerDelay);
    report.setParameter(u"max_concurrency"_s, Profile {}.concurrency);

    SandboxDataSize size;
    size.apps = apps;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = perApp;
    size.entitlementsPerApp = 1;
    size.users = 30;
    size.ownersPerObject = 0;
    BenchTenant tenant;
    Plan p = tenant.start({}, size) ? plan(tenant, objects, 2) : Plan { {}, {}, tenant.errorString() };
    if (!p.error.isEmpty()) {
        report.setError(p.error);
        sink(report);
        return;
    }
    report.setParameter(u"protocol"_s, negotiatedProtocol(tenant));
    // The leaver owns every resource (set up without latency); the successor none.
    const QString leaverId = p.users.at(0);
    const QString successorId = p.users.at(1);
    p.users = { leaverId };
    const JobRun setup = runJob(tenant, p.job(u"primary"_s, objects), Profile {}.concurrency);
    if (!setup.error.isEmpty()) {
        report.setError(u"setup: "_s + setup.error);
        sink(report);
        return;
    }
    tenant.setLatency(latency);
    tenant.inSandbox([ownerDelay](SandboxServer& server) { server.options().ownerVisibilityDelayMs = ownerDelay; });

    Profile profile;
    profile.id = u"bench"_s;
    OwnershipScan scan(tenant.client());
    scan.setConcurrency(profile.concurrency);
    User leaver;
    leaver.id = leaverId;
    User successor;
    successor.id = successorId;
    successor.status = u"ENABLED"_s;
    QElapsedTimer scanTimer;
    scanTimer.start();
    {
        Wait wait(600000);
        QObject::connect(&scan, &OwnershipScan::finished, &scan, [&wait] { wait.quit(); });
        scan.start(leaver);
        if (!wait.exec() || scan.found() != objects) {
            report.setError(u"the scan found %1 of %2 objects"_s.arg(scan.found()).arg(objects));
            sink(report);
            return;
        }
    }
    report.setFigure(u"scan_ms"_s, double(scanTimer.nsecsElapsed()) / 1e6);

    QTemporaryDir dir;
    Handover handover(tenant.client(), profile);
    handover.setJournalDir(dir.path());
    handover.setPropagationWait(ownerDelay);
    handover.setRetryInterval(200);
    handover.plan(scan.model()->items(), HandoverChoice { leaver, HandoverMode::Transfer, successor, {}, {} });
    const int before = tenant.requestCount();
    QElapsedTimer timer;
    timer.start();
    {
        Wait wait(600000);
        QObject::connect(&handover, &Handover::finished, &handover, [&wait] { wait.quit(); });
        handover.apply();
        if (!wait.exec())
            report.setError(u"the handover did not finish"_s);
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const int calls = tenant.requestCount() - before;
    const Handover::Counts c = handover.counts();
    int exact = 0;
    tenant.inSandbox([&](SandboxServer& server) {
        for (const HandoverItem& item : handover.items()) {
            const QStringList owners
                = server.ownersOf(item.target.appId, item.target.resourceTypeId, item.target.resourceId)
                      .value(item.role);
            // Demo data may have another owner beside (the departed demo user): the successor in, the leaver out.
            exact += owners.count(u"user/"_s + successorId) == 1 && !owners.contains(u"user/"_s + leaverId)
                && server.ownerWrites(
                       item.target.appId, item.target.resourceTypeId, item.target.resourceId, u"user/"_s + successorId)
                    == 1;
        }
    });
    const int idealCalls = 3 * objects; // POST, GET, DELETE per object
    const double idealMs = double(idealCalls) * latency / std::min(profile.concurrency, connections) + ownerDelay;
    report.setFigure(u"wall_ms"_s, ms);
    report.setFigure(u"ideal_ms"_s, idealMs);
    report.setFigure(u"ratio_to_ideal"_s, ms / idealMs);
    report.setFigure(u"requests"_s, calls);
    report.setFigure(u"rows_settled"_s, c.settled);
    report.setFigure(u"objects_exact"_s, exact);
    if (c.settled != objects || exact != objects)
        report.setError(u"%1 of %2 rows settled, %3 exact"_s.arg(c.settled).arg(objects).arg(exact));
    report.addTarget(u"ratio_to_ideal"_s, u"<="_s, 1.3,
        u"within 1.3× of calls × latency ÷ min(concurrency, 6) + one propagation wait"_s);
    report.addTarget(u"objects_exact"_s, u">="_s, objects, u"every object ends with exactly the successor"_s);
    report.addNote(u"requests counts every /api request of the handover, token and verification reads included"_s);
    sink(report);
}

} // namespace c1::bench

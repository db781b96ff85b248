// health_100k: Ownership Health (app/workflows/OwnershipHealth) over the whole 10,000-app tenant with one
// 100,000-resource type (the tree scenarios' tenant), its findings behind the sorted proxy the Ownership Health window
// shows them in. The sandbox runs on its own thread, so the stalls measured on this thread are the console's own:
// the longest gap of a 5 ms timer while the report streams, and, in a second run canceled once a tenth of the apps
// are checked, the time from cancel() to the report stopped.
#include "bench/BenchProbes.h"
#include "bench/BenchTenant.h"
#include "bench/Scenarios.h"

#include "settings/Profile.h"
#include "workflows/OwnershipHealth.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace c1::bench {

namespace {

// The window's view of the findings: sorted by the finding, re-sorted as rows stream in.
void showSorted(OwnershipHealth& health, QSortFilterProxyModel& proxy)
{
    proxy.setSourceModel(health.model());
    proxy.setSortRole(HealthModel::SortRole);
    proxy.setDynamicSortFilter(true);
    proxy.sort(int(HealthModel::Column::Finding));
}

} // namespace

void runHealthScenario(const BenchConfig& config, const Sink& sink)
{
    if (!config.wanted(u"health_100k"_s))
        return;
    ScenarioReport report(u"health_100k"_s);
    SandboxDataSize size;
    size.apps = config.quick ? 250 : 10'000;
    size.resourceTypesPerApp = 2;
    size.resourcesPerType = 2;
    size.entitlementsPerApp = 3;
    size.users = config.quick ? 50 : 1'000;
    size.bigTypeResources = config.quick ? 1'500 : 100'000;
    const Profile profile;
    report.setParameter(u"apps"_s, size.apps);
    report.setParameter(
        u"resources"_s, size.apps * size.resourceTypesPerApp * size.resourcesPerType + size.bigTypeResources);
    report.setParameter(u"entitlements"_s, size.apps * size.entitlementsPerApp);
    report.setParameter(u"concurrency"_s, profile.concurrency);
    BenchTenant tenant;
    if (!tenant.start({}, size)) {
        report.setError(tenant.errorString());
        sink(report);
        return;
    }

    // The whole tenant, to the end.
    {
        OwnershipHealth health(tenant.client());
        health.setConcurrency(profile.concurrency);
        QSortFilterProxyModel proxy;
        showSorted(health, proxy);
        const int before = tenant.requestCount();
        StallMeter stalls;
        QElapsedTimer timer;
        Wait wait(1'800'000);
        QObject::connect(&health, &OwnershipHealth::finished, &health, [&wait] { wait.quit(); });
        stalls.start();
        timer.start();
        health.start();
        const bool ended = wait.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        stalls.stop();
        report.setFigure(u"wall_ms"_s, ms);
        report.setFigure(u"longest_stall_ms"_s, stalls.longestGapMs());
        report.setFigure(u"stalls_over_50ms"_s, stalls.gapsOver(50));
        report.setFigure(u"stalls_over_30ms"_s, stalls.gapsOver(30));
        // The UI thread's own CPU in its busiest gap: on a loaded machine the wall-clock stalls above also count the
        // time other processes held the cores, this does not.
        report.setFigure(u"longest_stall_cpu_ms"_s, stalls.longestBusyMs());
        report.setFigure(u"stalls_cpu_over_30ms"_s, stalls.busyGapsOver(30));
        report.setFigure(u"apps_checked"_s, health.appsDone());
        report.setFigure(u"findings"_s, proxy.rowCount());
        report.setFigure(u"requests"_s, tenant.requestCount() - before);
        if (!ended)
            report.setError(u"the report did not finish"_s);
        else if (!health.errorText().isEmpty())
            report.setError(health.errorText());
        else if (health.appsDone() != size.apps)
            report.setError(u"%1 of %2 apps checked"_s.arg(health.appsDone()).arg(size.apps));
    }

    // Again, canceled once a tenth of the apps are checked: cancel() to the report stopped (finished emitted, not
    // running), and the longest stall in the half second after it (the answers already on their way are dropped).
    if (!report.hasError()) {
        OwnershipHealth health(tenant.client());
        health.setConcurrency(profile.concurrency);
        QSortFilterProxyModel proxy;
        showSorted(health, proxy);
        QElapsedTimer sinceCancel;
        double cancelMs = -1;
        bool canceling = false;
        Wait wait(1'800'000);
        QObject::connect(&health, &OwnershipHealth::progress, &health, [&] {
            if (canceling || health.appsDone() < size.apps / 10)
                return;
            canceling = true;
            sinceCancel.start();
            health.cancel();
        });
        QObject::connect(&health, &OwnershipHealth::finished, &health, [&] {
            if (canceling && !health.isRunning() && cancelMs < 0)
                cancelMs = double(sinceCancel.nsecsElapsed()) / 1e6;
            wait.quit();
        });
        health.start();
        wait.exec();
        StallMeter after;
        after.start();
        Wait settle(500);
        settle.exec();
        after.stop();
        report.setFigure(u"canceled_at_apps"_s, health.appsDone());
        report.setFigure(u"cancel_to_stopped_ms"_s, cancelMs);
        report.setFigure(u"longest_stall_after_cancel_ms"_s, after.longestGapMs());
        if (!health.wasCanceled() || cancelMs < 0)
            report.setError(u"the second run was not canceled"_s);
    }

    report.addTarget(u"longest_stall_ms"_s, u"<="_s, 50, u"the UI thread never stalls over 50 ms while it streams"_s);
    report.addTarget(u"cancel_to_stopped_ms"_s, u"<="_s, 200, u"canceled within 200 ms"_s);
    report.addNote(u"findings behind a dynamically sorted QSortFilterProxyModel, as the Ownership Health window shows "
                   u"them; the sandbox on its own thread"_s);
    sink(report);
}

} // namespace c1::bench

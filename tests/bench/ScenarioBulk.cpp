// bulk_1000, bulk_rate_limited (HTTP/1.1 and _h2), bulk_rate_limited_unknown and bulk_1000_h2: BulkOwnerJob (with
// its AdaptiveLimiter) assigning user owners to resources, against sandbox latency and a sandbox rate limit.
#include "bench/BenchBulk.h"
#include "bench/BenchProbes.h"
#include "bench/BenchTenant.h"
#include "bench/Scenarios.h"

#include "api/Paging.h"
#include "owners/BulkOwnerJob.h"
#include "settings/Profile.h"

#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace c1::bench {

namespace {

constexpr int QnamConnectionsPerHost = 6;

double ideal(int rows, int latencyMs, int concurrency)
{
    return double(rows) * latencyMs / std::min(concurrency, QnamConnectionsPerHost);
}

SandboxDataSize bulkTenantSize(int resources)
{
    SandboxDataSize size;
    size.apps = 10;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = (resources + 9) / 10;
    size.entitlementsPerApp = 1;
    size.users = 30;
    size.ownersPerObject = 0;
    return size;
}

// The time `rows` admissions take under a limit that is `schedule[i].second` a second from
// `schedule[i].first` ms on (the first step from 0).
double piecewiseIdealMs(int rows, const QList<QPair<int, int>>& schedule)
{
    double left = rows;
    for (int i = 0; i < schedule.size(); ++i) {
        const double from = schedule[i].first;
        const double rate = schedule[i].second;
        const double until = i + 1 < schedule.size() ? schedule[i + 1].first : 1e12;
        const double capacity = (until - from) * rate / 1000.0;
        if (left <= capacity)
            return from + left * 1000.0 / rate;
        left -= capacity;
    }
    return 0;
}

void protocolUnavailable(ScenarioReport& report)
{
    report.setParameter(u"protocol"_s, u"unavailable"_s);
    report.addNote(u"protocol unavailable: this build's sandbox has no HTTP/2 mode (SandboxOptions::http2), so the "
                   "scenario was not measured"_s);
}

// bulk_rate_limited and bulk_rate_limited_h2: 300 rows against 50 requests a second.
void rateLimited(const BenchConfig& config, const Sink& sink, const QString& name, bool http2)
{
    if (!config.wanted(name))
        return;
    const int resources = config.quick ? 6 : 30;
    const int users = 10;
    const int rows = resources * users;
    const int limit = 50;
    const int maxConcurrency = Profile {}.concurrency;
    ScenarioReport report(name);
    report.setParameter(u"rows"_s, rows);
    report.setParameter(u"rate_limit_per_second"_s, limit);
    report.setParameter(u"max_concurrency"_s, maxConcurrency);
    SandboxOptions options;
    if (http2 && !requestHttp2(options)) {
        protocolUnavailable(report);
        sink(report);
        return;
    }
    BenchTenant tenant;
    const Plan p = tenant.start(options, bulkTenantSize(resources)) ? plan(tenant, resources, users)
                                                                    : Plan { {}, {}, tenant.errorString() };
    if (!p.error.isEmpty()) {
        report.setError(p.error);
        sink(report);
        return;
    }
    const QString protocol = negotiatedProtocol(tenant);
    tenant.setRateLimit(limit); // after the setup's listings, so that they do not count
    const JobRun run = runJob(tenant, p.job(u"primary"_s, rows), maxConcurrency, true);
    if (!run.error.isEmpty())
        report.setError(run.error);
    const double idealMs = double(rows) * 1000.0 / limit;
    report.setFigure(u"wall_ms"_s, run.ms);
    report.setFigure(u"ideal_ms"_s, idealMs);
    report.setFigure(u"ratio_to_ideal"_s, run.ms / idealMs);
    reportRun(report, protocol, run);
    report.setFigure(u"rows_failed"_s, run.counts.failed);
    report.setFigure(u"rows_written_twice"_s, run.writtenTwice);
    report.addTarget(u"ratio_to_ideal"_s, u"<="_s, 1.05, u"within 1.05× of rows ÷ rate limit"_s);
    report.addTarget(u"share_429"_s, u"<="_s, 0.05, u"429s under 5% of the requests"_s);
    report.addNote(u"the limit is not told to the client: the AdaptiveLimiter learns it from the 429s; the sandbox "
                   "sends Retry-After in whole seconds, rounded up"_s);
    sink(report);
}

// The limit changes while the job runs: 50/s, then 20/s, then 80/s.
void rateLimitedUnknown(const BenchConfig& config, const Sink& sink)
{
    if (!config.wanted(u"bulk_rate_limited_unknown"_s))
        return;
    const int resources = config.quick ? 4 : 50;
    const int users = 10;
    const int rows = resources * users;
    const int step = config.quick ? 300 : 3000; // ms between changes
    const QList<QPair<int, int>> schedule { { 0, 50 }, { step, 20 }, { 2 * step, 80 } };
    ScenarioReport report(u"bulk_rate_limited_unknown"_s);
    report.setParameter(u"rows"_s, rows);
    report.setParameter(u"rate_limits_per_second"_s, u"50, 20 from %1 ms, 80 from %2 ms"_s.arg(step).arg(2 * step));
    report.setParameter(u"max_concurrency"_s, Profile {}.concurrency);
    BenchTenant tenant;
    const Plan p = tenant.start({}, bulkTenantSize(resources)) ? plan(tenant, resources, users)
                                                               : Plan { {}, {}, tenant.errorString() };
    if (!p.error.isEmpty()) {
        report.setError(p.error);
        sink(report);
        return;
    }
    const QString protocol = negotiatedProtocol(tenant);
    tenant.setRateLimit(schedule[0].second);
    const JobRun run = runJob(
        tenant, p.job(u"primary"_s, rows), Profile {}.concurrency, true, [&tenant, &schedule](QObject* context) {
            for (int i = 1; i < schedule.size(); ++i) {
                const int perSecond = schedule[i].second;
                QTimer::singleShot(schedule[i].first, Qt::PreciseTimer, context,
                    [&tenant, perSecond] { tenant.setRateLimit(perSecond); });
            }
        });
    if (!run.error.isEmpty())
        report.setError(run.error);
    const double idealMs = piecewiseIdealMs(rows, schedule);
    report.setFigure(u"wall_ms"_s, run.ms);
    report.setFigure(u"ideal_ms"_s, idealMs);
    report.setFigure(u"ratio_to_ideal"_s, run.ms / idealMs);
    reportRun(report, protocol, run);
    report.setFigure(u"rows_failed"_s, run.counts.failed);
    report.setFigure(u"rows_written_twice"_s, run.writtenTwice);
    report.addTarget(u"ratio_to_ideal"_s, u"<="_s, 1.15, u"within 1.15× of the ideal for the piecewise limit"_s);
    report.addTarget(u"rows_written_twice"_s, u"<="_s, 0, u"nothing written twice"_s);
    sink(report);
}

// 1,000 writes at 50 ms latency over HTTP/2, no rate limit.
void bulkHttp2(const BenchConfig& config, const Sink& sink)
{
    if (!config.wanted(u"bulk_1000_h2"_s))
        return;
    const int resources = config.quick ? 8 : 100;
    const int users = config.quick ? 4 : 10;
    const int rows = resources * users;
    const int latency = 50;
    ScenarioReport report(u"bulk_1000_h2"_s);
    report.setParameter(u"rows"_s, rows);
    report.setParameter(u"latency_ms"_s, latency);
    report.setParameter(u"max_concurrency"_s, Profile {}.concurrency);
    SandboxOptions options;
    if (!requestHttp2(options)) {
        protocolUnavailable(report);
        sink(report);
        return;
    }
    BenchTenant tenant;
    const Plan p = tenant.start(options, bulkTenantSize(resources)) ? plan(tenant, resources, users)
                                                                    : Plan { {}, {}, tenant.errorString() };
    if (!p.error.isEmpty()) {
        report.setError(p.error);
        sink(report);
        return;
    }
    const QString protocol = negotiatedProtocol(tenant);
    tenant.setLatency(latency);
    const JobRun run = runJob(tenant, p.job(u"primary"_s, rows), Profile {}.concurrency, true);
    if (!run.error.isEmpty())
        report.setError(run.error);
    report.setFigure(u"wall_ms"_s, run.ms);
    report.setFigure(u"rows_per_second"_s, double(rows) / run.ms * 1000.0);
    reportRun(report, protocol, run);
    report.setFigure(u"rows_written_twice"_s, run.writtenTwice);
    report.addTarget(u"wall_ms"_s, u"<="_s, config.quick ? 60000 : 2000, u"1,000 writes in at most 2 s"_s);
    report.addTarget(u"rows_written_twice"_s, u"<="_s, 0, u"nothing written twice"_s);
    if (protocol != u"h2"_s)
        report.addNote(u"the client did not negotiate HTTP/2"_s);
    sink(report);
}

} // namespace

void runBulkScenarios(const BenchConfig& config, const Sink& sink)
{
    const int defaultConcurrency = Profile {}.concurrency;
    if (config.wanted(u"bulk_1000"_s)) {
        const int resources = config.quick ? 8 : 100;
        const int users = config.quick ? 4 : 10;
        const int rows = resources * users;
        const int latency = 50;
        ScenarioReport report(u"bulk_1000"_s);
        report.setParameter(u"rows"_s, rows);
        report.setParameter(u"latency_ms"_s, latency);
        report.setParameter(u"default_concurrency"_s, defaultConcurrency);
        SandboxOptions options;
        options.roleSlugs = QStringList { u"primary"_s, u"secondary"_s, u"tertiary"_s };
        BenchTenant tenant;
        const Plan p = tenant.start(options, bulkTenantSize(resources)) ? plan(tenant, resources, users)
                                                                        : Plan { {}, {}, tenant.errorString() };
        if (!p.error.isEmpty()) {
            report.setError(p.error);
        } else {
            const QString protocol = negotiatedProtocol(tenant);
            tenant.setLatency(latency);
            const JobRun byDefault = runJob(tenant, p.job(u"primary"_s, rows), defaultConcurrency);
            const JobRun bySix = runJob(tenant, p.job(u"secondary"_s, rows), QnamConnectionsPerHost);
            const JobRun byOne = runJob(tenant, p.job(u"tertiary"_s, rows), 1);
            for (const JobRun* run : { &byDefault, &bySix, &byOne }) {
                if (!run->error.isEmpty())
                    report.setError(run->error);
            }
            const double idealDefault = ideal(rows, latency, defaultConcurrency);
            report.setFigure(u"wall_ms"_s, byDefault.ms);
            report.setFigure(u"ideal_ms"_s, idealDefault);
            report.setFigure(u"ratio_to_ideal"_s, byDefault.ms / idealDefault);
            reportRun(report, protocol, byDefault);
            report.setFigure(u"concurrency_1_wall_ms"_s, byOne.ms);
            report.setFigure(u"speedup_over_concurrency_1"_s, byOne.ms / byDefault.ms);
            report.setFigure(u"concurrency_6_wall_ms"_s, bySix.ms);
            report.setFigure(u"concurrency_6_ideal_ms"_s, ideal(rows, latency, QnamConnectionsPerHost));
            report.setFigure(
                u"concurrency_6_ratio_to_ideal"_s, bySix.ms / ideal(rows, latency, QnamConnectionsPerHost));
            report.setFigure(u"concurrency_6_speedup_over_concurrency_1"_s, byOne.ms / bySix.ms);
            report.setFigure(u"concurrency_1_ratio_to_ideal"_s, byOne.ms / ideal(rows, latency, 1));
            report.setFigure(u"rows_per_second"_s, double(rows) / byDefault.ms * 1000.0);
            report.addTarget(u"ratio_to_ideal"_s, u"<="_s, 1.15,
                u"within 1.15× of rows × latency ÷ min(concurrency, 6) at the default (maximum) concurrency"_s);
            report.addTarget(u"speedup_over_concurrency_1"_s, u">="_s, 5,
                u"at least 5× faster than one request at a time (a script in a loop)"_s);
            report.addTarget(u"concurrency_6_speedup_over_concurrency_1"_s, u">="_s, 5,
                u"the same at concurrency 6 (QNAM's connections per host)"_s);
            report.addNote(u"the profile's concurrency (%1) is the AdaptiveLimiter's upper bound; QNAM opens at most "
                           "6 HTTP/1.1 connections per host and queues the rest"_s.arg(defaultConcurrency));
        }
        sink(report);
    }
    rateLimited(config, sink, u"bulk_rate_limited"_s, false);
    rateLimited(config, sink, u"bulk_rate_limited_h2"_s, true);
    rateLimitedUnknown(config, sink);
    bulkHttp2(config, sink);
}

} // namespace c1::bench

// bulk_1000 and bulk_rate_limited: BulkOwnerJob assigning user owners to resources, against sandbox latency and a
// sandbox rate limit.
#include "bench/BenchProbes.h"
#include "bench/BenchTenant.h"
#include "bench/Scenarios.h"

#include "api/Paging.h"
#include "owners/BulkOwnerJob.h"
#include "settings/Profile.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace c1::bench {

namespace {

constexpr int QnamConnectionsPerHost = 6;

template <typename T> QList<T> listAll(PageFetch<T> fetch, QString* error)
{
    QList<T> all;
    Wait wait(120000);
    QObject context;
    PageStream<T>::start(
        std::move(fetch), &context, [&all](QList<T> page) { all.append(page); },
        [&](const ApiError& e) {
            if (e.isError())
                *error = e.fullDetail();
            wait.quit();
        });
    if (!wait.exec())
        *error = u"listing timed out"_s;
    return all;
}

// `resources` × `users` rows assigning each user as a `role` owner of each resource: every row is a write.
struct Plan {
    QList<OwnerTarget> targets;
    QList<QString> users;
    QString error;

    BulkJobState job(const QString& role, int rows) const
    {
        BulkJobState state;
        state.spec.id = u"bench-"_s + role;
        state.spec.kind = OwnerKind::User;
        state.spec.operation = BulkOperation::Add;
        state.spec.roleSlug = role;
        state.spec.targets = targets;
        for (int i = 0; i < rows; ++i) {
            BulkRow row;
            row.line = i + 1;
            row.target = i / int(users.size());
            row.owner = OwnerRef::user(users.at(i % users.size()));
            row.input = row.owner.userId;
            row.status = RowStatus::Ready;
            state.rows.append(row);
        }
        return state;
    }
};

Plan plan(BenchTenant& tenant, int resources, int usersPerResource)
{
    Plan p;
    C1Client* client = tenant.client();
    const QList<User> users = listAll<User>(
        [client](const QString& token, QObject* ctx, C1Client::Callback<Page<User>> cb) {
            return client->searchUsers(UserSearch {}, token, 100, ctx, std::move(cb));
        },
        &p.error);
    for (const User& user : users) {
        if (user.isEnabled() && p.users.size() < usersPerResource)
            p.users.append(user.id);
    }
    const QList<AppResource> found = listAll<AppResource>(
        [client](const QString& token, QObject* ctx, C1Client::Callback<Page<AppResource>> cb) {
            return client->searchResources(ResourceSearch {}, token, 100, ctx, std::move(cb));
        },
        &p.error);
    for (const AppResource& r : found) {
        if (p.targets.size() < resources)
            p.targets.append(OwnerTarget::resource(r.appId, r.appResourceTypeId, r.id, r.displayName));
    }
    if (p.error.isEmpty() && (p.users.size() < usersPerResource || p.targets.size() < resources))
        p.error = u"the tenant has %1 enabled users and %2 resources"_s.arg(p.users.size()).arg(found.size());
    return p;
}

struct JobRun {
    double ms = 0;
    BulkOwnerJob::Counts counts;
    QString error;
};

JobRun runJob(BenchTenant& tenant, BulkJobState state, int concurrency)
{
    JobRun run;
    BulkOwnerJob job(tenant.client(), std::move(state));
    job.setConcurrency(concurrency);
    Wait wait(600000);
    QObject::connect(&job, &BulkOwnerJob::finished, &job, [&wait] { wait.quit(); });
    QElapsedTimer timer;
    timer.start();
    job.start();
    if (!wait.exec())
        run.error = u"the job did not finish"_s;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.counts = job.counts();
    if (run.error.isEmpty() && run.counts.done != run.counts.rows)
        run.error = u"%1 of %2 rows done, %3 failed"_s.arg(run.counts.done).arg(run.counts.rows).arg(run.counts.failed);
    return run;
}

double ideal(int rows, int latencyMs, int concurrency)
{
    return double(rows) * latencyMs / std::min(concurrency, QnamConnectionsPerHost);
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
        SandboxDataSize size;
        size.apps = 10;
        size.resourceTypesPerApp = 1;
        size.resourcesPerType = (resources + 9) / 10;
        size.entitlementsPerApp = 1;
        size.users = 30;
        size.ownersPerObject = 0;
        SandboxOptions options;
        options.roleSlugs = QStringList { u"primary"_s, u"secondary"_s, u"tertiary"_s };
        BenchTenant tenant;
        const Plan p
            = tenant.start(options, size) ? plan(tenant, resources, users) : Plan { {}, {}, tenant.errorString() };
        if (!p.error.isEmpty()) {
            report.setError(p.error);
        } else {
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
                u"within 1.15× of rows × latency ÷ min(concurrency, 6) at the default concurrency"_s);
            report.addTarget(u"speedup_over_concurrency_1"_s, u">="_s, 5,
                u"at least 5× faster than one request at a time (a script in a loop)"_s);
            report.addTarget(u"concurrency_6_speedup_over_concurrency_1"_s, u">="_s, 5,
                u"the same at concurrency 6 (QNAM's connections per host)"_s);
            report.addNote(u"at the default concurrency of %1 the speed-up over concurrency 1 cannot exceed %1×; "
                           "QNAM opens at most 6 HTTP/1.1 connections per host"_s.arg(defaultConcurrency));
        }
        sink(report);
    }

    if (config.wanted(u"bulk_rate_limited"_s)) {
        const int resources = config.quick ? 6 : 30;
        const int users = 10;
        const int rows = resources * users;
        const int limit = 50;
        ScenarioReport report(u"bulk_rate_limited"_s);
        report.setParameter(u"rows"_s, rows);
        report.setParameter(u"rate_limit_per_second"_s, limit);
        report.setParameter(u"concurrency"_s, defaultConcurrency);
        SandboxDataSize size;
        size.apps = 10;
        size.resourceTypesPerApp = 1;
        size.resourcesPerType = (resources + 9) / 10;
        size.entitlementsPerApp = 1;
        size.users = 30;
        size.ownersPerObject = 0;
        BenchTenant tenant;
        const Plan p = tenant.start({}, size) ? plan(tenant, resources, users) : Plan { {}, {}, tenant.errorString() };
        if (!p.error.isEmpty()) {
            report.setError(p.error);
        } else {
            tenant.setRateLimit(limit); // after the setup's listings, so that they do not count
            const int before429 = tenant.count429();
            const int beforeRequests = tenant.requestCount();
            const JobRun run = runJob(tenant, p.job(u"primary"_s, rows), defaultConcurrency);
            if (!run.error.isEmpty())
                report.setError(run.error);
            const double idealMs = double(rows) * 1000.0 / limit;
            report.setFigure(u"wall_ms"_s, run.ms);
            report.setFigure(u"ideal_ms"_s, idealMs);
            report.setFigure(u"ratio_to_ideal"_s, run.ms / idealMs);
            report.setFigure(u"responses_429"_s, tenant.count429() - before429);
            report.setFigure(u"requests"_s, tenant.requestCount() - beforeRequests);
            report.setFigure(u"rows_failed"_s, run.counts.failed);
            report.addTarget(u"ratio_to_ideal"_s, u"<="_s, 1.2, u"within 1.2× of rows ÷ rate limit"_s);
            report.addNote(u"the product's default RetryPolicy: Retry-After honoured (the sandbox sends whole "
                           "seconds, rounded up)"_s);
        }
        sink(report);
    }
}

} // namespace c1::bench

// The bulk scenarios' shared helpers (BenchBulk.h).
#include "bench/BenchBulk.h"

#include "bench/BenchProbes.h"

#include "api/AdaptiveLimiter.h"
#include "api/Paging.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace c1::bench {

namespace {

// Compiles against a sandbox with or without HTTP/2 (SandboxOptions::http2, added beside this work).
template <typename Options> bool enableHttp2(Options& options)
{
    if constexpr (requires { options.http2 = decltype(options.http2)::Alpn; }) {
        options.tls = true;
        options.http2 = decltype(options.http2)::Alpn;
        return true;
    } else {
        return false;
    }
}

} // namespace

bool requestHttp2(SandboxOptions& options)
{
    return enableHttp2(options);
}

QString negotiatedProtocol(BenchTenant& tenant)
{
    const QByteArray bearer = tenant.bearer();
    QUrl url = tenant.baseUrl();
    url.setPath(u"/api/v1/auth/introspect"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + bearer);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(tenant.client()->config().extraCaCertificates);
    if (url.scheme() == u"https"_s)
        request.setSslConfiguration(ssl);
    QNetworkReply* reply = tenant.network()->get(request);
    Wait wait(30000);
    QObject::connect(reply, &QNetworkReply::finished, reply, [&wait] { wait.quit(); });
    wait.exec();
    QString protocol;
    if (reply->isFinished() && reply->error() == QNetworkReply::NoError)
        protocol = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? u"h2"_s : u"http/1.1"_s;
    reply->deleteLater();
    return protocol;
}

void reportRun(ScenarioReport& report, const QString& protocol, const JobRun& run)
{
    report.setParameter(u"protocol"_s, protocol);
    report.setFigure(u"concurrency_reached"_s, run.peakConcurrency);
    report.setFigure(u"responses_429"_s, run.responses429);
    report.setFigure(u"requests"_s, run.requests);
    report.setFigure(u"share_429"_s, run.requests > 0 ? double(run.responses429) / run.requests : 0.0);
    if (run.finalPace > 0)
        report.setFigure(u"final_pace_per_second"_s, run.finalPace);
}

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

BulkJobState Plan::job(const QString& role, int rows) const
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

JobRun runJob(BenchTenant& tenant, BulkJobState state, int concurrency, bool checkWrites,
    const std::function<void(QObject* context)>& during)
{
    JobRun run;
    const int before429 = tenant.count429();
    const int beforeRequests = tenant.requestCount();
    BulkOwnerJob job(tenant.client(), std::move(state));
    job.setConcurrency(concurrency);
    Wait wait(600000);
    QObject::connect(&job, &BulkOwnerJob::finished, &job, [&wait] { wait.quit(); });
    QElapsedTimer timer;
    timer.start();
    job.start();
    QObject context;
    if (during)
        during(&context);
    if (!wait.exec())
        run.error = u"the job did not finish"_s;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.counts = job.counts();
    run.peakConcurrency = job.limiter()->peakConcurrency();
    run.finalPace = job.limiter()->pace();
    run.responses429 = tenant.count429() - before429;
    run.requests = tenant.requestCount() - beforeRequests;
    if (run.error.isEmpty() && run.counts.done != run.counts.rows)
        run.error = u"%1 of %2 rows done, %3 failed"_s.arg(run.counts.done).arg(run.counts.rows).arg(run.counts.failed);
    if (checkWrites) {
        const BulkJobSpec spec = job.spec();
        const QList<BulkRow> rows = job.rows();
        tenant.inSandbox([&](SandboxServer& server) {
            for (const BulkRow& row : rows) {
                const OwnerTarget& t = spec.targets.at(row.target);
                if (server.ownerWrites(t.appId, t.resourceTypeId, t.resourceId, u"user/"_s + row.owner.userId) > 1)
                    ++run.writtenTwice;
            }
        });
    }
    return run;
}

} // namespace c1::bench

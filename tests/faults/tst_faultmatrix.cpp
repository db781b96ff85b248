// The fault matrix (README "Reliability"): for each fault the sandbox tenant can inject, browse the whole tenant,
// create apps and resources, and run a 1,000-row bulk owner job (320 rows under the sanitizers), all at once through
// one real C1Client; then a handover of 20 objects under the faults a handover meets. Every operation must end done or
// reported failed, nothing may be applied twice, the job's journal must agree with the tenant, and the event loop must
// stay responsive. A table of the figures is printed at the end.
#include "faults/FaultWorkloads.h"
#include "faults/HandoverFaultRun.h"
#include "support/TestTenant.h"

#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace c1;
using namespace c1::test;

namespace {

// Each HTTP attempt gives up after 10 s: a request on a connection the restart took away is retried soon enough.
constexpr int kAttemptTimeoutMs = 10000;

enum class Fault {
    LatencySpikes,
    RateLimitStorm,
    Unavailable,
    DropBeforeEffect,
    DropAfterEffect,
    TokenExpiry,
    Restart,
    Truncated,
    HtmlPages,
    Redirects,
};

constexpr int kApps = 40;
#ifdef C1_FAULTMATRIX_OWNERS_PER_APP
constexpr int kOwnersPerApp = C1_FAULTMATRIX_OWNERS_PER_APP; // the sanitizer build: 40 × 8 = 320 bulk rows
#else
constexpr int kOwnersPerApp = 25; // 40 × 25 = 1,000 bulk rows
#endif
constexpr int kCreates = 8; // apps, and as many resources
constexpr int kPageSize = 4; // small pages: many requests per listing
const QString kRole = u"primary"_s;

void configure(Fault fault, SandboxOptions& o)
{
    switch (fault) {
    case Fault::LatencySpikes:
        o.latencySpikeRate = 0.02;
        o.latencySpikeMs = 1500;
        break;
    case Fault::RateLimitStorm:
        o.rateLimitPerSecond = 150;
        break;
    case Fault::Unavailable:
        o.failureRate = 0.10;
        break;
    case Fault::DropBeforeEffect:
        o.dropRate = 0.05;
        break;
    case Fault::DropAfterEffect:
        o.dropRate = 0.05;
        o.dropAfterEffect = true;
        break;
    case Fault::TokenExpiry:
        o.tokenLifetimeSeconds = 5;
        break;
    case Fault::Restart:
        break;
    case Fault::Truncated:
        o.truncateRate = 0.05;
        break;
    case Fault::HtmlPages:
        o.htmlErrorRate = 0.05;
        break;
    case Fault::Redirects:
        o.redirectRate = 0.03;
        break;
    }
}

void clearFaults(SandboxOptions& o)
{
    o.latencySpikeRate = 0;
    o.rateLimitPerSecond = 0;
    o.failureRate = 0;
    o.dropRate = 0;
    o.truncateRate = 0;
    o.htmlErrorRate = 0;
    o.redirectRate = 0;
}

struct Figures {
    QString fault;
    int injected = 0;
    int operations = 0;
    int done = 0;
    int failed = 0;
    int lost = 0;
    int duplicated = 0;
    qint64 maxGapMs = 0;
    qint64 elapsedMs = 0;
};

// One row of the matrix: the tenant (its sandbox replaced on a restart, the old one kept by the fixture) and what
// was seen.
struct Run {
    TestTenant tenant;
    QObject context;
    int unauthorized = 0;
    int followedRedirects = 0;
    int restarts = 0;
    int clockJumps = 0;
    int served = 0; // requests the tenant served (drives its clock in the token-expiry row)
    bool restartFailed = false;
    std::function<void()> onRestarted;

    void watch(SandboxServer& sandbox)
    {
        QObject::connect(
            &sandbox, &SandboxServer::requestServed, &context, [this](const QString&, const QString& path, int status) {
                unauthorized += status == 401;
                followedRedirects += path.startsWith(u"/moved"_s) || path.startsWith(u"/elsewhere"_s);
            });
    }

    // Stops the tenant and starts a new one on the same port from the same state file, `downMs` later.
    void restart(int downMs)
    {
        const SandboxOptions options = tenant.stopServer();
        ++restarts;
        QTimer::singleShot(downMs, &context, [this, options] {
            restartFailed = !tenant.startServer(options);
            if (restartFailed)
                return;
            watch(*tenant.server());
            if (onRestarted)
                onRestarted();
        });
    }

    int injected() const
    {
        int n = unauthorized + restarts + clockJumps;
        auto add = [&n](const SandboxServer& s) {
            n += s.count429() + s.count503() + s.countDropped() + s.countRedirected() + s.countTruncated()
                + s.countHtmlErrors() + s.countLatencySpikes();
        };
        for (const SandboxServer* s : tenant.retiredServers())
            add(*s);
        if (tenant.server())
            add(*tenant.server());
        return n;
    }
};

} // namespace

class TstFaultMatrix : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void searchesRetried_data();
    void searchesRetried();
    void matrix_data();
    void matrix();
    void handover_data();
    void handover();
    void cleanupTestCase();

private:
    QList<Figures> m_table;
};

// Searches are POSTs that only read: a 5xx or a dropped connection must be retried like a GET's, or a check
// whether an ambiguous create took effect fails for nothing.
void TstFaultMatrix::searchesRetried_data()
{
    QTest::addColumn<int>("faultIndex");
    QTest::newRow("503 at 30%") << int(Fault::Unavailable);
    QTest::newRow("drops 30%") << int(Fault::DropBeforeEffect);
    QTest::newRow("HTML 502 pages 30%") << int(Fault::HtmlPages);
    QTest::newRow("truncated bodies 30%") << int(Fault::Truncated);
}

void TstFaultMatrix::searchesRetried()
{
    QFETCH(int, faultIndex);
    SandboxOptions options;
    options.seed = 9;
    SandboxDataSize size;
    size.apps = 5;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 3;
    size.users = 5;
    TenantSetup setup;
    setup.sandbox = options;
    setup.data = size;
    setup.retry = TestTenant::fastRetry();
    setup.timeoutMs = kAttemptTimeoutMs;
    TestTenant tenant;
    QVERIFY(tenant.start(setup));
    SandboxOptions& live = tenant.server()->options();
    configure(Fault(faultIndex), live);
    live.failureRate *= 3;
    live.dropRate *= 6;
    live.htmlErrorRate *= 6;
    live.truncateRate *= 6;
    int ok = 0;
    int answered = 0;
    constexpr int searches = 30;
    Latch allAnswered;
    QSignalSpy spy(&allAnswered, &Latch::released);
    QObject context;
    for (int i = 0; i < searches; ++i) {
        auto onAnswer = [&](bool success, const ApiError& error) {
            if (!success)
                qInfo("search failed: %s", qPrintable(error.userMessage()));
            ok += success;
            if (++answered == searches)
                allAnswered.release();
        };
        if (i % 2) {
            tenant.client()->searchApps(AppSearch {}, {}, 0, &context,
                [onAnswer](const Result<Page<App>>& r) { onAnswer(r.ok(), r ? ApiError {} : r.error()); });
        } else {
            ResourceSearch search;
            search.appIds = tenant.server()->appIds().mid(0, 1);
            tenant.client()->searchResources(search, {}, 0, &context,
                [onAnswer](const Result<Page<AppResource>>& r) { onAnswer(r.ok(), r ? ApiError {} : r.error()); });
        }
    }
    QVERIFY(spy.wait(30000));
    QVERIFY(tenant.server()->count503() + tenant.server()->countDropped() + tenant.server()->countHtmlErrors()
            + tenant.server()->countTruncated()
        > 0);
    QCOMPARE(ok, searches);
}

// Every fault over HTTP/1.1 (six connections) and over HTTP/2 (one multiplexed connection, cleartext with prior
// knowledge so that the restart row keeps working without a certificate): a drop there is a reset stream
// (RST_STREAM) beside other streams in flight, a truncated body a stream reset mid-body, a restart the end of the
// one connection everything shares.
void TstFaultMatrix::matrix_data()
{
    QTest::addColumn<int>("faultIndex");
    QTest::addColumn<bool>("http2");
    const std::pair<const char*, Fault> faults[] = {
        { "latency spikes 2% +1500 ms", Fault::LatencySpikes },
        { "429 storm (150 req/s)", Fault::RateLimitStorm },
        { "503 at 10%", Fault::Unavailable },
        { "drops 5% before effect", Fault::DropBeforeEffect },
        { "drops 5% after effect", Fault::DropAfterEffect },
        { "token expiry every 5 s", Fault::TokenExpiry },
        { "restart mid-job", Fault::Restart },
        { "truncated bodies 5%", Fault::Truncated },
        { "HTML 502 pages 5%", Fault::HtmlPages },
        { "301 redirects 3%", Fault::Redirects },
    };
    for (const bool http2 : { false, true }) {
        for (const auto& [name, fault] : faults)
            QTest::addRow("%s%s", http2 ? "h2 " : "", name) << int(fault) << http2;
    }
}

void TstFaultMatrix::matrix()
{
    QFETCH(int, faultIndex);
    QFETCH(bool, http2);
    const auto fault = Fault(faultIndex);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    SandboxOptions options;
    options.latencyMs = 2;
    options.jitterMs = 1;
    options.seed = 100 + quint64(fault);
    if (fault == Fault::Restart)
        options.stateFile = dir.filePath(u"tenant.json"_s);
    if (fault == Fault::TokenExpiry)
        options.tokenLifetimeSeconds = 5;
    SandboxDataSize size;
    size.apps = kApps;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 6;
    size.entitlementsPerApp = 1;
    size.users = 60;
    size.ownersPerObject = 1;
    if (http2)
        options.http2 = SandboxHttp2::PriorKnowledge;
    Run run;
    TenantSetup setup;
    setup.sandbox = options;
    setup.data = size;
    setup.retry = TestTenant::fastRetry();
    setup.timeoutMs = kAttemptTimeoutMs;
    setup.http2PriorKnowledge = http2;
    QVERIFY(run.tenant.start(setup));
    C1Client* client = run.tenant.client();

    // The truth, read without faults, and the work.
    const std::optional<TenantTree> truth = BrowseRun::readTree(client, kPageSize);
    QVERIFY(truth);
    QCOMPARE(truth->apps.size(), kApps);
    const QList<User> users = run.tenant.enabledUsers();
    BulkJobState plan;
    plan.spec.roleSlug = kRole;
    for (int a = 0; a < kApps; ++a) {
        const QString appId = truth->apps[a];
        plan.spec.targets << OwnerTarget::app(appId, u"app %1"_s.arg(a));
        const QStringList owners = run.tenant.server()->ownersOf(appId).value(kRole);
        int picked = 0;
        for (const User& user : users) {
            if (picked == kOwnersPerApp)
                break;
            if (owners.contains(u"user/"_s + user.id))
                continue;
            BulkRow row;
            row.line = int(plan.rows.size()) + 1;
            row.input = user.id;
            row.owner = OwnerRef::user(user.id);
            row.ownerName = user.displayName;
            row.target = a;
            plan.rows << row;
            ++picked;
        }
    }
    QCOMPARE(plan.rows.size(), kApps * kOwnersPerApp);
    const QString resourceApp = truth->apps.first();
    const QString resourceType = truth->types.value(resourceApp).value(0);
    QVERIFY(!resourceType.isEmpty());
    QList<CreateRun::Item> creates;
    const QString tag = QString::number(int(fault));
    for (int i = 0; i < kCreates; ++i) {
        CreateRun::Item app;
        app.name = u"FM%1 app %2"_s.arg(tag).arg(i);
        creates << app;
        CreateRun::Item resource;
        resource.name = u"FM%1 resource %2"_s.arg(tag).arg(i);
        resource.appId = resourceApp;
        resource.typeId = resourceType;
        creates << resource;
    }

    // Faults on; everything at once.
    configure(fault, run.tenant.server()->options());
    run.watch(*run.tenant.server());
    BrowseRun browse(client, *truth, kPageSize, 4);
    CreateRun create(client, creates);
    BulkOwnerJob job(client, plan);
    job.setConcurrency(6);
    job.setJournalPath(JobJournal::pathFor(dir.path(), job.spec().id));
    bool jobFinished = false;
    Latch allDone;
    QSignalSpy allDoneSpy(&allDone, &Latch::released);
    auto checkDone = [&] {
        if (browse.isFinished() && create.isFinished() && jobFinished && run.tenant.server() && allDoneSpy.isEmpty())
            allDone.release();
    };
    connect(&job, &BulkOwnerJob::finished, &run.context, [&jobFinished, &checkDone] {
        jobFinished = true;
        checkDone();
    });
    connect(&browse, &BrowseRun::finished, &run.context, checkDone);
    connect(&create, &CreateRun::finished, &run.context, checkDone);
    run.onRestarted = checkDone;
    if (fault == Fault::Restart) {
        connect(&job, &BulkOwnerJob::progress, &run.context, [&run](const BulkOwnerJob::Counts& c, double) {
            if (c.done >= 300 && run.restarts == 0) {
                run.restarts = -1; // scheduled
                QTimer::singleShot(0, &run.context, [&run] {
                    run.restarts = 0;
                    run.restart(300);
                });
            }
        });
    }
    if (fault == Fault::TokenExpiry) {
        // The tenant's clock moves 1.25 s for every 100 requests it serves, however fast the machine: a token it
        // issued for 5 s dies 400 requests later, long before the client (which renews after 2.5 s of its own time)
        // would renew it, so calls meet 401s as well as renewals. Wall time would make this depend on the machine.
        connect(run.tenant.server(), &SandboxServer::requestServed, &run.context, [&run] {
            if (++run.served % 100 == 0 && run.clockJumps < 60) {
                run.tenant.server()->advanceClock(1250);
                ++run.clockJumps;
            }
        });
    }
    QElapsedTimer sinceTick;
    qint64 maxGap = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &run.context,
        [&sinceTick, &maxGap] { maxGap = std::max(maxGap, sinceTick.restart()); });
    QElapsedTimer elapsed;
    elapsed.start();
    sinceTick.start();
    ticker.start(10);
    browse.start();
    create.start();
    job.start();
    QVERIFY(allDoneSpy.wait(100000));
    const qint64 ms = elapsed.elapsed();
    ticker.stop();
    QVERIFY(!run.restartFailed);
    QCOMPARE(run.restarts, fault == Fault::Restart ? 1 : 0);
    if (fault == Fault::TokenExpiry)
        QVERIFY(run.unauthorized > 0);
    QCOMPARE(run.followedRedirects, 0); // never followed

    // The tenant's final state, read without faults.
    SandboxServer& sandbox = *run.tenant.server();
    clearFaults(sandbox.options());
    QHash<QString, int> names = appNames(client);
    const QHash<QString, int> resources = resourceNames(client, resourceApp, resourceType);
    for (auto it = resources.cbegin(); it != resources.cend(); ++it)
        names[it.key()] += it.value();
    const CreateRun::Check created = create.verify(names);

    // The bulk job: each row done or failed, as the tenant and the journal say.
    const std::optional<BulkJobState> journal = JobJournal::load(job.journal()->path());
    QVERIFY(journal);
    QCOMPARE(journal->rows.size(), job.rows().size());
    QCOMPARE(journal->phase, BulkJobState::Phase::Finished);
    int jobDone = 0;
    int jobFailed = 0;
    int jobLost = 0;
    int jobDuplicated = 0;
    for (int i = 0; i < job.rows().size(); ++i) {
        const BulkRow& row = job.rows()[i];
        const OwnerTarget& target = plan.spec.targets[row.target];
        const QString key = row.owner.key();
        const bool present = sandbox.ownersOf(target.appId).value(kRole).contains(key);
        const int writes = sandbox.ownerWrites(target.appId, {}, {}, key);
        jobDuplicated += writes > 1;
        bool consistent = journal->rows[i].status == row.status;
        if (row.status == RowStatus::Done || row.status == RowStatus::AlreadyDone) {
            ++jobDone;
            consistent = consistent && present;
        } else if (row.status == RowStatus::Failed && !row.message.isEmpty()) {
            ++jobFailed;
            consistent = consistent && (row.needsVerify || !present);
        } else {
            consistent = false;
        }
        if (!consistent) {
            ++jobLost;
            qWarning("bulk row %d: %s (journal %s), owner %s, %d writes: %s", i, qPrintable(rowStatusKey(row.status)),
                qPrintable(rowStatusKey(journal->rows[i].status)), present ? "present" : "absent", writes,
                qPrintable(row.message));
        }
    }

    Figures f;
    f.fault = QString::fromLatin1(QTest::currentDataTag());
    f.injected = run.injected();
    f.operations = browse.operations() + create.operations() + int(job.rows().size());
    f.done = browse.count(Outcome::Done) + create.count(Outcome::Done) + jobDone;
    f.failed = browse.count(Outcome::Failed) + create.count(Outcome::Failed) + jobFailed;
    f.lost = browse.lost() + created.lost + jobLost;
    f.duplicated = browse.duplicated() + created.duplicated + jobDuplicated;
    f.maxGapMs = maxGap;
    f.elapsedMs = ms;
    m_table << f;
    for (const QString& message : browse.failures() + create.failures())
        qInfo("  failed: %s", qPrintable(message.left(200)));
    for (const BulkRow& row : job.rows()) {
        if (row.status == RowStatus::Failed)
            qInfo("  failed row: %s", qPrintable(row.message.left(200)));
    }

    QVERIFY2(f.injected > 0, "no fault was injected");
    // Everything crossed the wire in the row's protocol, on every sandbox the row ran.
    const SandboxProtocol protocol = http2 ? SandboxProtocol::Http2 : SandboxProtocol::Http1;
    const SandboxProtocol other = http2 ? SandboxProtocol::Http1 : SandboxProtocol::Http2;
    int inProtocol = sandbox.requestCount(protocol);
    int inOther = sandbox.requestCount(other);
    for (const SandboxServer* retired : run.tenant.retiredServers()) {
        inProtocol += retired->requestCount(protocol);
        inOther += retired->requestCount(other);
    }
    QVERIFY(inProtocol > 0);
    QCOMPARE(inOther, 0);
    QCOMPARE(f.done + f.failed + f.lost, f.operations);
    QCOMPARE(f.lost, 0);
    QCOMPARE(f.duplicated, 0);
    QVERIFY2(maxGap < 1500, qPrintable(u"the event loop stalled for %1 ms"_s.arg(maxGap)));
}

// The handover under faults (HTTP/1.1; the departed user owns 20 objects across 5 apps): add, verify, remove on the
// engine while the tenant drops, fails, refuses or lets the token die. Every row ends handed over or with a message,
// and the tenant agrees: never an object left without both the leaver and the successor, the leaver never removed
// without the successor, nothing written twice. No retry here: the first run's outcome is what is counted.
void TstFaultMatrix::handover_data()
{
    QTest::addColumn<int>("faultIndex");
    QTest::newRow("handover: drops 15% before effect") << int(Fault::DropBeforeEffect);
    QTest::newRow("handover: drops 15% after effect") << int(Fault::DropAfterEffect);
    QTest::newRow("handover: 503 at 20%") << int(Fault::Unavailable);
    QTest::newRow("handover: 429 storm (20 req/s)") << int(Fault::RateLimitStorm);
    QTest::newRow("handover: token expiry") << int(Fault::TokenExpiry);
}

void TstFaultMatrix::handover()
{
    QFETCH(int, faultIndex);
    const auto fault = Fault(faultIndex);
    // Faults stronger than the bulk rows' (a handover of 20 rows sends about 60 requests), turned on after the plan.
    auto inject = [fault](SandboxServer& sandbox, QObject* context) {
        SandboxOptions& live = sandbox.options();
        switch (fault) {
        case Fault::DropBeforeEffect:
        case Fault::DropAfterEffect:
            live.dropRate = 0.15;
            live.dropAfterEffect = fault == Fault::DropAfterEffect;
            break;
        case Fault::Unavailable:
            live.failureRate = 0.20;
            break;
        case Fault::RateLimitStorm:
            live.rateLimitPerSecond = 20;
            break;
        case Fault::TokenExpiry:
            // The tenant's clock moves 2.5 s every 10 API requests (at most 75 s in all, within the client's assertion
            // window): a 5 s token dies 20 requests after it was issued, whatever the machine's speed.
            connect(&sandbox, &SandboxServer::requestServed, context,
                [&sandbox, served = 0, jumps = 0](const QString&, const QString& path, int) mutable {
                    if (path.startsWith(u"/api/"_s) && ++served % 10 == 0 && jumps < 30) {
                        sandbox.advanceClock(2500);
                        ++jumps;
                    }
                });
            break;
        default:
            break;
        }
    };
    const HandoverFaultRun run = runHandoverUnderFault(
        200 + quint64(fault), fault == Fault::TokenExpiry ? 5 : 3600, kAttemptTimeoutMs, inject);
    QVERIFY2(run.setupError.isEmpty(), qPrintable(run.setupError));
    QVERIFY2(run.runError.isEmpty(), qPrintable(run.runError));
    if (fault == Fault::TokenExpiry)
        QVERIFY(run.unauthorized > 0);

    Figures f;
    f.fault = QString::fromLatin1(QTest::currentDataTag());
    f.injected = run.injected;
    f.operations = run.rows;
    f.done = run.handedOver;
    f.failed = run.failed;
    f.lost = run.lost;
    f.duplicated = run.duplicated;
    f.maxGapMs = run.maxGapMs;
    f.elapsedMs = run.elapsedMs;
    m_table << f;

    QCOMPARE(f.operations, 20);
    QVERIFY2(f.injected > 0, "no fault was injected");
    QCOMPARE(f.done + f.failed + f.lost, f.operations);
    QCOMPARE(f.lost, 0);
    QCOMPARE(f.duplicated, 0);
    QVERIFY2(f.maxGapMs < 1500, qPrintable(u"the event loop stalled for %1 ms"_s.arg(f.maxGapMs)));
}

void TstFaultMatrix::cleanupTestCase()
{
    qInfo("%-28s %9s %10s %6s %7s %5s %10s %11s %8s", "fault", "injected", "operations", "done", "failed", "lost",
        "duplicated", "max gap ms", "time ms");
    for (const Figures& f : std::as_const(m_table)) {
        qInfo("%-28s %9d %10d %6d %7d %5d %10d %11lld %8lld", qPrintable(f.fault), f.injected, f.operations, f.done,
            f.failed, f.lost, f.duplicated, f.maxGapMs, f.elapsedMs);
    }
}

QTEST_GUILESS_MAIN(TstFaultMatrix)
#include "tst_faultmatrix.moc"

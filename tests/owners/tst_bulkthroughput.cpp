// The bulk job's AdaptiveLimiter against the real sandbox tenant and its rate-limit knob: it backs off when the
// tenant answers 429 (pace learnt from what was admitted, concurrency cut) and grows again once the limit is raised,
// while every row is written exactly once.
#include "support/TestTenant.h"

#include "api/AdaptiveLimiter.h"
#include "api/Paging.h"
#include "models/AppTreeModel.h"
#include "owners/BulkOwnerJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace c1;
using namespace c1::test;
using namespace Qt::StringLiterals;

class TestBulkThroughput : public QObject {
    Q_OBJECT

    QList<AppResource> resources(TestTenant& tenant)
    {
        QList<AppResource> all;
        bool done = false;
        QObject context;
        PageStream<AppResource>::start(
            [&tenant](const QString& token, QObject* ctx, C1Client::Callback<Page<AppResource>> cb) {
                return tenant.client()->searchResources(ResourceSearch {}, token, 100, ctx, std::move(cb));
            },
            &context, [&all](QList<AppResource> page) { all.append(page); }, [&done](const ApiError&) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 30000))
            qWarning("listing resources timed out");
        return all;
    }

private Q_SLOTS:
    void backsOffOn429AndGrowsAgain()
    {
        SandboxOptions options;
        SandboxDataSize size;
        size.apps = 6;
        size.resourceTypesPerApp = 1;
        size.resourcesPerType = 5;
        size.entitlementsPerApp = 1;
        size.users = 20;
        size.ownersPerObject = 0;
        TestTenant tenant;
        QVERIFY(tenant.start(options, size, TestTenant::fastRetry()));
        const QList<User> users = tenant.enabledUsers();
        const QList<AppResource> found = resources(tenant);
        QVERIFY(users.size() >= 10);
        QVERIFY(found.size() >= 30);

        BulkJobState state;
        state.spec.kind = OwnerKind::User;
        state.spec.operation = BulkOperation::Add;
        state.spec.roleSlug = u"primary"_s;
        for (int t = 0; t < 30; ++t) {
            const AppResource& r = found.at(t);
            state.spec.targets.append(OwnerTarget::resource(r.appId, r.appResourceTypeId, r.id, r.displayName));
        }
        for (int i = 0; i < 300; ++i) {
            BulkRow row;
            row.line = i + 1;
            row.target = i / 10;
            row.owner = OwnerRef::user(users.at(i % 10).id);
            row.input = row.owner.userId;
            row.status = RowStatus::Ready;
            state.rows.append(row);
        }

        tenant.server()->options().rateLimitPerSecond = 20;
        const int requestsBefore = tenant.server()->requestCount();
        BulkOwnerJob job(tenant.client(), state);
        job.setConcurrency(16);
        AdaptiveLimiter* limiter = job.limiter();
        QVERIFY(limiter);
        QCOMPARE(limiter->maxConcurrency(), 16);
        QCOMPARE(limiter->concurrency(), AdaptiveLimiter::InitialConcurrency);
        QSignalSpy finished(&job, &BulkOwnerJob::finished);
        job.start();

        // Backs off: the first 429 gives it a pace near the tenant's 20 a second.
        QTRY_VERIFY_WITH_TIMEOUT(limiter->refusals() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(limiter->pace() > 0, 5000);
        QVERIFY2(limiter->pace() <= 25, qPrintable(QString::number(limiter->pace())));
        const int peakBefore = limiter->peakConcurrency();
        QVERIFY(limiter->concurrency() <= peakBefore);
        // Paced, the tenant refuses little more: a probe now and then.
        QTRY_VERIFY_WITH_TIMEOUT(job.counts().done >= 30, 10000); // the first burst's refusals are back
        const int refusedAtFirst = tenant.server()->count429();
        const int doneAtFirst = job.counts().done;
        QTRY_VERIFY_WITH_TIMEOUT(job.counts().done >= doneAtFirst + 25, 10000);
        QVERIFY2(tenant.server()->count429() - refusedAtFirst <= 3,
            qPrintable(QString::number(tenant.server()->count429() - refusedAtFirst)));
        QVERIFY(!job.limiter()->summary().isEmpty());

        // Grows again once the tenant admits more.
        tenant.server()->options().rateLimitPerSecond = 200;
        QTRY_VERIFY_WITH_TIMEOUT(limiter->pace() >= 40, 10000);

        QVERIFY(finished.wait(60000) || finished.count() == 1);
        const BulkOwnerJob::Counts counts = job.counts();
        QCOMPARE(counts.done, 300);
        QCOMPARE(counts.failed, 0);
        const int requests = tenant.server()->requestCount() - requestsBefore;
        QVERIFY2(tenant.server()->count429() * 10 < requests,
            qPrintable(u"%1 × 429 of %2 requests"_s.arg(tenant.server()->count429()).arg(requests)));
        for (const BulkRow& row : job.rows()) {
            const OwnerTarget& target = state.spec.targets.at(row.target);
            QCOMPARE(tenant.server()->ownerWrites(
                         target.appId, target.resourceTypeId, target.resourceId, u"user/"_s + row.owner.userId),
                1);
        }
    }

    void loadAllIsPacedAfter429()
    {
        // "Load all" of a 3,000-resource type (30 pages, one after the other) against 10 requests a second: after
        // the first 429 the model's limiter paces the pages instead of running into the limit every second.
        SandboxOptions options;
        SandboxDataSize size;
        size.apps = 1;
        size.resourceTypesPerApp = 1;
        size.resourcesPerType = 1;
        size.entitlementsPerApp = 1;
        size.users = 5;
        size.bigTypeResources = 3000;
        TestTenant tenant;
        QVERIFY(tenant.start(options, size, TestTenant::fastRetry()));
        AppTreeModel model;
        model.setClient(tenant.client());
        QVERIFY(model.streamLimiter());
        model.fetchAll({});
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState({}), AppTreeModel::LoadState::Complete, 20000);
        const QPersistentModelIndex app = model.index(0, 0);
        model.fetchAll(app);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(app), AppTreeModel::LoadState::Complete, 20000);
        QPersistentModelIndex type;
        for (int row = 0; row < model.rowCount(app); ++row) {
            if (model.kindAt(model.index(row, 0, app)) == AppTreeModel::NodeKind::ResourceType)
                type = model.index(row, 0, app);
        }
        QVERIFY(type.isValid());
        tenant.server()->options().rateLimitPerSecond = 10;
        model.fetchAll(type);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(type), AppTreeModel::LoadState::Complete, 30000);
        QCOMPARE(model.rowCount(type), 3000);
        QVERIFY(model.streamLimiter()->pace() > 0); // it met the limit ...
        QVERIFY2(model.streamLimiter()->pace() <= 12, qPrintable(QString::number(model.streamLimiter()->pace())));
        // ... and paced the rest: unpaced, 30 pages at 10 a second run into the limit about every second.
        QVERIFY2(tenant.server()->count429() <= 2, qPrintable(QString::number(tenant.server()->count429())));
    }
};

QTEST_GUILESS_MAIN(TestBulkThroughput)
#include "tst_bulkthroughput.moc"

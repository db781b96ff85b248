// The ownership health report (OwnershipHealth) over the demo tenant: resources without a primary-role owner (found
// by the server), apps and entitlements without any owner, objects whose every owner has left (the departed demo
// user owns some alone), objects near the 32-owner limit; one app or the whole tenant; cancel; and how the findings
// model takes a stream of pages.
#include "support/TestTenant.h"

#include "owners/OwnerRules.h"
#include "workflows/OwnershipHealth.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace c1;
using namespace c1::test;
using namespace Qt::StringLiterals;

class TstOwnershipHealth : public QObject {
    Q_OBJECT
    TestTenant m_tenant;

    void run(OwnershipHealth& health, const QString& appId = {})
    {
        QSignalSpy finished(&health, &OwnershipHealth::finished);
        health.start(appId);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxDataSize size;
        size.apps = 12;
        size.resourceTypesPerApp = 2;
        size.resourcesPerType = 5;
        size.entitlementsPerApp = 3;
        size.users = 60;
        QVERIFY(m_tenant.start(SandboxOptions {}, size, TestTenant::fastRetry()));
        // Thirty user owners on the first app: near the limit.
        const QString appId = m_tenant.server()->appIds().constFirst();
        const QList<User> users = m_tenant.enabledUsers();
        int added = int(m_tenant.server()->ownersOf(appId).value(u"primary"_s).size()
            + m_tenant.server()->ownersOf(appId).value(u"secondary"_s).size());
        for (const User& user : users) {
            if (added >= 30)
                break;
            if (m_tenant.server()->ownersOf(appId).value(u"secondary"_s).contains(u"user/"_s + user.id)
                || m_tenant.server()->ownersOf(appId).value(u"primary"_s).contains(u"user/"_s + user.id))
                continue;
            std::optional<Result<OwnerRecord>> r;
            m_tenant.client()->addOwner(OwnerTarget::app(appId), u"secondary"_s, OwnerRef::user(user.id), this,
                [&r](Result<OwnerRecord> answer) { r = answer; });
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 10000);
            QVERIFY(bool(*r));
            ++added;
        }
    }

    void wholeTenant()
    {
        OwnershipHealth health(m_tenant.client());
        QAbstractItemModelTester tester(health.model());
        run(health);
        QVERIFY2(health.errorText().isEmpty(), qPrintable(health.errorText()));
        QCOMPARE(health.appsDone(), health.appsTotal());
        QCOMPARE(health.appsTotal(), 12);
        const HealthModel* model = health.model();
        QVERIFY(model->count(HealthFinding::Kind::NoOwner) > 0);
        QVERIFY(model->count(HealthFinding::Kind::NoLivingOwner) > 0);
        QCOMPARE(model->count(HealthFinding::Kind::NearLimit), 1);
        int unownedResources = 0;
        for (const HealthFinding& f : model->findings()) {
            const OwnerTarget& t = f.target;
            if (f.kind == HealthFinding::Kind::NoOwner && t.kind == OwnerTarget::Kind::Resource) {
                ++unownedResources;
                QVERIFY(
                    m_tenant.server()->ownersOf(t.appId, t.resourceTypeId, t.resourceId).value(u"primary"_s).isEmpty());
            }
            if (f.kind == HealthFinding::Kind::NoOwner && t.kind == OwnerTarget::Kind::Entitlement)
                QVERIFY(m_tenant.server()->entitlementOwnersOf(t.appId, t.entitlementId).isEmpty());
            if (f.kind == HealthFinding::Kind::NoLivingOwner)
                QVERIFY2(f.detail.contains(u"Jordan Avery"_s), qPrintable(f.detail));
        }
        QVERIFY(unownedResources > 0);
    }

    void oneApp()
    {
        OwnershipHealth health(m_tenant.client());
        run(health, m_tenant.server()->appIds().constFirst());
        QCOMPARE(health.appsTotal(), 1);
        QCOMPARE(health.appsDone(), 1);
        QCOMPARE(health.model()->count(HealthFinding::Kind::NearLimit), 1);
        for (const HealthFinding& f : health.model()->findings())
            QCOMPARE(f.target.appId, m_tenant.server()->appIds().constFirst());
    }

    // The checks do not run ahead of the apps: with one call at a time, the first app is done after about its own
    // share of the report's requests (its owners, its entitlements and theirs, its unowned resources), not after
    // every listed app's first checks (the listing used to queue all the apps' checks at once, and each app's
    // entitlements behind all of them: 63 of 217 requests here, against 19 now).
    void checksFollowTheApps()
    {
        OwnershipHealth health(m_tenant.client());
        health.setConcurrency(1);
        const int before = m_tenant.server()->requestCount();
        int atFirstApp = -1;
        connect(&health, &OwnershipHealth::progress, &health, [&] {
            if (atFirstApp < 0 && health.appsDone() >= 1)
                atFirstApp = m_tenant.server()->requestCount() - before;
        });
        run(health);
        QVERIFY2(health.errorText().isEmpty(), qPrintable(health.errorText()));
        QCOMPARE(health.appsDone(), 12);
        const int total = m_tenant.server()->requestCount() - before;
        QVERIFY(atFirstApp > 0);
        QVERIFY2(atFirstApp <= 2 * total / 12, qPrintable(u"%1 of %2"_s.arg(atFirstApp).arg(total)));
    }

    // Each page of findings is one insertion of its rows at the end, seen sorted through the window's proxy, and the
    // findings already there are never moved (a QList moved them all whenever its capacity doubled: the longest UI
    // stall of the report over 140,000 findings).
    void streamedPagesAppendInPlace()
    {
        HealthModel model;
        QAbstractItemModelTester tester(&model);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(HealthModel::SortRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(int(HealthModel::Column::Finding));
        QAbstractItemModelTester proxyTester(&proxy);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        constexpr int pages = 40;
        constexpr int perPage = 100;
        const HealthFinding* first = nullptr;
        const HealthFinding* second = nullptr; // a finding of the second page
        for (int page = 0; page < pages; ++page) {
            QList<HealthFinding> found;
            for (int i = 0; i < perPage; ++i) {
                const int n = page * perPage + i;
                found << HealthFinding { n % 3 == 0 ? HealthFinding::Kind::AtLimit : HealthFinding::Kind::NoOwner,
                    OwnerTarget::resource(u"app1"_s, u"type1"_s, u"res%1"_s.arg(n), u"Resource %1"_s.arg(n)),
                    u"App 1"_s, u"detail %1"_s.arg(n) };
            }
            model.append(found);
            if (page == 0)
                first = &model.findings().front();
            if (page == 1)
                second = &model.findings().at(perPage + 7);
        }
        QCOMPARE(&model.findings().front(), first);
        QCOMPARE(&model.findings().at(perPage + 7), second);
        QCOMPARE(second->target.resourceId, u"res107"_s);
        QCOMPARE(inserted.size(), pages);
        for (int page = 0; page < pages; ++page) {
            QCOMPARE(inserted.at(page).at(1).toInt(), page * perPage);
            QCOMPARE(inserted.at(page).at(2).toInt(), page * perPage + perPage - 1);
        }
        QCOMPARE(model.rowCount(), pages * perPage);
        QCOMPARE(model.count(HealthFinding::Kind::AtLimit), (pages * perPage + 2) / 3);
        QCOMPARE(proxy.rowCount(), pages * perPage);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row - 1, 0).data(HealthModel::SortRole).toInt()
                <= proxy.index(row, 0).data(HealthModel::SortRole).toInt());
        }
        QCOMPARE(proxy.index(0, int(HealthModel::Column::Object)).data().toString(), u"Resource 1"_s);
        model.append({}); // an empty page inserts nothing
        QCOMPARE(inserted.size(), pages);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void cancel()
    {
        m_tenant.server()->options().latencyMs = 100;
        OwnershipHealth health(m_tenant.client());
        QSignalSpy finished(&health, &OwnershipHealth::finished);
        health.start();
        QVERIFY(health.isRunning());
        health.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(health.wasCanceled());
        QVERIFY(!health.isRunning());
        // Answers still arriving change nothing. A read sent now is answered after every request the sandbox got
        // before it (each answer waits the same 100 ms): once it is back, so are they.
        const QString appId = m_tenant.server()->appIds().constFirst();
        const Result<App> barrier = test::await<App>(
            [&](QObject* context, auto done) { return m_tenant.client()->getApp(appId, context, std::move(done)); });
        QVERIFY(barrier.ok());
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        m_tenant.server()->options().latencyMs = 0;
    }
};

QTEST_GUILESS_MAIN(TstOwnershipHealth)
#include "tst_ownershiphealth.moc"

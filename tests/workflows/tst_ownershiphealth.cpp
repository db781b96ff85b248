// The ownership health report (OwnershipHealth) over the demo tenant: resources without a primary-role owner (found
// by the server), apps and entitlements without any owner, objects whose every owner has left (the departed demo
// user owns some alone), objects near the 32-owner limit; one app or the whole tenant; cancel.
#include "support/TestTenant.h"

#include "owners/OwnerRules.h"
#include "workflows/OwnershipHealth.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

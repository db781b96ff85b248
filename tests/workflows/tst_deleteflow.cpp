// DeleteFlow (Delete…) against an in-process sandbox tenant: consequences named (a type's resources: loaded count or
// "at least N"), a soft-deleted app, synced objects refused, a production profile's typed name, a read-only
// profile, and read-back after an ambiguous failure (dropped before or after effect, 503).
#include "workflows/EditTestTenant.h"

#include "workflows/DeleteFlow.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace c1;
using namespace Qt::StringLiterals;

class TestDeleteFlow : public QObject {
    Q_OBJECT

private:
    test::EditTestTenant m_tenant;

private Q_SLOTS:
    void initTestCase()
    {
        SandboxDataSize size;
        size.apps = 6;
        size.resourcesPerType = 3;
        size.users = 10;
        QVERIFY(m_tenant.start(SandboxOptions {}, size, test::TestTenant::fastRetry()));
    }

    // ---- Delete -----------------------------------------------------------------------------------------------

    void deleteResourceTypeAndApp()
    {
        const App app = m_tenant.newApp(u"Delete chain"_s);
        const AppResourceType type = m_tenant.newType(app.id, u"Doomed"_s, u"CUSTOM"_s);
        const AppResource resource = m_tenant.newResource(app.id, type.id, u"Doomed one"_s);
        m_tenant.newResource(app.id, type.id, u"Doomed two"_s);
        {
            DeleteFlow flow(EditTarget::resource(app.id, type.id, resource.id), m_tenant.session());
            flow.prepare();
            QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
            QVERIFY(flow.refusal().isEmpty());
            QVERIFY(flow.consequences().contains(u"Doomed one"_s));
            QVERIFY(!flow.needsTypedName());
            QSignalSpy deleted(&flow, &DeleteFlow::deleted);
            QVERIFY(flow.remove({}));
            QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 15000);
            QCOMPARE(m_tenant.countRequests(u"DELETE"_s, u"/resources/"_s + resource.id), 1);
            QCOMPARE(m_tenant.resources(app.id, type.id).size(), 1);
        }
        {
            DeleteFlow flow(EditTarget::resourceType(app.id, type.id), m_tenant.session());
            flow.setResourceCount(1, false);
            flow.prepare();
            QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
            QVERIFY2(flow.consequences().contains(u"at least 1"_s), qPrintable(flow.consequences()));
            flow.setResourceCount(1, true);
            QVERIFY2(flow.consequences().contains(u"all its 1 resource"_s), qPrintable(flow.consequences()));
            QVERIFY(flow.consequences().contains(u"Doomed"_s));
            QSignalSpy deleted(&flow, &DeleteFlow::deleted);
            QVERIFY(flow.remove({}));
            QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 15000);
            QCOMPARE(m_tenant.resourceTypes(app.id).size(), 0);
        }
        {
            DeleteFlow flow(EditTarget::app(app.id), m_tenant.session());
            flow.prepare();
            QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
            QVERIFY(flow.consequences().contains(u"soft delete"_s));
            QSignalSpy deleted(&flow, &DeleteFlow::deleted);
            QVERIFY(flow.remove({}));
            QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 15000);
            const Result<App> now = m_tenant.getApp(app.id);
            QVERIFY(!now);
            QCOMPARE(now.error().httpStatus, 404);
        }
    }

    void deleteSyncedIsRefused()
    {
        const App synced = m_tenant.syncedApp();
        QVERIFY(!synced.id.isEmpty());
        const QList<AppResourceType> types = m_tenant.resourceTypes(synced.id);
        QVERIFY(!types.isEmpty());
        for (const EditTarget& target :
            { EditTarget::app(synced.id), EditTarget::resourceType(synced.id, types.first().id) }) {
            DeleteFlow flow(target, m_tenant.session());
            flow.prepare();
            QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
            QVERIFY2(flow.refusal().contains(u"connector"_s), qPrintable(flow.refusal()));
            QVERIFY(!flow.remove({}));
            QCOMPARE(m_tenant.countRequests(u"DELETE"_s, synced.id), 0);
        }
    }

    void deleteOnProductionNeedsTheName()
    {
        auto production = m_tenant.makeSession(false, true);
        const App app = m_tenant.newApp(u"Prod app"_s);
        DeleteFlow flow(EditTarget::app(app.id), production.get());
        flow.prepare();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
        QVERIFY(flow.needsTypedName());
        QCOMPARE(flow.nameToType(), u"Prod app"_s);
        QVERIFY(flow.blocker(u"prod app"_s).contains(u"type the name"_s));
        QVERIFY(!flow.remove(u"Prod"_s));
        for (int row = 0; row < production->requestLog()->size(); ++row)
            QVERIFY(production->requestLog()->entry(row).method != u"DELETE"_s);
        QSignalSpy deleted(&flow, &DeleteFlow::deleted);
        QVERIFY(flow.remove(u"Prod app"_s));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 15000);
    }

    void deleteReadOnlyProfile()
    {
        auto readOnly = m_tenant.makeSession(true, false);
        const App app = m_tenant.newApp(u"Read-only delete"_s);
        DeleteFlow flow(EditTarget::app(app.id), readOnly.get());
        flow.prepare();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
        QVERIFY(flow.refusal().contains(u"read-only"_s));
        QVERIFY(!flow.remove({}));
        QVERIFY(m_tenant.getApp(app.id));
    }
    void deleteAmbiguous_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("tookEffect");
        QTest::newRow("dropped before effect") << int(test::MethodFault::Fault::DropBeforeEffect) << false;
        QTest::newRow("dropped after effect") << int(test::MethodFault::Fault::DropAfterEffect) << true;
        QTest::newRow("503") << int(test::MethodFault::Fault::Unavailable) << false;
    }

    void deleteAmbiguous()
    {
        QFETCH(int, fault);
        QFETCH(bool, tookEffect);
        const App app = m_tenant.newApp(u"Ambiguous delete"_s);
        const AppResourceType type = m_tenant.newType(app.id, u"Doomed"_s, u"CUSTOM"_s);
        const AppResource resource = m_tenant.newResource(app.id, type.id, u"Maybe gone"_s);
        DeleteFlow flow(EditTarget::resource(app.id, type.id, resource.id), m_tenant.session());
        flow.prepare();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
        QSignalSpy deleted(&flow, &DeleteFlow::deleted);
        QSignalSpy failed(&flow, &DeleteFlow::failed);
        {
            test::MethodFault del(m_tenant.server(), "DELETE", test::MethodFault::Fault(fault));
            QVERIFY(flow.remove({}));
            QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 60000); // the client retries a DELETE (idempotent)
        }
        QCOMPARE(flow.sends(), 1);
        QCOMPARE(deleted.size(), tookEffect ? 1 : 0);
        QCOMPARE(failed.size(), tookEffect ? 0 : 1);
        QCOMPARE(m_tenant.resources(app.id, type.id).size(), tookEffect ? 0 : 1);
        if (!tookEffect) {
            QVERIFY2(flow.errorText().contains(u"still exists"_s), qPrintable(flow.errorText()));
            QCOMPARE(flow.state(), DeleteFlow::State::Ready); // Delete is offered again
        }
    }
};

QTEST_GUILESS_MAIN(TestDeleteFlow)
#include "tst_deleteflow.moc"

// ResourceTypeFlow (New Resource Type…) against an in-process sandbox tenant: validation before sending (required
// fields, length, the kind enum), the one-per-app rule from the loaded tree, the tenant's 500 for a second kind read
// back and explained, read-back after an ambiguous failure (a create has no idempotency key), a read-only profile.
#include "workflows/EditTestTenant.h"

#include "workflows/ResourceTypeFlow.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace c1;
using namespace Qt::StringLiterals;

class TestResourceTypeFlow : public QObject {
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

    // ---- New Resource Type ------------------------------------------------------------------------------------

    void typeCreatedAndSentOnce()
    {
        const App app = m_tenant.newApp(u"Type target"_s);
        QVERIFY(!app.id.isEmpty());
        ResourceTypeFlow flow(m_tenant.session());
        QSignalSpy created(&flow, &ResourceTypeFlow::created);
        QVERIFY(flow.create(app.id, { u"Repositories"_s, u"CUSTOM"_s }));
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
        const auto type = created.first().first().value<AppResourceType>();
        QCOMPARE(type.displayName, u"Repositories"_s);
        QCOMPARE(type.appId, app.id);
        const QJsonObject body = m_tenant.lastBody(u"POST"_s, u"/apps/%1/resource_types"_s.arg(app.id));
        QCOMPARE(body.value(u"displayName"_s).toString(), u"Repositories"_s);
        QCOMPARE(body.value(u"resourceType"_s).toString(), u"CUSTOM"_s);
        QCOMPARE(body.size(), 2);
        QCOMPARE(m_tenant.typesNamed(app.id, u"Repositories"_s), 1);
        QCOMPARE(flow.sends(), 1);
        QCOMPARE(ResourceTypeFlow::kindOf(type), u"CUSTOM"_s);
    }

    void typeBadInput_data()
    {
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no app") << QString() << u"Roles"_s << u"ROLE"_s << u"Choose an app"_s;
        QTest::newRow("empty name") << u"APP"_s << QString() << u"ROLE"_s << u"display name"_s;
        QTest::newRow("blank name") << u"APP"_s << u"   "_s << u"ROLE"_s << u"display name"_s;
        QTest::newRow("over-long name") << u"APP"_s << QString(1025, u'x') << u"ROLE"_s << u"at most 1024"_s;
        QTest::newRow("no kind") << u"APP"_s << u"Roles"_s << QString() << u"kind"_s;
        QTest::newRow("unknown enum") << u"APP"_s << u"Roles"_s << u"WIDGET"_s << u"WIDGET"_s;
        QTest::newRow("lower-case enum") << u"APP"_s << u"Roles"_s << u"group"_s << u"group"_s;
    }

    void typeBadInput()
    {
        QFETCH(QString, appId);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        static App app = m_tenant.newApp(u"Bad input target"_s);
        const QString id = appId == u"APP"_s ? app.id : appId;
        const int before = m_tenant.server()->requestCount();
        ResourceTypeFlow flow(m_tenant.session());
        QSignalSpy failed(&flow, &ResourceTypeFlow::failed);
        const QString problem = flow.problem(id, { name, kind });
        QVERIFY2(problem.contains(expected, Qt::CaseInsensitive), qPrintable(problem));
        QVERIFY(!flow.create(id, { name, kind }));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(flow.errorText(), problem);
        QCOMPARE(m_tenant.server()->requestCount(), before); // nothing sent
    }

    void typeOnePerAppFromTheTree()
    {
        const App app = m_tenant.newApp(u"One per app"_s);
        ResourceTypeFlow first(m_tenant.session());
        QSignalSpy created(&first, &ResourceTypeFlow::created);
        QVERIFY(first.create(app.id, { u"Groups"_s, u"GROUP"_s }));
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
        // The tree lists the app's types (names and IDs): a second GROUP is refused before sending, CUSTOM is not.
        ResourceTypeFlow second(m_tenant.session());
        AppResourceType listed;
        listed.id = created.first().first().value<AppResourceType>().id;
        listed.displayName = u"Groups"_s;
        second.setExistingTypes({ listed });
        const int before = m_tenant.server()->requestCount();
        QVERIFY(second.problem(app.id, { u"More groups"_s, u"GROUP"_s }).contains(u"only Custom"_s));
        QVERIFY(!second.create(app.id, { u"More groups"_s, u"GROUP"_s }));
        QCOMPARE(m_tenant.server()->requestCount(), before);
        QVERIFY(second.problem(app.id, { u"Custom one"_s, u"CUSTOM"_s }).isEmpty());
        QVERIFY(second.problem(app.id, { u"Roles"_s, u"ROLE"_s }).isEmpty());
    }

    void typeSecondOfAKindRefusedWith500()
    {
        // A type the console did not create (its kind unknown): the tenant's 500 is read back, then said plainly.
        const App app = m_tenant.newApp(u"Refused kind"_s);
        QVERIFY(!m_tenant.newType(app.id, u"Licenses"_s, u"LICENSE"_s).id.isEmpty());
        ResourceTypeFlow flow(m_tenant.session());
        flow.createdCheck()->setDelaysMs({ 10, 10 });
        QSignalSpy failed(&flow, &ResourceTypeFlow::failed);
        QVERIFY(flow.create(app.id, { u"More licenses"_s, u"LICENSE"_s }));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QVERIFY2(flow.errorText().contains(u"only Custom"_s), qPrintable(flow.errorText()));
        QVERIFY(flow.errorText().contains(u"not created"_s));
        QCOMPARE(flow.sends(), 1);
        QCOMPARE(m_tenant.countRequests(u"POST"_s, u"/apps/%1/resource_types"_s.arg(app.id)), 2); // ours + setup
        QCOMPARE(m_tenant.typesNamed(app.id, u"More licenses"_s), 0);
    }

    void typeAmbiguous_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("tookEffect");
        QTest::newRow("dropped before effect") << int(test::FaultyPost::Fault::DropBeforeEffect) << false;
        QTest::newRow("dropped after effect") << int(test::FaultyPost::Fault::DropAfterEffect) << true;
        QTest::newRow("503") << int(test::FaultyPost::Fault::Unavailable) << false;
    }

    void typeAmbiguous()
    {
        QFETCH(int, fault);
        QFETCH(bool, tookEffect);
        const App app = m_tenant.newApp(u"Ambiguous type %1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        ResourceTypeFlow flow(m_tenant.session());
        flow.createdCheck()->setDelaysMs({ 10, 10 });
        QSignalSpy created(&flow, &ResourceTypeFlow::created);
        QSignalSpy failed(&flow, &ResourceTypeFlow::failed);
        {
            test::FaultyPost post(
                m_tenant.server(), u"/api/v1/apps/%1/resource_types"_s.arg(app.id), test::FaultyPost::Fault(fault));
            QVERIFY(flow.create(app.id, { u"Projects"_s, u"PROJECT"_s }));
            QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 15000);
            QCOMPARE(post.posts(), 1); // never re-sent
        }
        QCOMPARE(created.size(), tookEffect ? 1 : 0);
        QCOMPARE(failed.size(), tookEffect ? 0 : 1);
        if (!tookEffect)
            QVERIFY2(flow.errorText().contains(u"can create it again"_s), qPrintable(flow.errorText()));
        QCOMPARE(m_tenant.typesNamed(app.id, u"Projects"_s), tookEffect ? 1 : 0);
    }

    void typeReadOnlyProfile()
    {
        auto readOnly = m_tenant.makeSession(true, false);
        QVERIFY(readOnly);
        const App app = m_tenant.newApp(u"Read-only target"_s);
        ResourceTypeFlow flow(readOnly.get());
        QVERIFY(flow.blocker({}).contains(u"read-only"_s));
        QVERIFY(!flow.create(app.id, { u"Roles"_s, u"ROLE"_s }));
        QCOMPARE(readOnly->requestLog()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResourceTypeFlow)
#include "tst_resourcetypeflow.moc"

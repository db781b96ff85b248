// EditFlow (Edit App / Resource Type / Resource…) against an in-process sandbox tenant: the form opens on fresh
// values, only the changed fields are sent in the update mask, a change made meanwhile stops it with both values,
// a 404 says deleted meanwhile, an ambiguous failure is read back before anything is sent again, a read-only
// profile refuses, a managed_by annotation is found. Every write is checked on the wire and in the tenant.
#include "workflows/EditTestTenant.h"

#include "workflows/EditFields.h"
#include "workflows/EditFlow.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace c1;
using namespace Qt::StringLiterals;

class TestEditFlow : public QObject {
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

    // ---- Edit -------------------------------------------------------------------------------------------------

    void editAppSendsOnlyTheChangedFields()
    {
        const App app = m_tenant.newApp(u"Edit me"_s, { { u"team"_s, u"infra"_s } });
        EditFlow flow(EditTarget::app(app.id, app.displayName), m_tenant.session());
        QSignalSpy loaded(&flow, &EditFlow::loaded);
        test::EditTestTenant::loadAndWait(flow);
        QCOMPARE(flow.state(), EditFlow::State::Ready);
        QCOMPARE(loaded.size(), 1);
        QVariantMap edited = flow.original();
        QCOMPARE(edited.value(u"displayName"_s).toString(), u"Edit me"_s);
        QVERIFY(flow.problem(edited).contains(u"Nothing has changed"_s));
        edited[u"displayName"_s] = u"Edited"_s;
        edited[u"monthlyCostUsd"_s] = 42;
        edited[u"annotations"_s] = QVariantMap { { u"team"_s, u"platform"_s }, { u"cost-center"_s, u"7"_s } };
        QCOMPARE(flow.changedPaths(edited), (QStringList { u"displayName"_s, u"monthlyCostUsd"_s, u"annotations"_s }));
        QSignalSpy saved(&flow, &EditFlow::saved);
        QVERIFY(flow.save(edited));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        const QJsonObject body = m_tenant.lastBody(u"POST"_s, u"/apps/"_s + app.id);
        QCOMPARE(body.value(u"updateMask"_s).toString(), u"displayName,monthlyCostUsd,annotations"_s);
        const QJsonObject sent = body.value(u"app"_s).toObject();
        QCOMPARE(sent.keys().size(), 3);
        QCOMPARE(sent.value(u"displayName"_s).toString(), u"Edited"_s);
        QCOMPARE(sent.value(u"monthlyCostUsd"_s).toInt(), 42);
        const Result<App> now = m_tenant.getApp(app.id);
        QVERIFY(now);
        QCOMPARE(now.value().displayName, u"Edited"_s);
        QCOMPARE(now.value().monthlyCostUsd, 42);
        QCOMPARE(now.value().annotations.value(u"team"_s), u"platform"_s);
        QCOMPARE(saved.first().first().value<App>().displayName, u"Edited"_s);
        QCOMPARE(flow.sends(), 1);
    }

    void editResourceTypeAndResource()
    {
        const App app = m_tenant.newApp(u"Edit children"_s);
        const AppResourceType type = m_tenant.newType(app.id, u"Things"_s, u"CUSTOM"_s);
        const AppResource resource = m_tenant.newResource(app.id, type.id, u"Thing one"_s);
        QVERIFY(!resource.id.isEmpty());
        {
            EditFlow flow(EditTarget::resourceType(app.id, type.id), m_tenant.session());
            test::EditTestTenant::loadAndWait(flow);
            QVariantMap edited = flow.original();
            edited[u"displayName"_s] = u"Stuff"_s;
            QSignalSpy saved(&flow, &EditFlow::saved);
            QVERIFY(flow.save(edited));
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
            const QJsonObject body = m_tenant.lastBody(u"POST"_s, u"/resource_types/"_s + type.id);
            QCOMPARE(body.value(u"updateMask"_s).toString(), u"displayName"_s);
            QCOMPARE(body.value(u"appResourceType"_s).toObject().value(u"displayName"_s).toString(), u"Stuff"_s);
            QCOMPARE(m_tenant.typesNamed(app.id, u"Stuff"_s), 1);
        }
        {
            EditFlow flow(EditTarget::resource(app.id, type.id, resource.id), m_tenant.session());
            test::EditTestTenant::loadAndWait(flow);
            QVariantMap edited = flow.original();
            edited[u"description"_s] = u"The first thing"_s;
            QSignalSpy saved(&flow, &EditFlow::saved);
            QVERIFY(flow.save(edited));
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
            const QJsonObject body = m_tenant.lastBody(u"POST"_s, u"/resources/"_s + resource.id);
            QCOMPARE(body.value(u"updateMask"_s).toString(), u"description"_s);
            QCOMPARE(body.value(u"appResource"_s).toObject().keys(), QStringList { u"description"_s });
            QCOMPARE(saved.first().first().value<AppResource>().description, u"The first thing"_s);
        }
    }

    void editBadInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << u"displayName"_s << QVariant(QString()) << u"display name"_s;
        QTest::newRow("over-long name") << u"displayName"_s << QVariant(QString(1025, u'n')) << u"at most 1024"_s;
        QTest::newRow("bad policy ID") << u"grantPolicyId"_s << QVariant(u"short"_s) << u"27"_s;
        QTest::newRow("negative cost") << u"monthlyCostUsd"_s << QVariant(-5) << u"negative"_s;
        QTest::newRow("c1/ annotation") << u"annotations"_s << QVariant(QVariantMap { { u"c1/x"_s, u"y"_s } })
                                        << u"c1/"_s;
    }

    void editBadInput()
    {
        QFETCH(QString, path);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        static App app = m_tenant.newApp(u"Bad edit target"_s);
        EditFlow flow(EditTarget::app(app.id), m_tenant.session());
        test::EditTestTenant::loadAndWait(flow);
        QVariantMap edited = flow.original();
        edited[path] = value;
        const QString problem = flow.problem(edited);
        QVERIFY2(problem.contains(expected, Qt::CaseInsensitive), qPrintable(problem));
        const int before = m_tenant.server()->requestCount();
        QVERIFY(!flow.save(edited));
        QCOMPARE(m_tenant.server()->requestCount(), before);
    }

    void editChangedMeanwhile()
    {
        const App app = m_tenant.newApp(u"Contested"_s);
        EditFlow flow(EditTarget::app(app.id), m_tenant.session());
        test::EditTestTenant::loadAndWait(flow);
        // Someone else renames it and sets a description.
        AppUpdate other;
        other.values.displayName = u"Renamed by someone"_s;
        other.values.description = u"theirs"_s;
        other.mask = { u"displayName"_s, u"description"_s };
        QVERIFY(m_tenant.call<App>([&](QObject* context, C1Client::Callback<App> done) {
            return m_tenant.client()->updateApp(app.id, other, context, std::move(done));
        }));
        QVariantMap edited = flow.original();
        edited[u"displayName"_s] = u"Mine"_s;
        edited[u"instructions"_s] = u"Ask the platform team"_s;
        QSignalSpy conflict(&flow, &EditFlow::conflictFound);
        const int updates = m_tenant.countRequests(u"POST"_s, u"/apps/"_s + app.id);
        QVERIFY(flow.save(edited));
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 15000);
        QCOMPARE(flow.state(), EditFlow::State::Conflict);
        QCOMPARE(m_tenant.countRequests(u"POST"_s, u"/apps/"_s + app.id), updates); // nothing sent
        QVERIFY(flow.errorText().contains(u"changed"_s));
        // Both values of every field concerned.
        bool sawName = false;
        for (const EditFlow::Conflict& c : flow.conflicts()) {
            if (c.path == u"displayName"_s) {
                sawName = true;
                QCOMPARE(c.original.toString(), u"Contested"_s);
                QCOMPARE(c.theirs.toString(), u"Renamed by someone"_s);
                QCOMPARE(c.mine.toString(), u"Mine"_s);
            }
        }
        QVERIFY(sawName);
        QVERIFY(!flow.save(edited)); // not while the question is open
        QSignalSpy saved(&flow, &EditFlow::saved);
        flow.overwrite();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        const QJsonObject body = m_tenant.lastBody(u"POST"_s, u"/apps/"_s + app.id);
        QCOMPARE(body.value(u"updateMask"_s).toString(), u"displayName,instructions"_s);
        const Result<App> now = m_tenant.getApp(app.id);
        QCOMPARE(now.value().displayName, u"Mine"_s);
        QCOMPARE(now.value().description, u"theirs"_s); // their other change stays
        QCOMPARE(now.value().instructions, u"Ask the platform team"_s);
    }

    void editUseTheirs()
    {
        const App app = m_tenant.newApp(u"Contested again"_s);
        EditFlow flow(EditTarget::app(app.id), m_tenant.session());
        test::EditTestTenant::loadAndWait(flow);
        AppUpdate other;
        other.values.displayName = u"Their name"_s;
        other.mask = { u"displayName"_s };
        QVERIFY(m_tenant.call<App>([&](QObject* context, C1Client::Callback<App> done) {
            return m_tenant.client()->updateApp(app.id, other, context, std::move(done));
        }));
        QVariantMap edited = flow.original();
        edited[u"displayName"_s] = u"Mine"_s;
        QSignalSpy conflict(&flow, &EditFlow::conflictFound);
        QVERIFY(flow.save(edited));
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 15000);
        QSignalSpy loaded(&flow, &EditFlow::loaded);
        const int updates = m_tenant.countRequests(u"POST"_s, u"/apps/"_s + app.id);
        flow.useTheirs();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toMap().value(u"displayName"_s).toString(), u"Their name"_s);
        QCOMPARE(flow.state(), EditFlow::State::Ready);
        QCOMPARE(m_tenant.countRequests(u"POST"_s, u"/apps/"_s + app.id), updates);
        QCOMPARE(m_tenant.getApp(app.id).value().displayName, u"Their name"_s);
    }

    void editDeletedMeanwhile()
    {
        const App app = m_tenant.newApp(u"Soon gone"_s);
        const AppResourceType type = m_tenant.newType(app.id, u"Gone things"_s, u"CUSTOM"_s);
        const AppResource resource = m_tenant.newResource(app.id, type.id, u"Gone one"_s);
        EditFlow flow(EditTarget::resource(app.id, type.id, resource.id, resource.displayName), m_tenant.session());
        test::EditTestTenant::loadAndWait(flow);
        QVERIFY(m_tenant.call<Empty>([&](QObject* context, C1Client::Callback<Empty> done) {
            return m_tenant.client()->deleteResource(app.id, type.id, resource.id, context, std::move(done));
        }));
        QVariantMap edited = flow.original();
        edited[u"displayName"_s] = u"Too late"_s;
        QSignalSpy gone(&flow, &EditFlow::gone);
        QVERIFY(flow.save(edited));
        QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 15000);
        QCOMPARE(flow.state(), EditFlow::State::Gone);
        QVERIFY2(flow.errorText().contains(u"deleted meanwhile"_s), qPrintable(flow.errorText()));
        QCOMPARE(m_tenant.countRequests(u"POST"_s, u"/resources/"_s + resource.id), 0);
        QVERIFY(!flow.blocker(edited).isEmpty());
        // Opening an edit on something already gone says so as well.
        EditFlow again(EditTarget::resource(app.id, type.id, resource.id), m_tenant.session());
        QSignalSpy goneAgain(&again, &EditFlow::gone);
        test::EditTestTenant::loadAndWait(again);
        QCOMPARE(goneAgain.size(), 1);
    }

    void editAmbiguous_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("tookEffect");
        QTest::newRow("dropped before effect") << int(test::MethodFault::Fault::DropBeforeEffect) << false;
        QTest::newRow("dropped after effect") << int(test::MethodFault::Fault::DropAfterEffect) << true;
        QTest::newRow("503") << int(test::MethodFault::Fault::Unavailable) << false;
    }

    void editAmbiguous()
    {
        QFETCH(int, fault);
        QFETCH(bool, tookEffect);
        const App app = m_tenant.newApp(u"Ambiguous edit %1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        EditFlow flow(EditTarget::app(app.id), m_tenant.session());
        test::EditTestTenant::loadAndWait(flow);
        QVariantMap edited = flow.original();
        edited[u"description"_s] = u"new description"_s;
        QSignalSpy saved(&flow, &EditFlow::saved);
        QSignalSpy failed(&flow, &EditFlow::failed);
        const int before = m_tenant.countRequests(u"POST"_s, u"/apps/"_s + app.id);
        {
            test::MethodFault post(m_tenant.server(), "POST", test::MethodFault::Fault(fault));
            QVERIFY(flow.save(edited));
            QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 15000);
        }
        QCOMPARE(m_tenant.countRequests(u"POST"_s, u"/apps/"_s + app.id), before + 1); // sent once
        QCOMPARE(saved.size(), tookEffect ? 1 : 0);
        QCOMPARE(failed.size(), tookEffect ? 0 : 1);
        if (!tookEffect)
            QVERIFY2(flow.errorText().contains(u"not saved"_s), qPrintable(flow.errorText()));
        QCOMPARE(m_tenant.getApp(app.id).value().description, tookEffect ? u"new description"_s : QString());
        QCOMPARE(flow.state(), EditFlow::State::Ready);
    }

    void editReadOnlyProfile()
    {
        auto readOnly = m_tenant.makeSession(true, false);
        const App app = m_tenant.newApp(u"Read-only edit"_s);
        EditFlow flow(EditTarget::app(app.id), readOnly.get());
        test::EditTestTenant::loadAndWait(flow); // reading is allowed
        QVariantMap edited = flow.original();
        edited[u"displayName"_s] = u"Nope"_s;
        QVERIFY(flow.blocker(edited).contains(u"read-only"_s));
        QVERIFY(!flow.save(edited));
        for (int row = 0; row < readOnly->requestLog()->size(); ++row) {
            const RequestLogEntry& entry = readOnly->requestLog()->entry(row);
            QVERIFY(entry.method == u"GET"_s || !QUrl(entry.url).path().startsWith(u"/api/"_s)); // the token POST
        }
    }

    void editWarnsAboutManagedBy()
    {
        const App app = m_tenant.newApp(u"Terraformed"_s, { { u"managed_by"_s, u"terraform"_s } });
        EditFlow flow(EditTarget::app(app.id), m_tenant.session());
        test::EditTestTenant::loadAndWait(flow);
        QCOMPARE(flow.managedByKey(), u"managed_by"_s);
        const App plain = m_tenant.newApp(u"Hand made"_s, { { u"team"_s, u"x"_s } });
        EditFlow other(EditTarget::app(plain.id), m_tenant.session());
        test::EditTestTenant::loadAndWait(other);
        QVERIFY(other.managedByKey().isEmpty());
        QCOMPARE(EditFields::managedByKey(Annotations { { u"example.com/managed-by"_s, u"pulumi"_s } }),
            u"example.com/managed-by"_s);
    }
};

QTEST_GUILESS_MAIN(TestEditFlow)
#include "tst_editflow.moc"

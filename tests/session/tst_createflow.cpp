// CreateFlow without a dialog: both kinds (app, resource) created once; refused input sends nothing; after an
// ambiguous failure (dropped before or after the tenant applied it, 503) the object is looked for by name before
// anything is sent again, found or not; Cancel of the request and of the check; a busy flow sends nothing more.
#include "support/FaultyPost.h"
#include "support/TestTenant.h"
#include "workflows/CreateFlow.h"

#include <QSignalSpy>

using namespace c1;
using namespace Qt::StringLiterals;

class TestCreateFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<c1::App>();
        qRegisterMetaType<c1::AppResource>();
        QVERIFY(m_tenant.start());
        m_appId = m_tenant.server()->appIds().constFirst();
        const QList<AppResourceType> types = m_tenant.resourceTypes(m_appId);
        QVERIFY(!types.isEmpty());
        m_typeId = types.constFirst().id;
    }

    void createsAnApp()
    {
        CreateFlow flow(CreateFlow::Kind::App, m_tenant.session());
        QSignalSpy created(&flow, &CreateFlow::appCreated);
        QSignalSpy states(&flow, &CreateFlow::stateChanged);
        CreateAppRequest request;
        request.displayName = u"Flow app"_s;
        request.description = u"made by the flow"_s;
        QVERIFY(flow.canCreate({}));
        QVERIFY(flow.createApp(request));
        QCOMPARE(flow.state(), CreateFlow::State::Sending);
        QVERIFY(!flow.statusText().isEmpty());
        QVERIFY(!flow.createApp(request)); // busy: sent once
        QVERIFY(created.wait(10000));
        QCOMPARE(flow.state(), CreateFlow::State::Idle);
        QCOMPARE(flow.sends(), 1);
        QVERIFY(flow.errorText().isEmpty());
        const App app = created.at(0).at(0).value<App>();
        QCOMPARE(app.displayName, u"Flow app"_s);
        QVERIFY(m_tenant.server()->appIds().contains(app.id));
        QCOMPARE(m_tenant.countRequests(u"POST"_s, u"/api/v1/apps"_s), 1); // the first create of this suite
        QCOMPARE(states.size(), 2); // Sending, Idle
    }

    void createsAResource()
    {
        CreateFlow flow(CreateFlow::Kind::Resource, m_tenant.session());
        QSignalSpy created(&flow, &CreateFlow::resourceCreated);
        CreateResourceRequest request;
        request.displayName = u"flow-resource"_s;
        QVERIFY(flow.createResource(m_appId, m_typeId, request));
        QVERIFY(created.wait(10000));
        const AppResource resource = created.at(0).at(0).value<AppResource>();
        QCOMPARE(resource.displayName, u"flow-resource"_s);
        QCOMPARE(resource.appId, m_appId);
        QCOMPARE(resource.appResourceTypeId, m_typeId);
        QCOMPARE(named(u"flow-resource"_s), 1);
        QCOMPARE(flow.sends(), 1);
    }

    void refusesWhatCannotBeSent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("owners");
        QTest::addColumn<QString>("expected");
        const int app = int(CreateFlow::Kind::App);
        const int resource = int(CreateFlow::Kind::Resource);
        QTest::newRow("app without a name") << app << u"  "_s << QString() << 0 << u"Enter a display name."_s;
        QTest::newRow("app with a bad policy ID") << app << u"P"_s << u"short"_s << 0 << u"policy ID"_s;
        QTest::newRow("app with too many owners") << app << u"P"_s << QString() << 33 << u"32"_s;
        QTest::newRow("resource without a name")
            << resource << QString() << QString() << 0 << u"Enter a display name."_s;
        QTest::newRow("resource with too many owners") << resource << u"R"_s << QString() << 40 << u"32"_s;
    }

    void refusesWhatCannotBeSent()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, policy);
        QFETCH(int, owners);
        QFETCH(QString, expected);
        CreateFlow flow(CreateFlow::Kind(kind), m_tenant.session());
        QSignalSpy failed(&flow, &CreateFlow::failed);
        const int before = m_tenant.server()->requestCount();
        QStringList ownerIds;
        for (int i = 0; i < owners; ++i)
            ownerIds << u"%1"_s.arg(i, 27, 10, QLatin1Char('0'));
        bool sent = false;
        if (kind == int(CreateFlow::Kind::App)) {
            CreateAppRequest request;
            request.displayName = name;
            request.grantPolicyId = policy;
            request.owners = ownerIds;
            QVERIFY(!flow.problem(request).isEmpty());
            sent = flow.createApp(request);
        } else {
            CreateResourceRequest request;
            request.displayName = name;
            request.resourceOwnerUserIds = ownerIds;
            QVERIFY(!flow.problem(m_appId, m_typeId, request).isEmpty());
            sent = flow.createResource(m_appId, m_typeId, request);
        }
        QVERIFY(!sent);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(flow.errorText().contains(expected), qPrintable(flow.errorText()));
        QCOMPARE(flow.state(), CreateFlow::State::Idle);
        QCOMPARE(flow.sends(), 0);
        QCOMPARE(m_tenant.server()->requestCount(), before);
    }

    void refusesWithoutAWritableSession()
    {
        CreateFlow offline(CreateFlow::Kind::App, nullptr);
        CreateAppRequest request;
        request.displayName = u"Nowhere"_s;
        QVERIFY(!offline.canCreate({}));
        QCOMPARE(offline.blocker({}), u"Not connected to a tenant."_s);
        QVERIFY(!offline.createApp(request));

        test::TestTenant readOnly;
        QVERIFY(readOnly.start(test::TenantSetup::readOnlyProfile()));
        CreateFlow flow(CreateFlow::Kind::Resource, readOnly.session());
        QVERIFY(flow.blocker({}).contains(u"read-only"_s));
        const int before = readOnly.server()->requestCount();
        CreateResourceRequest resource;
        resource.displayName = u"never"_s;
        QVERIFY(!flow.createResource(m_appId, m_typeId, resource));
        QCOMPARE(readOnly.server()->requestCount(), before);
        // The form's own problem comes after the session's.
        CreateFlow writable(CreateFlow::Kind::App, m_tenant.session());
        QCOMPARE(writable.blocker(u"Enter a display name."_s), u"Enter a display name."_s);
        QVERIFY(!writable.canCreate(u"Enter a display name."_s));
    }

    void ambiguousFailureIsCheckedFirst_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("tookEffect");
        using F = test::FaultyPost::Fault;
        for (const auto kind : { CreateFlow::Kind::App, CreateFlow::Kind::Resource }) {
            const char* k = kind == CreateFlow::Kind::App ? "app" : "resource";
            QTest::addRow("%s dropped after effect: found", k) << int(kind) << int(F::DropAfterEffect) << true;
            QTest::addRow("%s dropped before effect: not found", k) << int(kind) << int(F::DropBeforeEffect) << false;
            QTest::addRow("%s 503: not found", k) << int(kind) << int(F::Unavailable) << false;
        }
    }

    void ambiguousFailureIsCheckedFirst()
    {
        QFETCH(int, kind);
        QFETCH(int, fault);
        QFETCH(bool, tookEffect);
        const bool isApp = kind == int(CreateFlow::Kind::App);
        const QString name = u"ambiguous-%1-%2"_s.arg(isApp ? u"app"_s : u"res"_s).arg(fault);
        CreateFlow flow(CreateFlow::Kind(kind), m_tenant.session());
        flow.createdCheck()->setDelaysMs({ 30, 60 });
        QSignalSpy appCreated(&flow, &CreateFlow::appCreated);
        QSignalSpy resourceCreated(&flow, &CreateFlow::resourceCreated);
        QSignalSpy failed(&flow, &CreateFlow::failed);
        QSignalSpy states(&flow, &CreateFlow::stateChanged);
        auto create = [&] {
            if (isApp) {
                CreateAppRequest request;
                request.displayName = name;
                return flow.createApp(request);
            }
            CreateResourceRequest request;
            request.displayName = name;
            return flow.createResource(m_appId, m_typeId, request);
        };
        const QString path
            = isApp ? u"/api/v1/apps"_s : u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(m_appId, m_typeId);
        {
            test::FaultyPost faulty(m_tenant.server(), path, test::FaultyPost::Fault(fault));
            QVERIFY(create());
            QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 15000);
            QCOMPARE(faulty.posts(), 1); // never re-sent by the flow
        }
        QCOMPARE(flow.sends(), 1);
        // It went Sending → Checking → Idle: the check ran before anything else.
        QVERIFY(states.size() >= 3);
        QCOMPARE(states.at(1).at(0).value<CreateFlow::State>(), CreateFlow::State::Checking);
        const int made = isApp ? appCreated.size() : resourceCreated.size();
        const int inTenant = isApp ? appsNamed(name) : named(name);
        QCOMPARE(inTenant, tookEffect ? 1 : 0);
        if (tookEffect) {
            QCOMPARE(made, 1);
            QCOMPARE(failed.size(), 0);
            QCOMPARE(flow.createdCheck()->searches(), 1);
            QVERIFY(flow.errorText().isEmpty());
            const QString found = isApp ? appCreated.at(0).at(0).value<App>().displayName
                                        : resourceCreated.at(0).at(0).value<AppResource>().displayName;
            QCOMPARE(found, name);
            return;
        }
        QCOMPARE(made, 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(flow.createdCheck()->searches(), 3); // search indexes lag: three looks before "not created"
        QVERIFY2(flow.errorText().contains(u"most likely not created"_s), qPrintable(flow.errorText()));
        // Now, and only now, it can be sent again: once.
        QVERIFY(flow.canCreate({}));
        QVERIFY(create());
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 15000);
        QCOMPARE(isApp ? appCreated.size() : resourceCreated.size(), 1);
        QCOMPARE(isApp ? appsNamed(name) : named(name), 1);
        QCOMPARE(flow.sends(), 2);
        QVERIFY(flow.errorText().isEmpty());
    }

    void cancelRequest()
    {
        m_tenant.server()->options().latencyMs = 3000;
        CreateFlow flow(CreateFlow::Kind::App, m_tenant.session());
        QSignalSpy failed(&flow, &CreateFlow::failed);
        QSignalSpy created(&flow, &CreateFlow::appCreated);
        CreateAppRequest request;
        request.displayName = u"Canceled app"_s;
        QVERIFY(flow.createApp(request));
        QVERIFY(flow.isBusy());
        flow.cancel();
        m_tenant.server()->options().latencyMs = 0;
        QVERIFY(!flow.isBusy());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(created.size(), 0);
        // The tenant may still have made it: the text says to look before trying again.
        QVERIFY2(flow.errorText().contains(u"Canceled"_s), qPrintable(flow.errorText()));
        QVERIFY(flow.canCreate({}));
    }

    void cancelCheck()
    {
        CreateFlow flow(CreateFlow::Kind::Resource, m_tenant.session());
        flow.createdCheck()->setDelaysMs({ 60000, 60000 }); // it waits between searches: Cancel must stop that
        QSignalSpy failed(&flow, &CreateFlow::failed);
        CreateResourceRequest request;
        request.displayName = u"halfway"_s;
        test::FaultyPost faulty(m_tenant.server(),
            u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(m_appId, m_typeId),
            test::FaultyPost::Fault::DropBeforeEffect);
        QVERIFY(flow.createResource(m_appId, m_typeId, request));
        QTRY_COMPARE_WITH_TIMEOUT(flow.createdCheck()->searches(), 1, 10000);
        QCOMPARE(flow.state(), CreateFlow::State::Checking);
        flow.cancel();
        QVERIFY(!flow.isBusy());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(flow.errorText().contains(u"Could not check"_s), qPrintable(flow.errorText()));
        QCOMPARE(flow.sends(), 1);
        QCOMPARE(faulty.posts(), 1);
    }

    void serverErrorIsReportedWithItsRequestId()
    {
        CreateFlow flow(CreateFlow::Kind::Resource, m_tenant.session());
        QSignalSpy failed(&flow, &CreateFlow::failed);
        CreateResourceRequest request;
        request.displayName = u"nowhere"_s;
        // A type that does not exist: a definite refusal (4xx), not ambiguous, so nothing is looked for.
        QVERIFY(flow.createResource(m_appId, u"zzzzzzzzzzzzzzzzzzzzzzzzzzz"_s, request));
        QVERIFY(failed.wait(10000));
        QCOMPARE(flow.createdCheck()->searches(), 0);
        QVERIFY(!flow.errorText().isEmpty());
        QVERIFY2(flow.errorText().contains(u"request ID"_s) || flow.errorText().contains(u"request-id"_s),
            qPrintable(flow.errorText()));
    }

private:
    int named(const QString& name)
    {
        int n = 0;
        for (const AppResource& r : m_tenant.resources(m_appId, m_typeId))
            n += r.displayName == name ? 1 : 0;
        return n;
    }
    int appsNamed(const QString& name)
    {
        auto result = m_tenant.call<Page<App>>([&](QObject* context, C1Client::Callback<Page<App>> done) {
            AppSearch search;
            search.displayName = name;
            return m_tenant.client()->searchApps(search, {}, 0, context, std::move(done));
        });
        if (!result)
            return -1;
        return int(std::count_if(result.value().items.cbegin(), result.value().items.cend(),
            [&name](const App& app) { return app.displayName == name; }));
    }

    test::TestTenant m_tenant;
    QString m_appId;
    QString m_typeId;
};

QTEST_MAIN(TestCreateFlow)
#include "tst_createflow.moc"

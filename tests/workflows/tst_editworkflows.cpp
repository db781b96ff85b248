// The issue-16 workflows driven without widgets against an in-process sandbox tenant: ResourceTypeFlow (create a
// manually managed resource type: validation before sending, the one-per-app rule, read-back after an ambiguous
// failure), EditFlow (fresh values, only the changed fields in the update mask, a change made meanwhile, 404, read
// back after an ambiguous failure) and DeleteFlow (consequences, synced objects refused, a production profile's
// typed name, read back after an ambiguous failure). Every write is checked on the wire (the request log) and in
// the tenant, and never sent twice.
#include "dialogs/FormsTestSupport.h"

#include "workflows/DeleteFlow.h"
#include "workflows/EditFields.h"
#include "workflows/EditFlow.h"
#include "workflows/ResourceTypeFlow.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace c1;
using namespace Qt::StringLiterals;

namespace {

// Faults for requests of one method: every one is dropped (before or after its effect) or answered 503.
class MethodFault {
public:
    enum class Fault { DropBeforeEffect, DropAfterEffect, Unavailable };
    MethodFault(SandboxServer* server, const QByteArray& method, Fault fault)
        : m_server(server)
    {
        SandboxOptions& o = server->options();
        o.faultMethod = method;
        o.dropAfterEffect = fault == Fault::DropAfterEffect;
        (fault == Fault::Unavailable ? o.failureRate : o.dropRate) = 1.0;
    }
    ~MethodFault()
    {
        SandboxOptions& o = m_server->options();
        o.faultMethod.clear();
        o.dropAfterEffect = false;
        o.dropRate = 0.0;
        o.failureRate = 0.0;
    }
    MethodFault(const MethodFault&) = delete;
    MethodFault& operator=(const MethodFault&) = delete;

private:
    SandboxServer* m_server;
};

} // namespace

class TestEditWorkflows : public QObject {
    Q_OBJECT

private:
    test::Tenant m_tenant;
    int m_serial = 0;

    // A session on the same tenant with other profile flags.
    std::unique_ptr<Session> session(bool readOnly, bool production)
    {
        const SandboxClient client = m_tenant.server->issueClient(u"edit-test-%1"_s.arg(++m_serial));
        Profile profile;
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        profile.name = readOnly ? u"read-only"_s : production ? u"Acme production"_s : u"edit-test"_s;
        profile.urlOverride = m_tenant.server->baseUrl();
        profile.readOnly = readOnly;
        profile.production = production;
        ProfileSecrets secrets;
        secrets.clientId = client.clientId;
        secrets.clientSecret = client.clientSecret;
        QString error;
        auto made = Session::create(profile, secrets, &error);
        if (!made)
            qWarning("session: %s", qPrintable(error));
        return made;
    }

    App newApp(const QString& name, const Annotations& annotations = {})
    {
        CreateAppRequest request;
        request.displayName = name;
        request.annotations = annotations;
        auto result = m_tenant.call<App>([&](QObject* context, C1Client::Callback<App> done) {
            return m_tenant.client()->createApp(request, context, std::move(done));
        });
        return result ? result.value() : App();
    }

    AppResourceType newType(const QString& appId, const QString& name, const QString& kind)
    {
        auto result = m_tenant.call<AppResourceType>([&](QObject* context, C1Client::Callback<AppResourceType> done) {
            return m_tenant.client()->createResourceType(appId, { name, kind }, context, std::move(done));
        });
        return result ? result.value() : AppResourceType();
    }

    AppResource newResource(const QString& appId, const QString& typeId, const QString& name)
    {
        CreateResourceRequest request;
        request.displayName = name;
        auto result = m_tenant.call<AppResource>([&](QObject* context, C1Client::Callback<AppResource> done) {
            return m_tenant.client()->createResource(appId, typeId, request, context, std::move(done));
        });
        return result ? result.value() : AppResource();
    }

    Result<App> getApp(const QString& id)
    {
        return m_tenant.call<App>([&](QObject* context, C1Client::Callback<App> done) {
            return m_tenant.client()->getApp(id, context, std::move(done));
        });
    }

    int typesNamed(const QString& appId, const QString& name)
    {
        int n = 0;
        for (const AppResourceType& t : m_tenant.resourceTypes(appId))
            n += t.displayName == name ? 1 : 0;
        return n;
    }

    // An app synced by a connector from the demo data (not manually managed).
    App syncedApp()
    {
        auto result = m_tenant.call<Page<App>>([&](QObject* context, C1Client::Callback<Page<App>> done) {
            return m_tenant.client()->listApps(QString(), 100, context, std::move(done));
        });
        if (result) {
            for (const App& app : result.value().items) {
                if (!app.isManuallyManaged && !app.isDirectory)
                    return app;
            }
        }
        return {};
    }

    static void loadAndWait(EditFlow& flow)
    {
        flow.load();
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxDataSize size;
        size.apps = 6;
        size.resourcesPerType = 3;
        size.users = 10;
        QVERIFY(m_tenant.start({}, false, size));
    }

    // ---- New Resource Type ------------------------------------------------------------------------------------

    void typeCreatedAndSentOnce()
    {
        const App app = newApp(u"Type target"_s);
        QVERIFY(!app.id.isEmpty());
        ResourceTypeFlow flow(m_tenant.session.get());
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
        QCOMPARE(typesNamed(app.id, u"Repositories"_s), 1);
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
        static App app = newApp(u"Bad input target"_s);
        const QString id = appId == u"APP"_s ? app.id : appId;
        const int before = m_tenant.server->requestCount();
        ResourceTypeFlow flow(m_tenant.session.get());
        QSignalSpy failed(&flow, &ResourceTypeFlow::failed);
        const QString problem = flow.problem(id, { name, kind });
        QVERIFY2(problem.contains(expected, Qt::CaseInsensitive), qPrintable(problem));
        QVERIFY(!flow.create(id, { name, kind }));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(flow.errorText(), problem);
        QCOMPARE(m_tenant.server->requestCount(), before); // nothing sent
    }

    void typeOnePerAppFromTheTree()
    {
        const App app = newApp(u"One per app"_s);
        ResourceTypeFlow first(m_tenant.session.get());
        QSignalSpy created(&first, &ResourceTypeFlow::created);
        QVERIFY(first.create(app.id, { u"Groups"_s, u"GROUP"_s }));
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
        // The tree lists the app's types (names and IDs): a second GROUP is refused before sending, CUSTOM is not.
        ResourceTypeFlow second(m_tenant.session.get());
        AppResourceType listed;
        listed.id = created.first().first().value<AppResourceType>().id;
        listed.displayName = u"Groups"_s;
        second.setExistingTypes({ listed });
        const int before = m_tenant.server->requestCount();
        QVERIFY(second.problem(app.id, { u"More groups"_s, u"GROUP"_s }).contains(u"only Custom"_s));
        QVERIFY(!second.create(app.id, { u"More groups"_s, u"GROUP"_s }));
        QCOMPARE(m_tenant.server->requestCount(), before);
        QVERIFY(second.problem(app.id, { u"Custom one"_s, u"CUSTOM"_s }).isEmpty());
        QVERIFY(second.problem(app.id, { u"Roles"_s, u"ROLE"_s }).isEmpty());
    }

    void typeSecondOfAKindRefusedWith500()
    {
        // A type the console did not create (its kind unknown): the tenant's 500 is read back, then said plainly.
        const App app = newApp(u"Refused kind"_s);
        QVERIFY(!newType(app.id, u"Licenses"_s, u"LICENSE"_s).id.isEmpty());
        ResourceTypeFlow flow(m_tenant.session.get());
        flow.createdCheck()->setDelaysMs({ 10, 10 });
        QSignalSpy failed(&flow, &ResourceTypeFlow::failed);
        QVERIFY(flow.create(app.id, { u"More licenses"_s, u"LICENSE"_s }));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QVERIFY2(flow.errorText().contains(u"only Custom"_s), qPrintable(flow.errorText()));
        QVERIFY(flow.errorText().contains(u"not created"_s));
        QCOMPARE(flow.sends(), 1);
        QCOMPARE(m_tenant.countRequests(u"POST"_s, u"/apps/%1/resource_types"_s.arg(app.id)), 2); // ours + setup
        QCOMPARE(typesNamed(app.id, u"More licenses"_s), 0);
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
        const App app = newApp(u"Ambiguous type %1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        ResourceTypeFlow flow(m_tenant.session.get());
        flow.createdCheck()->setDelaysMs({ 10, 10 });
        QSignalSpy created(&flow, &ResourceTypeFlow::created);
        QSignalSpy failed(&flow, &ResourceTypeFlow::failed);
        {
            test::FaultyPost post(
                m_tenant.server.get(), u"/api/v1/apps/%1/resource_types"_s.arg(app.id), test::FaultyPost::Fault(fault));
            QVERIFY(flow.create(app.id, { u"Projects"_s, u"PROJECT"_s }));
            QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 15000);
            QCOMPARE(post.posts(), 1); // never re-sent
        }
        QCOMPARE(created.size(), tookEffect ? 1 : 0);
        QCOMPARE(failed.size(), tookEffect ? 0 : 1);
        if (!tookEffect)
            QVERIFY2(flow.errorText().contains(u"can create it again"_s), qPrintable(flow.errorText()));
        QCOMPARE(typesNamed(app.id, u"Projects"_s), tookEffect ? 1 : 0);
    }

    void typeReadOnlyProfile()
    {
        auto readOnly = session(true, false);
        QVERIFY(readOnly);
        const App app = newApp(u"Read-only target"_s);
        ResourceTypeFlow flow(readOnly.get());
        QVERIFY(flow.blocker({}).contains(u"read-only"_s));
        QVERIFY(!flow.create(app.id, { u"Roles"_s, u"ROLE"_s }));
        QCOMPARE(readOnly->requestLog()->size(), 0);
    }

    // ---- Edit -------------------------------------------------------------------------------------------------

    void editAppSendsOnlyTheChangedFields()
    {
        const App app = newApp(u"Edit me"_s, { { u"team"_s, u"infra"_s } });
        EditFlow flow(EditTarget::app(app.id, app.displayName), m_tenant.session.get());
        QSignalSpy loaded(&flow, &EditFlow::loaded);
        loadAndWait(flow);
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
        const Result<App> now = getApp(app.id);
        QVERIFY(now);
        QCOMPARE(now.value().displayName, u"Edited"_s);
        QCOMPARE(now.value().monthlyCostUsd, 42);
        QCOMPARE(now.value().annotations.value(u"team"_s), u"platform"_s);
        QCOMPARE(saved.first().first().value<App>().displayName, u"Edited"_s);
        QCOMPARE(flow.sends(), 1);
    }

    void editResourceTypeAndResource()
    {
        const App app = newApp(u"Edit children"_s);
        const AppResourceType type = newType(app.id, u"Things"_s, u"CUSTOM"_s);
        const AppResource resource = newResource(app.id, type.id, u"Thing one"_s);
        QVERIFY(!resource.id.isEmpty());
        {
            EditFlow flow(EditTarget::resourceType(app.id, type.id), m_tenant.session.get());
            loadAndWait(flow);
            QVariantMap edited = flow.original();
            edited[u"displayName"_s] = u"Stuff"_s;
            QSignalSpy saved(&flow, &EditFlow::saved);
            QVERIFY(flow.save(edited));
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
            const QJsonObject body = m_tenant.lastBody(u"POST"_s, u"/resource_types/"_s + type.id);
            QCOMPARE(body.value(u"updateMask"_s).toString(), u"displayName"_s);
            QCOMPARE(body.value(u"appResourceType"_s).toObject().value(u"displayName"_s).toString(), u"Stuff"_s);
            QCOMPARE(typesNamed(app.id, u"Stuff"_s), 1);
        }
        {
            EditFlow flow(EditTarget::resource(app.id, type.id, resource.id), m_tenant.session.get());
            loadAndWait(flow);
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
        static App app = newApp(u"Bad edit target"_s);
        EditFlow flow(EditTarget::app(app.id), m_tenant.session.get());
        loadAndWait(flow);
        QVariantMap edited = flow.original();
        edited[path] = value;
        const QString problem = flow.problem(edited);
        QVERIFY2(problem.contains(expected, Qt::CaseInsensitive), qPrintable(problem));
        const int before = m_tenant.server->requestCount();
        QVERIFY(!flow.save(edited));
        QCOMPARE(m_tenant.server->requestCount(), before);
    }

    void editChangedMeanwhile()
    {
        const App app = newApp(u"Contested"_s);
        EditFlow flow(EditTarget::app(app.id), m_tenant.session.get());
        loadAndWait(flow);
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
        const Result<App> now = getApp(app.id);
        QCOMPARE(now.value().displayName, u"Mine"_s);
        QCOMPARE(now.value().description, u"theirs"_s); // their other change stays
        QCOMPARE(now.value().instructions, u"Ask the platform team"_s);
    }

    void editUseTheirs()
    {
        const App app = newApp(u"Contested again"_s);
        EditFlow flow(EditTarget::app(app.id), m_tenant.session.get());
        loadAndWait(flow);
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
        QCOMPARE(getApp(app.id).value().displayName, u"Their name"_s);
    }

    void editDeletedMeanwhile()
    {
        const App app = newApp(u"Soon gone"_s);
        const AppResourceType type = newType(app.id, u"Gone things"_s, u"CUSTOM"_s);
        const AppResource resource = newResource(app.id, type.id, u"Gone one"_s);
        EditFlow flow(EditTarget::resource(app.id, type.id, resource.id, resource.displayName), m_tenant.session.get());
        loadAndWait(flow);
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
        EditFlow again(EditTarget::resource(app.id, type.id, resource.id), m_tenant.session.get());
        QSignalSpy goneAgain(&again, &EditFlow::gone);
        loadAndWait(again);
        QCOMPARE(goneAgain.size(), 1);
    }

    void editAmbiguous_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("tookEffect");
        QTest::newRow("dropped before effect") << int(MethodFault::Fault::DropBeforeEffect) << false;
        QTest::newRow("dropped after effect") << int(MethodFault::Fault::DropAfterEffect) << true;
        QTest::newRow("503") << int(MethodFault::Fault::Unavailable) << false;
    }

    void editAmbiguous()
    {
        QFETCH(int, fault);
        QFETCH(bool, tookEffect);
        const App app = newApp(u"Ambiguous edit %1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        EditFlow flow(EditTarget::app(app.id), m_tenant.session.get());
        loadAndWait(flow);
        QVariantMap edited = flow.original();
        edited[u"description"_s] = u"new description"_s;
        QSignalSpy saved(&flow, &EditFlow::saved);
        QSignalSpy failed(&flow, &EditFlow::failed);
        const int before = m_tenant.countRequests(u"POST"_s, u"/apps/"_s + app.id);
        {
            MethodFault post(m_tenant.server.get(), "POST", MethodFault::Fault(fault));
            QVERIFY(flow.save(edited));
            QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 15000);
        }
        QCOMPARE(m_tenant.countRequests(u"POST"_s, u"/apps/"_s + app.id), before + 1); // sent once
        QCOMPARE(saved.size(), tookEffect ? 1 : 0);
        QCOMPARE(failed.size(), tookEffect ? 0 : 1);
        if (!tookEffect)
            QVERIFY2(flow.errorText().contains(u"not saved"_s), qPrintable(flow.errorText()));
        QCOMPARE(getApp(app.id).value().description, tookEffect ? u"new description"_s : QString());
        QCOMPARE(flow.state(), EditFlow::State::Ready);
    }

    void editReadOnlyProfile()
    {
        auto readOnly = session(true, false);
        const App app = newApp(u"Read-only edit"_s);
        EditFlow flow(EditTarget::app(app.id), readOnly.get());
        loadAndWait(flow); // reading is allowed
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
        const App app = newApp(u"Terraformed"_s, { { u"managed_by"_s, u"terraform"_s } });
        EditFlow flow(EditTarget::app(app.id), m_tenant.session.get());
        loadAndWait(flow);
        QCOMPARE(flow.managedByKey(), u"managed_by"_s);
        const App plain = newApp(u"Hand made"_s, { { u"team"_s, u"x"_s } });
        EditFlow other(EditTarget::app(plain.id), m_tenant.session.get());
        loadAndWait(other);
        QVERIFY(other.managedByKey().isEmpty());
        QCOMPARE(EditFields::managedByKey(Annotations { { u"example.com/managed-by"_s, u"pulumi"_s } }),
            u"example.com/managed-by"_s);
    }

    // ---- Delete -----------------------------------------------------------------------------------------------

    void deleteResourceTypeAndApp()
    {
        const App app = newApp(u"Delete chain"_s);
        const AppResourceType type = newType(app.id, u"Doomed"_s, u"CUSTOM"_s);
        const AppResource resource = newResource(app.id, type.id, u"Doomed one"_s);
        newResource(app.id, type.id, u"Doomed two"_s);
        {
            DeleteFlow flow(EditTarget::resource(app.id, type.id, resource.id), m_tenant.session.get());
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
            DeleteFlow flow(EditTarget::resourceType(app.id, type.id), m_tenant.session.get());
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
            DeleteFlow flow(EditTarget::app(app.id), m_tenant.session.get());
            flow.prepare();
            QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
            QVERIFY(flow.consequences().contains(u"soft delete"_s));
            QSignalSpy deleted(&flow, &DeleteFlow::deleted);
            QVERIFY(flow.remove({}));
            QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 15000);
            const Result<App> now = getApp(app.id);
            QVERIFY(!now);
            QCOMPARE(now.error().httpStatus, 404);
        }
    }

    void deleteSyncedIsRefused()
    {
        const App synced = syncedApp();
        QVERIFY(!synced.id.isEmpty());
        const QList<AppResourceType> types = m_tenant.resourceTypes(synced.id);
        QVERIFY(!types.isEmpty());
        for (const EditTarget& target :
            { EditTarget::app(synced.id), EditTarget::resourceType(synced.id, types.first().id) }) {
            DeleteFlow flow(target, m_tenant.session.get());
            flow.prepare();
            QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
            QVERIFY2(flow.refusal().contains(u"connector"_s), qPrintable(flow.refusal()));
            QVERIFY(!flow.remove({}));
            QCOMPARE(m_tenant.countRequests(u"DELETE"_s, synced.id), 0);
        }
    }

    void deleteOnProductionNeedsTheName()
    {
        auto production = session(false, true);
        const App app = newApp(u"Prod app"_s);
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
        auto readOnly = session(true, false);
        const App app = newApp(u"Read-only delete"_s);
        DeleteFlow flow(EditTarget::app(app.id), readOnly.get());
        flow.prepare();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
        QVERIFY(flow.refusal().contains(u"read-only"_s));
        QVERIFY(!flow.remove({}));
        QVERIFY(getApp(app.id));
    }

    // The fault matrix of edit and delete (README "Reliability"): under each fault the sandbox can inject, five edits
    // (an app and four resources) and four deletes run at once. Every one ends saved/deleted or failed with a message,
    // what it reports agrees with the tenant afterwards, and no write is sent twice by a flow.
    void faultMatrix_data()
    {
        QTest::addColumn<QString>("fault");
        for (const char* fault : { "503 at 15%", "drops before effect 15%", "drops after effect 15%",
                 "truncated bodies 15%", "HTML 502 pages 15%", "redirects 10%" })
            QTest::newRow(fault) << QString::fromLatin1(fault);
    }

    void faultMatrix()
    {
        QFETCH(QString, fault);
        const App app = newApp(u"Matrix "_s + fault);
        const AppResourceType type = newType(app.id, u"Matrix things"_s, u"CUSTOM"_s);
        QList<AppResource> resources;
        for (int i = 0; i < 8; ++i)
            resources.append(newResource(app.id, type.id, u"Thing %1"_s.arg(i)));
        std::vector<std::unique_ptr<EditFlow>> edits;
        edits.push_back(std::make_unique<EditFlow>(EditTarget::app(app.id), m_tenant.session.get()));
        for (int i = 0; i < 4; ++i)
            edits.push_back(std::make_unique<EditFlow>(
                EditTarget::resource(app.id, type.id, resources.at(i).id), m_tenant.session.get()));
        std::vector<std::unique_ptr<DeleteFlow>> deletes;
        for (int i = 4; i < 8; ++i)
            deletes.push_back(std::make_unique<DeleteFlow>(
                EditTarget::resource(app.id, type.id, resources.at(i).id), m_tenant.session.get()));
        for (auto& edit : edits)
            loadAndWait(*edit);
        for (auto& del : deletes) {
            del->prepare();
            QTRY_COMPARE_WITH_TIMEOUT(del->state(), DeleteFlow::State::Ready, 15000);
        }
        // Count every write the tenant receives, per path.
        QHash<QString, int> writes;
        const auto watch = connect(m_tenant.server.get(), &SandboxServer::requestServed, this,
            [&writes](const QString& method, const QString& path, int) {
                if (method != u"GET"_s)
                    writes[method + u' ' + path] += 1;
            });
        SandboxOptions& o = m_tenant.server->options();
        if (fault.startsWith(u"503"_s))
            o.failureRate = 0.15;
        else if (fault.startsWith(u"drops"_s)) {
            o.dropRate = 0.15;
            o.dropAfterEffect = fault.contains(u"after"_s);
        } else if (fault.startsWith(u"truncated"_s))
            o.truncateRate = 0.15;
        else if (fault.startsWith(u"HTML"_s))
            o.htmlErrorRate = 0.15;
        else
            o.redirectRate = 0.10;
        QList<QVariantMap> wanted;
        for (size_t i = 0; i < edits.size(); ++i) {
            QVariantMap edited = edits[i]->original();
            edited[u"description"_s] = u"matrix %1"_s.arg(i);
            wanted.append(edited);
            QVERIFY(edits[i]->save(edited));
        }
        for (auto& del : deletes)
            QVERIFY(del->remove({}));
        const auto busy = [&edits, &deletes] {
            for (auto& e : edits)
                if (e->isBusy())
                    return true;
            for (auto& d : deletes)
                if (d->isBusy())
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!busy(), 120000);
        o.failureRate = o.dropRate = o.truncateRate = o.htmlErrorRate = o.redirectRate = 0.0;
        o.dropAfterEffect = false;
        disconnect(watch);

        int saved = 0, deleted = 0, failed = 0;
        for (size_t i = 0; i < edits.size(); ++i) {
            EditFlow& e = *edits[i];
            const QString path = e.target().kind == EditTarget::Kind::App
                ? u"/api/v1/apps/"_s + app.id
                : u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(app.id, type.id, e.target().resourceId);
            QVERIFY2(writes.value(u"POST "_s + path) <= 1, qPrintable(path)); // never sent twice
            QCOMPARE(e.state(), EditFlow::State::Ready);
            QString now;
            if (e.target().kind == EditTarget::Kind::App)
                now = getApp(app.id).value().description;
            else {
                const auto r = m_tenant.call<AppResource>([&](QObject* context, C1Client::Callback<AppResource> done) {
                    return m_tenant.client()->getResource(
                        app.id, type.id, e.target().resourceId, context, std::move(done));
                });
                QVERIFY(r);
                now = r.value().description;
            }
            const QString mine = wanted.at(int(i)).value(u"description"_s).toString();
            if (e.errorText().isEmpty()) {
                ++saved;
                QCOMPARE(now, mine); // reported saved: the tenant has it
            } else {
                ++failed;
                if (!e.errorText().contains(u"Could not check whether"_s))
                    QVERIFY2(now != mine, qPrintable(e.errorText())); // reported not saved: it is not
            }
        }
        for (auto& d : deletes) {
            const QString path
                = u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(app.id, type.id, d->target().resourceId);
            const auto r = m_tenant.call<AppResource>([&](QObject* context, C1Client::Callback<AppResource> done) {
                return m_tenant.client()->getResource(
                    app.id, type.id, d->target().resourceId, context, std::move(done));
            });
            if (d->state() == DeleteFlow::State::Deleted) {
                ++deleted;
                QVERIFY2(!r && r.error().httpStatus == 404, qPrintable(path)); // reported deleted: it is gone
            } else {
                ++failed;
                QCOMPARE(d->state(), DeleteFlow::State::Ready);
                QVERIFY(!d->errorText().isEmpty());
                if (!d->errorText().contains(u"Could not check whether"_s))
                    QVERIFY2(bool(r), qPrintable(d->errorText())); // reported not deleted: it is there
            }
            QCOMPARE(d->sends(), 1);
        }
        qInfo("%s: %d saved, %d deleted, %d failed with a message, of %d", qPrintable(fault), saved, deleted, failed,
            int(edits.size() + deletes.size()));
        QCOMPARE(saved + deleted + failed, int(edits.size() + deletes.size()));
    }

    void deleteAmbiguous_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("tookEffect");
        QTest::newRow("dropped before effect") << int(MethodFault::Fault::DropBeforeEffect) << false;
        QTest::newRow("dropped after effect") << int(MethodFault::Fault::DropAfterEffect) << true;
        QTest::newRow("503") << int(MethodFault::Fault::Unavailable) << false;
    }

    void deleteAmbiguous()
    {
        QFETCH(int, fault);
        QFETCH(bool, tookEffect);
        const App app = newApp(u"Ambiguous delete"_s);
        const AppResourceType type = newType(app.id, u"Doomed"_s, u"CUSTOM"_s);
        const AppResource resource = newResource(app.id, type.id, u"Maybe gone"_s);
        DeleteFlow flow(EditTarget::resource(app.id, type.id, resource.id), m_tenant.session.get());
        flow.prepare();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeleteFlow::State::Ready, 15000);
        QSignalSpy deleted(&flow, &DeleteFlow::deleted);
        QSignalSpy failed(&flow, &DeleteFlow::failed);
        {
            MethodFault del(m_tenant.server.get(), "DELETE", MethodFault::Fault(fault));
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

QTEST_GUILESS_MAIN(TestEditWorkflows)
#include "tst_editworkflows.moc"

// C1Client's calls that change and delete what was made (issue 16), against the in-process sandbox tenant:
// create a resource type (one per kind, CUSTOM repeats), get/update/delete it (the delete takes its resources),
// update an app with an explicit update mask and soft-delete it, update one resource. Refusals made before
// sending never reach the tenant; the tenant's refusals arrive as google.rpc.Status with a request ID.

#include "support/TestTenant.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;
using namespace c1::test;

class TestC1ClientEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void updateMaskOnTheWire();
    void updateAppSendsOnlyTheMask();
    void updateAppRefusedBeforeSending_data();
    void updateAppRefusedBeforeSending();
    void updateAppTenantRefusals();
    void deleteAppIsSoftAndIdempotent();
    void resourceTypeLifecycle();
    void secondGroupIsRefusedAsTheTenantDoes();
    void deleteTypeTakesItsResources();
    void updateAndDeleteResource();

private:
    App createApp(const QString& name);
    AppResourceType createType(const QString& appId, const QString& kind, const QString& name);

    TestTenant m_tenant;
    C1Client* m_client = nullptr;
};

void TestC1ClientEdits::initTestCase()
{
    SandboxDataSize size;
    size.apps = 4;
    size.resourceTypesPerApp = 2;
    size.resourcesPerType = 3;
    size.users = 10;
    QVERIFY(m_tenant.start(SandboxOptions {}, size, TestTenant::noRetry()));
    m_client = m_tenant.client();
}

App TestC1ClientEdits::createApp(const QString& name)
{
    CreateAppRequest create;
    create.displayName = name;
    create.description = u"made by tst_c1client_edits"_s;
    create.instructions = u"ask the platform team"_s;
    create.monthlyCostUsd = 9;
    const auto made = await<App>([&](auto cb) { return m_client->createApp(create, this, cb); });
    return made.ok() ? made.value() : App();
}

AppResourceType TestC1ClientEdits::createType(const QString& appId, const QString& kind, const QString& name)
{
    const auto made = await<AppResourceType>([&](auto cb) {
        return m_client->createResourceType(appId, CreateResourceTypeRequest { name, kind }, this, cb);
    });
    return made.ok() ? made.value() : AppResourceType();
}

void TestC1ClientEdits::updateMaskOnTheWire()
{
    // One comma-separated string; only masked fields, each written explicitly (an emptied description is "").
    AppUpdate update;
    update.values.displayName = u"New name"_s;
    update.values.description = QString();
    update.values.instructions = u"not masked"_s;
    update.values.monthlyCostUsd = 0;
    update.mask = { u"displayName"_s, u"description"_s, u"monthlyCostUsd"_s };
    QVERIFY(update.problem().isEmpty());
    const QJsonObject body = update.toJson();
    QCOMPARE(body.value(u"updateMask"_s).toString(), u"displayName,description,monthlyCostUsd"_s);
    const QJsonObject app = body.value(u"app"_s).toObject();
    QCOMPARE(app.keys(), (QStringList { u"description"_s, u"displayName"_s, u"monthlyCostUsd"_s }));
    QVERIFY(app.value(u"description"_s).isString());
    QVERIFY(app.value(u"monthlyCostUsd"_s).isDouble());

    ResourceUpdate resource;
    resource.values.annotations = { { u"team"_s, u"infra"_s } };
    resource.mask = { u"annotations"_s };
    QCOMPARE(resource.toJson(),
        (QJsonObject {
            { u"appResource"_s, QJsonObject { { u"annotations"_s, QJsonObject { { u"team"_s, u"infra"_s } } } } },
            { u"updateMask"_s, u"annotations"_s } }));
    ResourceTypeUpdate type;
    type.values.displayName = u"Teams"_s;
    type.mask = { u"displayName"_s };
    QCOMPARE(type.toJson(),
        (QJsonObject { { u"appResourceType"_s, QJsonObject { { u"displayName"_s, u"Teams"_s } } },
            { u"updateMask"_s, u"displayName"_s } }));
}

void TestC1ClientEdits::updateAppSendsOnlyTheMask()
{
    const App made = createApp(u"Edit me"_s);
    QVERIFY(!made.id.isEmpty());
    m_tenant.server()->advanceClock(1000);
    AppUpdate update;
    update.values = made;
    update.values.displayName = u"Edited"_s;
    update.values.description.clear();
    update.values.instructions = u"changed but not masked"_s;
    update.values.annotations = { { u"managed_by"_s, u"console"_s } };
    update.mask = { u"displayName"_s, u"description"_s, u"annotations"_s };
    const auto updated = await<App>([&](auto cb) { return m_client->updateApp(made.id, update, this, cb); });
    VERIFY_OK(updated);
    QCOMPARE(updated.value().displayName, u"Edited"_s);
    QCOMPARE(updated.value().description, QString());
    QCOMPARE(updated.value().instructions, made.instructions);
    QCOMPARE(updated.value().monthlyCostUsd, 9);
    QCOMPARE(updated.value().annotations.value(u"managed_by"_s), u"console"_s);
    QCOMPARE(updated.value().createdAt, made.createdAt);
    QVERIFY(updated.value().updatedAt > made.updatedAt);
    const auto fresh = await<App>([&](auto cb) { return m_client->getApp(made.id, this, cb); });
    VERIFY_OK(fresh);
    QCOMPARE(fresh.value().displayName, u"Edited"_s);
    QCOMPARE(fresh.value().updatedAt, updated.value().updatedAt);
}

void TestC1ClientEdits::updateAppRefusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("mask");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("appId");
    const QString app = u"AAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
    QTest::newRow("empty mask") << QStringList() << u"X"_s << app;
    QTest::newRow("unknown path") << QStringList { u"colour"_s } << u"X"_s << app;
    QTest::newRow("read-only path") << QStringList { u"createdAt"_s } << u"X"_s << app;
    QTest::newRow("snake_case path") << QStringList { u"display_name"_s } << u"X"_s << app;
    QTest::newRow("repeated path") << QStringList { u"displayName"_s, u"displayName"_s } << u"X"_s << app;
    QTest::newRow("empty display name") << QStringList { u"displayName"_s } << u"  "_s << app;
    QTest::newRow("bad app ID") << QStringList { u"displayName"_s } << u"X"_s << u"nope"_s;
}

void TestC1ClientEdits::updateAppRefusedBeforeSending()
{
    QFETCH(QStringList, mask);
    QFETCH(QString, displayName);
    QFETCH(QString, appId);
    const int requests = m_tenant.server()->requestCount();
    AppUpdate update;
    update.values.displayName = displayName;
    update.mask = mask;
    const auto refused = await<App>([&](auto cb) { return m_client->updateApp(appId, update, this, cb); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_tenant.server()->requestCount(), requests);
}

void TestC1ClientEdits::updateAppTenantRefusals()
{
    // Unknown app: 404 with the tenant's request ID.
    AppUpdate update;
    update.values.displayName = u"X"_s;
    update.mask = { u"displayName"_s };
    const auto missing
        = await<App>([&](auto cb) { return m_client->updateApp(u"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s, update, this, cb); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().grpcCode, 5);
    QVERIFY(!missing.error().requestId.isEmpty());
    // A value the tenant refuses (an enum name it does not know): 400 INVALID_ARGUMENT, nothing changed.
    const App made = createApp(u"Refused edit"_s);
    update.values.identityMatching = u"APP_USER_IDENTITY_MATCHING_FUZZY"_s;
    update.mask = { u"identityMatching"_s };
    const auto refused = await<App>([&](auto cb) { return m_client->updateApp(made.id, update, this, cb); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 400);
    QCOMPARE(refused.error().grpcCode, 3);
    QVERIFY(!refused.error().requestId.isEmpty());
    const auto fresh = await<App>([&](auto cb) { return m_client->getApp(made.id, this, cb); });
    VERIFY_OK(fresh);
    QCOMPARE(fresh.value().updatedAt, made.updatedAt);
}

void TestC1ClientEdits::deleteAppIsSoftAndIdempotent()
{
    const App made = createApp(u"Delete me"_s);
    const AppResourceType type = createType(made.id, u"ROLE"_s, u"Roles"_s);
    CreateResourceRequest resource;
    resource.displayName = u"Admin"_s;
    const auto res
        = await<AppResource>([&](auto cb) { return m_client->createResource(made.id, type.id, resource, this, cb); });
    VERIFY_OK(res);
    const auto deleted = await<Empty>([&](auto cb) { return m_client->deleteApp(made.id, this, cb); });
    VERIFY_OK(deleted);
    const auto gone = await<App>([&](auto cb) { return m_client->getApp(made.id, this, cb); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().httpStatus, 404);
    // Deleting again finds it gone: that counts as success.
    const auto again = await<Empty>([&](auto cb) { return m_client->deleteApp(made.id, this, cb); });
    VERIFY_OK(again);
    // Soft: its resources are still found by the search unless deleted apps are excluded.
    ResourceSearch search;
    search.resourceIds = { res.value().id };
    const auto found
        = await<Page<AppResource>>([&](auto cb) { return m_client->searchResources(search, {}, 0, this, cb); });
    VERIFY_OK(found);
    QCOMPARE(found.value().items.size(), 1);
    search.excludeDeletedApps = true;
    const auto excluded
        = await<Page<AppResource>>([&](auto cb) { return m_client->searchResources(search, {}, 0, this, cb); });
    VERIFY_OK(excluded);
    QVERIFY(excluded.value().items.isEmpty());
}

void TestC1ClientEdits::resourceTypeLifecycle()
{
    const App made = createApp(u"Typed"_s);
    const AppResourceType type = createType(made.id, u"CUSTOM"_s, u"Repositories"_s);
    QVERIFY(!type.id.isEmpty());
    QCOMPARE(type.appId, made.id);
    QCOMPARE(type.displayName, u"Repositories"_s);
    QVERIFY(!type.traitIds.isEmpty());
    const auto got
        = await<AppResourceType>([&](auto cb) { return m_client->getResourceType(made.id, type.id, this, cb); });
    VERIFY_OK(got);
    QCOMPARE(got.value().id, type.id);
    m_tenant.server()->advanceClock(1000);
    ResourceTypeUpdate update;
    update.values.displayName = u"Repos"_s;
    update.mask = { u"displayName"_s };
    const auto updated = await<AppResourceType>(
        [&](auto cb) { return m_client->updateResourceType(made.id, type.id, update, this, cb); });
    VERIFY_OK(updated);
    QCOMPARE(updated.value().displayName, u"Repos"_s);
    QCOMPARE(updated.value().traitIds, type.traitIds);
    QVERIFY(updated.value().updatedAt > type.updatedAt);
    // Refused before sending: both fields of a create are required and the kind must be one C1 knows.
    const int requests = m_tenant.server()->requestCount();
    for (const CreateResourceTypeRequest& bad : { CreateResourceTypeRequest { u""_s, u"ROLE"_s },
             CreateResourceTypeRequest { u"X"_s, u""_s }, CreateResourceTypeRequest { u"X"_s, u"THING"_s } }) {
        const auto refused
            = await<AppResourceType>([&](auto cb) { return m_client->createResourceType(made.id, bad, this, cb); });
        QCOMPARE(refused.error().kind, ApiError::Kind::InvalidInput);
    }
    update.mask = { u"traitIds"_s };
    const auto badMask = await<AppResourceType>(
        [&](auto cb) { return m_client->updateResourceType(made.id, type.id, update, this, cb); });
    QCOMPARE(badMask.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_tenant.server()->requestCount(), requests);
    // 404 for a type the app does not have.
    update.mask = { u"displayName"_s };
    const auto missing = await<AppResourceType>([&](auto cb) {
        return m_client->updateResourceType(made.id, u"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s, update, this, cb);
    });
    QCOMPARE(missing.error().httpStatus, 404);
}

void TestC1ClientEdits::secondGroupIsRefusedAsTheTenantDoes()
{
    const App made = createApp(u"Grouped"_s);
    QVERIFY(!createType(made.id, u"GROUP"_s, u"Teams"_s).id.isEmpty());
    const int requests = m_tenant.server()->requestCount();
    const auto second = await<AppResourceType>([&](auto cb) {
        return m_client->createResourceType(
            made.id, CreateResourceTypeRequest { u"More teams"_s, u"GROUP"_s }, this, cb);
    });
    QVERIFY(!second.ok());
    QCOMPARE(second.error().httpStatus, 500);
    QCOMPARE(second.error().grpcCode, 13);
    QCOMPARE(m_tenant.server()->requestCount(), requests + 1); // a POST is never re-sent blindly
    QVERIFY(!createType(made.id, u"CUSTOM"_s, u"Extra 1"_s).id.isEmpty());
    QVERIFY(!createType(made.id, u"CUSTOM"_s, u"Extra 2"_s).id.isEmpty());
    const auto types
        = await<Page<AppResourceType>>([&](auto cb) { return m_client->listResourceTypes(made.id, {}, 0, this, cb); });
    VERIFY_OK(types);
    QCOMPARE(types.value().items.size(), 3);
}

void TestC1ClientEdits::deleteTypeTakesItsResources()
{
    const App made = createApp(u"Cascade"_s);
    const AppResourceType type = createType(made.id, u"PROJECT"_s, u"Projects"_s);
    QStringList ids;
    for (const QString& name : { u"Apollo"_s, u"Borealis"_s }) {
        CreateResourceRequest create;
        create.displayName = name;
        const auto res
            = await<AppResource>([&](auto cb) { return m_client->createResource(made.id, type.id, create, this, cb); });
        VERIFY_OK(res);
        ids.append(res.value().id);
    }
    const auto deleted
        = await<Empty>([&](auto cb) { return m_client->deleteResourceType(made.id, type.id, this, cb); });
    VERIFY_OK(deleted);
    const auto type404
        = await<AppResourceType>([&](auto cb) { return m_client->getResourceType(made.id, type.id, this, cb); });
    QCOMPARE(type404.error().httpStatus, 404);
    for (const QString& id : std::as_const(ids)) {
        const auto gone
            = await<AppResource>([&](auto cb) { return m_client->getResource(made.id, type.id, id, this, cb); });
        QCOMPARE(gone.error().httpStatus, 404);
    }
    ResourceSearch search;
    search.resourceIds = ids;
    const auto found
        = await<Page<AppResource>>([&](auto cb) { return m_client->searchResources(search, {}, 0, this, cb); });
    VERIFY_OK(found);
    QVERIFY(found.value().items.isEmpty());
    const auto again = await<Empty>([&](auto cb) { return m_client->deleteResourceType(made.id, type.id, this, cb); });
    VERIFY_OK(again); // already gone
}

void TestC1ClientEdits::updateAndDeleteResource()
{
    const App made = createApp(u"Resourceful"_s);
    const AppResourceType type = createType(made.id, u"VAULT"_s, u"Vaults"_s);
    CreateResourceRequest create;
    create.displayName = u"Break glass"_s;
    const auto res
        = await<AppResource>([&](auto cb) { return m_client->createResource(made.id, type.id, create, this, cb); });
    VERIFY_OK(res);
    m_tenant.server()->advanceClock(1000);
    ResourceUpdate update;
    update.values = res.value();
    update.values.displayName = u"not masked"_s;
    update.values.description = u"for emergencies"_s;
    update.values.annotations = { { u"tier"_s, u"gold"_s } };
    update.mask = { u"description"_s, u"annotations"_s };
    const auto updated = await<AppResource>(
        [&](auto cb) { return m_client->updateResource(made.id, type.id, res.value().id, update, this, cb); });
    VERIFY_OK(updated);
    QCOMPARE(updated.value().displayName, u"Break glass"_s);
    QCOMPARE(updated.value().description, u"for emergencies"_s);
    QCOMPARE(updated.value().annotations.value(u"tier"_s), u"gold"_s);
    QVERIFY(updated.value().updatedAt > res.value().updatedAt);
    const auto deleted
        = await<Empty>([&](auto cb) { return m_client->deleteResource(made.id, type.id, res.value().id, this, cb); });
    VERIFY_OK(deleted);
    const auto missing = await<AppResource>(
        [&](auto cb) { return m_client->updateResource(made.id, type.id, res.value().id, update, this, cb); });
    QCOMPARE(missing.error().httpStatus, 404);
    // A synced resource (demo app 0 has a connector) cannot be deleted: FAILED_PRECONDITION, it stays.
    const QString syncedApp = m_tenant.server()->appIds().at(0);
    const auto types = await<Page<AppResourceType>>(
        [&](auto cb) { return m_client->listResourceTypes(syncedApp, {}, 0, this, cb); });
    VERIFY_OK(types);
    const QString syncedType = types.value().items.first().id;
    const auto resources = await<Page<AppResource>>(
        [&](auto cb) { return m_client->listResources(syncedApp, syncedType, {}, 0, this, cb); });
    VERIFY_OK(resources);
    const QString synced = resources.value().items.first().id;
    const auto refused
        = await<Empty>([&](auto cb) { return m_client->deleteResource(syncedApp, syncedType, synced, this, cb); });
    QCOMPARE(refused.error().httpStatus, 400);
    QCOMPARE(refused.error().grpcCode, 9);
    const auto still
        = await<AppResource>([&](auto cb) { return m_client->getResource(syncedApp, syncedType, synced, this, cb); });
    VERIFY_OK(still);
}

QTEST_GUILESS_MAIN(TestC1ClientEdits)
#include "tst_c1client_edits.moc"

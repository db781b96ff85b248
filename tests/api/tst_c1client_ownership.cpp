// C1Client's ownership calls of issue 15 against the in-process sandbox tenant: owners of an entitlement (the fifth
// v2 owner kind: list, get, add, remove of user and entitlement owners), the user-ownership search (paged, types,
// consistent with owner writes and with ownership set at creation), the resource search's unownedOnly and
// ownerUserIds, and users' status and deletedAt.

#include "api/ConnectorOwners.h"
#include "api/Paging.h"
#include "support/TestTenant.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;
using namespace c1::test;

class TestC1ClientOwnership : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void entryToleratesUnknownValues();
    void entitlementOwners_data();
    void entitlementOwners();
    void entitlementTargetRefusedBeforeSending();
    void departedUserStatus();
    void ownershipOfTheDepartedUser();
    void ownershipFollowsWrites();
    void ownershipRefusals();
    void resourceSearchOwnershipFilters();
    void connectorSourcedOwners();

private:
    QList<UserOwnershipEntry> ownership(const UserOwnershipSearch& search, int pageSize = 0);
    QList<AppResource> allResources(const ResourceSearch& search);
    User departed();

    TestTenant m_tenant;
    C1Client* m_client = nullptr;
    QList<User> m_enabled;
};

void TestC1ClientOwnership::initTestCase()
{
    SandboxDataSize size;
    size.apps = 12;
    size.resourceTypesPerApp = 2;
    size.resourcesPerType = 4;
    size.entitlementsPerApp = 3;
    size.users = 30;
    QVERIFY(m_tenant.start(SandboxOptions {}, size, TestTenant::noRetry()));
    m_client = m_tenant.client();
    UserSearch search;
    search.userStatuses = { u"ENABLED"_s };
    const auto users = await<Page<User>>([&](auto cb) { return m_client->searchUsers(search, {}, 100, this, cb); });
    VERIFY_OK(users);
    m_enabled = users.value().items;
    QVERIFY(m_enabled.size() >= 20);
}

QList<UserOwnershipEntry> TestC1ClientOwnership::ownership(const UserOwnershipSearch& search, int pageSize)
{
    QList<UserOwnershipEntry> rows;
    std::optional<ApiError> done;
    PageStream<UserOwnershipEntry>::start(
        [this, search, pageSize](
            const QString& token, QObject* context, C1Client::Callback<Page<UserOwnershipEntry>> cb) {
            return m_client->searchUserOwnership(search, token, pageSize, context, std::move(cb));
        },
        this, [&rows](QList<UserOwnershipEntry> page) { rows += page; },
        [&done](const ApiError& error) { done = error; });
    if (!QTest::qWaitFor([&done] { return done.has_value(); }, 20000) || done->isError()) {
        qWarning("ownership search failed: %s", done ? qPrintable(done->fullDetail()) : "no answer");
        return {};
    }
    return rows;
}

QList<AppResource> TestC1ClientOwnership::allResources(const ResourceSearch& search)
{
    QList<AppResource> rows;
    std::optional<ApiError> done;
    PageStream<AppResource>::start(
        [this, search](const QString& token, QObject* context, C1Client::Callback<Page<AppResource>> cb) {
            return m_client->searchResources(search, token, 100, context, std::move(cb));
        },
        this, [&rows](QList<AppResource> page) { rows += page; }, [&done](const ApiError& error) { done = error; });
    if (!QTest::qWaitFor([&done] { return done.has_value(); }, 20000) || done->isError())
        return {};
    return rows;
}

User TestC1ClientOwnership::departed()
{
    UserSearch search;
    search.userStatuses = { u"DELETED"_s };
    const auto users = await<Page<User>>([&](auto cb) { return m_client->searchUsers(search, {}, 0, this, cb); });
    return users.ok() && users.value().items.size() == 1 ? users.value().items.first() : User();
}

void TestC1ClientOwnership::entryToleratesUnknownValues()
{
    const UserOwnershipEntry odd = UserOwnershipEntry::fromJson(QJsonObject {
        { u"ownershipType"_s, u"USER_OWNERSHIP_TYPE_GROUP"_s }, { u"appId"_s, u"AAAAAAAAAAAAAAAAAAAAAAAAAAA"_s },
        { u"appDisplayName"_s, QJsonValue() }, { u"resourceId"_s, 5 } });
    QCOMPARE(odd.type, UserOwnershipEntry::Type::Unknown);
    QCOMPARE(odd.ownershipType, u"USER_OWNERSHIP_TYPE_GROUP"_s);
    QCOMPARE(odd.appDisplayName, QString());
    QVERIFY(!odd.target().has_value());
    QCOMPARE(odd.toJson().value(u"ownershipType"_s).toString(), u"USER_OWNERSHIP_TYPE_GROUP"_s);
    const UserOwnershipEntry ent = UserOwnershipEntry::fromJson(QJsonObject {
        { u"ownershipType"_s, u"USER_OWNERSHIP_TYPE_ENTITLEMENT"_s }, { u"appId"_s, u"AAAAAAAAAAAAAAAAAAAAAAAAAAA"_s },
        { u"entitlementId"_s, u"BBBBBBBBBBBBBBBBBBBBBBBBBBB"_s }, { u"entitlementDisplayName"_s, u"Admin"_s } });
    QCOMPARE(ent.type, UserOwnershipEntry::Type::Entitlement);
    const auto target = ent.target();
    QVERIFY(target.has_value());
    QCOMPARE(target->kind, OwnerTarget::Kind::Entitlement);
    QCOMPARE(target->key(), u"entitlement/AAAAAAAAAAAAAAAAAAAAAAAAAAA/BBBBBBBBBBBBBBBBBBBBBBBBBBB"_s);
    QCOMPARE(target->displayName, u"Admin"_s);
    QCOMPARE(UserOwnershipEntry::fromJson(QJsonObject {}).type, UserOwnershipEntry::Type::Unspecified);
}

void TestC1ClientOwnership::entitlementOwners_data()
{
    QTest::addColumn<bool>("user");
    QTest::newRow("user owner") << true;
    QTest::newRow("entitlement owner") << false;
}

void TestC1ClientOwnership::entitlementOwners()
{
    QFETCH(bool, user);
    const QString appId = m_tenant.server()->appIds().at(5);
    const auto ents
        = await<Page<AppEntitlement>>([&](auto cb) { return m_client->listEntitlements(appId, {}, 0, this, cb); });
    VERIFY_OK(ents);
    const AppEntitlement owned = ents.value().items.at(0);
    const OwnerTarget target = OwnerTarget::entitlement(appId, owned.id, owned.displayName);
    const OwnerRef ref
        = user ? OwnerRef::user(m_enabled.at(7).id) : OwnerRef::ofEntitlement(appId, ents.value().items.at(1).id);

    const auto added
        = await<OwnerRecord>([&](auto cb) { return m_client->addOwner(target, u"secondary"_s, ref, this, cb); });
    VERIFY_OK(added);
    QCOMPARE(added.value().ref.key(), ref.key());
    QCOMPARE(added.value().roleSlug, u"secondary"_s);
    QCOMPARE(added.value().target.kind, OwnerTarget::Kind::Entitlement);
    QCOMPARE(added.value().target.entitlementId, owned.id);
    QVERIFY(user ? added.value().user.has_value() : added.value().entitlement.has_value());
    QVERIFY(m_tenant.server()->entitlementOwnersOf(appId, owned.id).value(u"secondary"_s).contains(ref.key()));

    const auto got
        = await<OwnerRecord>([&](auto cb) { return m_client->getOwner(target, u"secondary"_s, ref, this, cb); });
    VERIFY_OK(got);
    QCOMPARE(got.value().ref.key(), ref.key());
    const auto listed = await<Page<OwnerRecord>>(
        [&](auto cb) { return m_client->listOwners(target, ref.kind, u"secondary"_s, {}, 0, this, cb); });
    VERIFY_OK(listed);
    QCOMPARE(listed.value().items.size(), 1);
    QCOMPARE(listed.value().items.first().ref.key(), ref.key());
    QCOMPARE(listed.value().items.first().target, target);

    // Added twice: the tenant says so (409) and writes nothing twice.
    const auto twice
        = await<OwnerRecord>([&](auto cb) { return m_client->addOwner(target, u"secondary"_s, ref, this, cb); });
    QCOMPARE(twice.error().httpStatus, 409);
    QCOMPARE(m_tenant.server()->ownerWrites(appId, {}, owned.id, ref.key()), 1);

    const auto removed
        = await<Empty>([&](auto cb) { return m_client->removeOwner(target, u"secondary"_s, ref, this, cb); });
    VERIFY_OK(removed);
    const auto missing
        = await<OwnerRecord>([&](auto cb) { return m_client->getOwner(target, u"secondary"_s, ref, this, cb); });
    QCOMPARE(missing.error().httpStatus, 404);
    QVERIFY(m_tenant.server()->entitlementOwnersOf(appId, owned.id).isEmpty());
    // An unknown role slug is the tenant's to refuse.
    const auto badRole
        = await<OwnerRecord>([&](auto cb) { return m_client->addOwner(target, u"boss"_s, ref, this, cb); });
    QCOMPARE(badRole.error().httpStatus, 400);
}

void TestC1ClientOwnership::entitlementTargetRefusedBeforeSending()
{
    const int requests = m_tenant.server()->requestCount();
    const OwnerTarget bad = OwnerTarget::entitlement(m_tenant.server()->appIds().at(0), u"short"_s);
    const auto listed = await<Page<OwnerRecord>>(
        [&](auto cb) { return m_client->listOwners(bad, OwnerKind::User, {}, {}, 0, this, cb); });
    QCOMPARE(listed.error().kind, ApiError::Kind::InvalidInput);
    const auto added = await<OwnerRecord>(
        [&](auto cb) { return m_client->addOwner(bad, u"primary"_s, OwnerRef::user(m_enabled.first().id), this, cb); });
    QCOMPARE(added.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_tenant.server()->requestCount(), requests);
}

void TestC1ClientOwnership::departedUserStatus()
{
    const User user = departed();
    QVERIFY(!user.id.isEmpty());
    QCOMPARE(user.status, u"DELETED"_s);
    QVERIFY(!user.isEnabled());
    QVERIFY(user.deletedAt.isValid());
    const auto got = await<User>([&](auto cb) { return m_client->getUser(user.id, this, cb); });
    VERIFY_OK(got);
    QCOMPARE(got.value().status, u"DELETED"_s);
    QCOMPARE(got.value().deletedAt, user.deletedAt);
    QVERIFY(!m_enabled.first().deletedAt.isValid());
}

void TestC1ClientOwnership::ownershipOfTheDepartedUser()
{
    const User user = departed();
    const QList<UserOwnershipEntry> all = ownership(UserOwnershipSearch { user.id, {} }, 10);
    QCOMPARE(all.size(), 12);
    QSet<QString> apps, keys;
    for (const UserOwnershipEntry& entry : all) {
        apps.insert(entry.appId);
        const auto target = entry.target();
        QVERIFY(target.has_value());
        keys.insert(target->key());
        // The entry has no role slug: the object's get-one tells which role (the demo's is "primary").
        const auto owner = await<OwnerRecord>(
            [&](auto cb) { return m_client->getOwner(*target, u"primary"_s, OwnerRef::user(user.id), this, cb); });
        VERIFY_OK(owner);
    }
    QCOMPARE(keys.size(), 12);
    QCOMPARE(apps.size(), 3);
    const auto resources = ownership(UserOwnershipSearch { user.id, { u"USER_OWNERSHIP_TYPE_RESOURCE"_s } });
    QCOMPARE(resources.size(), 6);
    for (const UserOwnershipEntry& entry : resources) {
        QCOMPARE(entry.type, UserOwnershipEntry::Type::Resource);
        QVERIFY(!entry.resourceDisplayName.isEmpty());
    }
}

void TestC1ClientOwnership::ownershipFollowsWrites()
{
    const User& user = m_enabled.at(11);
    auto keys = [this, &user] {
        QSet<QString> out;
        for (const UserOwnershipEntry& entry : ownership(UserOwnershipSearch { user.id, {} }, 100)) {
            if (const auto target = entry.target())
                out.insert(target->key());
        }
        return out;
    };
    QSet<QString> expected = keys();
    const QString appId = m_tenant.server()->appIds().at(9);
    const auto ents
        = await<Page<AppEntitlement>>([&](auto cb) { return m_client->listEntitlements(appId, {}, 0, this, cb); });
    VERIFY_OK(ents);
    const OwnerTarget ent = OwnerTarget::entitlement(appId, ents.value().items.last().id);
    const auto added = await<OwnerRecord>(
        [&](auto cb) { return m_client->addOwner(ent, u"primary"_s, OwnerRef::user(user.id), this, cb); });
    VERIFY_OK(added);
    expected.insert(ent.key());
    QCOMPARE(keys(), expected);

    CreateAppRequest create;
    create.displayName = u"Owned from the start"_s;
    create.owners = { user.id };
    const auto app = await<App>([&](auto cb) { return m_client->createApp(create, this, cb); });
    VERIFY_OK(app);
    expected.insert(OwnerTarget::app(app.value().id).key());
    QCOMPARE(keys(), expected);
    const auto type = await<AppResourceType>([&](auto cb) {
        return m_client->createResourceType(
            app.value().id, CreateResourceTypeRequest { u"Things"_s, u"CUSTOM"_s }, this, cb);
    });
    VERIFY_OK(type);
    CreateResourceRequest resource;
    resource.displayName = u"Thing"_s;
    resource.resourceOwnerUserIds = { user.id };
    const auto made = await<AppResource>(
        [&](auto cb) { return m_client->createResource(app.value().id, type.value().id, resource, this, cb); });
    VERIFY_OK(made);
    expected.insert(OwnerTarget::resource(app.value().id, type.value().id, made.value().id).key());
    QCOMPARE(keys(), expected);

    const auto removed = await<Empty>(
        [&](auto cb) { return m_client->removeOwner(ent, u"primary"_s, OwnerRef::user(user.id), this, cb); });
    VERIFY_OK(removed);
    expected.remove(ent.key());
    QCOMPARE(keys(), expected);
    const auto deleted = await<Empty>([&](auto cb) { return m_client->deleteApp(app.value().id, this, cb); });
    VERIFY_OK(deleted);
    expected.remove(OwnerTarget::app(app.value().id).key());
    expected.remove(OwnerTarget::resource(app.value().id, type.value().id, made.value().id).key());
    QCOMPARE(keys(), expected);
}

void TestC1ClientOwnership::ownershipRefusals()
{
    const int requests = m_tenant.server()->requestCount();
    const auto bad = await<Page<UserOwnershipEntry>>([&](auto cb) {
        return m_client->searchUserOwnership(UserOwnershipSearch { u"nobody"_s, {} }, {}, 0, this, cb);
    });
    QCOMPARE(bad.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_tenant.server()->requestCount(), requests);
    const auto unknown = await<Page<UserOwnershipEntry>>([&](auto cb) {
        return m_client->searchUserOwnership(
            UserOwnershipSearch { u"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s, {} }, {}, 0, this, cb);
    });
    QCOMPARE(unknown.error().httpStatus, 404);
    QVERIFY(!unknown.error().requestId.isEmpty());
    const auto badType = await<Page<UserOwnershipEntry>>([&](auto cb) {
        return m_client->searchUserOwnership(
            UserOwnershipSearch { m_enabled.first().id, { u"GROUP"_s } }, {}, 0, this, cb);
    });
    QCOMPARE(badType.error().httpStatus, 400);
    QCOMPARE(badType.error().grpcCode, 3);
}

void TestC1ClientOwnership::resourceSearchOwnershipFilters()
{
    const User user = departed();
    ResourceSearch byOwner;
    byOwner.ownerUserIds = { user.id };
    const QList<AppResource> owned = allResources(byOwner);
    QCOMPARE(owned.size(), 6);
    QSet<QString> fromOwnership;
    for (const UserOwnershipEntry& entry :
        ownership(UserOwnershipSearch { user.id, { u"USER_OWNERSHIP_TYPE_RESOURCE"_s } }))
        fromOwnership.insert(entry.resourceId);
    for (const AppResource& r : owned)
        QVERIFY(fromOwnership.contains(r.id));

    ResourceSearch unowned;
    unowned.unownedOnly = true;
    const QList<AppResource> nobody = allResources(unowned);
    for (const AppResource& r : nobody)
        QVERIFY(m_tenant.server()->ownersOf(r.appId, r.appResourceTypeId, r.id).value(u"primary"_s).isEmpty());
    ResourceSearch none;
    none.ownerUserIds = { u"none"_s };
    QCOMPARE(allResources(none).size(), nobody.size());

    // Refused before sending: both filters at once, or an owner ID that is neither an ID nor "none".
    const int requests = m_tenant.server()->requestCount();
    ResourceSearch both = unowned;
    both.ownerUserIds = { user.id };
    const auto refused
        = await<Page<AppResource>>([&](auto cb) { return m_client->searchResources(both, {}, 0, this, cb); });
    QCOMPARE(refused.error().kind, ApiError::Kind::InvalidInput);
    ResourceSearch badId;
    badId.ownerUserIds = { u"someone"_s };
    const auto refusedId
        = await<Page<AppResource>>([&](auto cb) { return m_client->searchResources(badId, {}, 0, this, cb); });
    QCOMPARE(refusedId.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_tenant.server()->requestCount(), requests);
}

// GET …/resource/{id}/owners (v1): immutableUserIds names the owners the connector sourced; such an owner is
// refused to DELETE, and the call is refused before sending for anything but a resource.
void TestC1ClientOwnership::connectorSourcedOwners()
{
    const QString appId = m_tenant.server()->appIds().constFirst();
    const auto types
        = await<Page<AppResourceType>>([&](auto cb) { return m_client->listResourceTypes(appId, {}, 10, this, cb); });
    VERIFY_OK(types);
    const QString typeId = types.value().items.constFirst().id;
    const auto resources
        = await<Page<AppResource>>([&](auto cb) { return m_client->listResources(appId, typeId, {}, 10, this, cb); });
    VERIFY_OK(resources);
    const OwnerTarget target = OwnerTarget::resource(appId, typeId, resources.value().items.constFirst().id);
    const QStringList keys = m_tenant.server()->ownersOf(appId, typeId, target.resourceId).value(u"primary"_s)
        + m_tenant.server()->ownersOf(appId, typeId, target.resourceId).value(u"secondary"_s);
    QVERIFY(!keys.isEmpty());
    const QString userId = keys.constFirst().mid(5);
    const auto before
        = await<QStringList>([&](auto cb) { return listImmutableResourceOwners(m_client, target, this, cb); });
    VERIFY_OK(before);
    QVERIFY(before.value().isEmpty());
    QVERIFY(m_tenant.server()->setConnectorOwner(appId, typeId, target.resourceId, userId));
    const auto after
        = await<QStringList>([&](auto cb) { return listImmutableResourceOwners(m_client, target, this, cb); });
    VERIFY_OK(after);
    QCOMPARE(after.value(), QStringList { userId });
    const QString role = m_tenant.server()
                             ->ownersOf(appId, typeId, target.resourceId)
                             .value(u"primary"_s)
                             .contains(u"user/"_s + userId)
        ? u"primary"_s
        : u"secondary"_s;
    const auto removed
        = await<Empty>([&](auto cb) { return m_client->removeOwner(target, role, OwnerRef::user(userId), this, cb); });
    QVERIFY(!removed);
    QCOMPARE(removed.error().httpStatus, 400);
    QCOMPARE(removed.error().grpcCode, 9);
    const auto refused = await<QStringList>(
        [&](auto cb) { return listImmutableResourceOwners(m_client, OwnerTarget::app(appId), this, cb); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ApiError::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestC1ClientOwnership)
#include "tst_c1client_ownership.moc"

// The sandbox's ownership endpoints of issue 15, over real loopback HTTP: the owners of an entitlement (the fifth
// v2 owner kind), POST /api/v1/search/user-ownership (consistent with every owner write, ownership set at creation
// included), the resource search's unownedOnly / ownerUserIds, users' status and deletedAt, and the demo tenant's
// departed user.

#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace c1;
using namespace c1::test;
using namespace Qt::StringLiterals;

namespace {

const QString Unknown27 = u"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s;

QString field(const QJsonValue& value, const QString& path)
{
    QJsonValue v = value;
    for (const QString& key : path.split(u'.'))
        v = v.toObject().value(key);
    return v.toString();
}

} // namespace

class TestSandboxOwnership : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void departedUserHasStatusAndDeletedAt();
    void departedUserOwnsAcrossApps();
    void ownershipPaging();
    void ownershipFilterByType();
    void ownershipValidation_data();
    void ownershipValidation();
    void ownershipFollowsEveryWrite();
    void ownershipWaitsForVisibility();
    void entitlementUserOwnerLifecycle();
    void entitlementEntitlementOwners();
    void entitlementOwnerRefusals_data();
    void entitlementOwnerRefusals();
    void entitlementOwnerLimitAndReplace();
    void unownedOnlyAndOwnerUserIds();
    void ownerFilterRefusals();

private:
    // Every row of a POST search, following nextPageToken (each token used once).
    QJsonArray searchAll(const QString& path, QJsonObject body);
    // "TYPE|objectId" keys of a user's ownership entries.
    QSet<QString> ownedBy(const QString& userId);
    QString departedUser();
    QString userNotOwning(const QString& appId);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_http;
    QStringList m_enabled;
    QString m_app; // a demo app (index 4) and one of its entitlements
    QString m_ent;
    QString m_ent2;
};

void TestSandboxOwnership::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxDataSize size;
    size.apps = 12;
    size.resourceTypesPerApp = 2;
    size.resourcesPerType = 4;
    size.entitlementsPerApp = 3;
    size.users = 45;
    m_http = SandboxTestClient::startSignedIn(*m_server, size);
    QVERIFY(m_http);
    for (const QJsonValue& row :
        searchAll(u"/api/v1/search/users"_s, { { u"userStatuses"_s, QJsonArray { u"ENABLED"_s } } }))
        m_enabled.append(row.toObject().value(u"userId"_s).toString());
    QVERIFY(m_enabled.size() >= 41);
    m_app = m_server->appIds().at(4);
    const QJsonArray ents = m_http->get(u"/api/v1/apps/%1/entitlements"_s.arg(m_app)).json.value(u"list"_s).toArray();
    m_ent = field(ents.at(0), u"appEntitlement.id"_s);
    m_ent2 = field(ents.at(1), u"appEntitlement.id"_s);
    QVERIFY(!m_ent.isEmpty() && !m_ent2.isEmpty());
}

QJsonArray TestSandboxOwnership::searchAll(const QString& path, QJsonObject body)
{
    QJsonArray rows;
    QSet<QString> tokens;
    for (int pages = 0; pages < 100; ++pages) {
        const Reply reply = m_http->post(path, body);
        if (reply.status != 200) {
            qWarning("%s: %d %s", qPrintable(path), reply.status, reply.body.constData());
            return {};
        }
        for (const QJsonValue& row : reply.json.value(u"list"_s).toArray())
            rows.append(row);
        const QString token = reply.json.value(u"nextPageToken"_s).toString();
        if (token.isEmpty() || tokens.contains(token))
            break;
        tokens.insert(token);
        body.insert(u"pageToken"_s, token);
    }
    return rows;
}

QSet<QString> TestSandboxOwnership::ownedBy(const QString& userId)
{
    QSet<QString> keys;
    for (const QJsonValue& row :
        searchAll(u"/api/v1/search/user-ownership"_s, { { u"userId"_s, userId }, { u"pageSize"_s, 100 } })) {
        const QJsonObject e = row.toObject();
        const QString type = e.value(u"ownershipType"_s).toString();
        const QString id = type == u"USER_OWNERSHIP_TYPE_APP"_s ? e.value(u"appId"_s).toString()
            : type == u"USER_OWNERSHIP_TYPE_RESOURCE"_s         ? e.value(u"resourceId"_s).toString()
                                                                : e.value(u"entitlementId"_s).toString();
        keys.insert(type.section(u'_', 3) + u'|' + id);
    }
    return keys;
}

QString TestSandboxOwnership::departedUser()
{
    const QJsonArray rows
        = m_http->post(u"/api/v1/search/users"_s, { { u"userStatuses"_s, QJsonArray { u"DELETED"_s } } })
              .json.value(u"list"_s)
              .toArray();
    return rows.size() == 1 ? rows.at(0).toObject().value(u"userId"_s).toString() : QString();
}

QString TestSandboxOwnership::userNotOwning(const QString& appId)
{
    for (const QString& user : std::as_const(m_enabled)) {
        bool owns = false;
        for (const QStringList& keys : m_server->ownersOf(appId))
            owns |= keys.contains(u"user/"_s + user);
        if (!owns)
            return user;
    }
    return {};
}

void TestSandboxOwnership::departedUserHasStatusAndDeletedAt()
{
    const QString id = departedUser();
    QVERIFY(!id.isEmpty());
    const QJsonObject user
        = m_http->get(u"/api/v1/users/"_s + id).json.value(u"userView"_s).toObject().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"status"_s).toString(), u"DELETED"_s);
    QVERIFY(user.value(u"deletedAt"_s).toString().endsWith(u'Z'));
    // Enabled users carry a null deletedAt.
    const QJsonObject enabled = m_http->get(u"/api/v1/users/"_s + m_enabled.first())
                                    .json.value(u"userView"_s)
                                    .toObject()
                                    .value(u"user"_s)
                                    .toObject();
    QVERIFY(enabled.value(u"deletedAt"_s).isNull());
    // DISABLED and DELETED are separate statuses in the search.
    for (const QJsonValue& row :
        searchAll(u"/api/v1/search/users"_s, { { u"userStatuses"_s, QJsonArray { u"DISABLED"_s } } }))
        QVERIFY(row.toObject().value(u"userId"_s).toString() != id);
}

void TestSandboxOwnership::departedUserOwnsAcrossApps()
{
    const QString user = departedUser();
    const QJsonArray rows = searchAll(u"/api/v1/search/user-ownership"_s, { { u"userId"_s, user } });
    QMap<QString, int> byType;
    QSet<QString> apps;
    int alone = 0, shared = 0;
    for (const QJsonValue& row : rows) {
        const QJsonObject e = row.toObject();
        const QString type = e.value(u"ownershipType"_s).toString();
        ++byType[type];
        apps.insert(e.value(u"appId"_s).toString());
        QVERIFY(!e.value(u"appDisplayName"_s).toString().isEmpty());
        QString owners;
        if (type == u"USER_OWNERSHIP_TYPE_APP"_s) {
            owners = u"/api/v2/apps/%1/owners/users?role_slug=primary"_s.arg(e.value(u"appId"_s).toString());
        } else if (type == u"USER_OWNERSHIP_TYPE_RESOURCE"_s) {
            QVERIFY(!e.value(u"resourceDisplayName"_s).toString().isEmpty());
            owners = u"/api/v2/apps/%1/resource_types/%2/resources/%3/owners/users?role_slug=primary"_s.arg(
                e.value(u"appId"_s).toString(), e.value(u"resourceTypeId"_s).toString(),
                e.value(u"resourceId"_s).toString());
        } else {
            QCOMPARE(type, u"USER_OWNERSHIP_TYPE_ENTITLEMENT"_s);
            QVERIFY(!e.value(u"entitlementDisplayName"_s).toString().isEmpty());
            owners = u"/api/v2/apps/%1/entitlements/%2/owners/users?role_slug=primary"_s.arg(
                e.value(u"appId"_s).toString(), e.value(u"entitlementId"_s).toString());
        }
        // Every entry agrees with the object's own owner list.
        const QJsonArray list = m_http->get(owners).json.value(u"list"_s).toArray();
        QStringList ids;
        for (const QJsonValue& owner : list)
            ids.append(field(owner, u"user.id"_s));
        QVERIFY2(ids.contains(user), qPrintable(owners));
        (ids.size() == 1 ? alone : shared) += 1;
    }
    QCOMPARE(apps.size(), 3); // apps 2, 6 and 10 of twelve
    QCOMPARE(byType.value(u"USER_OWNERSHIP_TYPE_APP"_s), 3);
    QCOMPARE(byType.value(u"USER_OWNERSHIP_TYPE_RESOURCE"_s), 6);
    QCOMPARE(byType.value(u"USER_OWNERSHIP_TYPE_ENTITLEMENT"_s), 3);
    QVERIFY(alone >= 3 && shared >= 3);
}

void TestSandboxOwnership::ownershipPaging()
{
    const QString user = departedUser();
    const Reply first
        = m_http->post(u"/api/v1/search/user-ownership"_s, { { u"userId"_s, user }, { u"pageSize"_s, 3 } });
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"list"_s).toArray().size(), 10); // clamped to 10
    const QString token = first.json.value(u"nextPageToken"_s).toString();
    QVERIFY(!token.isEmpty());
    const Reply second = m_http->post(
        u"/api/v1/search/user-ownership"_s, { { u"userId"_s, user }, { u"pageSize"_s, 3 }, { u"pageToken"_s, token } });
    QCOMPARE(second.json.value(u"list"_s).toArray().size(), 2);
    QVERIFY(second.json.value(u"nextPageToken"_s).toString().isEmpty());
    QSet<QString> seen;
    for (const Reply* page : { &first, &second }) {
        for (const QJsonValue& row : page->json.value(u"list"_s).toArray())
            seen.insert(QString::fromUtf8(QJsonDocument(row.toObject()).toJson()));
    }
    QCOMPARE(seen.size(), 12);
    // A token belongs to its search: another user's or another filter's is refused, as is garbage.
    const Reply other = m_http->post(
        u"/api/v1/search/user-ownership"_s, { { u"userId"_s, m_enabled.first() }, { u"pageToken"_s, token } });
    QCOMPARE(other.status, 400);
    QCOMPARE(other.code(), 3);
    const Reply filtered = m_http->post(u"/api/v1/search/user-ownership"_s,
        { { u"userId"_s, user }, { u"ownershipTypes"_s, QJsonArray { u"USER_OWNERSHIP_TYPE_APP"_s } },
            { u"pageToken"_s, token } });
    QCOMPARE(filtered.status, 400);
    QCOMPARE(
        m_http->post(u"/api/v1/search/user-ownership"_s, { { u"userId"_s, user }, { u"pageToken"_s, u"zz"_s } }).status,
        400);
}

void TestSandboxOwnership::ownershipFilterByType()
{
    const QString user = departedUser();
    const QJsonArray resources = searchAll(u"/api/v1/search/user-ownership"_s,
        { { u"userId"_s, user }, { u"ownershipTypes"_s, QJsonArray { u"USER_OWNERSHIP_TYPE_RESOURCE"_s } } });
    QCOMPARE(resources.size(), 6);
    for (const QJsonValue& row : resources)
        QCOMPARE(row.toObject().value(u"ownershipType"_s).toString(), u"USER_OWNERSHIP_TYPE_RESOURCE"_s);
    const QJsonArray two = searchAll(u"/api/v1/search/user-ownership"_s,
        { { u"userId"_s, user },
            { u"ownershipTypes"_s,
                QJsonArray { u"USER_OWNERSHIP_TYPE_APP"_s, u"USER_OWNERSHIP_TYPE_ENTITLEMENT"_s } } });
    QCOMPARE(two.size(), 6);
    const QJsonArray unspecified = searchAll(u"/api/v1/search/user-ownership"_s,
        { { u"userId"_s, user }, { u"ownershipTypes"_s, QJsonArray { u"USER_OWNERSHIP_TYPE_UNSPECIFIED"_s } } });
    QCOMPARE(unspecified.size(), 12);
}

void TestSandboxOwnership::ownershipValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("no user") << QByteArray("{}") << 400 << 3;
    QTest::newRow("short user ID") << QByteArray(R"({"userId":"abc"})") << 400 << 3;
    QTest::newRow("user ID a number") << QByteArray(R"({"userId":12})") << 400 << 3;
    QTest::newRow("unknown user") << QByteArray(R"({"userId":"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"})") << 404 << 5;
    QTest::newRow("unknown type") << QByteArray(
        R"({"userId":"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ","ownershipTypes":["USER_OWNERSHIP_TYPE_GROUP"]})")
                                  << 400 << 3;
    QTest::newRow("types not a list") << QByteArray(
        R"({"userId":"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ","ownershipTypes":"APP"})")
                                      << 400 << 3;
    QTest::newRow("negative page size") << QByteArray(R"({"userId":"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ","pageSize":-1})")
                                        << 400 << 3;
    QTest::newRow("null body") << QByteArray("null") << 400 << 3;
}

void TestSandboxOwnership::ownershipValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, code);
    const Reply reply = m_http->send("POST", u"/api/v1/search/user-ownership"_s, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
    QVERIFY(reply.message().contains(u"request-id"_s));
}

void TestSandboxOwnership::ownershipFollowsEveryWrite()
{
    const QString appId = m_server->appIds().at(7);
    const QString user = userNotOwning(appId);
    QVERIFY(!user.isEmpty());
    QSet<QString> expected = ownedBy(user);
    QVERIFY(!expected.contains(u"APP|"_s + appId));

    // v2 owner writes on an app, a resource and an entitlement.
    QCOMPARE(m_http->post(u"/api/v2/apps/%1/owners/users/secondary/%2"_s.arg(appId, user), {}).status, 200);
    expected.insert(u"APP|"_s + appId);
    QCOMPARE(ownedBy(user), expected);
    const QString typeId = m_http->firstResourceTypeId(appId);
    const QString resourceId = field(m_http->get(u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(appId, typeId))
                                         .json.value(u"list"_s)
                                         .toArray()
                                         .last(),
        u"appResource.id"_s);
    const QString resourceOwners
        = u"/api/v2/apps/%1/resource_types/%2/resources/%3/owners"_s.arg(appId, typeId, resourceId);
    const bool ownedResource = expected.contains(u"RESOURCE|"_s + resourceId);
    QCOMPARE(m_http->post(resourceOwners + u"/users/secondary/"_s + user, {}).status, 200);
    expected.insert(u"RESOURCE|"_s + resourceId);
    QCOMPARE(ownedBy(user), expected);
    QCOMPARE(
        m_http->post(u"/api/v2/apps/%1/entitlements/%2/owners/users/primary/%3"_s.arg(m_app, m_ent2, user), {}).status,
        200);
    expected.insert(u"ENTITLEMENT|"_s + m_ent2);
    QCOMPARE(ownedBy(user), expected);
    // Owned through a group (an entitlement owner) is not the user's own.
    QCOMPARE(m_http->post(u"/api/v2/apps/%1/owners/entitlements/secondary/%1/%2"_s.arg(m_app, m_ent), {}).status, 200);
    QCOMPARE(ownedBy(user), expected);

    // Ownership set at creation.
    const Reply app = m_http->post(
        u"/api/v1/apps"_s, { { u"displayName"_s, u"Owned at birth"_s }, { u"owners"_s, QJsonArray { user } } });
    QCOMPARE(app.status, 200);
    const QString newApp = field(app.json, u"app.id"_s);
    expected.insert(u"APP|"_s + newApp);
    QCOMPARE(ownedBy(user), expected);
    const Reply type = m_http->post(u"/api/v1/apps/%1/resource_types"_s.arg(newApp),
        { { u"displayName"_s, u"Repos"_s }, { u"resourceType"_s, u"CUSTOM"_s } });
    const QString newType = field(type.json, u"appResourceType.id"_s);
    const Reply resource = m_http->post(u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(newApp, newType),
        { { u"displayName"_s, u"infra"_s }, { u"resourceOwnerUserIds"_s, QJsonArray { user } } });
    QCOMPARE(resource.status, 200);
    const QString newResource = field(resource.json, u"appResource.id"_s);
    expected.insert(u"RESOURCE|"_s + newResource);
    QCOMPARE(ownedBy(user), expected);

    // Removals: DELETE of an owner, PUT replacing a role, deleting the resource, soft-deleting the app.
    QCOMPARE(m_http->del(u"/api/v2/apps/%1/owners/users/secondary/%2"_s.arg(appId, user)).status, 200);
    expected.remove(u"APP|"_s + appId);
    QCOMPARE(ownedBy(user), expected);
    QCOMPARE(m_http->put(resourceOwners, { { u"roleSlug"_s, u"secondary"_s }, { u"userRefs"_s, QJsonArray() } }).status,
        200);
    if (!ownedResource)
        expected.remove(u"RESOURCE|"_s + resourceId);
    QCOMPARE(ownedBy(user), expected);
    QCOMPARE(
        m_http->del(u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(newApp, newType, newResource)).status, 200);
    expected.remove(u"RESOURCE|"_s + newResource);
    QCOMPARE(ownedBy(user), expected);
    QCOMPARE(m_http->del(u"/api/v1/apps/"_s + newApp).status, 200);
    expected.remove(u"APP|"_s + newApp);
    QCOMPARE(ownedBy(user), expected);
    QCOMPARE(
        m_http->del(u"/api/v2/apps/%1/entitlements/%2/owners/users/primary/%3"_s.arg(m_app, m_ent2, user)).status, 200);
    expected.remove(u"ENTITLEMENT|"_s + m_ent2);
    QCOMPARE(ownedBy(user), expected);
    QCOMPARE(m_http->del(u"/api/v2/apps/%1/owners/entitlements/secondary/%1/%2"_s.arg(m_app, m_ent)).status, 200);
}

void TestSandboxOwnership::ownershipWaitsForVisibility()
{
    const QString appId = m_server->appIds().at(8);
    const QString user = userNotOwning(appId);
    m_server->options().ownerVisibilityDelayMs = 60'000;
    QCOMPARE(m_http->post(u"/api/v2/apps/%1/owners/users/primary/%2"_s.arg(appId, user), {}).status, 200);
    QVERIFY(!ownedBy(user).contains(u"APP|"_s + appId)); // like the owner lists: not yet
    QCOMPARE(m_http->get(u"/api/v2/apps/%1/owners/users/primary/%2"_s.arg(appId, user)).status, 200);
    m_server->advanceClock(60'001);
    QVERIFY(ownedBy(user).contains(u"APP|"_s + appId));
    m_server->options().ownerVisibilityDelayMs = 0;
    QCOMPARE(m_http->del(u"/api/v2/apps/%1/owners/users/primary/%2"_s.arg(appId, user)).status, 200);
    QVERIFY(!ownedBy(user).contains(u"APP|"_s + appId)); // a removal shows at once
}

void TestSandboxOwnership::entitlementUserOwnerLifecycle()
{
    const QString user = m_enabled.at(3);
    const QString owners = u"/api/v2/apps/%1/entitlements/%2/owners"_s.arg(m_app, m_ent);
    const QString item = owners + u"/users/secondary/"_s + user;
    const Reply created = m_http->post(item, { { u"userRef"_s, QJsonObject { { u"id"_s, user } } } });
    QCOMPARE(created.status, 200);
    const QJsonObject record = created.json.value(u"appEntitlementOwnerUser"_s).toObject();
    QCOMPARE(record.value(u"appId"_s).toString(), m_app);
    QCOMPARE(record.value(u"entitlementId"_s).toString(), m_ent);
    QCOMPARE(record.value(u"roleSlug"_s).toString(), u"secondary"_s);
    QCOMPARE(field(record, u"user.id"_s), user);
    QVERIFY(m_server->entitlementOwnersOf(m_app, m_ent).value(u"secondary"_s).contains(u"user/"_s + user));
    QCOMPARE(m_http->post(item, {}).status, 409); // already an owner
    const Reply got = m_http->get(item);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json.value(u"appEntitlementOwnerUser"_s).toObject(), record);
    const Reply listed = m_http->get(owners + u"/users?role_slug=secondary"_s);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.value(u"list"_s).toArray(), QJsonArray { record });
    QVERIFY(m_http->get(owners + u"/users?role_slug=primary"_s).json.value(u"list"_s).toArray().isEmpty());
    QCOMPARE(m_http->del(item, { { u"userRef"_s, QJsonObject { { u"id"_s, user } } } }).status, 200);
    QCOMPARE(m_http->get(item).status, 404);
    QCOMPARE(m_http->del(item).status, 404);
    QVERIFY(m_server->entitlementOwnersOf(m_app, m_ent).isEmpty());
    QCOMPARE(m_server->ownerWrites(m_app, {}, m_ent, u"user/"_s + user), 1);
}

void TestSandboxOwnership::entitlementEntitlementOwners()
{
    const QString owners = u"/api/v2/apps/%1/entitlements/%2/owners"_s.arg(m_app, m_ent);
    const QString otherApp = m_server->appIds().at(5);
    const QString group
        = field(m_http->get(u"/api/v1/apps/%1/entitlements"_s.arg(otherApp)).json.value(u"list"_s).toArray().at(0),
            u"appEntitlement.id"_s);
    const QString item = owners + u"/entitlements/primary/%1/%2"_s.arg(otherApp, group);
    const Reply created = m_http->post(
        item, { { u"appEntitlementRef"_s, QJsonObject { { u"appId"_s, otherApp }, { u"id"_s, group } } } });
    QCOMPARE(created.status, 200);
    const QJsonObject record = created.json.value(u"appEntitlementOwnerEntitlement"_s).toObject();
    QCOMPARE(record.value(u"entitlementId"_s).toString(), m_ent);
    QCOMPARE(field(record, u"appEntitlement.id"_s), group);
    QCOMPARE(field(record, u"appEntitlement.appId"_s), otherApp);
    QCOMPARE(m_http->get(item).json.value(u"appEntitlementOwnerEntitlement"_s).toObject(), record);
    QCOMPARE(m_http->get(owners + u"/entitlements"_s).json.value(u"list"_s).toArray(), QJsonArray { record });
    QVERIFY(m_http->get(owners + u"/users"_s).json.value(u"list"_s).toArray().isEmpty());
    // The body's ref must agree with the path.
    QCOMPARE(m_http
                 ->post(owners + u"/entitlements/secondary/%1/%2"_s.arg(otherApp, group),
                     { { u"appEntitlementRef"_s, QJsonObject { { u"appId"_s, otherApp }, { u"id"_s, m_ent } } } })
                 .status,
        400);
    QCOMPARE(m_http->del(item).status, 200);
    QCOMPARE(m_http->get(item).status, 404);
}

void TestSandboxOwnership::entitlementOwnerRefusals_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // %1 app, %2 entitlement, %3 a user
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown role") << QByteArray("POST") << u"/api/v2/apps/%1/entitlements/%2/owners/users/boss/%3"_s
                                  << 400 << 3;
    QTest::newRow("list unknown role") << QByteArray("GET")
                                       << u"/api/v2/apps/%1/entitlements/%2/owners/users?role_slug=boss"_s << 400 << 3;
    QTest::newRow("bad entitlement ID") << QByteArray("GET") << u"/api/v2/apps/%1/entitlements/nope/owners/users"_s
                                        << 400 << 3;
    QTest::newRow("unknown entitlement") << QByteArray(
        "POST") << u"/api/v2/apps/%1/entitlements/ZZZZZZZZZZZZZZZZZZZZZZZZZZZ/owners/users/primary/%3"_s
                                         << 404 << 5;
    QTest::newRow("entitlement of another app")
        << QByteArray("GET") << u"/api/v2/apps/%4/entitlements/%2/owners/users"_s << 404 << 5;
    QTest::newRow("unknown user") << QByteArray(
        "POST") << u"/api/v2/apps/%1/entitlements/%2/owners/users/primary/ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s
                                  << 404 << 5;
    QTest::newRow("bad user ID") << QByteArray("POST") << u"/api/v2/apps/%1/entitlements/%2/owners/users/primary/x"_s
                                 << 400 << 3;
    QTest::newRow("unknown owner entitlement")
        << QByteArray("POST")
        << u"/api/v2/apps/%1/entitlements/%2/owners/entitlements/primary/%1/ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s << 404 << 5;
    QTest::newRow("bad page token") << QByteArray("GET")
                                    << u"/api/v2/apps/%1/entitlements/%2/owners/users?page_token=zz"_s << 400 << 3;
    QTest::newRow("wrong method") << QByteArray("PATCH") << u"/api/v2/apps/%1/entitlements/%2/owners/users/primary/%3"_s
                                  << 405 << 12;
}

void TestSandboxOwnership::entitlementOwnerRefusals()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, code);
    const auto before = m_server->entitlementOwnersOf(m_app, m_ent);
    const QString url = QString(path)
                            .replace(u"%1"_s, m_app)
                            .replace(u"%2"_s, m_ent)
                            .replace(u"%3"_s, m_enabled.at(5))
                            .replace(u"%4"_s, m_server->appIds().at(6));
    const Reply reply = method == "GET" ? m_http->get(url) : m_http->send(method, url, QByteArray("{}"));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
    QCOMPARE(m_server->entitlementOwnersOf(m_app, m_ent), before);
}

void TestSandboxOwnership::entitlementOwnerLimitAndReplace()
{
    const QString ent
        = field(m_http->get(u"/api/v1/apps/%1/entitlements"_s.arg(m_app)).json.value(u"list"_s).toArray().at(2),
            u"appEntitlement.id"_s);
    const QString owners = u"/api/v2/apps/%1/entitlements/%2/owners"_s.arg(m_app, ent);
    for (int i = 0; i < 32; ++i)
        QCOMPARE(
            m_http->post(owners + (i % 2 ? u"/users/primary/"_s : u"/users/secondary/"_s) + m_enabled.at(i), {}).status,
            200);
    const Reply refused = m_http->post(owners + u"/users/primary/"_s + m_enabled.at(32), {});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), 9);
    int listed = 0;
    QString token;
    do {
        const Reply page = m_http->get(owners + u"/users?page_token="_s + token);
        listed += page.json.value(u"list"_s).toArray().size();
        token = page.json.value(u"nextPageToken"_s).toString();
    } while (!token.isEmpty());
    QCOMPARE(listed, 32);
    // PUT replaces one role's owners on an entitlement as on the other kinds.
    QCOMPARE(m_http
                 ->put(owners,
                     { { u"roleSlug"_s, u"primary"_s },
                         { u"userRefs"_s, QJsonArray { QJsonObject { { u"id"_s, m_enabled.at(40) } } } } })
                 .status,
        200);
    const auto after = m_server->entitlementOwnersOf(m_app, ent);
    QCOMPARE(after.value(u"primary"_s), QStringList { u"user/"_s + m_enabled.at(40) });
    QCOMPARE(after.value(u"secondary"_s).size(), 16);
}

void TestSandboxOwnership::unownedOnlyAndOwnerUserIds()
{
    // A resource made without owners is unowned; one given a primary owner is not.
    const QString appId = m_server->appIds().at(2); // manually managed
    const QString typeId = m_http->firstResourceTypeId(appId);
    const QString base = u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(appId, typeId);
    const QString bare = field(m_http->post(base, { { u"displayName"_s, u"Nobody's"_s } }).json, u"appResource.id"_s);
    const QString owned = field(m_http
                                    ->post(base,
                                        { { u"displayName"_s, u"Somebody's"_s },
                                            { u"resourceOwnerUserIds"_s, QJsonArray { m_enabled.at(1) } } })
                                    .json,
        u"appResource.id"_s);
    QVERIFY(!bare.isEmpty() && !owned.isEmpty());

    auto ids = [](const QJsonArray& rows) {
        QSet<QString> out;
        for (const QJsonValue& row : rows)
            out.insert(field(row, u"appResource.id"_s));
        return out;
    };
    const QSet<QString> unowned
        = ids(searchAll(u"/api/v1/search/app_resources"_s, { { u"unownedOnly"_s, true }, { u"pageSize"_s, 100 } }));
    QVERIFY(unowned.contains(bare));
    QVERIFY(!unowned.contains(owned));
    for (const QJsonValue& row : searchAll(u"/api/v1/search/app_resources"_s, { { u"unownedOnly"_s, true } })) {
        const QJsonObject r = row.toObject().value(u"appResource"_s).toObject();
        QVERIFY(m_server
                    ->ownersOf(r.value(u"appId"_s).toString(), r.value(u"appResourceTypeId"_s).toString(),
                        r.value(u"id"_s).toString())
                    .value(u"primary"_s)
                    .isEmpty());
    }
    // "none" matches what unownedOnly matches.
    QCOMPARE(ids(searchAll(u"/api/v1/search/app_resources"_s, { { u"ownerUserIds"_s, QJsonArray { u"none"_s } } })),
        unowned);
    // The departed user's resources are exactly those of the ownership search.
    const QString departed = departedUser();
    QSet<QString> fromOwnership;
    for (const QString& key : ownedBy(departed)) {
        if (key.startsWith(u"RESOURCE|"_s))
            fromOwnership.insert(key.section(u'|', 1));
    }
    QCOMPARE(fromOwnership.size(), 6);
    QCOMPARE(ids(searchAll(u"/api/v1/search/app_resources"_s, { { u"ownerUserIds"_s, QJsonArray { departed } } })),
        fromOwnership);
    // Combined with "none", and narrowed by app.
    const QSet<QString> both = ids(
        searchAll(u"/api/v1/search/app_resources"_s, { { u"ownerUserIds"_s, QJsonArray { departed, u"none"_s } } }));
    QCOMPARE(both, fromOwnership + unowned);
    const QSet<QString> inApp = ids(searchAll(u"/api/v1/search/app_resources"_s,
        { { u"appIds"_s, QJsonArray { appId } }, { u"ownerUserIds"_s, QJsonArray { departed } } }));
    QCOMPARE(inApp.size(), 2);
    QCOMPARE(QSet<QString>(inApp).intersect(fromOwnership), inApp);
}

void TestSandboxOwnership::ownerFilterRefusals()
{
    const QByteArray bodies[] = {
        R"({"unownedOnly":true,"ownerUserIds":["none"]})",
        R"({"ownerUserIds":["abc"]})",
        R"({"ownerUserIds":"none"})",
        R"({"unownedOnly":"yes"})",
        R"({"excludeDeletedApps":1})",
    };
    for (const QByteArray& body : bodies) {
        const Reply reply = m_http->send("POST", u"/api/v1/search/app_resources"_s, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), 3);
    }
    // A token from an unowned search does not page another filter.
    const Reply first
        = m_http->post(u"/api/v1/search/app_resources"_s, { { u"unownedOnly"_s, true }, { u"pageSize"_s, 10 } });
    const QString token = first.json.value(u"nextPageToken"_s).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_http->post(u"/api/v1/search/app_resources"_s, { { u"pageToken"_s, token } }).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxOwnership)
#include "tst_sandboxownership.moc"

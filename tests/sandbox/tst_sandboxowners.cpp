// The v2 owner endpoints of apps and resources over loopback HTTP: user and entitlement owners, role slugs,
// duplicates, limits, PUT replace and validation.
#include "sandbox/SandboxTestClient.h"

#include <QSet>
#include <QTest>

using namespace c1;
using namespace c1::test;

namespace {
const QString Unknown27 = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAA");
}

class TestSandboxOwners : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void userOwnerLifecycle_data();
    void userOwnerLifecycle();
    void entitlementOwnerLifecycle_data();
    void entitlementOwnerLifecycle();
    void validation_data();
    void validation();
    void limitOf32();
    void replaceRole();
    void replaceValidation_data();
    void replaceValidation();
    void demoOwnersUseBothRoles();

private:
    QString prefix(bool onResource) const;
    QStringList freshUsers(int count);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_http;
    QString m_app;
    QString m_type;
    QString m_resource;
    QString m_entApp;
    QString m_ent;
    QStringList m_users;
    int m_nextUser = 0;
};

void TestSandboxOwners::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxDataSize size;
    size.apps = 6;
    size.users = 120;
    m_http = SandboxTestClient::startSignedIn(*m_server, size);
    QVERIFY(m_http);
    m_app = m_server->appIds().at(3);
    m_entApp = m_server->appIds().at(1);
    m_type = m_http->firstResourceTypeId(m_app);
    const Reply resources
        = m_http->get(QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources").arg(m_app, m_type));
    m_resource = resources.json.value(QStringLiteral("list"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("appResource"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString();
    const Reply ents = m_http->get(QStringLiteral("/api/v1/apps/%1/entitlements").arg(m_entApp));
    m_ent = ents.json.value(QStringLiteral("list"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("appEntitlement"))
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
    const Reply users = m_http->post(QStringLiteral("/api/v1/search/users"),
        { { QStringLiteral("userStatuses"), QJsonArray { QStringLiteral("ENABLED") } },
            { QStringLiteral("pageSize"), 100 } });
    for (const QJsonValue& row : users.json.value(QStringLiteral("list")).toArray())
        m_users.append(row.toObject().value(QStringLiteral("userId")).toString());
    QVERIFY(!m_resource.isEmpty() && !m_ent.isEmpty() && m_users.size() == 100);
}

QString TestSandboxOwners::prefix(bool onResource) const
{
    return onResource ? QStringLiteral("/api/v2/apps/%1/resource_types/%2/resources/%3").arg(m_app, m_type, m_resource)
                      : QStringLiteral("/api/v2/apps/%1").arg(m_app);
}

// Users not yet used as owners by this suite (the demo data owns with a few users only).
QStringList TestSandboxOwners::freshUsers(int count)
{
    QStringList users;
    while (users.size() < count) {
        const QString id = m_users.at(m_nextUser++ % m_users.size());
        const auto owners = m_server->ownersOf(m_app, m_type, m_resource);
        const auto appOwners = m_server->ownersOf(m_app);
        bool used = false;
        for (const QStringList& keys : owners)
            used |= keys.contains(QStringLiteral("user/") + id);
        for (const QStringList& keys : appOwners)
            used |= keys.contains(QStringLiteral("user/") + id);
        if (!used)
            users.append(id);
    }
    return users;
}

void TestSandboxOwners::userOwnerLifecycle_data()
{
    QTest::addColumn<bool>("onResource");
    QTest::newRow("app") << false;
    QTest::newRow("resource") << true;
}

void TestSandboxOwners::userOwnerLifecycle()
{
    QFETCH(bool, onResource);
    const QString user = freshUsers(1).first();
    const QString item = prefix(onResource) + QStringLiteral("/owners/users/secondary/") + user;
    const Reply created
        = m_http->post(item, { { QStringLiteral("userRef"), QJsonObject { { QStringLiteral("id"), user } } } });
    QCOMPARE(created.status, 200);
    const QString field = onResource ? QStringLiteral("appResourceOwnerUser") : QStringLiteral("appOwnerUser");
    const QJsonObject record = created.json.value(field).toObject();
    QCOMPARE(record.value(QStringLiteral("appId")).toString(), m_app);
    QCOMPARE(record.value(QStringLiteral("roleSlug")).toString(), QStringLiteral("secondary"));
    QCOMPARE(record.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(), user);
    QVERIFY(!record.value(QStringLiteral("createdAt")).toString().isEmpty());
    if (onResource) {
        QCOMPARE(record.value(QStringLiteral("resourceId")).toString(), m_resource);
        QCOMPARE(record.value(QStringLiteral("resourceTypeId")).toString(), m_type);
    }
    QCOMPARE(m_server->ownerWrites(m_app, onResource ? m_type : QString(), onResource ? m_resource : QString(),
                 QStringLiteral("user/") + user),
        1);
    QCOMPARE(m_http->get(item).json.value(field).toObject().value(QStringLiteral("roleSlug")).toString(),
        QStringLiteral("secondary"));

    // Listed, with and without the role filter.
    auto listed = [&](const QString& query) {
        QSet<QString> ids;
        const Reply list = m_http->get(prefix(onResource) + QStringLiteral("/owners/users") + query);
        for (const QJsonValue& row : list.json.value(QStringLiteral("list")).toArray())
            ids.insert(row.toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString());
        return ids;
    };
    QVERIFY(listed(QString()).contains(user));
    QVERIFY(listed(QStringLiteral("?role_slug=secondary")).contains(user));
    QVERIFY(!listed(QStringLiteral("?role_slug=primary")).contains(user));

    // The same owner again: 409 ALREADY_EXISTS, nothing written twice. Under another role it is a new owner.
    const Reply duplicate = m_http->post(item, {});
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.code(), 6);
    QCOMPARE(m_server->ownerWrites(m_app, onResource ? m_type : QString(), onResource ? m_resource : QString(),
                 QStringLiteral("user/") + user),
        1);
    const QString primaryItem = prefix(onResource) + QStringLiteral("/owners/users/primary/") + user;
    QCOMPARE(m_http->post(primaryItem, {}).status, 200);

    QCOMPARE(
        m_http->del(item, { { QStringLiteral("userRef"), QJsonObject { { QStringLiteral("id"), user } } } }).status,
        200);
    QCOMPARE(m_http->get(item).status, 404);
    QCOMPARE(m_http->del(item).status, 404);
    QVERIFY(!listed(QStringLiteral("?role_slug=secondary")).contains(user));
    QVERIFY(listed(QStringLiteral("?role_slug=primary")).contains(user));
    QCOMPARE(m_http->del(primaryItem).status, 200);
}

void TestSandboxOwners::entitlementOwnerLifecycle_data()
{
    QTest::addColumn<bool>("onResource");
    QTest::newRow("app") << false;
    QTest::newRow("resource") << true;
}

void TestSandboxOwners::entitlementOwnerLifecycle()
{
    QFETCH(bool, onResource);
    const QString item = prefix(onResource) + QStringLiteral("/owners/entitlements/primary/%1/%2").arg(m_entApp, m_ent);
    const QJsonObject body { { QStringLiteral("appEntitlementRef"),
        QJsonObject { { QStringLiteral("appId"), m_entApp }, { QStringLiteral("id"), m_ent } } } };
    const Reply created = m_http->post(item, body);
    QCOMPARE(created.status, 200);
    const QString field
        = onResource ? QStringLiteral("appResourceOwnerEntitlement") : QStringLiteral("appOwnerEntitlement");
    const QJsonObject record = created.json.value(field).toObject();
    QCOMPARE(record.value(QStringLiteral("appEntitlement")).toObject().value(QStringLiteral("id")).toString(), m_ent);
    QCOMPARE(record.value(QStringLiteral("roleSlug")).toString(), QStringLiteral("primary"));
    const QString key = QStringLiteral("ent/%1/%2").arg(m_entApp, m_ent);
    QVERIFY((onResource ? m_server->ownersOf(m_app, m_type, m_resource) : m_server->ownersOf(m_app))
                .value(QStringLiteral("primary"))
                .contains(key));
    QCOMPARE(m_http->post(item, body).status, 409);
    const Reply list = m_http->get(prefix(onResource) + QStringLiteral("/owners/entitlements?role_slug=primary"));
    QCOMPARE(list.status, 200);
    bool found = false;
    for (const QJsonValue& row : list.json.value(QStringLiteral("list")).toArray())
        found
            |= row.toObject().value(QStringLiteral("appEntitlement")).toObject().value(QStringLiteral("id")).toString()
            == m_ent;
    QVERIFY(found);
    QCOMPARE(m_http->get(item).status, 200);
    QCOMPARE(m_http->del(item, body).status, 200);
    QCOMPARE(m_http->get(item).status, 404);
}

void TestSandboxOwners::validation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // relative to the app's or resource's owners
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown role") << QByteArray("POST") << "users/owner/USER" << QByteArray("{}") << 400 << 3;
    QTest::newRow("user ID too short") << QByteArray("POST") << "users/primary/abc" << QByteArray("{}") << 400 << 3;
    QTest::newRow("unknown user") << QByteArray("POST") << QStringLiteral("users/primary/%1").arg(Unknown27)
                                  << QByteArray("{}") << 404 << 5;
    QTest::newRow("null body") << QByteArray("POST") << "users/primary/USER" << QByteArray("null") << 400 << 3;
    QTest::newRow("no body") << QByteArray("POST") << "users/primary/USER" << QByteArray() << 400 << 3;
    QTest::newRow("body disagrees") << QByteArray("POST") << "users/primary/USER"
                                    << QStringLiteral(R"({"userRef":{"id":"%1"}})").arg(Unknown27).toUtf8() << 400 << 3;
    QTest::newRow("unknown entitlement") << QByteArray("POST")
                                         << QStringLiteral("entitlements/primary/ENTAPP/%1").arg(Unknown27)
                                         << QByteArray("{}") << 404 << 5;
    QTest::newRow("entitlement under wrong app")
        << QByteArray("POST") << "entitlements/primary/APP/ENT" << QByteArray("{}") << 404 << 5;
    QTest::newRow("get missing") << QByteArray("GET") << "users/primary/USER" << QByteArray() << 404 << 5;
    QTest::newRow("delete missing") << QByteArray("DELETE") << "users/primary/USER" << QByteArray("{}") << 404 << 5;
    QTest::newRow("list unknown role") << QByteArray("GET") << "users?role_slug=boss" << QByteArray() << 400 << 3;
    QTest::newRow("list bad page token") << QByteArray("GET") << "users?page_token=zz" << QByteArray() << 400 << 3;
}

void TestSandboxOwners::validation()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, code);
    path.replace(QStringLiteral("USER"), freshUsers(1).first());
    path.replace(QStringLiteral("ENTAPP"), m_entApp);
    path.replace(QStringLiteral("ENT"), m_ent);
    path.replace(QStringLiteral("APP"), m_app);
    for (const bool onResource : { false, true }) {
        const QString url = prefix(onResource) + QStringLiteral("/owners/") + path;
        const Reply reply = method == "GET"
            ? m_http->get(url)
            : m_http->send(method, url, body.isNull() ? std::nullopt : std::optional(body));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
    }
    // Unknown parents.
    QCOMPARE(m_http->get(QStringLiteral("/api/v2/apps/%1/owners/users").arg(Unknown27)).status, 404);
    QCOMPARE(m_http
                 ->get(QStringLiteral("/api/v2/apps/%1/resource_types/%2/resources/%3/owners/users")
                           .arg(m_app, m_type, Unknown27))
                 .status,
        404);
}

void TestSandboxOwners::limitOf32()
{
    // A fresh resource: 32 user owners fit (over both roles), the 33rd is refused.
    const QString base = QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources").arg(m_app, m_type);
    const QString resource = m_http->post(base, { { QStringLiteral("displayName"), QStringLiteral("Crowded") } })
                                 .json.value(QStringLiteral("appResource"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    const QString owners
        = QStringLiteral("/api/v2/apps/%1/resource_types/%2/resources/%3/owners/users/").arg(m_app, m_type, resource);
    for (int i = 0; i < 32; ++i)
        QCOMPARE(
            m_http
                ->post(owners + (i % 2 ? QStringLiteral("primary/") : QStringLiteral("secondary/")) + m_users.at(i), {})
                .status,
            200);
    const Reply refused = m_http->post(owners + QStringLiteral("primary/") + m_users.at(40), {});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), 9);
    // Entitlement owners have their own 32.
    const QString entOwner
        = QStringLiteral("/api/v2/apps/%1/resource_types/%2/resources/%3/owners/entitlements/primary/%4/%5")
              .arg(m_app, m_type, resource, m_entApp, m_ent);
    QCOMPARE(m_http->post(entOwner, {}).status, 200);
    // All 32 user owners show, over two pages of 25 by default.
    const Reply first = m_http->get(
        QStringLiteral("/api/v2/apps/%1/resource_types/%2/resources/%3/owners/users").arg(m_app, m_type, resource));
    QCOMPARE(first.json.value(QStringLiteral("list")).toArray().size(), 25);
    const QString token = first.json.value(QStringLiteral("nextPageToken")).toString();
    const Reply second
        = m_http->get(QStringLiteral("/api/v2/apps/%1/resource_types/%2/resources/%3/owners/users?page_token=%4")
                          .arg(m_app, m_type, resource, token));
    QCOMPARE(second.json.value(QStringLiteral("list")).toArray().size(), 7);
    QVERIFY(second.json.value(QStringLiteral("nextPageToken")).toString().isEmpty());
}

void TestSandboxOwners::replaceRole()
{
    const QStringList users = freshUsers(3);
    const QString owners = prefix(true) + QStringLiteral("/owners");
    QCOMPARE(m_http->post(owners + QStringLiteral("/users/secondary/") + users.at(0), {}).status, 200);
    const auto before = m_server->ownersOf(m_app, m_type, m_resource);
    const Reply put = m_http->put(owners,
        { { QStringLiteral("roleSlug"), QStringLiteral("secondary") },
            { QStringLiteral("userRefs"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), users.at(1) } },
                    QJsonObject { { QStringLiteral("id"), users.at(2) } } } },
            { QStringLiteral("appEntitlementRefs"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("appId"), m_entApp }, { QStringLiteral("id"), m_ent } } } } });
    QCOMPARE(put.status, 200);
    const auto after = m_server->ownersOf(m_app, m_type, m_resource);
    QStringList secondary = after.value(QStringLiteral("secondary"));
    secondary.sort();
    QStringList expected { QStringLiteral("user/") + users.at(1), QStringLiteral("user/") + users.at(2),
        QStringLiteral("ent/%1/%2").arg(m_entApp, m_ent) };
    expected.sort();
    QCOMPARE(secondary, expected);
    QCOMPARE(after.value(QStringLiteral("primary")), before.value(QStringLiteral("primary"))); // other roles untouched
    // An empty set clears the role.
    QCOMPARE(m_http->put(owners, { { QStringLiteral("roleSlug"), QStringLiteral("secondary") } }).status, 200);
    QVERIFY(m_server->ownersOf(m_app, m_type, m_resource).value(QStringLiteral("secondary")).isEmpty());
    // App owners too.
    QCOMPARE(m_http
                 ->put(prefix(false) + QStringLiteral("/owners"),
                     { { QStringLiteral("roleSlug"), QStringLiteral("secondary") },
                         { QStringLiteral("userRefs"),
                             QJsonArray { QJsonObject { { QStringLiteral("id"), users.at(0) } } } } })
                 .status,
        200);
    QCOMPARE(m_server->ownersOf(m_app).value(QStringLiteral("secondary")),
        QStringList { QStringLiteral("user/") + users.at(0) });
}

void TestSandboxOwners::replaceValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("null") << QByteArray("null") << 400;
    QTest::newRow("no role") << QByteArray(R"({"userRefs":[]})") << 400;
    QTest::newRow("unknown role") << QByteArray(R"({"roleSlug":"boss"})") << 400;
    QTest::newRow("bad user ID") << QByteArray(R"({"roleSlug":"primary","userRefs":[{"id":"x"}]})") << 400;
    QTest::newRow("unknown user")
        << QStringLiteral(R"({"roleSlug":"primary","userRefs":[{"id":"%1"}]})").arg(Unknown27).toUtf8() << 404;
    QTest::newRow("refs not a list") << QByteArray(R"({"roleSlug":"primary","userRefs":{"id":"x"}})") << 400;
    QString many;
    for (int i = 0; i < 33; ++i)
        many += QStringLiteral("%1{\"id\":\"USER%2\"}").arg(i ? QStringLiteral(",") : QString()).arg(i);
    QTest::newRow("33 users") << QStringLiteral(R"({"roleSlug":"primary","userRefs":[%1]})").arg(many).toUtf8() << 400;
}

void TestSandboxOwners::replaceValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QString text = QString::fromUtf8(body);
    for (int i = 32; i >= 0; --i)
        text.replace(QStringLiteral("USER%1\"").arg(i), m_users.at(i) + QLatin1Char('"'));
    const auto before = m_server->ownersOf(m_app, m_type, m_resource);
    const Reply reply = m_http->send("PUT", prefix(true) + QStringLiteral("/owners"), text.toUtf8());
    QCOMPARE(reply.status, status);
    QCOMPARE(m_server->ownersOf(m_app, m_type, m_resource), before);
}

void TestSandboxOwners::demoOwnersUseBothRoles()
{
    QSet<QString> roles;
    for (const QString& app : m_server->appIds()) {
        const Reply users = m_http->get(QStringLiteral("/api/v2/apps/%1/owners/users").arg(app));
        for (const QJsonValue& row : users.json.value(QStringLiteral("list")).toArray())
            roles.insert(row.toObject().value(QStringLiteral("roleSlug")).toString());
    }
    QCOMPARE(roles, (QSet<QString> { QStringLiteral("primary"), QStringLiteral("secondary") }));
    const Reply ents = m_http->get(QStringLiteral("/api/v2/apps/%1/owners/entitlements").arg(m_server->appIds().at(1)));
    QVERIFY(!ents.json.value(QStringLiteral("list")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxOwners)
#include "tst_sandboxowners.moc"

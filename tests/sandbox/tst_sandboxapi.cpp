// The sandbox's endpoints (docs/api-facts.md §3) over loopback HTTP: shapes, paging, validation errors.
#include "sandbox/SandboxTestClient.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace c1;
using namespace c1::test;

namespace {

const QString Unknown27 = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAA");

QJsonObject obj(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

bool isRfc3339(const QJsonValue& value)
{
    return value.isString() && QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid()
        && value.toString().endsWith(QLatin1Char('Z'));
}

} // namespace

class TestSandboxApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagingOverAllApps_data();
    void pagingOverAllApps();
    void pageSizeClamped_data();
    void pageSizeClamped();
    void badPageTokens();
    void appShape();
    void createApp();
    void createAppValidation_data();
    void createAppValidation();
    void pathRules_data();
    void pathRules();
    void searchApps();
    void resourceTypes();
    void resources();
    void createResourceValidation_data();
    void createResourceValidation();
    void deleteResource();
    void searchResources();
    void entitlements();
    void users();
    void usersValidation();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_http;
    QString m_app; // a connector-synced app
    QString m_manualApp;
    QString m_type;
    QString m_manualType;
};

void TestSandboxApi::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxDataSize size;
    size.apps = 1050;
    size.resourceTypesPerApp = 2;
    size.resourcesPerType = 3;
    size.entitlementsPerApp = 3;
    size.users = 60;
    size.bigTypeResources = 1234;
    m_http = SandboxTestClient::startSignedIn(*m_server, size);
    QVERIFY(m_http);
    m_app = m_server->appIds().at(0);
    m_manualApp = m_server->appIds().at(2);
    m_type = m_http->firstResourceTypeId(m_app);
    m_manualType = m_http->firstResourceTypeId(m_manualApp);
    QVERIFY(!m_type.isEmpty() && !m_manualType.isEmpty());
}

void TestSandboxApi::pagingOverAllApps_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("GET apps, 100") << "apps" << 100;
    QTest::newRow("GET apps, 37") << "apps" << 37;
    QTest::newRow("POST search apps, 100") << "search" << 100;
    QTest::newRow("GET resources of a big type, 100") << "resources" << 100;
}

void TestSandboxApi::pagingOverAllApps()
{
    QFETCH(QString, kind);
    QFETCH(int, pageSize);
    QStringList seen;
    QSet<QString> tokens;
    QString token;
    int pages = 0;
    do {
        Reply reply;
        if (kind == QLatin1String("search")) {
            reply = m_http->post(QStringLiteral("/api/v1/search/apps"),
                { { QStringLiteral("pageSize"), pageSize }, { QStringLiteral("pageToken"), token } });
        } else {
            const QString path = kind == QLatin1String("apps")
                ? QStringLiteral("/api/v1/apps")
                : QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources").arg(m_app, m_type);
            reply = m_http->get(path + QStringLiteral("?page_size=%1&page_token=%2").arg(pageSize).arg(token));
        }
        QCOMPARE(reply.status, 200);
        const QJsonArray list = reply.json.value(QStringLiteral("list")).toArray();
        QVERIFY(list.size() <= pageSize);
        for (const QJsonValue& row : list) {
            const QJsonObject item = kind == QLatin1String("resources")
                ? row.toObject().value(QStringLiteral("appResource")).toObject()
                : row.toObject();
            seen.append(item.value(QStringLiteral("id")).toString());
        }
        token = reply.json.value(QStringLiteral("nextPageToken")).toString();
        QVERIFY2(!tokens.contains(token), "a page token came back twice");
        tokens.insert(token);
        ++pages;
        QVERIFY(pages < 100);
    } while (!token.isEmpty());
    const int expected = kind == QLatin1String("resources") ? 1234 : 1050;
    QCOMPARE(seen.size(), expected);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), expected);
    QCOMPARE(pages, (expected + pageSize - 1) / pageSize);
    if (kind != QLatin1String("resources"))
        QCOMPARE(seen, m_server->appIds());
}

void TestSandboxApi::pageSizeClamped_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("rows");
    QTest::newRow("absent → 25") << QString() << 25;
    QTest::newRow("0 → 25") << "0" << 25;
    QTest::newRow("1 → 10") << "1" << 10;
    QTest::newRow("10") << "10" << 10;
    QTest::newRow("57") << "57" << 57;
    QTest::newRow("100") << "100" << 100;
    QTest::newRow("101 → 100") << "101" << 100;
    QTest::newRow("5000 → 100") << "5000" << 100;
    QTest::newRow("negative → 400") << "-1" << -1;
    QTest::newRow("text → 400") << "ten" << -1;
}

void TestSandboxApi::pageSizeClamped()
{
    QFETCH(QString, size);
    QFETCH(int, rows);
    const Reply get = m_http->get(
        size.isNull() ? QStringLiteral("/api/v1/apps") : QStringLiteral("/api/v1/apps?page_size=") + size);
    QJsonObject body;
    if (!size.isNull())
        body.insert(QStringLiteral("pageSize"),
            size.toInt() || size == QLatin1String("0") ? QJsonValue(size.toInt()) : QJsonValue(size));
    const Reply search = m_http->post(QStringLiteral("/api/v1/search/apps"), body);
    for (const Reply& reply : { get, search }) {
        if (rows < 0) {
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.code(), 3);
        } else {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(QStringLiteral("list")).toArray().size(), rows);
            QVERIFY(!reply.json.value(QStringLiteral("nextPageToken")).toString().isEmpty());
        }
    }
}

void TestSandboxApi::badPageTokens()
{
    const Reply garbage = m_http->get(QStringLiteral("/api/v1/apps?page_token=xyz"));
    QCOMPARE(garbage.status, 400);
    QCOMPARE(garbage.code(), 3);
    // A token of one collection is refused by another, and a search's token by another search.
    const QString appsToken
        = m_http->get(QStringLiteral("/api/v1/apps")).json.value(QStringLiteral("nextPageToken")).toString();
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/users?page_token=") + appsToken).status, 400);
    const QString searchToken
        = m_http->post(QStringLiteral("/api/v1/search/apps"), { { QStringLiteral("query"), QStringLiteral("a") } })
              .json.value(QStringLiteral("nextPageToken"))
              .toString();
    QVERIFY(!searchToken.isEmpty());
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/search/apps"),
                     { { QStringLiteral("query"), QStringLiteral("b") }, { QStringLiteral("pageToken"), searchToken } })
                 .status,
        400);
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/search/apps"),
                     { { QStringLiteral("query"), QStringLiteral("a") }, { QStringLiteral("pageToken"), searchToken } })
                 .status,
        200);
}

void TestSandboxApi::appShape()
{
    const Reply reply = m_http->get(QStringLiteral("/api/v1/apps/") + m_app);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.header("x-request-id").isEmpty());
    const QJsonObject app = reply.json.value(QStringLiteral("app")).toObject();
    QCOMPARE(app.value(QStringLiteral("id")).toString(), m_app);
    QCOMPARE(app.value(QStringLiteral("displayName")).toString(), QStringLiteral("Okta"));
    QVERIFY(app.value(QStringLiteral("userCount")).isString());
    QVERIFY(isRfc3339(app.value(QStringLiteral("createdAt"))));
    QVERIFY(app.value(QStringLiteral("deletedAt")).isNull());
    QVERIFY(app.value(QStringLiteral("isDirectory")).toBool());
    QVERIFY(!app.value(QStringLiteral("isManuallyManaged")).toBool());
    QVERIFY(!app.value(QStringLiteral("appOwners")).toArray().isEmpty());
}

void TestSandboxApi::createApp()
{
    const QString owner = m_http->client().userId;
    const Reply reply = m_http->post(QStringLiteral("/api/v1/apps"),
        obj(QStringLiteral(R"({"displayName":"Payroll","description":"Pays people","owners":["%1"],
            "annotations":{"managed_by":"terraform","iac_workspace":"prod-1"},"monthlyCostUsd":12,
            "identityMatching":"APP_USER_IDENTITY_MATCHING_STRICT"})")
                .arg(owner)
                .toUtf8()));
    QCOMPARE(reply.status, 200);
    const QJsonObject app = reply.json.value(QStringLiteral("app")).toObject();
    const QString id = app.value(QStringLiteral("id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[a-zA-Z0-9]{27}$")).match(id).hasMatch());
    QCOMPARE(app.value(QStringLiteral("displayName")).toString(), QStringLiteral("Payroll"));
    QCOMPARE(app.value(QStringLiteral("userCount")).toString(), QStringLiteral("0"));
    QCOMPARE(app.value(QStringLiteral("monthlyCostUsd")).toInt(), 12);
    QVERIFY(app.value(QStringLiteral("isManuallyManaged")).toBool());
    QCOMPARE(app.value(QStringLiteral("annotations")).toObject().value(QStringLiteral("iac_workspace")).toString(),
        QStringLiteral("prod-1"));
    QCOMPARE(app.value(QStringLiteral("appOwners")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
        owner);
    QVERIFY(isRfc3339(app.value(QStringLiteral("createdAt"))));
    QCOMPARE(m_server->ownersOf(id).value(QStringLiteral("primary")), QStringList { QStringLiteral("user/") + owner });
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/apps/") + id)
                 .json.value(QStringLiteral("app"))
                 .toObject()
                 .value(QStringLiteral("displayName"))
                 .toString(),
        QStringLiteral("Payroll"));
    QCOMPARE(m_server->appIds().constLast(), id);
}

void TestSandboxApi::createAppValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    const QString longValue(257, QLatin1Char('v'));
    const QString key129 = QStringLiteral("k") + QString(128, QLatin1Char('x'));
    QString many;
    for (int i = 0; i < 17; ++i)
        many += QStringLiteral("%1\"k%2\":\"v\"").arg(i ? QStringLiteral(",") : QString()).arg(i);
    QString big;
    for (int i = 0; i < 16; ++i)
        big += QStringLiteral("%1\"k%2\":\"%3\"")
                   .arg(i ? QStringLiteral(",") : QString())
                   .arg(i)
                   .arg(QString(250, QLatin1Char('a')));
    QTest::newRow("null body") << QByteArray("null") << 400 << "body";
    QTest::newRow("empty body") << QByteArray() << 400 << "body";
    QTest::newRow("array body") << QByteArray("[]") << 400 << "body";
    QTest::newRow("not JSON") << QByteArray("{displayName:") << 400 << "body";
    QTest::newRow("no displayName") << QByteArray("{}") << 400 << "DisplayName";
    QTest::newRow("blank displayName") << QByteArray(R"({"displayName":"  "})") << 400 << "DisplayName";
    QTest::newRow("displayName not a string") << QByteArray(R"({"displayName":7})") << 400 << "DisplayName";
    QTest::newRow("17 annotations") << QStringLiteral(R"({"displayName":"A","annotations":{%1}})").arg(many).toUtf8()
                                    << 400 << "16";
    QTest::newRow("4096 bytes") << QStringLiteral(R"({"displayName":"A","annotations":{%1}})").arg(big).toUtf8() << 400
                                << "4096";
    QTest::newRow("reserved c1/ key") << QByteArray(R"({"displayName":"A","annotations":{"c1/owner":"x"}})") << 400
                                      << "c1/";
    QTest::newRow("key starts with digit")
        << QByteArray(R"({"displayName":"A","annotations":{"1key":"x"}})") << 400 << "1key";
    QTest::newRow("key with space") << QByteArray(R"({"displayName":"A","annotations":{"my key":"x"}})") << 400
                                    << "my key";
    QTest::newRow("empty key") << QByteArray(R"({"displayName":"A","annotations":{"":"x"}})") << 400 << "annotations";
    QTest::newRow("129-char key")
        << QStringLiteral(R"({"displayName":"A","annotations":{"%1":"x"}})").arg(key129).toUtf8() << 400
        << "annotations";
    QTest::newRow("257-char value")
        << QStringLiteral(R"({"displayName":"A","annotations":{"k":"%1"}})").arg(longValue).toUtf8() << 400 << "256";
    QTest::newRow("value not URL-safe") << QByteArray(R"({"displayName":"A","annotations":{"k":"a b"}})") << 400
                                        << "URL-safe";
    QTest::newRow("value not a string") << QByteArray(R"({"displayName":"A","annotations":{"k":1}})") << 400
                                        << "string";
    QTest::newRow("owner not an ID") << QByteArray(R"({"displayName":"A","owners":["bob"]})") << 400 << "Owners";
    QTest::newRow("owner unknown") << QStringLiteral(R"({"displayName":"A","owners":["%1"]})").arg(Unknown27).toUtf8()
                                   << 400 << "not found";
    QTest::newRow("identityMatching unknown")
        << QByteArray(R"({"displayName":"A","identityMatching":"FUZZY"})") << 400 << "IdentityMatching";
    QTest::newRow("negative cost") << QByteArray(R"({"displayName":"A","monthlyCostUsd":-3})") << 400
                                   << "MonthlyCostUsd";
    QTest::newRow("bad policy ID") << QByteArray(R"({"displayName":"A","grantPolicyId":"p-1"})") << 400
                                   << "grantPolicyId";
    QTest::newRow("entitlement owner unknown")
        << QStringLiteral(R"({"displayName":"A","appEntitlementOwnerRefs":[{"appId":"%1","id":"%1"}]})")
               .arg(Unknown27)
               .toUtf8()
        << 400 << "not found";
    QTest::newRow("valid edge: 16 annotations, empty value, 128-char key")
        << QStringLiteral(R"({"displayName":"A","annotations":{"%1":"","a.b_c/d-e":"x~y"}})")
               .arg(key129.left(128))
               .toUtf8()
        << 200 << QString();
}

void TestSandboxApi::createAppValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const int before = int(m_server->appIds().size());
    const Reply reply = m_http->send("POST", QStringLiteral("/api/v1/apps"), body);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(m_server->appIds().size(), before + 1);
        return;
    }
    QCOMPARE(reply.code(), 3);
    QVERIFY2(reply.message().contains(mentions), qPrintable(reply.message()));
    const QString requestId = QString::fromLatin1(reply.header("x-request-id"));
    QVERIFY(!requestId.isEmpty());
    QVERIFY(reply.message().endsWith(QStringLiteral("(request-id: %1)").arg(requestId)));
    QCOMPARE(m_server->appIds().size(), before);
}

void TestSandboxApi::pathRules_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("location");
    QTest::newRow("short app ID") << QByteArray("GET") << "/api/v1/apps/abc" << 400 << 3 << QString();
    QTest::newRow("28-char ID") << QByteArray("GET") << QStringLiteral("/api/v1/apps/%1A").arg(Unknown27) << 400 << 3
                                << QString();
    QTest::newRow("ID with dash") << QByteArray("GET") << "/api/v1/apps/AAAAAAAAAAAAAAAAAAAAAAAAAA-" << 400 << 3
                                  << QString();
    QTest::newRow("unknown app") << QByteArray("GET") << QStringLiteral("/api/v1/apps/%1").arg(Unknown27) << 404 << 5
                                 << QString();
    QTest::newRow("unknown app's types") << QByteArray("GET")
                                         << QStringLiteral("/api/v1/apps/%1/resource_types").arg(Unknown27) << 404 << 5
                                         << QString();
    QTest::newRow("unknown user") << QByteArray("GET") << QStringLiteral("/api/v1/users/%1").arg(Unknown27) << 404 << 5
                                  << QString();
    QTest::newRow("trailing slash") << QByteArray("GET") << "/api/v1/apps/" << 301 << -1 << "/api/v1/apps";
    QTest::newRow("empty ID segment") << QByteArray("GET") << "/api/v1/apps//resource_types" << 301 << -1
                                      << "/api/v1/apps";
    QTest::newRow("unknown path") << QByteArray("GET") << "/api/v1/nothing" << 404 << 5 << QString();
    QTest::newRow("wrong method") << QByteArray("PATCH") << "/api/v1/apps" << 405 << 12 << QString();
}

void TestSandboxApi::pathRules()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, location);
    const Reply reply = m_http->send(method, path);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
    if (!location.isEmpty())
        QCOMPARE(QString::fromLatin1(reply.header("location")), location);
}

void TestSandboxApi::searchApps()
{
    const Reply byName = m_http->post(
        QStringLiteral("/api/v1/search/apps"), { { QStringLiteral("displayName"), QStringLiteral("github") } });
    QCOMPARE(byName.status, 200);
    const QJsonArray list = byName.json.value(QStringLiteral("list")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("GitHub"));
    const Reply byIds = m_http->post(QStringLiteral("/api/v1/search/apps"),
        { { QStringLiteral("appIds"), QJsonArray { m_app, m_manualApp, Unknown27 } } });
    QCOMPARE(byIds.json.value(QStringLiteral("list")).toArray().size(), 2);
    const Reply fuzzy = m_http->post(QStringLiteral("/api/v1/search/apps"),
        { { QStringLiteral("query"), QStringLiteral("aws prod") }, { QStringLiteral("pageSize"), 100 } });
    const QJsonArray hits = fuzzy.json.value(QStringLiteral("list")).toArray();
    QVERIFY(!hits.isEmpty());
    for (const QJsonValue& hit : hits)
        QVERIFY(hit.toObject().value(QStringLiteral("displayName")).toString().contains(QStringLiteral("AWS Prod")));
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/search/apps"), { { QStringLiteral("appIds"), QStringLiteral("x") } })
                 .status,
        400);
}

void TestSandboxApi::resourceTypes()
{
    const Reply list = m_http->get(QStringLiteral("/api/v1/apps/%1/resource_types").arg(m_app));
    QCOMPARE(list.status, 200);
    const QJsonArray rows = list.json.value(QStringLiteral("list")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject type = rows.at(0).toObject().value(QStringLiteral("appResourceType")).toObject();
    QCOMPARE(type.value(QStringLiteral("appId")).toString(), m_app);
    QCOMPARE(type.value(QStringLiteral("displayName")).toString(), QStringLiteral("Groups"));
    QCOMPARE(type.value(QStringLiteral("traitIds")).toArray().size(), 1);
    const Reply one = m_http->get(QStringLiteral("/api/v1/apps/%1/resource_types/%2").arg(m_app, m_type));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(QStringLiteral("appResourceTypeView"))
                 .toObject()
                 .value(QStringLiteral("appResourceType"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
        m_type);
    // A type looked up under another app is not found.
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/apps/%1/resource_types/%2").arg(m_manualApp, m_type)).status, 404);
    const Reply created = m_http->post(QStringLiteral("/api/v1/apps/%1/resource_types").arg(m_manualApp),
        { { QStringLiteral("displayName"), QStringLiteral("Workspaces") },
            { QStringLiteral("resourceType"), QStringLiteral("CUSTOM") } }); // the app has a PROJECT type already
    QCOMPARE(created.status, 200);
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/apps/%1/resource_types").arg(m_manualApp),
                     { { QStringLiteral("displayName"), QStringLiteral("X") },
                         { QStringLiteral("resourceType"), QStringLiteral("THING") } })
                 .status,
        400);
}

void TestSandboxApi::resources()
{
    const QString base = QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources").arg(m_manualApp, m_manualType);
    const Reply list = m_http->get(base);
    QCOMPARE(list.status, 200);
    const QJsonObject first = list.json.value(QStringLiteral("list")).toArray().at(0).toObject();
    QVERIFY(first.contains(QStringLiteral("appResource")));
    QVERIFY(first.value(QStringLiteral("appResource")).toObject().value(QStringLiteral("grantCount")).isString());
    const Reply created = m_http->post(base,
        { { QStringLiteral("displayName"), QStringLiteral("Night Shift") },
            { QStringLiteral("description"), QStringLiteral("On call") },
            { QStringLiteral("annotations"),
                QJsonObject { { QStringLiteral("managed_by"), QStringLiteral("console") } } },
            { QStringLiteral("resourceOwnerUserIds"), QJsonArray { m_http->client().userId } } });
    QCOMPARE(created.status, 200);
    const QJsonObject resource = created.json.value(QStringLiteral("appResource")).toObject();
    const QString id = resource.value(QStringLiteral("id")).toString();
    QCOMPARE(resource.value(QStringLiteral("appId")).toString(), m_manualApp);
    QCOMPARE(resource.value(QStringLiteral("appResourceTypeId")).toString(), m_manualType);
    QCOMPARE(resource.value(QStringLiteral("description")).toString(), QStringLiteral("On call"));
    QCOMPARE(resource.value(QStringLiteral("grantCount")).toString(), QStringLiteral("0"));
    QVERIFY(isRfc3339(resource.value(QStringLiteral("createdAt"))));
    QCOMPARE(m_server->ownersOf(m_manualApp, m_manualType, id).value(QStringLiteral("primary")).size(), 1);
    const Reply one = m_http->get(base + QLatin1Char('/') + id);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(QStringLiteral("appResourceView"))
                 .toObject()
                 .value(QStringLiteral("appResource"))
                 .toObject()
                 .value(QStringLiteral("displayName"))
                 .toString(),
        QStringLiteral("Night Shift"));
    // The new resource is the last row of its type.
    const Reply all = m_http->get(base + QStringLiteral("?page_size=100"));
    QCOMPARE(all.json.value(QStringLiteral("list"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("appResource"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
        id);
}

void TestSandboxApi::createResourceValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("null body") << QString() << QByteArray("null") << 400 << 3;
    QTest::newRow("no displayName") << QString() << QByteArray(R"({"description":"x"})") << 400 << 3;
    QTest::newRow("bad annotation") << QString() << QByteArray(R"({"displayName":"x","annotations":{"c1/x":"y"}})")
                                    << 400 << 3;
    QTest::newRow("unknown owner")
        << QString() << QStringLiteral(R"({"displayName":"x","resourceOwnerUserIds":["%1"]})").arg(Unknown27).toUtf8()
        << 400 << 3;
    QTest::newRow("bad type ID") << "/api/v1/apps/APP/resource_types/short/resources"
                                 << QByteArray(R"({"displayName":"x"})") << 400 << 3;
    QTest::newRow("unknown type") << QStringLiteral("/api/v1/apps/APP/resource_types/%1/resources").arg(Unknown27)
                                  << QByteArray(R"({"displayName":"x"})") << 404 << 5;
    QTest::newRow("unknown app") << QStringLiteral("/api/v1/apps/%1/resource_types/%1/resources").arg(Unknown27)
                                 << QByteArray(R"({"displayName":"x"})") << 404 << 5;
}

void TestSandboxApi::createResourceValidation()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, code);
    if (path.isEmpty())
        path = QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources").arg(m_manualApp, m_manualType);
    path.replace(QStringLiteral("APP"), m_manualApp);
    const Reply reply = m_http->send("POST", path, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
}

void TestSandboxApi::deleteResource()
{
    const QString base = QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources").arg(m_manualApp, m_manualType);
    const QString id = m_http->post(base, { { QStringLiteral("displayName"), QStringLiteral("Temporary") } })
                           .json.value(QStringLiteral("appResource"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_http->send("DELETE", base + QLatin1Char('/') + id).status, 400); // no body
    QCOMPARE(m_http->send("DELETE", base + QLatin1Char('/') + id, QByteArray("null")).status, 400);
    QCOMPARE(m_http->del(base + QLatin1Char('/') + id).status, 200);
    const Reply again = m_http->del(base + QLatin1Char('/') + id);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.code(), 5);
    QCOMPARE(m_http->get(base + QLatin1Char('/') + id).status, 404);
    // Resources synced by a connector cannot be deleted.
    const QString synced = m_http->get(QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources").arg(m_app, m_type))
                               .json.value(QStringLiteral("list"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("appResource"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
    const Reply refused
        = m_http->del(QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources/%3").arg(m_app, m_type, synced));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), 9);
}

void TestSandboxApi::searchResources()
{
    const Reply byType = m_http->post(QStringLiteral("/api/v1/search/app_resources"),
        { { QStringLiteral("resourceTypeIds"), QJsonArray { m_type } },
            { QStringLiteral("query"), QStringLiteral("engineering 2") }, { QStringLiteral("pageSize"), 100 } });
    QCOMPARE(byType.status, 200);
    const QJsonArray rows = byType.json.value(QStringLiteral("list")).toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue& row : rows) {
        const QJsonObject resource = row.toObject().value(QStringLiteral("appResource")).toObject();
        QCOMPARE(resource.value(QStringLiteral("appResourceTypeId")).toString(), m_type);
        QVERIFY(resource.value(QStringLiteral("displayName")).toString().contains(QStringLiteral("Engineering 2")));
    }
    const Reply byApp = m_http->post(QStringLiteral("/api/v1/search/app_resources"),
        { { QStringLiteral("appIds"), QJsonArray { m_manualApp } }, { QStringLiteral("pageSize"), 100 } });
    QVERIFY(byApp.json.value(QStringLiteral("list")).toArray().size() >= 6);
    for (const QJsonValue& row : byApp.json.value(QStringLiteral("list")).toArray())
        QCOMPARE(
            row.toObject().value(QStringLiteral("appResource")).toObject().value(QStringLiteral("appId")).toString(),
            m_manualApp);
}

void TestSandboxApi::entitlements()
{
    const Reply list = m_http->get(QStringLiteral("/api/v1/apps/%1/entitlements").arg(m_manualApp));
    QCOMPARE(list.status, 200);
    const QJsonArray rows = list.json.value(QStringLiteral("list")).toArray();
    QVERIFY(rows.size() >= 3);
    const QJsonObject entitlement = rows.at(0).toObject().value(QStringLiteral("appEntitlement")).toObject();
    QCOMPARE(entitlement.value(QStringLiteral("appId")).toString(), m_manualApp);
    QVERIFY(entitlement.value(QStringLiteral("grantCount")).isString());
    const QString id = entitlement.value(QStringLiteral("id")).toString();
    const Reply byRef = m_http->post(QStringLiteral("/api/v1/search/entitlements"),
        { { QStringLiteral("refs"),
            QJsonArray { QJsonObject { { QStringLiteral("appId"), m_manualApp }, { QStringLiteral("id"), id } } } } });
    QCOMPARE(byRef.json.value(QStringLiteral("list")).toArray().size(), 1);
    const Reply byQuery = m_http->post(QStringLiteral("/api/v1/search/entitlements"),
        { { QStringLiteral("appIds"), QJsonArray { m_app } }, { QStringLiteral("query"), QStringLiteral("member") } });
    QVERIFY(!byQuery.json.value(QStringLiteral("list")).toArray().isEmpty());
    for (const QJsonValue& row : byQuery.json.value(QStringLiteral("list")).toArray()) {
        const QJsonObject e = row.toObject().value(QStringLiteral("appEntitlement")).toObject();
        QCOMPARE(e.value(QStringLiteral("appId")).toString(), m_app);
        QVERIFY(!e.value(QStringLiteral("appResourceId")).toString().isEmpty());
    }
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/apps/%1/entitlements/%2").arg(m_manualApp, id)).status, 200);
}

void TestSandboxApi::users()
{
    const Reply twins = m_http->post(
        QStringLiteral("/api/v1/search/users"), { { QStringLiteral("query"), QStringLiteral("alex kim") } });
    QCOMPARE(twins.status, 200);
    const QJsonArray rows = twins.json.value(QStringLiteral("list")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject user = rows.at(0).toObject().value(QStringLiteral("user")).toObject();
    QCOMPARE(
        rows.at(0).toObject().value(QStringLiteral("userId")).toString(), user.value(QStringLiteral("id")).toString());
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString()
        != rows.at(1).toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString());
    const QString email = user.value(QStringLiteral("email")).toString();
    const Reply byEmail
        = m_http->post(QStringLiteral("/api/v1/search/users"), { { QStringLiteral("email"), email.toUpper() } });
    QCOMPARE(byEmail.json.value(QStringLiteral("list")).toArray().size(), 1);
    const Reply byRef = m_http->post(QStringLiteral("/api/v1/search/users"),
        { { QStringLiteral("refs"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), user.value(QStringLiteral("id")) } } } } });
    QCOMPARE(byRef.json.value(QStringLiteral("list")).toArray().size(), 1);
    const Reply disabled = m_http->post(QStringLiteral("/api/v1/search/users"),
        { { QStringLiteral("userStatuses"), QJsonArray { QStringLiteral("DISABLED") } },
            { QStringLiteral("pageSize"), 100 } });
    const QJsonArray disabledRows = disabled.json.value(QStringLiteral("list")).toArray();
    QVERIFY(disabledRows.size() >= 3);
    for (const QJsonValue& row : disabledRows)
        QCOMPARE(row.toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("DISABLED"));
    const Reply one = m_http->get(QStringLiteral("/api/v1/users/") + user.value(QStringLiteral("id")).toString());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(QStringLiteral("userView"))
                 .toObject()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
        email);
}

void TestSandboxApi::usersValidation()
{
    QCOMPARE(m_http
                 ->post(QStringLiteral("/api/v1/search/users"),
                     { { QStringLiteral("userStatuses"), QJsonArray { QStringLiteral("ASLEEP") } } })
                 .status,
        400);
    QCOMPARE(m_http->post(QStringLiteral("/api/v1/search/users"), { { QStringLiteral("refs"), QStringLiteral("x") } })
                 .status,
        400);
    QCOMPARE(m_http->send("POST", QStringLiteral("/api/v1/search/users"), QByteArray("null")).status, 400);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/users/nobody")).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"

// The sandbox's endpoints that change and delete what was made (issue 16), over real loopback HTTP: update an app
// with an update mask, soft-delete it, create resource types under the one-per-kind rule (only CUSTOM repeats),
// update and delete a resource type (with its resources), get/update/delete one resource. Every refusal is a
// google.rpc.Status with a request ID and leaves the tenant unchanged.

#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;
using namespace c1::test;
using namespace Qt::StringLiterals;

namespace {

const QString Unknown27 = u"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s;

QJsonObject appOf(const Reply& reply)
{
    return reply.json.value(u"app"_s).toObject();
}

} // namespace

class TestSandboxEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void updateAppChangesOnlyMaskedFields();
    void updateAppRefusals_data();
    void updateAppRefusals();
    void updateAppNotFound();
    void deleteAppIsSoft();
    void resourceTypeKindsOnePerApp();
    void resourceTypeUpdateAndMask();
    void resourceTypeDeleteCascades();
    void syncedTypeAndResourceRefused();
    void resourceGetUpdateDelete();
    void softDeleteSurvivesRestart();

private:
    // A fresh manually managed app with one resource type of `kind`; its ID and the type's.
    std::pair<QString, QString> freshAppWithType(const QString& kind = u"ROLE"_s);
    QString createResource(const QString& appId, const QString& typeId, const QString& name);
    void expectStatus(const Reply& reply, int status, int code);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_http;
    int m_made = 0;
};

void TestSandboxEdits::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxDataSize size;
    size.apps = 6;
    size.resourceTypesPerApp = 2;
    size.resourcesPerType = 4;
    size.entitlementsPerApp = 2;
    size.users = 20;
    m_http = SandboxTestClient::startSignedIn(*m_server, size);
    QVERIFY(m_http);
}

void TestSandboxEdits::expectStatus(const Reply& reply, int status, int code)
{
    QVERIFY2(reply.status == status, qPrintable(u"%1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body))));
    if (code >= 0) {
        QCOMPARE(reply.code(), code);
        QVERIFY2(reply.message().contains(u"request-id: "_s), qPrintable(reply.message()));
        QVERIFY(!reply.header("x-request-id").isEmpty());
    }
}

std::pair<QString, QString> TestSandboxEdits::freshAppWithType(const QString& kind)
{
    const Reply app = m_http->post(u"/api/v1/apps"_s,
        { { u"displayName"_s, u"Edits %1"_s.arg(++m_made) }, { u"description"_s, u"made by the test"_s },
            { u"instructions"_s, u"ask first"_s }, { u"monthlyCostUsd"_s, 12 } });
    const QString appId = appOf(app).value(u"id"_s).toString();
    const Reply type = m_http->post(u"/api/v1/apps/%1/resource_types"_s.arg(appId),
        { { u"displayName"_s, u"Kind %1"_s.arg(kind) }, { u"resourceType"_s, kind } });
    return { appId, type.json.value(u"appResourceType"_s).toObject().value(u"id"_s).toString() };
}

QString TestSandboxEdits::createResource(const QString& appId, const QString& typeId, const QString& name)
{
    const Reply reply = m_http->post(
        u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(appId, typeId), { { u"displayName"_s, name } });
    return reply.json.value(u"appResource"_s).toObject().value(u"id"_s).toString();
}

void TestSandboxEdits::updateAppChangesOnlyMaskedFields()
{
    const auto [appId, typeId] = freshAppWithType();
    QVERIFY(!appId.isEmpty());
    const QJsonObject before = appOf(m_http->get(u"/api/v1/apps/"_s + appId));
    m_server->advanceClock(1000);
    // New values for three fields, but only two are masked: instructions must stay as they were.
    const Reply updated = m_http->post(u"/api/v1/apps/"_s + appId,
        { { u"app"_s,
              QJsonObject { { u"displayName"_s, u"Renamed"_s }, { u"monthlyCostUsd"_s, 40 },
                  { u"instructions"_s, u"ignored"_s },
                  { u"annotations"_s, QJsonObject { { u"team"_s, u"infra"_s } } } } },
            { u"updateMask"_s, u"displayName,monthlyCostUsd,annotations"_s } });
    expectStatus(updated, 200, -1);
    QJsonObject after = appOf(m_http->get(u"/api/v1/apps/"_s + appId));
    QCOMPARE(appOf(updated), after);
    QCOMPARE(after.value(u"displayName"_s).toString(), u"Renamed"_s);
    QCOMPARE(after.value(u"monthlyCostUsd"_s).toInt(), 40);
    QCOMPARE(after.value(u"annotations"_s).toObject().value(u"team"_s).toString(), u"infra"_s);
    QCOMPARE(after.value(u"instructions"_s), before.value(u"instructions"_s));
    QCOMPARE(after.value(u"description"_s), before.value(u"description"_s));
    QCOMPARE(after.value(u"createdAt"_s), before.value(u"createdAt"_s));
    QVERIFY(after.value(u"updatedAt"_s).toString() > before.value(u"updatedAt"_s).toString());

    // A masked field missing from the object is cleared; updatedAt moves on even within the same millisecond.
    const QString stamp = after.value(u"updatedAt"_s).toString();
    const Reply cleared = m_http->post(u"/api/v1/apps/"_s + appId,
        { { u"app"_s, QJsonObject {} }, { u"updateMask"_s, u"description,annotations"_s } });
    expectStatus(cleared, 200, -1);
    after = appOf(cleared);
    QCOMPARE(after.value(u"description"_s).toString(), QString());
    QVERIFY(after.value(u"annotations"_s).toObject().isEmpty());
    QCOMPARE(after.value(u"displayName"_s).toString(), u"Renamed"_s);
    QVERIFY(after.value(u"updatedAt"_s).toString() > stamp);
}

void TestSandboxEdits::updateAppRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no mask") << QByteArray(R"({"app":{"displayName":"X"}})") << u"UpdateMask"_s;
    QTest::newRow("empty mask") << QByteArray(R"({"app":{"displayName":"X"},"updateMask":""})") << u"UpdateMask"_s;
    QTest::newRow("mask as a list") << QByteArray(R"({"app":{"displayName":"X"},"updateMask":["displayName"]})")
                                    << u"UpdateMask"_s;
    QTest::newRow("snake_case path") << QByteArray(R"({"app":{"displayName":"X"},"updateMask":"display_name"})")
                                     << u"lowerCamelCase"_s;
    QTest::newRow("immutable path") << QByteArray(
        R"({"app":{"createdAt":"2020-01-01T00:00:00Z"},"updateMask":"createdAt"})")
                                    << u"immutable"_s;
    QTest::newRow("immutable userCount") << QByteArray(
        R"({"app":{"userCount":"5"},"updateMask":"displayName,userCount"})")
                                         << u"immutable"_s;
    QTest::newRow("unknown path") << QByteArray(R"({"app":{"colour":"red"},"updateMask":"colour"})") << u"unknown"_s;
    QTest::newRow("space after comma") << QByteArray(R"({"app":{},"updateMask":"displayName, description"})")
                                       << u"unknown"_s;
    QTest::newRow("repeated path") << QByteArray(
        R"({"app":{"displayName":"Y"},"updateMask":"displayName,displayName"})")
                                   << u"repeated"_s;
    QTest::newRow("trailing comma") << QByteArray(R"({"app":{"displayName":"Y"},"updateMask":"displayName,"})")
                                    << u"empty field path"_s;
    QTest::newRow("no app") << QByteArray(R"({"updateMask":"displayName"})") << u"App"_s;
    QTest::newRow("app null") << QByteArray(R"({"app":null,"updateMask":"displayName"})") << u"App"_s;
    QTest::newRow("empty display name") << QByteArray(R"({"app":{"displayName":" "},"updateMask":"displayName"})")
                                        << u"DisplayName"_s;
    QTest::newRow("display name a number")
        << QByteArray(R"({"app":{"displayName":5},"updateMask":"displayName"})") << u"DisplayName"_s;
    QTest::newRow("unknown enum") << QByteArray(
        R"({"app":{"identityMatching":"FUZZY"},"updateMask":"identityMatching"})")
                                  << u"IdentityMatching"_s;
    QTest::newRow("negative cost") << QByteArray(R"({"app":{"monthlyCostUsd":-1},"updateMask":"monthlyCostUsd"})")
                                   << u"MonthlyCostUsd"_s;
    QTest::newRow("cost as string") << QByteArray(R"({"app":{"monthlyCostUsd":"7"},"updateMask":"monthlyCostUsd"})")
                                    << u"MonthlyCostUsd"_s;
    QTest::newRow("bad policy ID") << QByteArray(R"({"app":{"grantPolicyId":"nope"},"updateMask":"grantPolicyId"})")
                                   << u"GrantPolicyId"_s;
    QTest::newRow("reserved annotation") << QByteArray(
        R"({"app":{"annotations":{"c1/x":"y"}},"updateMask":"annotations"})")
                                         << u"c1/"_s;
    QTest::newRow("strict not a bool") << QByteArray(
        R"({"app":{"strictAccessEntitlementProvisioning":"yes"},"updateMask":"strictAccessEntitlementProvisioning"})")
                                       << u"boolean"_s;
    QTest::newRow("another app's ID") << QByteArray(
        R"({"app":{"id":"AAAAAAAAAAAAAAAAAAAAAAAAAAA","displayName":"Z"},"updateMask":"displayName"})")
                                      << u"does not match"_s;
}

void TestSandboxEdits::updateAppRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const QString appId = m_server->appIds().at(2);
    const Reply before = m_http->get(u"/api/v1/apps/"_s + appId);
    const Reply refused = m_http->send("POST", u"/api/v1/apps/"_s + appId, body);
    expectStatus(refused, 400, 3);
    QVERIFY2(refused.message().contains(message), qPrintable(refused.message()));
    QCOMPARE(m_http->get(u"/api/v1/apps/"_s + appId).json, before.json);
}

void TestSandboxEdits::updateAppNotFound()
{
    const QByteArray body = R"({"app":{"displayName":"X"},"updateMask":"displayName"})";
    expectStatus(m_http->send("POST", u"/api/v1/apps/"_s + Unknown27, body), 404, 5);
    expectStatus(m_http->send("POST", u"/api/v1/apps/short"_s, body), 400, 3);
    expectStatus(m_http->send("POST", u"/api/v1/apps/"_s + m_server->appIds().at(0), QByteArray("null")), 400, 3);
}

void TestSandboxEdits::deleteAppIsSoft()
{
    const auto [appId, typeId] = freshAppWithType();
    const QString resourceId = createResource(appId, typeId, u"Doomed"_s);
    QVERIFY(!resourceId.isEmpty());
    const int appsBefore = m_server->appIds().size();
    expectStatus(m_http->del(u"/api/v1/apps/"_s + appId), 200, -1);
    QCOMPARE(m_server->appIds().size(), appsBefore - 1);
    QVERIFY(!m_server->appIds().contains(appId));
    expectStatus(m_http->get(u"/api/v1/apps/"_s + appId), 404, 5);
    expectStatus(m_http->get(u"/api/v1/apps/%1/resource_types"_s.arg(appId)), 404, 5);
    expectStatus(m_http->get(u"/api/v1/apps/%1/resource_types/%2"_s.arg(appId, typeId)), 404, 5);
    expectStatus(
        m_http->get(u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(appId, typeId, resourceId)), 404, 5);
    expectStatus(m_http->get(u"/api/v2/apps/%1/owners/users"_s.arg(appId)), 404, 5);
    expectStatus(m_http->del(u"/api/v1/apps/"_s + appId), 404, 5); // a second delete finds nothing
    const Reply search = m_http->post(u"/api/v1/search/apps"_s, { { u"appIds"_s, QJsonArray { appId } } });
    QVERIFY(search.json.value(u"list"_s).toArray().isEmpty());
    // Soft: the resource search still finds its resources unless told to leave deleted apps out.
    const QJsonObject byId { { u"resourceIds"_s, QJsonArray { resourceId } } };
    QCOMPARE(m_http->post(u"/api/v1/search/app_resources"_s, byId).json.value(u"list"_s).toArray().size(), 1);
    QJsonObject excluding = byId;
    excluding.insert(u"excludeDeletedApps"_s, true);
    QVERIFY(m_http->post(u"/api/v1/search/app_resources"_s, excluding).json.value(u"list"_s).toArray().isEmpty());
    expectStatus(m_http->send("DELETE", u"/api/v1/apps/"_s + m_server->appIds().at(0)), 400, 3); // no body
}

void TestSandboxEdits::resourceTypeKindsOnePerApp()
{
    const auto [appId, typeId] = freshAppWithType(u"GROUP"_s);
    QVERIFY(!typeId.isEmpty());
    const QString path = u"/api/v1/apps/%1/resource_types"_s.arg(appId);
    // A second GROUP is refused as real tenants do: 500 with a google.rpc.Status INTERNAL, nothing created.
    const Reply second
        = m_http->post(path, { { u"displayName"_s, u"More groups"_s }, { u"resourceType"_s, u"GROUP"_s } });
    expectStatus(second, 500, 13);
    QVERIFY(second.message().contains(u"CUSTOM"_s));
    QCOMPARE(m_http->get(path).json.value(u"list"_s).toArray().size(), 1);
    // Another kind is fine once; CUSTOM any number of times.
    expectStatus(m_http->post(path, { { u"displayName"_s, u"Roles"_s }, { u"resourceType"_s, u"ROLE"_s } }), 200, -1);
    expectStatus(
        m_http->post(path, { { u"displayName"_s, u"More roles"_s }, { u"resourceType"_s, u"ROLE"_s } }), 500, 13);
    for (int i = 0; i < 3; ++i)
        expectStatus(
            m_http->post(path, { { u"displayName"_s, u"Custom %1"_s.arg(i) }, { u"resourceType"_s, u"CUSTOM"_s } }),
            200, -1);
    QCOMPARE(m_http->get(path).json.value(u"list"_s).toArray().size(), 5);
    // Both fields are required.
    expectStatus(m_http->post(path, { { u"resourceType"_s, u"CUSTOM"_s } }), 400, 3);
    expectStatus(m_http->post(path, { { u"displayName"_s, u"No kind"_s } }), 400, 3);
    expectStatus(m_http->post(path, { { u"displayName"_s, u"Odd"_s }, { u"resourceType"_s, u"custom"_s } }), 400, 3);
    expectStatus(m_http->post(u"/api/v1/apps/%1/resource_types"_s.arg(Unknown27),
                     { { u"displayName"_s, u"Lost"_s }, { u"resourceType"_s, u"CUSTOM"_s } }),
        404, 5);
}

void TestSandboxEdits::resourceTypeUpdateAndMask()
{
    const auto [appId, typeId] = freshAppWithType(u"PROJECT"_s);
    const QString path = u"/api/v1/apps/%1/resource_types/%2"_s.arg(appId, typeId);
    const QJsonObject before
        = m_http->get(path).json.value(u"appResourceTypeView"_s).toObject().value(u"appResourceType"_s).toObject();
    m_server->advanceClock(1000);
    const Reply updated = m_http->post(path,
        { { u"appResourceType"_s, QJsonObject { { u"displayName"_s, u"Workspaces"_s } } },
            { u"updateMask"_s, u"displayName"_s } });
    expectStatus(updated, 200, -1);
    const QJsonObject after = updated.json.value(u"appResourceType"_s).toObject();
    QCOMPARE(after.value(u"displayName"_s).toString(), u"Workspaces"_s);
    QCOMPARE(after.value(u"traitIds"_s), before.value(u"traitIds"_s));
    QVERIFY(after.value(u"updatedAt"_s).toString() > before.value(u"updatedAt"_s).toString());
    QCOMPARE(m_http->get(path).json.value(u"appResourceTypeView"_s).toObject().value(u"appResourceType"_s).toObject(),
        after);

    const struct {
        QByteArray body;
        int status;
    } refusals[] = {
        { R"({"appResourceType":{"displayName":"X"}})", 400 },
        { R"({"appResourceType":{"id":"x"},"updateMask":"id"})", 400 },
        { R"({"appResourceType":{"traitIds":[]},"updateMask":"traitIds"})", 400 },
        { R"({"appResourceType":{"displayName":""},"updateMask":"displayName"})", 400 },
        { R"({"updateMask":"displayName"})", 400 },
    };
    for (const auto& refusal : refusals)
        expectStatus(m_http->send("POST", path, refusal.body), refusal.status, 3);
    QCOMPARE(m_http->get(path).json.value(u"appResourceTypeView"_s).toObject().value(u"appResourceType"_s).toObject(),
        after);
    expectStatus(m_http->post(u"/api/v1/apps/%1/resource_types/%2"_s.arg(appId, Unknown27),
                     { { u"appResourceType"_s, QJsonObject { { u"displayName"_s, u"X"_s } } },
                         { u"updateMask"_s, u"displayName"_s } }),
        404, 5);
}

void TestSandboxEdits::resourceTypeDeleteCascades()
{
    const auto [appId, typeId] = freshAppWithType(u"LICENSE"_s);
    const auto [otherApp, otherType] = freshAppWithType(u"LICENSE"_s);
    QStringList resources;
    for (int i = 0; i < 3; ++i)
        resources.append(createResource(appId, typeId, u"Seat %1"_s.arg(i)));
    const QString survivor = createResource(otherApp, otherType, u"Other seat"_s);
    const QString typePath = u"/api/v1/apps/%1/resource_types/%2"_s.arg(appId, typeId);
    // A type under another app is not this app's: 404, nothing deleted.
    expectStatus(m_http->del(u"/api/v1/apps/%1/resource_types/%2"_s.arg(otherApp, typeId)), 404, 5);
    expectStatus(m_http->del(typePath), 200, -1);
    expectStatus(m_http->get(typePath), 404, 5);
    expectStatus(m_http->get(typePath + u"/resources"_s), 404, 5);
    for (const QString& id : std::as_const(resources))
        expectStatus(m_http->get(typePath + u"/resources/"_s + id), 404, 5);
    const Reply search = m_http->post(u"/api/v1/search/app_resources"_s,
        { { u"resourceIds"_s, QJsonArray::fromStringList(resources + QStringList { survivor }) } });
    const QJsonArray found = search.json.value(u"list"_s).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(u"appResource"_s).toObject().value(u"id"_s).toString(), survivor);
    expectStatus(m_http->del(typePath), 404, 5);
}

void TestSandboxEdits::syncedTypeAndResourceRefused()
{
    // Demo apps 0 and 1 are synced (connector-managed): their types and resources cannot be changed or deleted.
    const QString appId = m_server->appIds().at(0);
    const QString typeId = m_http->firstResourceTypeId(appId);
    const QString typePath = u"/api/v1/apps/%1/resource_types/%2"_s.arg(appId, typeId);
    expectStatus(m_http->del(typePath), 400, 9);
    expectStatus(m_http->post(typePath,
                     { { u"appResourceType"_s, QJsonObject { { u"displayName"_s, u"X"_s } } },
                         { u"updateMask"_s, u"displayName"_s } }),
        400, 9);
    expectStatus(m_http->get(typePath), 200, -1);
    const QString resourceId = m_http->get(typePath + u"/resources"_s)
                                   .json.value(u"list"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"appResource"_s)
                                   .toObject()
                                   .value(u"id"_s)
                                   .toString();
    expectStatus(m_http->del(typePath + u"/resources/"_s + resourceId), 400, 9);
    expectStatus(m_http->get(typePath + u"/resources/"_s + resourceId), 200, -1);
}

void TestSandboxEdits::resourceGetUpdateDelete()
{
    const auto [appId, typeId] = freshAppWithType(u"VAULT"_s);
    const QString id = createResource(appId, typeId, u"Secrets"_s);
    const QString path = u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(appId, typeId, id);
    const QJsonObject before
        = m_http->get(path).json.value(u"appResourceView"_s).toObject().value(u"appResource"_s).toObject();
    QCOMPARE(before.value(u"displayName"_s).toString(), u"Secrets"_s);
    m_server->advanceClock(1000);
    const Reply updated = m_http->post(path,
        { { u"appResource"_s,
              QJsonObject { { u"displayName"_s, u"Prod secrets"_s }, { u"description"_s, u"rotated monthly"_s },
                  { u"annotations"_s, QJsonObject { { u"managed_by"_s, u"terraform"_s } } } } },
            { u"updateMask"_s, u"description,annotations"_s } });
    expectStatus(updated, 200, -1);
    const QJsonObject after = updated.json.value(u"appResourceView"_s).toObject().value(u"appResource"_s).toObject();
    QCOMPARE(after.value(u"displayName"_s).toString(), u"Secrets"_s); // not masked
    QCOMPARE(after.value(u"description"_s).toString(), u"rotated monthly"_s);
    QCOMPARE(after.value(u"annotations"_s).toObject().value(u"managed_by"_s).toString(), u"terraform"_s);
    QVERIFY(after.value(u"updatedAt"_s).toString() > before.value(u"updatedAt"_s).toString());
    QCOMPARE(m_http->get(path).json.value(u"appResourceView"_s).toObject().value(u"appResource"_s).toObject(), after);

    const QByteArray refusals[] = {
        R"({"appResource":{"externalId":"x"},"updateMask":"externalId"})",
        R"({"appResource":{"grantCount":"3"},"updateMask":"grantCount"})",
        R"({"appResource":{"displayName":""},"updateMask":"displayName"})",
        R"({"appResource":{"appResourceTypeId":"AAAAAAAAAAAAAAAAAAAAAAAAAAA","displayName":"Y"},"updateMask":"displayName"})",
        R"({"appResource":{"displayName":"Y"}})",
    };
    for (const QByteArray& body : refusals)
        expectStatus(m_http->send("POST", path, body), 400, 3);
    QCOMPARE(m_http->get(path).json.value(u"appResourceView"_s).toObject().value(u"appResource"_s).toObject(), after);

    expectStatus(m_http->del(path), 200, -1);
    expectStatus(m_http->get(path), 404, 5);
    expectStatus(m_http->post(path,
                     { { u"appResource"_s, QJsonObject { { u"displayName"_s, u"Z"_s } } },
                         { u"updateMask"_s, u"displayName"_s } }),
        404, 5);
    expectStatus(m_http->del(path), 404, 5);
}

void TestSandboxEdits::softDeleteSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"state.json"_s);
    QString deleted, kept;
    {
        SandboxOptions options;
        options.stateFile = file;
        SandboxServer server(options);
        SandboxDataSize size;
        size.apps = 4;
        size.users = 5;
        auto http = SandboxTestClient::startSignedIn(server, size);
        QVERIFY(http);
        deleted = server.appIds().at(1);
        kept = server.appIds().at(2);
        QCOMPARE(http->del(u"/api/v1/apps/"_s + deleted).status, 200);
        server.saveNow();
    }
    SandboxOptions options;
    options.stateFile = file;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxTestClient http(server);
    QVERIFY(http.signIn());
    QVERIFY(!server.appIds().contains(deleted));
    QVERIFY(server.appIds().contains(kept));
    QCOMPARE(http.get(u"/api/v1/apps/"_s + deleted).status, 404);
    server.stop();
}

QTEST_GUILESS_MAIN(TestSandboxEdits)
#include "tst_sandboxedits.moc"

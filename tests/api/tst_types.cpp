#include "api/Types.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

Q_DECLARE_METATYPE(c1::OwnerTarget)

namespace {

QJsonObject readSeed(const QString& name)
{
    QFile file(QStringLiteral(C1_TEST_DATA_DIR) + u"/seeds/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open seed %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool isEmptyJson(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) || (v.isBool() && !v.toBool())
        || (v.isDouble() && v.toDouble() == 0) || (v.isObject() && v.toObject().isEmpty())
        || (v.isArray() && v.toArray().isEmpty());
}

// Every field the type models comes back from toJson() exactly as the server sent it (an int64 placeholder such
// as "<string>" reads as 0 and is then omitted; empty values are omitted).
void compareKnown(
    const QJsonObject& source, const QJsonObject& out, const QStringList& known, const QStringList& int64Keys = {})
{
    for (const QString& key : known) {
        const QJsonValue in = source.value(key);
        if (int64Keys.contains(key) && in.isString() && in.toString().startsWith(u'<'))
            continue;
        if (isEmptyJson(in)) {
            QVERIFY2(!out.contains(key), qPrintable(key));
            continue;
        }
        QVERIFY2(out.value(key) == in, qPrintable(key + u": "_s + out.value(key).toVariant().toString()));
    }
}

const QStringList kAppKeys = { u"id"_s, u"displayName"_s, u"description"_s, u"appAccountId"_s, u"appAccountName"_s,
    u"accessModel"_s, u"annotations"_s, u"certifyPolicyId"_s, u"grantPolicyId"_s, u"revokePolicyId"_s,
    u"defaultRequestCatalogId"_s, u"iconUrl"_s, u"logoUri"_s, u"identityMatching"_s, u"instructions"_s,
    u"parentAppId"_s, u"isDirectory"_s, u"isManuallyManaged"_s, u"strictAccessEntitlementProvisioning"_s,
    u"enableConnectorSourcedOwnership"_s, u"revokeGrantSources"_s, u"monthlyCostUsd"_s, u"connectorVersion"_s,
    u"userCount"_s, u"createdAt"_s, u"updatedAt"_s, u"deletedAt"_s };
const QStringList kResourceKeys = { u"id"_s, u"appId"_s, u"appResourceTypeId"_s, u"displayName"_s, u"description"_s,
    u"customDescription"_s, u"externalId"_s, u"matchBatonId"_s, u"accessConfigId"_s, u"parentAppResourceId"_s,
    u"parentAppResourceTypeId"_s, u"nhiType"_s, u"nhiDetail"_s, u"annotations"_s, u"grantCount"_s, u"secretTrait"_s,
    u"createdAt"_s, u"updatedAt"_s, u"deletedAt"_s };
const QStringList kEntitlementKeys = { u"id"_s, u"appId"_s, u"appResourceTypeId"_s, u"appResourceId"_s,
    u"displayName"_s, u"description"_s, u"alias"_s, u"slug"_s, u"purpose"_s, u"externalId"_s, u"grantPolicyId"_s,
    u"revokePolicyId"_s, u"certifyPolicyId"_s, u"durationGrant"_s, u"annotations"_s, u"grantCount"_s,
    u"isManuallyManaged"_s, u"systemBuiltin"_s, u"createdAt"_s, u"updatedAt"_s, u"deletedAt"_s };
const QStringList kUserKeys = { u"id"_s, u"displayName"_s, u"email"_s, u"emails"_s, u"username"_s, u"jobTitle"_s,
    u"department"_s, u"status"_s, u"directoryStatus"_s, u"type"_s, u"employmentStatus"_s, u"managerIds"_s,
    u"createdAt"_s, u"updatedAt"_s, u"deletedAt"_s };

QJsonObject allNull(const QStringList& keys)
{
    QJsonObject o;
    for (const QString& key : keys)
        o.insert(key, QJsonValue::Null);
    return o;
}

} // namespace

class TestTypes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedResource();
    void seedApp();
    void appSummary();
    void seedResourceOwnerUser();
    void seedAppOwnerEntitlement();
    void ownerShapes_data();
    void ownerShapes();
    void nullEverywhere();
    void unknownEnumsKept();
    void int64_data();
    void int64();
    void timestamps_data();
    void timestamps();
    void formatTimestamp();
    void roundTrip();
    void createAppRequest();
    void createAppRequestMinimal();
    void createResourceRequest();
    void keys();
};

void TestTypes::seedResource()
{
    const QJsonObject source = readSeed(u"000_a4ddbd459a5218d6.json"_s).value("appResource"_L1).toObject();
    QVERIFY(!source.isEmpty());
    const AppResource r = AppResource::fromJson(source);
    QCOMPARE(r.id, u"<string>"_s);
    QCOMPARE(r.createdAt, QDateTime(QDate(2023, 11, 7), QTime(5, 31, 56), Qt::UTC));
    QVERIFY(r.secretTrait.has_value());
    QCOMPARE(r.secretTrait->identityAppUserId, u"<string>"_s);
    QCOMPARE(r.secretTrait->secretExpiresAt, r.createdAt);
    compareKnown(source, r.toJson(), kResourceKeys, { u"grantCount"_s });
}

void TestTypes::seedApp()
{
    const QJsonObject source = readSeed(u"002_fdd7eeb2173bf841.json"_s).value("app"_L1).toObject();
    const App a = App::fromJson(source);
    QCOMPARE(a.monthlyCostUsd, 123);
    QCOMPARE(a.connectorVersion, 123u);
    QVERIFY(a.isDirectory);
    QVERIFY(a.strictAccessEntitlementProvisioning);
    compareKnown(source, a.toJson(), kAppKeys, { u"userCount"_s });
}

void TestTypes::appSummary()
{
    // The tree's parse: the row's three fields exactly as the full parse reads them, and nothing else.
    QJsonObject source = readSeed(u"002_fdd7eeb2173bf841.json"_s).value("app"_L1).toObject();
    source.insert("userCount"_L1, "9007199254740993"_L1); // int64 as a string, past a double's precision
    const App full = App::fromJson(source);
    const App summary = App::summaryFromJson(source);
    QVERIFY(!summary.id.isEmpty());
    QCOMPARE(summary.id, full.id);
    QCOMPARE(summary.displayName, full.displayName);
    QCOMPARE(summary.userCount, Q_INT64_C(9007199254740993));
    QVERIFY(summary.description.isEmpty() && !full.description.isEmpty());
    QVERIFY(!summary.createdAt.isValid() && full.createdAt.isValid());
    QVERIFY(App::summaryFromJson(allNull(kAppKeys)).toJson().isEmpty());
}

void TestTypes::seedResourceOwnerUser()
{
    const QJsonObject source = readSeed(u"003_2f48c61f70d37d38.json"_s).value("appResourceOwnerUser"_L1).toObject();
    const OwnerRecord record = OwnerRecord::fromJson(source, OwnerKind::User, OwnerTarget {});
    QCOMPARE(record.target.kind, OwnerTarget::Kind::Resource);
    QCOMPARE(record.target.resourceTypeId, u"<string>"_s);
    QCOMPARE(record.roleSlug, u"<string>"_s);
    QVERIFY(record.user.has_value());
    QVERIFY(!record.entitlement.has_value());
    QCOMPARE(record.ref.kind, OwnerKind::User);
    QCOMPARE(record.ref.userId, u"<string>"_s);
    QCOMPARE(record.createdAt, QDateTime(QDate(2023, 11, 7), QTime(5, 31, 56), Qt::UTC));
    compareKnown(source.value("user"_L1).toObject(), record.user->toJson(), kUserKeys);
}

void TestTypes::seedAppOwnerEntitlement()
{
    const QJsonObject source = readSeed(u"004_6c852ff12ac22455.json"_s).value("appOwnerEntitlement"_L1).toObject();
    const OwnerRecord record = OwnerRecord::fromJson(source, OwnerKind::Entitlement, OwnerTarget {});
    QCOMPARE(record.target.kind, OwnerTarget::Kind::App);
    QVERIFY(record.entitlement.has_value());
    QCOMPARE(record.entitlement->purpose, u"APP_ENTITLEMENT_PURPOSE_VALUE_UNSPECIFIED"_s);
    QCOMPARE(record.ref.kind, OwnerKind::Entitlement);
    QCOMPARE(record.ref.entitlement.id, u"<string>"_s);
    compareKnown(source.value("appEntitlement"_L1).toObject(), record.entitlement->toJson(), kEntitlementKeys,
        { u"grantCount"_s });
}

void TestTypes::ownerShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<OwnerTarget>("target");
    QTest::addColumn<QString>("refKey");
    QTest::addColumn<QString>("targetKey");
    QTest::addColumn<QString>("name");

    const QString app = u"A"_s.repeated(27);
    const QString type = u"T"_s.repeated(27);
    const QString res = u"R"_s.repeated(27);
    const QString user = u"U"_s.repeated(27);
    const QString ent = u"E"_s.repeated(27);
    const OwnerTarget appTarget = OwnerTarget::app(app);
    const OwnerTarget resTarget = OwnerTarget::resource(app, type, res);

    QTest::newRow("AppOwnerUser") << (R"({"appId":")" + app.toLatin1() + R"(","roleSlug":"primary","user":{"id":")"
        + user.toLatin1() + R"(","displayName":"Ada","email":"ada@example.com"},"createdAt":null})")
                                  << int(OwnerKind::User) << appTarget << u"user/"_s + user << u"app/"_s + app
                                  << u"Ada"_s;
    QTest::newRow("AppOwnerEntitlement") << (R"({"appId":")" + app.toLatin1()
        + R"(","roleSlug":"secondary","appEntitlement":{"appId":")" + app.toLatin1() + R"(","id":")" + ent.toLatin1()
        + R"(","displayName":"Admins"}})")
                                         << int(OwnerKind::Entitlement) << appTarget << u"ent/"_s + app + u'/' + ent
                                         << u"app/"_s + app << u"Admins"_s;
    QTest::newRow("AppResourceOwnerUser") << (R"({"appId":")" + app.toLatin1() + R"(","resourceTypeId":")"
        + type.toLatin1() + R"(","resourceId":")" + res.toLatin1() + R"(","roleSlug":"primary","user":{"id":")"
        + user.toLatin1() + R"(","email":"bob@example.com"}})")
                                          << int(OwnerKind::User) << resTarget << u"user/"_s + user
                                          << u"res/%1/%2/%3"_s.arg(app, type, res) << u"bob@example.com"_s;
    QTest::newRow("AppResourceOwnerEntitlement")
        << (R"({"appId":")" + app.toLatin1() + R"(","resourceTypeId":")" + type.toLatin1() + R"(","resourceId":")"
               + res.toLatin1() + R"(","roleSlug":"primary","appEntitlement":{"appId":")" + app.toLatin1()
               + R"(","id":")" + ent.toLatin1() + R"(","alias":"ops"}})")
        << int(OwnerKind::Entitlement) << resTarget << u"ent/"_s + app + u'/' + ent
        << u"res/%1/%2/%3"_s.arg(app, type, res) << u"ops"_s;
    const OwnerTarget entTarget = OwnerTarget::entitlement(app, ent);
    const QString group = u"G"_s.repeated(27);
    QTest::newRow("AppEntitlementOwnerUser")
        << (R"({"appId":")" + app.toLatin1() + R"(","entitlementId":")" + ent.toLatin1()
               + R"(","roleSlug":"primary","user":{"id":")" + user.toLatin1() + R"(","displayName":"Cy"}})")
        << int(OwnerKind::User) << entTarget << u"user/"_s + user << u"entitlement/%1/%2"_s.arg(app, ent) << u"Cy"_s;
    QTest::newRow("AppEntitlementOwnerEntitlement")
        << (R"({"appId":")" + app.toLatin1() + R"(","entitlementId":")" + ent.toLatin1()
               + R"(","roleSlug":"secondary","appEntitlement":{"appId":")" + app.toLatin1() + R"(","id":")"
               + group.toLatin1() + R"(","displayName":"On call"}})")
        << int(OwnerKind::Entitlement) << entTarget << u"ent/"_s + app + u'/' + group
        << u"entitlement/%1/%2"_s.arg(app, ent) << u"On call"_s;
    QTest::newRow("user null, name falls back to the ID")
        << (R"({"appId":")" + app.toLatin1() + R"(","roleSlug":null,"user":null,"userRef":{"id":")" + user.toLatin1()
               + R"("}})")
        << int(OwnerKind::User) << appTarget << u"user/"_s + user << u"app/"_s + app << user;
}

void TestTypes::ownerShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(OwnerTarget, target);
    QFETCH(QString, refKey);
    QFETCH(QString, targetKey);
    QFETCH(QString, name);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    const OwnerRecord record = OwnerRecord::fromJson(doc.object(), OwnerKind(kind), target);
    QCOMPARE(record.ref.key(), refKey);
    QCOMPARE(record.target.key(), targetKey);
    QCOMPARE(record.displayName(), name);
    // Parsing with an empty target recovers it from the record itself.
    const OwnerRecord selfDescribed = OwnerRecord::fromJson(doc.object(), OwnerKind(kind), OwnerTarget {});
    QCOMPARE(selfDescribed.target.key(), targetKey);
}

void TestTypes::nullEverywhere()
{
    QStringList appKeys = kAppKeys;
    const App a = App::fromJson(allNull(appKeys));
    QVERIFY(a.id.isEmpty());
    QVERIFY(!a.createdAt.isValid());
    QCOMPARE(a.userCount, 0);
    QVERIFY(a.annotations.isEmpty());
    QVERIFY(a.toJson().isEmpty());

    const AppResource r = AppResource::fromJson(allNull(kResourceKeys));
    QVERIFY(!r.secretTrait.has_value());
    QVERIFY(r.toJson().isEmpty());
    QVERIFY(AppEntitlement::fromJson(allNull(kEntitlementKeys)).toJson().isEmpty());
    QVERIFY(User::fromJson(allNull(kUserKeys)).toJson().isEmpty());
    QVERIFY(AppResourceType::fromJson(allNull({ u"id"_s, u"traitIds"_s, u"createdAt"_s })).toJson().isEmpty());
    const Introspection i = Introspection::fromJson(allNull({ u"userId"_s, u"roles"_s, u"permissions"_s }));
    QVERIFY(i.userId.isEmpty() && i.roles.isEmpty());

    // Values of the wrong type are tolerated too.
    const QJsonObject wrong { { "id"_L1, 42 }, { "emails"_L1, "not-a-list"_L1 }, { "createdAt"_L1, 17 },
        { "managerIds"_L1, QJsonArray { "a"_L1, QJsonValue::Null, 3 } } };
    const User u = User::fromJson(wrong);
    QCOMPARE(u.id, u"42"_s);
    QVERIFY(u.emails.isEmpty());
    QVERIFY(!u.createdAt.isValid());
    QCOMPARE(u.managerIds, QStringList { u"a"_s });
    QVERIFY(u.isEnabled()); // no status: treated as enabled
}

void TestTypes::unknownEnumsKept()
{
    const User u = User::fromJson({ { "status"_L1, "USER_STATUS_FROM_THE_FUTURE"_L1 }, { "type"_L1, "ROBOT"_L1 } });
    QCOMPARE(u.status, u"USER_STATUS_FROM_THE_FUTURE"_s);
    QVERIFY(!u.isEnabled());
    QCOMPARE(u.toJson().value("type"_L1).toString(), u"ROBOT"_s);
    const App a = App::fromJson({ { "identityMatching"_L1, "APP_USER_IDENTITY_MATCHING_TELEPATHY"_L1 } });
    QCOMPARE(a.identityMatching, u"APP_USER_IDENTITY_MATCHING_TELEPATHY"_s);
}

void TestTypes::int64_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("string") << QJsonValue("123"_L1) << qint64(123);
    QTest::newRow("number") << QJsonValue(123) << qint64(123);
    QTest::newRow("beyond double precision") << QJsonValue("9007199254740993"_L1) << qint64(9007199254740993LL);
    QTest::newRow("max") << QJsonValue("9223372036854775807"_L1) << std::numeric_limits<qint64>::max();
    QTest::newRow("negative") << QJsonValue("-5"_L1) << qint64(-5);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(0);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << qint64(0);
    QTest::newRow("garbage") << QJsonValue("<string>"_L1) << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << qint64(0);
}

void TestTypes::int64()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    QCOMPARE(parseInt64(value), expected);
    QJsonObject o;
    if (!value.isUndefined())
        o.insert("grantCount"_L1, value);
    const AppResource r = AppResource::fromJson(o);
    QCOMPARE(r.grantCount, expected);
    // Written back as a string (or omitted when zero).
    const QJsonValue written = r.toJson().value("grantCount"_L1);
    if (expected == 0)
        QVERIFY(written.isUndefined());
    else
        QCOMPARE(written.toString(), QString::number(expected));
}

void TestTypes::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2023, 11, 7), QTime(5, 31, 56), Qt::UTC);
    QTest::newRow("Z") << u"2023-11-07T05:31:56Z"_s << base;
    QTest::newRow("lower-case t and z") << u"2023-11-07t05:31:56z"_s << base;
    QTest::newRow("milliseconds") << u"2023-11-07T05:31:56.250Z"_s << base.addMSecs(250);
    QTest::newRow("nanoseconds") << u"2023-11-07T05:31:56.123456789Z"_s << base.addMSecs(123);
    QTest::newRow("one digit fraction") << u"2023-11-07T05:31:56.5Z"_s << base.addMSecs(500);
    QTest::newRow("+02:00") << u"2023-11-07T07:31:56+02:00"_s << base;
    QTest::newRow("-05:30 and fraction") << u"2023-11-07T00:01:56.1-05:30"_s << base.addMSecs(100);
    QTest::newRow("+00:00 across midnight")
        << u"2023-11-08T01:00:00+19:28"_s << QDateTime(QDate(2023, 11, 7), QTime(5, 32), Qt::UTC);
    QTest::newRow("no zone") << u"2023-11-07T05:31:56"_s << QDateTime();
    QTest::newRow("date only") << u"2023-11-07"_s << QDateTime();
    QTest::newRow("bad month") << u"2023-13-07T05:31:56Z"_s << QDateTime();
    QTest::newRow("bad day") << u"2023-02-30T05:31:56Z"_s << QDateTime();
    QTest::newRow("empty fraction") << u"2023-11-07T05:31:56.Z"_s << QDateTime();
    QTest::newRow("trailing junk") << u"2023-11-07T05:31:56Zx"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("placeholder") << u"<string>"_s << QDateTime();
}

void TestTypes::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseTimestamp(QJsonValue(text));
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
    QVERIFY(!parseTimestamp(QJsonValue(QJsonValue::Null)).isValid());
    QVERIFY(!parseTimestamp(QJsonValue(1699335116)).isValid());
}

void TestTypes::formatTimestamp()
{
    const QDateTime t(QDate(2023, 11, 7), QTime(5, 31, 56), Qt::UTC);
    QCOMPARE(c1::formatTimestamp(t), u"2023-11-07T05:31:56Z"_s);
    QCOMPARE(c1::formatTimestamp(t.addMSecs(7)), u"2023-11-07T05:31:56.007Z"_s);
    QCOMPARE(c1::formatTimestamp(t.toOffsetFromUtc(3600)), u"2023-11-07T05:31:56Z"_s);
    QVERIFY(c1::formatTimestamp(QDateTime()).isEmpty());
}

void TestTypes::roundTrip()
{
    App a;
    a.id = u"a"_s.repeated(27);
    a.displayName = u"Payroll"_s;
    a.annotations = { { u"managed_by"_s, u"terraform"_s } };
    a.userCount = 9007199254740993LL;
    a.monthlyCostUsd = 12;
    a.connectorVersion = 3;
    a.isManuallyManaged = true;
    a.identityMatching = u"APP_USER_IDENTITY_MATCHING_STRICT"_s;
    a.createdAt = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    const QJsonObject json = a.toJson();
    QCOMPARE(json.value("userCount"_L1).toString(), u"9007199254740993"_s);
    QVERIFY(json.value("monthlyCostUsd"_L1).isDouble());
    QCOMPARE(App::fromJson(json).toJson(), json);

    AppResource r;
    r.id = u"r"_s.repeated(27);
    r.grantCount = 42;
    r.secretTrait = SecretTrait { u"u"_s, a.createdAt, QDateTime(), a.createdAt };
    QCOMPARE(AppResource::fromJson(r.toJson()).toJson(), r.toJson());

    AppEntitlement e;
    e.id = u"e"_s;
    e.durationGrant = u"3600s"_s;
    e.systemBuiltin = true;
    QCOMPARE(AppEntitlement::fromJson(e.toJson()).toJson(), e.toJson());

    User u;
    u.id = u"u"_s;
    u.emails = { u"a@x"_s, u"b@x"_s };
    u.status = u"DISABLED"_s;
    QCOMPARE(User::fromJson(u.toJson()).toJson(), u.toJson());

    AppResourceType t;
    t.id = u"t"_s;
    t.traitIds = { u"GROUP"_s };
    QCOMPARE(AppResourceType::fromJson(t.toJson()).toJson(), t.toJson());
}

void TestTypes::createAppRequest()
{
    CreateAppRequest request;
    request.displayName = u"Payroll"_s;
    request.description = u"Pays people"_s;
    request.owners = { u"u"_s.repeated(27) };
    request.appEntitlementOwnerRefs = { EntitlementRef { u"a"_s.repeated(27), u"e"_s.repeated(27) } };
    request.grantPolicyId = u"g"_s;
    request.revokePolicyId = u"r"_s;
    request.certifyPolicyId = u"c"_s;
    request.identityMatching = u"APP_USER_IDENTITY_MATCHING_STRICT"_s;
    request.instructions = u"Ask Ada"_s;
    request.monthlyCostUsd = 0;
    request.strictAccessEntitlementProvisioning = false;
    request.annotations = { { u"managed_by"_s, u"console"_s } };
    const QJsonObject json = request.toJson();
    const QByteArray expected
        = R"({"annotations":{"managed_by":"console"},)"
          R"("appEntitlementOwnerRefs":[{"appId":"aaaaaaaaaaaaaaaaaaaaaaaaaaa","id":"eeeeeeeeeeeeeeeeeeeeeeeeeee"}],)"
          R"("certifyPolicyId":"c","description":"Pays people","displayName":"Payroll",)"
          R"("grantPolicyId":"g","identityMatching":"APP_USER_IDENTITY_MATCHING_STRICT",)"
          R"("instructions":"Ask Ada","monthlyCostUsd":0,)"
          R"("owners":["uuuuuuuuuuuuuuuuuuuuuuuuuuu"],"revokePolicyId":"r",)"
          R"("strictAccessEntitlementProvisioning":false})";
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), expected);
}

void TestTypes::createAppRequestMinimal()
{
    CreateAppRequest request;
    request.displayName = u"Only a name"_s;
    QCOMPARE(
        QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), QByteArray(R"({"displayName":"Only a name"})"));
}

void TestTypes::createResourceRequest()
{
    CreateResourceRequest request;
    request.displayName = u"db-prod"_s;
    QCOMPARE(
        QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), QByteArray(R"({"displayName":"db-prod"})"));
    request.description = u"Production"_s;
    request.matchBatonId = u"m-1"_s;
    request.resourceOwnerUserIds = { u"x"_s, u"y"_s };
    request.annotations = { { u"k"_s, u""_s } };
    QCOMPARE(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"annotations":{"k":""},"description":"Production","displayName":"db-prod",)"
                   R"("matchBatonId":"m-1","resourceOwnerUserIds":["x","y"]})"));
}

void TestTypes::keys()
{
    QCOMPARE(OwnerTarget::app(u"A"_s).key(), u"app/A"_s);
    QCOMPARE(OwnerTarget::resource(u"A"_s, u"T"_s, u"R"_s).key(), u"res/A/T/R"_s);
    QCOMPARE(OwnerTarget::entitlement(u"A"_s, u"E"_s).key(), u"entitlement/A/E"_s);
    QVERIFY(!(OwnerTarget::entitlement(u"A"_s, u"E"_s) == OwnerTarget::entitlement(u"A"_s, u"F"_s)));
    QVERIFY(!(OwnerTarget::entitlement(u"A"_s, u"E"_s) == OwnerTarget::app(u"A"_s)));
    QCOMPARE(OwnerRef::user(u"U"_s).key(), u"user/U"_s);
    QCOMPARE(OwnerRef::ofEntitlement(u"A"_s, u"E"_s).key(), u"ent/A/E"_s);
    QVERIFY(OwnerTarget::app(u"A"_s, u"x"_s) == OwnerTarget::app(u"A"_s, u"y"_s)); // the name is not identity
    QVERIFY(!(OwnerRef::user(u"U"_s) == OwnerRef::ofEntitlement(u"A"_s, u"U"_s)));
}

QTEST_GUILESS_MAIN(TestTypes)
#include "tst_types.moc"

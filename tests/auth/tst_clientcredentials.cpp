#include "auth/ClientCredentials.h"
#include "auth/JwtAssertion.h"

#include "auth/AuthVectors.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace c1;
using Error = ClientCredentials::Error;

Q_DECLARE_METATYPE(c1::ClientCredentials::Error)

namespace {

enum class Encoding { Url, UrlPadded, Standard, StandardUnpadded };

QString secretFromJson(const QByteArray& json, Encoding encoding = Encoding::Url)
{
    QByteArray payload;
    switch (encoding) {
    case Encoding::Url:
        payload = json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        break;
    case Encoding::UrlPadded:
        payload = json.toBase64(QByteArray::Base64UrlEncoding);
        break;
    case Encoding::Standard:
        payload = json.toBase64();
        break;
    case Encoding::StandardUnpadded:
        payload = json.toBase64(QByteArray::OmitTrailingEquals);
        break;
    }
    return QStringLiteral("secret-token:conductorone.com:v1:") + QString::fromLatin1(payload);
}

QByteArray vectorX()
{
    return test::vectorBytes(QStringLiteral("key.jwk.x"));
}
QByteArray vectorD()
{
    return test::vectorBytes(QStringLiteral("key.jwk.d"));
}

QByteArray jwk(const QByteArray& kty, const QByteArray& crv, const QByteArray& x, const QByteArray& d,
    const QByteArray& extra = {})
{
    QByteArray json = R"({"kty":")" + kty + R"(","crv":")" + crv + '"';
    if (!x.isNull())
        json += R"(,"x":")" + x + '"';
    if (!d.isNull())
        json += R"(,"d":")" + d + '"';
    return json + extra + '}';
}

QByteArray b64url(const QByteArray& bytes)
{
    return JwtAssertion::base64Url(bytes);
}

const QList<Error> kAllErrors { Error::EmptyClientId, Error::ClientIdNoAt, Error::ClientIdNoUse, Error::ClientIdBadHost,
    Error::EmptySecret, Error::SecretBadPrefix, Error::SecretWrongPartCount, Error::SecretBadVersion,
    Error::SecretBadBase64, Error::SecretBadJson, Error::SecretNotOkp, Error::SecretWrongCurve, Error::SecretPublicOnly,
    Error::SecretBadKey, Error::ClientIdBadName, Error::SecretKeyMismatch };

} // namespace

class TestClientCredentials : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vectorClientIdToHost_data();
    void vectorClientIdToHost();
    void vectorInvalidSecrets_data();
    void vectorInvalidSecrets();
    void vectorCredentialsParse();
    void clientIds_data();
    void clientIds();
    void secrets_data();
    void secrets();
    void errorsAreSpecificAndNeverCarryTheSecret();
    void formatSecretMatchesReference();
    void formatSecretRoundTrip();
};

void TestClientCredentials::vectorClientIdToHost_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("baseUrl"); // empty when the client ID is invalid
    QTest::addColumn<QString>("audience");
    const QJsonArray cases = test::authVectors().value(u"client_id_to_host").toArray();
    QVERIFY(cases.size() >= 8);
    for (const QJsonValue& value : cases) {
        const QJsonObject row = value.toObject();
        const QString id = row.value(u"client_id").toString();
        QTest::newRow(qPrintable(id)) << id << row.value(u"base_url").toString() << row.value(u"audience").toString();
    }
}

void TestClientCredentials::vectorClientIdToHost()
{
    QFETCH(QString, clientId);
    QFETCH(QString, baseUrl);
    QFETCH(QString, audience);
    Error error = Error::None;
    const auto tenant = ClientCredentials::tenantFromClientId(clientId, &error);
    if (baseUrl.isEmpty()) {
        QVERIFY(!tenant);
        QVERIFY(error != Error::None);
        QVERIFY(!ClientCredentials::describe(error).isEmpty());
        return;
    }
    QVERIFY2(tenant, qPrintable(ClientCredentials::describe(error)));
    QCOMPARE(error, Error::None);
    QCOMPARE(tenant->baseUrl.toString(), baseUrl);
    QCOMPARE(tenant->audience, audience);
}

void TestClientCredentials::vectorInvalidSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<Error>("expected");
    const QHash<QString, Error> byReason {
        { QStringLiteral("version is not v1"), Error::SecretBadVersion },
        { QStringLiteral("three parts instead of four"), Error::SecretWrongPartCount },
        { QStringLiteral("public key only, no d"), Error::SecretPublicOnly },
        { QStringLiteral("curve is not Ed25519"), Error::SecretWrongCurve },
        { QStringLiteral("payload is not base64"), Error::SecretBadBase64 },
        { QStringLiteral("payload is not valid JSON"), Error::SecretBadJson },
        { QStringLiteral("empty"), Error::EmptySecret },
    };
    const QJsonArray cases = test::authVectors().value(u"invalid_secrets").toArray();
    QVERIFY(cases.size() >= 7);
    for (const QJsonValue& value : cases) {
        const QJsonObject row = value.toObject();
        const QString why = row.value(u"why").toString();
        // A reason this table does not know yet is still checked for rejection (expected = None means "any").
        QTest::newRow(qPrintable(why)) << row.value(u"secret").toString() << byReason.value(why, Error::None);
    }
}

void TestClientCredentials::vectorInvalidSecrets()
{
    QFETCH(QString, secret);
    QFETCH(Error, expected);
    Error error = Error::None;
    QVERIFY(!ClientCredentials::parse(test::vectorClientId(), secret, &error));
    QVERIFY(error != Error::None);
    if (expected != Error::None)
        QCOMPARE(error, expected);
    const QString message = ClientCredentials::describe(error);
    QVERIFY(!message.isEmpty());
    const QString payload = secret.section(u':', -1);
    if (payload.size() > 8)
        QVERIFY(!message.contains(payload.left(8)));
}

void TestClientCredentials::vectorCredentialsParse()
{
    Error error = Error::EmptySecret;
    const auto credentials = ClientCredentials::parse(test::vectorClientId(), test::vectorClientSecret(), &error);
    QVERIFY2(credentials, qPrintable(ClientCredentials::describe(error)));
    QCOMPARE(error, Error::None);
    QCOMPARE(credentials->clientId(), test::vectorClientId());
    QCOMPARE(credentials->key().seed(), test::vectorSeed());
    QCOMPARE(credentials->key().publicKey(), test::vectorPublicKey());
    QCOMPARE(credentials->tenant().audience, QStringLiteral("acme.conductor.one"));
    QCOMPARE(credentials->tenant().baseUrl, QUrl(QStringLiteral("https://acme.conductor.one")));
    QVERIFY(credentials->keyId().isEmpty());
}

void TestClientCredentials::clientIds_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<Error>("expected");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("audience");

    auto ok = [](const char* name, const QString& id, const char* base, const char* audience) {
        QTest::newRow(name) << id << Error::None << QString::fromLatin1(base) << QString::fromLatin1(audience);
    };
    auto bad = [](const char* name, const QString& id, Error error) {
        QTest::newRow(name) << id << error << QString() << QString();
    };
    ok("surrounding whitespace", QStringLiteral("  x@acme.conductor.one/pcc \r\n"), "https://acme.conductor.one",
        "acme.conductor.one");
    ok("upper-case tenant name", QStringLiteral("x@INSULATOR/spc"), "https://insulator.conductor.one",
        "insulator.conductor.one");
    ok("tenant name with port", QStringLiteral("x@insulator:8443/pcc"), "https://insulator.conductor.one:8443",
        "insulator.conductor.one");
    ok("loopback with port", QStringLiteral("admin@127.0.0.1:40123/pcc"), "https://127.0.0.1:40123", "127.0.0.1");
    ok("ipv6 loopback", QStringLiteral("admin@[::1]:8443/pcc"), "https://[::1]:8443", "::1");
    ok("second @ belongs to the use part", QStringLiteral("x@acme.c1eu.ai/pcc@z"), "https://acme.c1eu.ai",
        "acme.c1eu.ai");
    bad("empty", QString(), Error::EmptyClientId);
    bad("only whitespace", QStringLiteral(" \n\t"), Error::EmptyClientId);
    bad("no @", QStringLiteral("acme.conductor.one/pcc"), Error::ClientIdNoAt);
    bad("nothing before @", QStringLiteral("@acme.conductor.one/pcc"), Error::ClientIdBadName);
    bad("no use", QStringLiteral("x@acme.conductor.one"), Error::ClientIdNoUse);
    bad("empty use", QStringLiteral("x@acme.conductor.one/"), Error::ClientIdNoUse);
    bad("empty host", QStringLiteral("x@/pcc"), Error::ClientIdBadHost);
    bad("space in host", QStringLiteral("x@ac me.conductor.one/pcc"), Error::ClientIdBadHost);
    bad("empty label", QStringLiteral("x@acme..conductor.one/pcc"), Error::ClientIdBadHost);
    bad("trailing dot", QStringLiteral("x@acme.conductor.one./pcc"), Error::ClientIdBadHost);
    bad("underscore", QStringLiteral("x@ac_me.conductor.one/pcc"), Error::ClientIdBadHost);
    bad("port zero", QStringLiteral("x@acme.conductor.one:0/pcc"), Error::ClientIdBadHost);
    bad("port too big", QStringLiteral("x@acme.conductor.one:65536/pcc"), Error::ClientIdBadHost);
    bad("port not a number", QStringLiteral("x@acme.conductor.one:https/pcc"), Error::ClientIdBadHost);
    bad("empty port", QStringLiteral("x@acme.conductor.one:/pcc"), Error::ClientIdBadHost);
    bad("ipv6 without bracket end", QStringLiteral("x@[::1/pcc"), Error::ClientIdBadHost);
}

void TestClientCredentials::clientIds()
{
    QFETCH(QString, clientId);
    QFETCH(Error, expected);
    QFETCH(QString, baseUrl);
    QFETCH(QString, audience);
    Error error = Error::None;
    const auto tenant = ClientCredentials::tenantFromClientId(clientId, &error);
    QCOMPARE(error, expected);
    QCOMPARE(bool(tenant), expected == Error::None);
    if (tenant) {
        QCOMPARE(tenant->baseUrl.toString(), baseUrl);
        QCOMPARE(tenant->audience, audience);
    }
}

void TestClientCredentials::secrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<Error>("expected");
    QTest::addColumn<QString>("keyId");

    const QByteArray x = vectorX();
    const QByteArray d = vectorD();
    const QByteArray json = jwk("OKP", "Ed25519", x, d);
    const QString good = test::vectorClientSecret();
    const QByteArray otherX = b64url(Ed25519Key::fromSeed(QByteArray(32, '\x42'))->publicKey());

    auto row = [](const char* name, const QString& secret, Error error, const QString& kid = {}) {
        QTest::newRow(name) << secret << error << kid;
    };
    // Pasted forms that must be accepted.
    row("reference", good, Error::None);
    row("leading and trailing spaces", QStringLiteral("  ") + good + QStringLiteral("  "), Error::None);
    row("trailing newline", good + u'\n', Error::None);
    row("CRLF and tabs", QStringLiteral("\t") + good + QStringLiteral("\r\n"), Error::None);
    row("base64url padded", secretFromJson(json, Encoding::UrlPadded), Error::None);
    row("no x", secretFromJson(jwk("OKP", "Ed25519", QByteArray(), d)), Error::None);
    row("with kid", secretFromJson(jwk("OKP", "Ed25519", x, d, R"(,"kid":"key-1")")), Error::None,
        QStringLiteral("key-1"));
    // "k?" makes the standard alphabet's '+' or '/' appear (checked in secrets()).
    const QByteArray withKid = jwk("OKP", "Ed25519", x, d, R"(,"kid":"k?")");
    row("standard base64 with +/ padded", secretFromJson(withKid, Encoding::Standard), Error::None,
        QStringLiteral("k?"));
    row("standard base64 with +/ unpadded", secretFromJson(withKid, Encoding::StandardUnpadded), Error::None,
        QStringLiteral("k?"));
    row("d padded", secretFromJson(jwk("OKP", "Ed25519", x, d + '=')), Error::None);

    // Shape of the secret.
    row("empty", QString(), Error::EmptySecret);
    row("only whitespace", QStringLiteral(" \r\n "), Error::EmptySecret);
    row("a client ID pasted as secret", QStringLiteral("x@acme.conductor.one/pcc"), Error::SecretBadPrefix);
    row("wrong scheme", QString(good).replace(QStringLiteral("secret-token:"), QStringLiteral("secret:")),
        Error::SecretBadPrefix);
    row("upper-case scheme", QString(good).replace(QStringLiteral("secret-token:"), QStringLiteral("Secret-Token:")),
        Error::SecretBadPrefix);
    row("wrong issuer", QString(good).replace(QStringLiteral("conductorone.com"), QStringLiteral("example.com")),
        Error::SecretBadPrefix);
    row("payload only", good.section(u':', 3), Error::SecretBadPrefix);
    row("two parts", QStringLiteral("secret-token:conductorone.com"), Error::SecretWrongPartCount);
    row("three parts, no payload", QStringLiteral("secret-token:conductorone.com:v1"), Error::SecretWrongPartCount);
    row("five parts", good + QStringLiteral(":extra"), Error::SecretWrongPartCount);
    row("version V1", QString(good).replace(QStringLiteral(":v1:"), QStringLiteral(":V1:")), Error::SecretBadVersion);
    row("empty version", QString(good).replace(QStringLiteral(":v1:"), QStringLiteral("::")), Error::SecretBadVersion);

    // Base64 of the payload.
    row("empty payload", QStringLiteral("secret-token:conductorone.com:v1:"), Error::SecretBadBase64);
    row("space inside payload", QString(good).insert(60, u' '), Error::SecretBadBase64);
    row("newline inside payload", QString(good).insert(60, u'\n'), Error::SecretBadBase64);
    row("three padding characters", good + QStringLiteral("==="), Error::SecretBadBase64);
    row("padding that does not fit", secretFromJson(json) + QStringLiteral("=="), Error::SecretBadBase64);
    row("padding in the middle", QString(good).insert(40, QStringLiteral("==")), Error::SecretBadBase64);
    row("mixed alphabets", secretFromJson(withKid, Encoding::StandardUnpadded) + QStringLiteral("-_"),
        Error::SecretBadBase64);
    row("truncated to 4n+1", good.left(good.size() - (good.section(u':', 3).size() % 4) - 3), Error::SecretBadBase64);
    row("non-ASCII", QString(good).replace(50, 1, QStringLiteral("é")), Error::SecretBadBase64);

    // JSON.
    row("truncated JSON", secretFromJson(json.left(json.size() - 1)), Error::SecretBadJson);
    row("JSON array", secretFromJson("[" + json + "]"), Error::SecretBadJson);
    row("JSON string", secretFromJson(R"("OKP")"), Error::SecretBadJson);
    row("plain text", secretFromJson("hello world"), Error::SecretBadJson);
    row("kid not a string", secretFromJson(jwk("OKP", "Ed25519", x, d, R"(,"kid":7)")), Error::SecretBadJson);

    // The key.
    row("kty RSA", secretFromJson(jwk("RSA", "Ed25519", x, d)), Error::SecretNotOkp);
    row("kty missing", secretFromJson(R"({"crv":"Ed25519","x":")" + x + R"(","d":")" + d + R"("})"),
        Error::SecretNotOkp);
    row("kty okp lower-case", secretFromJson(jwk("okp", "Ed25519", x, d)), Error::SecretNotOkp);
    row("crv X25519", secretFromJson(jwk("OKP", "X25519", x, d)), Error::SecretWrongCurve);
    row("crv Ed448", secretFromJson(jwk("OKP", "Ed448", x, d)), Error::SecretWrongCurve);
    row("public only", secretFromJson(jwk("OKP", "Ed25519", x, QByteArray())), Error::SecretPublicOnly);
    row("d null", secretFromJson(jwk("OKP", "Ed25519", x, QByteArray(), R"(,"d":null)")), Error::SecretPublicOnly);
    row("d of 31 bytes", secretFromJson(jwk("OKP", "Ed25519", x, b64url(test::vectorSeed().left(31)))),
        Error::SecretBadKey);
    row("d of 33 bytes", secretFromJson(jwk("OKP", "Ed25519", x, b64url(test::vectorSeed() + 'x'))),
        Error::SecretBadKey);
    row("d empty", secretFromJson(jwk("OKP", "Ed25519", x, "")), Error::SecretBadKey);
    row("d not base64", secretFromJson(jwk("OKP", "Ed25519", x, "!!" + d.mid(2))), Error::SecretBadKey);
    row("d a number", secretFromJson(jwk("OKP", "Ed25519", x, QByteArray(), R"(,"d":12)")), Error::SecretBadKey);
    row("x of 31 bytes", secretFromJson(jwk("OKP", "Ed25519", b64url(test::vectorPublicKey().left(31)), d)),
        Error::SecretBadKey);
    row("x of another key", secretFromJson(jwk("OKP", "Ed25519", otherX, d)), Error::SecretKeyMismatch);
}

void TestClientCredentials::secrets()
{
    QFETCH(QString, secret);
    QFETCH(Error, expected);
    QFETCH(QString, keyId);
    if (QByteArrayView(QTest::currentDataTag()).startsWith("standard base64 with +/"))
        QVERIFY(secret.section(u':', 3).contains(u'+') || secret.section(u':', 3).contains(u'/'));

    Error error = Error::None;
    const auto credentials = ClientCredentials::parse(test::vectorClientId(), secret, &error);
    QCOMPARE(error, expected);
    QCOMPARE(bool(credentials), expected == Error::None);
    if (credentials) {
        QCOMPARE(credentials->key().seed(), test::vectorSeed());
        QCOMPARE(credentials->key().publicKey(), test::vectorPublicKey());
        QCOMPARE(credentials->keyId(), keyId);
    } else {
        const QString message = ClientCredentials::describe(error);
        QVERIFY(!message.isEmpty());
        // Nothing of the payload (nor the decoded key) may surface in the message.
        const QString payload = secret.trimmed().section(u':', 3);
        for (qsizetype i = 0; i + 6 <= payload.size(); i += 6)
            QVERIFY2(!message.contains(payload.mid(i, 6)), qPrintable(message));
        QVERIFY(!message.contains(QString::fromLatin1(vectorD().left(8))));
    }
}

void TestClientCredentials::errorsAreSpecificAndNeverCarryTheSecret()
{
    QSet<QString> seen;
    for (const Error error : kAllErrors) {
        const QString message = ClientCredentials::describe(error);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!seen.contains(message), qPrintable(message));
        seen.insert(message);
        QVERIFY(!message.contains(QStringLiteral("eyJ")));
    }
    QVERIFY(ClientCredentials::describe(Error::None).isEmpty());
}

void TestClientCredentials::formatSecretMatchesReference()
{
    const auto key = Ed25519Key::fromSeed(test::vectorSeed());
    QVERIFY(key);
    QCOMPARE(ClientCredentials::formatSecret(*key), test::vectorClientSecret());
    QVERIFY(ClientCredentials::formatSecret(Ed25519Key {}).isEmpty());
}

void TestClientCredentials::formatSecretRoundTrip()
{
    static const QRegularExpression form(QStringLiteral("^secret-token:conductorone\\.com:v1:[A-Za-z0-9_-]+$"));
    for (int i = 0; i < 20; ++i) {
        const Ed25519Key key = Ed25519Key::generate();
        QVERIFY(!key.isNull());
        const QString secret = ClientCredentials::formatSecret(key);
        QVERIFY2(form.match(secret).hasMatch(), "not C1's unpadded base64url form");
        Error error = Error::EmptySecret;
        const auto parsed = ClientCredentials::parse(QStringLiteral("x@tenant/pcc"), secret, &error);
        QVERIFY2(parsed, qPrintable(ClientCredentials::describe(error)));
        QCOMPARE(parsed->key().seed(), key.seed());
        QCOMPARE(parsed->key().publicKey(), key.publicKey());
    }
}

QTEST_GUILESS_MAIN(TestClientCredentials)
#include "tst_clientcredentials.moc"

#include "auth/ClientCredentials.h"
#include "auth/JwtAssertion.h"

#include "auth/AuthVectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace c1;

namespace {

const QDateTime kReferenceTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
const QByteArray kReferenceNonce = QByteArrayLiteral("000102030405060708090a0b0c0d0e0f");

QByteArray decodePart(const QByteArray& compact, int index)
{
    return QByteArray::fromBase64(compact.split('.').value(index), QByteArray::Base64UrlEncoding);
}

ClientCredentials vectorCredentials(const QString& secret = test::vectorClientSecret())
{
    auto credentials = ClientCredentials::parse(test::vectorClientId(), secret);
    if (!credentials)
        qFatal("reference credentials do not parse");
    return *credentials;
}

} // namespace

class TestJwtAssertion : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void referenceSignatureByteForByte();
    void referenceFromCredentials();
    void tokenRequestFormVector();
    void headerWithKid();
    void claimsFollowTheClock_data();
    void claimsFollowTheClock();
    void nonceFormatAndRandomness();
    void base64UrlHasNoPadding();
};

void TestJwtAssertion::referenceSignatureByteForByte()
{
    const auto key = Ed25519Key::fromSeed(test::vectorSeed());
    QVERIFY(key);
    QCOMPARE(key->publicKey(), test::vectorPublicKey());

    const QByteArray header = test::vectorBytes(QStringLiteral("jwt.header_json"));
    const QByteArray payload = test::vectorBytes(QStringLiteral("jwt.payload_json"));
    const QByteArray compact = JwtAssertion::sign(*key, header, payload);
    QCOMPARE(compact, test::vectorBytes(QStringLiteral("jwt.compact")));

    const QList<QByteArray> parts = compact.split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(QByteArray(parts[0] + '.' + parts[1]), test::vectorBytes(QStringLiteral("jwt.signing_input")));
    QCOMPARE(parts[2], test::vectorBytes(QStringLiteral("jwt.signature_b64url")));
    QVERIFY(Ed25519Key::verify(key->publicKey(), QByteArray(parts[0] + '.' + parts[1]),
        QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding)));
    // A changed payload no longer verifies.
    QVERIFY(!Ed25519Key::verify(key->publicKey(), QByteArray(parts[0] + ".e30"),
        QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding)));
}

void TestJwtAssertion::referenceFromCredentials()
{
    const QByteArray compact = JwtAssertion::create(vectorCredentials(), kReferenceTime, kReferenceNonce);
    QCOMPARE(decodePart(compact, 0), test::vectorBytes(QStringLiteral("jwt.header_json")));
    QCOMPARE(decodePart(compact, 1), test::vectorBytes(QStringLiteral("jwt.payload_json")));
    QCOMPARE(compact, test::vectorBytes(QStringLiteral("jwt.compact")));
}

void TestJwtAssertion::tokenRequestFormVector()
{
    const QJsonObject form = test::authVectors().value(u"token_request_form").toObject();
    QCOMPARE(form.value(u"client_id").toString(), vectorCredentials().clientId());
    QCOMPARE(form.value(u"client_assertion").toString().toLatin1(),
        JwtAssertion::create(vectorCredentials(), kReferenceTime, kReferenceNonce));
}

void TestJwtAssertion::headerWithKid()
{
    const auto key = Ed25519Key::fromSeed(test::vectorSeed());
    const QByteArray jwk = R"({"kty":"OKP","crv":"Ed25519","x":")" + JwtAssertion::base64Url(key->publicKey())
        + R"(","d":")" + JwtAssertion::base64Url(key->seed()) + R"(","kid":"key/1"})";
    const QString secret
        = QStringLiteral("secret-token:conductorone.com:v1:") + QString::fromLatin1(JwtAssertion::base64Url(jwk));
    const ClientCredentials credentials = vectorCredentials(secret);
    QCOMPARE(credentials.keyId(), QStringLiteral("key/1"));

    const QByteArray compact = JwtAssertion::create(credentials, kReferenceTime, kReferenceNonce);
    QCOMPARE(decodePart(compact, 0),
        QByteArray(R"({"alg":"EdDSA","nonce":"000102030405060708090a0b0c0d0e0f","kid":"key/1"})"));
    QCOMPARE(decodePart(compact, 1), test::vectorBytes(QStringLiteral("jwt.payload_json")));
    const QList<QByteArray> parts = compact.split('.');
    QVERIFY(Ed25519Key::verify(key->publicKey(), QByteArray(parts[0] + '.' + parts[1]),
        QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding)));
}

void TestJwtAssertion::claimsFollowTheClock_data()
{
    QTest::addColumn<qint64>("now");
    QTest::newRow("reference") << qint64(1700000000);
    QTest::newRow("epoch + 1 day") << qint64(86400);
    QTest::newRow("2040") << qint64(2208988800);
    QTest::newRow("current") << QDateTime::currentSecsSinceEpoch();
}

void TestJwtAssertion::claimsFollowTheClock()
{
    QFETCH(qint64, now);
    // Milliseconds are dropped, never rounded up.
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(now * 1000 + 999, Qt::UTC);
    const QByteArray compact = JwtAssertion::create(vectorCredentials(), time);
    const QByteArray payloadJson = decodePart(compact, 1);
    const QByteArray expected = R"({"iss":"quiet-otter-31337@acme.conductor.one/pcc",)"
                                R"("sub":"quiet-otter-31337@acme.conductor.one/pcc","aud":["acme.conductor.one"],)"
                                R"("exp":)"
        + QByteArray::number(now + 120) + R"(,"nbf":)" + QByteArray::number(now - 120) + R"(,"iat":)"
        + QByteArray::number(now) + '}';
    QCOMPARE(payloadJson, expected);
    QVERIFY(!payloadJson.contains("jti"));
}

void TestJwtAssertion::nonceFormatAndRandomness()
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    const ClientCredentials credentials = vectorCredentials();
    QSet<QString> nonces;
    constexpr int count = 200;
    for (int i = 0; i < count; ++i) {
        const QByteArray compact = JwtAssertion::create(credentials, kReferenceTime);
        const QJsonObject header = QJsonDocument::fromJson(decodePart(compact, 0)).object();
        QCOMPARE(header.keys(), (QStringList { QStringLiteral("alg"), QStringLiteral("nonce") })); // no typ, no kid
        QCOMPARE(header.value(u"alg").toString(), QStringLiteral("EdDSA"));
        const QString nonce = header.value(u"nonce").toString();
        QVERIFY2(hex32.match(nonce).hasMatch(), qPrintable(nonce));
        nonces.insert(nonce);
    }
    QCOMPARE(nonces.size(), count);
    // Every hex digit shows up somewhere in 200 × 32 random digits (a stuck or biased generator would not).
    QSet<QChar> digits;
    for (const QString& nonce : std::as_const(nonces))
        for (const QChar c : nonce)
            digits.insert(c);
    QCOMPARE(digits.size(), 16);
}

void TestJwtAssertion::base64UrlHasNoPadding()
{
    QCOMPARE(JwtAssertion::base64Url(QByteArrayLiteral("\xfb\xff")), QByteArrayLiteral("-_8"));
    QCOMPARE(JwtAssertion::base64Url(QByteArrayLiteral("a")), QByteArrayLiteral("YQ"));
    QCOMPARE(JwtAssertion::base64Url(QByteArray()), QByteArray());
}

QTEST_GUILESS_MAIN(TestJwtAssertion)
#include "tst_jwtassertion.moc"

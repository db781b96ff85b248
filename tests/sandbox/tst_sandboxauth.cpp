// Sign-in against the sandbox (docs/api-facts.md §1): assertions accepted and refused, tokens on /api, expiry, HTTPS.
#include "sandbox/SandboxTestClient.h"

#include <QTest>

using namespace c1;
using namespace c1::test;

class TestSandboxAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void issuedCredentialShape();
    void assertion_data();
    void assertion();
    void replayRefused();
    void tokenRequestErrors_data();
    void tokenRequestErrors();
    void apiNeedsToken_data();
    void apiNeedsToken();
    void introspect();
    void tokenExpires();
    void httpsWithTrustedCertificate();
    void httpsUntrustedCertificateFails();

private:
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxAuth::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->generateData({});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestSandboxAuth::cleanup()
{
    m_server.reset();
}

void TestSandboxAuth::issuedCredentialShape()
{
    const SandboxClient client = m_server->issueClient(QStringLiteral("quiet-otter"));
    QCOMPARE(client.clientId, QStringLiteral("quiet-otter@127.0.0.1:%1/pcc").arg(m_server->port()));
    QVERIFY(client.clientSecret.startsWith(QStringLiteral("secret-token:conductorone.com:v1:")));
    QCOMPARE(client.clientSecret.count(QLatin1Char(':')), 3);
    const QByteArray payload = client.clientSecret.section(QLatin1Char(':'), 3).toLatin1();
    QVERIFY(!payload.contains('=') && !payload.contains('+') && !payload.contains('/'));
    const QJsonObject jwk
        = QJsonDocument::fromJson(QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
    QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
    const Ed25519Key key = keyFromSecret(client.clientSecret);
    QVERIFY(!key.isNull());
    QCOMPARE(b64u(key.publicKey()), jwk.value(QStringLiteral("x")).toString().toLatin1());
    // A second client of the same name gets its own ID.
    QVERIFY(m_server->issueClient(QStringLiteral("quiet-otter")).clientId != client.clientId);
    QVERIFY(!client.userId.isEmpty());
}

// Each row changes one thing in an otherwise valid assertion.
void TestSandboxAuth::assertion_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("status");
    QTest::newRow("aud array") << QString() << 200;
    QTest::newRow("aud string") << "audString" << 200;
    QTest::newRow("nonce in claims") << "nonceInClaims" << 200;
    QTest::newRow("wrong key") << "wrongKey" << 401;
    QTest::newRow("wrong audience") << "wrongAud" << 401;
    QTest::newRow("audience with port") << "audWithPort" << 401;
    QTest::newRow("empty audience array") << "audEmpty" << 401;
    QTest::newRow("expired") << "expired" << 401;
    QTest::newRow("not yet valid") << "notYetValid" << 401;
    QTest::newRow("no exp") << "noExp" << 401;
    QTest::newRow("missing nonce") << "noNonce" << 401;
    QTest::newRow("alg none") << "algNone" << 401;
    QTest::newRow("iss differs") << "wrongIss" << 401;
    QTest::newRow("sub differs") << "wrongSub" << 401;
    QTest::newRow("unknown client") << "unknownClient" << 401;
    QTest::newRow("tampered payload") << "tampered" << 401;
    QTest::newRow("malformed") << "malformed" << 400;
    QTest::newRow("not base64") << "notBase64" << 400;
}

void TestSandboxAuth::assertion()
{
    QFETCH(QString, change);
    QFETCH(int, status);
    SandboxTestClient http(*m_server);
    const SandboxClient client = m_server->issueClient(QStringLiteral("jwt-tester"));
    const qint64 now = m_server->now() / 1000;
    QJsonObject header = standardHeader();
    QJsonObject claims = standardClaims(client.clientId, now);
    Ed25519Key key = keyFromSecret(client.clientSecret);
    QString clientId = client.clientId;
    if (change == QLatin1String("audString"))
        claims.insert(QStringLiteral("aud"), QStringLiteral("127.0.0.1"));
    if (change == QLatin1String("nonceInClaims"))
        claims.insert(QStringLiteral("nonce"), header.take(QStringLiteral("nonce")));
    if (change == QLatin1String("wrongKey"))
        key = Ed25519Key::generate();
    if (change == QLatin1String("wrongAud"))
        claims.insert(QStringLiteral("aud"), QJsonArray { QStringLiteral("acme.conductor.one") });
    if (change == QLatin1String("audWithPort"))
        claims.insert(QStringLiteral("aud"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
    if (change == QLatin1String("audEmpty"))
        claims.insert(QStringLiteral("aud"), QJsonArray());
    if (change == QLatin1String("expired")) {
        claims.insert(QStringLiteral("exp"), double(now - 300));
        claims.insert(QStringLiteral("nbf"), double(now - 600));
        claims.insert(QStringLiteral("iat"), double(now - 480));
    }
    if (change == QLatin1String("notYetValid"))
        claims.insert(QStringLiteral("nbf"), double(now + 300));
    if (change == QLatin1String("noExp"))
        claims.remove(QStringLiteral("exp"));
    if (change == QLatin1String("noNonce"))
        header.remove(QStringLiteral("nonce"));
    if (change == QLatin1String("algNone"))
        header.insert(QStringLiteral("alg"), QStringLiteral("none"));
    if (change == QLatin1String("wrongIss"))
        claims.insert(QStringLiteral("iss"), QStringLiteral("someone-else@127.0.0.1/pcc"));
    if (change == QLatin1String("wrongSub"))
        claims.insert(QStringLiteral("sub"), QStringLiteral("someone-else@127.0.0.1/pcc"));
    if (change == QLatin1String("unknownClient")) {
        clientId = QStringLiteral("nobody@127.0.0.1:1/pcc");
        claims.insert(QStringLiteral("iss"), clientId);
        claims.insert(QStringLiteral("sub"), clientId);
    }
    QByteArray assertion = signJwt(header, claims, key);
    if (change == QLatin1String("tampered")) {
        QJsonObject other = claims;
        other.insert(QStringLiteral("exp"), double(now + 100000));
        const QList<QByteArray> parts = assertion.split('.');
        assertion = parts.at(0) + '.' + b64u(QJsonDocument(other).toJson(QJsonDocument::Compact)) + '.' + parts.at(2);
    }
    if (change == QLatin1String("malformed"))
        assertion = "only.two";
    if (change == QLatin1String("notBase64"))
        assertion = "!!!.###.$$$";

    const Reply reply = http.requestToken(clientId, assertion);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(reply.json.value(QStringLiteral("expires_in")).toInt(), 3600);
        QVERIFY(!reply.json.value(QStringLiteral("access_token")).toString().isEmpty());
    } else {
        QCOMPARE(reply.json.value(QStringLiteral("error")).toString(),
            QLatin1String(status == 401 ? "invalid_client" : "invalid_request"));
        QVERIFY(!reply.json.value(QStringLiteral("error_description")).toString().isEmpty());
        QVERIFY(!reply.body.contains(assertion));
    }
}

void TestSandboxAuth::replayRefused()
{
    SandboxTestClient http(*m_server);
    const SandboxClient client = m_server->issueClient();
    const QByteArray assertion = signJwt(
        standardHeader(), standardClaims(client.clientId, m_server->now() / 1000), keyFromSecret(client.clientSecret));
    QCOMPARE(http.requestToken(client.clientId, assertion).status, 200);
    const Reply again = http.requestToken(client.clientId, assertion);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
}

void TestSandboxAuth::tokenRequestErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray assertionType
        = "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer";
    QTest::newRow("json body") << QByteArray("POST") << QByteArray("{}") << QByteArray("application/json") << 400
                               << "invalid_request";
    QTest::newRow("no grant type") << QByteArray("POST") << QByteArray("client_id=x")
                                   << QByteArray("application/x-www-form-urlencoded") << 400 << "invalid_request";
    QTest::newRow("password grant") << QByteArray("POST") << QByteArray("grant_type=password&client_id=x")
                                    << QByteArray("application/x-www-form-urlencoded") << 400
                                    << "unsupported_grant_type";
    QTest::newRow("no assertion") << QByteArray("POST")
                                  << QByteArray("grant_type=client_credentials&client_id=x&" + assertionType)
                                  << QByteArray("application/x-www-form-urlencoded") << 400 << "invalid_request";
    QTest::newRow("wrong assertion type")
        << QByteArray("POST")
        << QByteArray("grant_type=client_credentials&client_id=x&client_assertion=a.b.c&client_assertion_type=basic")
        << QByteArray("application/x-www-form-urlencoded") << 400 << "invalid_request";
    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << QByteArray() << 405 << "invalid_request";
}

void TestSandboxAuth::tokenRequestErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    SandboxTestClient http(*m_server);
    const Reply reply = method == "GET" ? http.get(QStringLiteral("/auth/v1/token"))
                                        : http.send(method, QStringLiteral("/auth/v1/token"), body, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(QStringLiteral("error")).toString(), error);
}

void TestSandboxAuth::apiNeedsToken_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("unknown") << QByteArray("not-a-token");
}

void TestSandboxAuth::apiNeedsToken()
{
    QFETCH(QByteArray, token);
    SandboxTestClient http(*m_server);
    http.setToken(token);
    const Reply reply = http.get(QStringLiteral("/api/v1/apps"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), 16);
    const QByteArray requestId = reply.header("x-request-id");
    QVERIFY(!requestId.isEmpty());
    QVERIFY(reply.message().endsWith(QStringLiteral("(request-id: %1)").arg(QString::fromLatin1(requestId))));
}

void TestSandboxAuth::introspect()
{
    SandboxTestClient http(*m_server);
    QVERIFY(http.signIn(QStringLiteral("ops-bot")));
    const Reply reply = http.get(QStringLiteral("/api/v1/auth/introspect"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("userId")).toString(), http.client().userId);
    QVERIFY(!reply.json.value(QStringLiteral("tenantId")).toString().isEmpty());
    QVERIFY(!reply.json.value(QStringLiteral("roles")).toArray().isEmpty());
    // The principal is a real user of the tenant.
    QCOMPARE(http.get(QStringLiteral("/api/v1/users/") + http.client().userId).status, 200);
}

void TestSandboxAuth::tokenExpires()
{
    m_server->options().tokenLifetimeSeconds = 60;
    SandboxTestClient http(*m_server);
    QVERIFY(http.signIn());
    QCOMPARE(http.get(QStringLiteral("/api/v1/apps")).status, 200);
    m_server->advanceClock(59'000);
    QCOMPARE(http.get(QStringLiteral("/api/v1/apps")).status, 200);
    m_server->advanceClock(2'000);
    const Reply expired = http.get(QStringLiteral("/api/v1/apps"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.code(), 16);
    // A fresh assertion (made for the sandbox's clock) gets a new token.
    QVERIFY(http.signIn());
    QCOMPARE(http.get(QStringLiteral("/api/v1/apps")).status, 200);
}

void TestSandboxAuth::httpsWithTrustedCertificate()
{
    SandboxOptions options;
    options.tls = true;
    SandboxServer tlsServer(options);
    tlsServer.generateData({});
    QVERIFY2(tlsServer.start(), qPrintable(tlsServer.errorString()));
    QCOMPARE(tlsServer.baseUrl().scheme(), QStringLiteral("https"));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(tlsServer.certificatePem(), QSsl::Pem);
    QCOMPARE(certs.size(), 1);
    QVERIFY(certs.first().isSelfSigned());
    SandboxTestClient http(tlsServer);
    QVERIFY(http.signIn());
    const Reply reply = http.get(QStringLiteral("/api/v1/apps"));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("list")).toArray().size(), 12);
    // The certificate can be written out for a client to trust.
    const QString path = tlsServer.writeCertificate(QDir::temp().filePath(QStringLiteral("tst-sandbox-cert.pem")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), tlsServer.certificatePem());
    file.remove();
}

void TestSandboxAuth::httpsUntrustedCertificateFails()
{
    SandboxOptions options;
    options.tls = true;
    SandboxServer tlsServer(options);
    QVERIFY(tlsServer.start());
    QNetworkAccessManager manager;
    QNetworkReply* reply
        = manager.get(QNetworkRequest(QUrl(tlsServer.baseUrl().toString() + QStringLiteral("/api/v1/apps"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    delete reply;
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"

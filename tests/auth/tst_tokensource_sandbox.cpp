// TokenSource against the real in-process sandbox tenant (c1::SandboxServer): C1's sign-in as the sandbox verifies
// it (signature, iss/sub, aud, time window, single-use nonce), expiry, and the 401 → invalidate → new token path.

#include "auth/ClientCredentials.h"
#include "auth/TokenSource.h"
#include "sandbox/SandboxServer.h"
#include "support/Answer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace c1;

namespace {

using Answer = test::Answer<QString>;

QByteArray errorText(const Result<QString>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TestTokenSourceSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void signsIn();
    void wrongKeyIsRefused();
    void unknownClientIsRefused();
    void renewsAShortLivedToken();
    void unauthorizedTokenIsReplaced();
    void clockSkewIsExplained();
    void tlsNeedsTheTenantsCertificate();

private:
    std::optional<Result<QString>> tokenFrom(TokenSource& source);
    int introspect(const QString& token, QString* userId = nullptr);
    ClientCredentials credentials(const SandboxClient& client);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestTokenSourceSandbox::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestTokenSourceSandbox::cleanup()
{
    m_network.reset();
    m_sandbox.reset();
}

ClientCredentials TestTokenSourceSandbox::credentials(const SandboxClient& client)
{
    ClientCredentials::Error error = ClientCredentials::Error::None;
    auto parsed = ClientCredentials::parse(client.clientId, client.clientSecret, &error);
    if (!parsed)
        qFatal("sandbox credentials do not parse: %s", qPrintable(ClientCredentials::describe(error)));
    return *parsed;
}

std::optional<Result<QString>> TestTokenSourceSandbox::tokenFrom(TokenSource& source)
{
    Answer answer;
    source.token(this, [&answer](const Result<QString>& result) {
        ++answer.calls;
        answer.result = result;
    });
    [&] { QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 15000); }();
    return answer.result;
}

// GET /api/v1/auth/introspect with a bearer token: the HTTP status (0 on a transport failure).
int TestTokenSourceSandbox::introspect(const QString& token, QString* userId)
{
    QUrl url = m_sandbox->baseUrl();
    url.setPath(QStringLiteral("/api/v1/auth/introspect"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = m_network->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(15000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (userId)
        *userId = QJsonDocument::fromJson(reply->readAll()).object().value(u"userId").toString();
    reply->deleteLater();
    return status;
}

void TestTokenSourceSandbox::signsIn()
{
    const SandboxClient client = m_sandbox->issueClient(QStringLiteral("token-test"));
    const ClientCredentials parsed = credentials(client);
    QCOMPARE(parsed.tenant().audience, QStringLiteral("127.0.0.1"));
    TokenSource source(m_network.get(), parsed, m_sandbox->baseUrl());
    const auto result = tokenFrom(source);
    QVERIFY(result);
    QVERIFY2(result->ok(), errorText(*result).constData());
    QVERIFY(source.hasValidToken());
    QCOMPARE(source.tokensMinted(), 1);
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(source.expiresAt());
    QVERIFY(lifetime > m_sandbox->options().tokenLifetimeSeconds - 10);

    QString userId;
    QCOMPARE(introspect(result->value(), &userId), 200);
    QCOMPARE(userId, client.userId);
    QCOMPARE(introspect(QStringLiteral("not-a-token")), 401);

    // Cached: a second caller costs no request.
    const int requests = m_sandbox->requestCount();
    const auto again = tokenFrom(source);
    QVERIFY(again && again->ok());
    QCOMPARE(again->value(), result->value());
    QCOMPARE(m_sandbox->requestCount(), requests);
}

void TestTokenSourceSandbox::wrongKeyIsRefused()
{
    const SandboxClient client = m_sandbox->issueClient();
    // The right client ID with another key: the signature cannot verify.
    auto forged = ClientCredentials::parse(client.clientId, ClientCredentials::formatSecret(Ed25519Key::generate()));
    QVERIFY(forged);
    TokenSource source(m_network.get(), *forged, m_sandbox->baseUrl());
    const auto result = tokenFrom(source);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::Auth);
    QVERIFY(result->error().httpStatus == 400 || result->error().httpStatus == 401);
    QVERIFY2(result->error().message.contains(QStringLiteral("refused the client credentials")),
        errorText(*result).constData());
    QVERIFY(!source.hasValidToken());
}

void TestTokenSourceSandbox::unknownClientIsRefused()
{
    const SandboxClient client = m_sandbox->issueClient();
    const QString unknownId = QStringLiteral("nobody-12345@127.0.0.1:%1/pcc").arg(m_sandbox->port());
    auto stranger = ClientCredentials::parse(unknownId, client.clientSecret);
    QVERIFY(stranger);
    TokenSource source(m_network.get(), *stranger, m_sandbox->baseUrl());
    const auto result = tokenFrom(source);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::Auth);
}

void TestTokenSourceSandbox::renewsAShortLivedToken()
{
    m_sandbox->options().tokenLifetimeSeconds = 2;
    TokenSource source(m_network.get(), credentials(m_sandbox->issueClient()), m_sandbox->baseUrl());
    const auto first = tokenFrom(source);
    QVERIFY(first && first->ok());
    QCOMPARE(source.renewalMarginSeconds(), 1);
    QCOMPARE(introspect(first->value()), 200);

    // Handed out until shortly before it expires, then replaced before the tenant would refuse it.
    QTRY_VERIFY_WITH_TIMEOUT(!source.hasValidToken(), 5000);
    const auto second = tokenFrom(source);
    QVERIFY(second && second->ok());
    QVERIFY(second->value() != first->value());
    QCOMPARE(source.tokensMinted(), 2);
    QCOMPARE(introspect(second->value()), 200);
}

void TestTokenSourceSandbox::unauthorizedTokenIsReplaced()
{
    m_sandbox->options().tokenLifetimeSeconds = 60;
    TokenSource source(m_network.get(), credentials(m_sandbox->issueClient()), m_sandbox->baseUrl());
    const auto first = tokenFrom(source);
    QVERIFY(first && first->ok());
    QCOMPARE(introspect(first->value()), 200);

    // The tenant lets the token lapse while the client still thinks it good (its clock is 61 s ahead; a fresh
    // assertion is still inside its two-minute window).
    m_sandbox->advanceClock(61 * 1000);
    QVERIFY(source.hasValidToken());
    QCOMPARE(introspect(first->value()), 401);

    // What C1Client does on a 401: invalidate that token, ask again, retry once.
    source.invalidate(first->value());
    QVERIFY(!source.hasValidToken());
    const auto second = tokenFrom(source);
    QVERIFY2(second && second->ok(), second ? errorText(*second).constData() : "no answer");
    QVERIFY(second->value() != first->value());
    QCOMPARE(introspect(second->value()), 200);
    QCOMPARE(source.tokensMinted(), 2);
}

void TestTokenSourceSandbox::clockSkewIsExplained()
{
    const SandboxClient client = m_sandbox->issueClient();
    m_sandbox->advanceClock(10 * 60 * 1000); // the tenant is 10 minutes ahead of this computer
    TokenSource source(m_network.get(), credentials(client), m_sandbox->baseUrl());
    const auto result = tokenFrom(source);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::Auth);
    QVERIFY2(result->error().message.contains(QStringLiteral("clock")), errorText(*result).constData());
}

void TestTokenSourceSandbox::tlsNeedsTheTenantsCertificate()
{
    SandboxOptions options;
    options.tls = true;
    SandboxServer tlsSandbox(options);
    QVERIFY2(tlsSandbox.start(), qPrintable(tlsSandbox.errorString()));
    QCOMPARE(tlsSandbox.baseUrl().scheme(), QStringLiteral("https"));
    const ClientCredentials parsed = credentials(tlsSandbox.issueClient());

    // Self-signed and not trusted: a TLS error, never a silent downgrade or an ignored error.
    TokenSource untrusting(m_network.get(), parsed, tlsSandbox.baseUrl());
    const auto refused = tokenFrom(untrusting);
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind, ApiError::Kind::Tls);

    // With the tenant's certificate as the profile's extra CA it signs in.
    // A network manager of its own: QNAM reuses a host's connection state across requests whatever their
    // QSslConfiguration, so one manager must use one CA list for a tenant (Session does).
    QNetworkAccessManager network;
    TokenSource trusting(&network, parsed, tlsSandbox.baseUrl());
    trusting.setExtraCaCertificates(QSslCertificate::fromData(tlsSandbox.certificatePem(), QSsl::Pem));
    const auto result = tokenFrom(trusting);
    QVERIFY(result);
    QVERIFY2(result->ok(), errorText(*result).constData());
}

QTEST_GUILESS_MAIN(TestTokenSourceSandbox)
#include "tst_tokensource_sandbox.moc"

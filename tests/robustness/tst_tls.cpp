// TLS against the sandbox tenant over HTTPS (its own self-signed certificate): without the tenant's CA the
// connection is refused with ApiError::Kind::Tls naming the certificate, and NOTHING reaches the tenant; with the
// profile's CA file everything works; plain http:// is accepted for this machine only.

#include "api/BearerProvider.h"
#include "api/C1Client.h"
#include "api/Session.h"
#include "sandbox/SandboxServer.h"
#include "support/Answer.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;
using namespace Qt::StringLiterals;

namespace { } // namespace

class TestTls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clientRefusesAnUnknownCertificate();
    void sessionRefusesAnUnknownCertificate();
    void sessionWorksWithTheCaFile();
    void plainHttpToAnotherMachineIsRefused_data();
    void plainHttpToAnotherMachineIsRefused();
    void plainHttpToThisMachineIsAccepted_data();
    void plainHttpToThisMachineIsAccepted();

private:
    Result<Introspection> introspect(C1Client* client);
    QString subject() const;

    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxClient m_credentials;
    QTemporaryDir m_dir;
    QString m_caFile;
};

void TestTls::initTestCase()
{
    SandboxOptions options;
    options.tls = true;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QCOMPARE(m_sandbox->baseUrl().scheme(), u"https"_s);
    m_credentials = m_sandbox->issueClient(u"tls-test"_s);
    QVERIFY(m_dir.isValid());
    m_caFile = m_sandbox->writeCertificate(m_dir.filePath(u"sandbox-ca.pem"_s));
    QVERIFY(QFile::exists(m_caFile));
    QVERIFY(!subject().isEmpty());
}

void TestTls::cleanupTestCase()
{
    m_sandbox.reset();
}

QString TestTls::subject() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(m_sandbox->certificatePem(), QSsl::Pem);
    return certificates.isEmpty() ? QString() : certificates.first().subjectDisplayName();
}

Result<Introspection> TestTls::introspect(C1Client* client)
{
    return test::await<Introspection>(
        [client](QObject* context, C1Client::Callback<Introspection> done) { client->introspect(context, done); },
        20000);
}

void TestTls::clientRefusesAnUnknownCertificate()
{
    const int before = m_sandbox->requestCount();
    QNetworkAccessManager network;
    ClientConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    config.retry.maxAttempts = 1;
    C1Client client(&network, static_cast<BearerProvider*>(nullptr), config);
    const Result<Introspection> answer = introspect(&client);
    QVERIFY(!answer);
    QVERIFY(answer.error().message != u"timed out"_s); // answered
    const ApiError& error = answer.error();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QVERIFY2(error.detail.contains(subject()), qPrintable(error.detail));
    QVERIFY(!error.userMessage().isEmpty());
    QCOMPARE(m_sandbox->requestCount(), before); // the handshake failed: no request was sent
}

void TestTls::sessionRefusesAnUnknownCertificate()
{
    const int before = m_sandbox->requestCount();
    Profile profile;
    profile.id = Profile::createId();
    profile.name = u"TLS without CA"_s;
    profile.urlOverride = m_sandbox->baseUrl();
    ProfileSecrets secrets { {}, m_credentials.clientId, m_credentials.clientSecret };
    QString problem;
    const std::unique_ptr<Session> session = Session::create(profile, secrets, &problem);
    QVERIFY2(session, qPrintable(problem));
    const Result<Introspection> answer = introspect(session->client());
    QVERIFY(!answer);
    const ApiError& error = answer.error();
    QCOMPARE(error.kind, ApiError::Kind::Tls); // from the token request, the first thing a session sends
    QVERIFY2(error.detail.contains(subject()), qPrintable(error.detail));
    QVERIFY(!error.message.contains(m_credentials.clientSecret.section(u':', 3).left(16)));
    QCOMPARE(m_sandbox->requestCount(), before); // neither the client assertion nor an API call got through
}

void TestTls::sessionWorksWithTheCaFile()
{
    const int before = m_sandbox->requestCount();
    Profile profile;
    profile.id = Profile::createId();
    profile.name = u"TLS with CA"_s;
    profile.urlOverride = m_sandbox->baseUrl();
    profile.caFile = m_caFile;
    ProfileSecrets secrets { {}, m_credentials.clientId, m_credentials.clientSecret };
    QString problem;
    const std::unique_ptr<Session> session = Session::create(profile, secrets, &problem);
    QVERIFY2(session, qPrintable(problem));
    const Result<Introspection> answer = introspect(session->client());
    QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().fullDetail()));
    QCOMPARE(answer.value().userId, m_credentials.userId);
    QCOMPARE(m_sandbox->requestCount(), before + 2); // the token, then the call
}

void TestTls::plainHttpToAnotherMachineIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("name") << u"http://acme.conductor.one"_s;
    QTest::newRow("name with port") << u"http://acme.conductor.one:8080/"_s;
    QTest::newRow("private IPv4") << u"http://10.0.0.1:8080"_s;
    QTest::newRow("LAN IPv4") << u"http://192.168.1.10"_s;
    QTest::newRow("IPv6") << u"http://[2001:db8::1]:8443"_s;
    QTest::newRow("any address") << u"http://0.0.0.0:8080"_s;
    QTest::newRow("localhost lookalike") << u"http://localhost.evil.example"_s;
    QTest::newRow("loopback name lookalike") << u"http://127.0.0.1.nip.io"_s;
    QTest::newRow("upper-case scheme") << u"HTTP://acme.conductor.one"_s;
    QTest::newRow("user info trick") << u"http://127.0.0.1@evil.example"_s;
}

void TestTls::plainHttpToAnotherMachineIsRefused()
{
    QFETCH(QString, url);
    Profile profile;
    profile.id = Profile::createId();
    profile.name = u"plain http"_s;
    profile.urlOverride = QUrl(url);
    ProfileSecrets secrets { {}, m_credentials.clientId, m_credentials.clientSecret };
    QString problem;
    const std::unique_ptr<Session> session = Session::create(profile, secrets, &problem);
    QVERIFY(!session);
    QVERIFY2(problem.contains(u"http://"_s) && problem.contains(u"https://"_s), qPrintable(problem));
}

void TestTls::plainHttpToThisMachineIsAccepted_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8080"_s;
    QTest::newRow("127.1.2.3") << u"http://127.1.2.3:8080"_s;
    QTest::newRow("localhost") << u"http://localhost:8080"_s;
    QTest::newRow("::1") << u"http://[::1]:8080"_s;
}

void TestTls::plainHttpToThisMachineIsAccepted()
{
    QFETCH(QString, url);
    Profile profile;
    profile.id = Profile::createId();
    profile.name = u"loopback"_s;
    profile.urlOverride = QUrl(url);
    ProfileSecrets secrets { {}, m_credentials.clientId, m_credentials.clientSecret };
    QString problem;
    const std::unique_ptr<Session> session = Session::create(profile, secrets, &problem);
    QVERIFY2(session, qPrintable(problem));
    QCOMPARE(session->client()->config().baseUrl.scheme(), u"http"_s);
}

QTEST_MAIN(TestTls)
#include "tst_tls.moc"

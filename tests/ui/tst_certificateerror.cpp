// A tenant whose certificate is not trusted: the sign-in error and the Settings "Test connection" result name the
// certificate (subject, issuer, validity, SHA-256 fingerprint) and never offer to ignore the error; with its
// certificate as the extra CA the same tenant signs in.
#include "connect/ConnectionTestPanel.h"
#include "sandbox/SandboxServer.h"
#include "workflows/SignInAttempt.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;

class TestCertificateError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signInNamesTheCertificate();
    void testConnectionNamesTheCertificate();
    void trustedWithTheCaFile();
    void describeCertificate();

private:
    Profile profile(bool withCa) const;
    ProfileSecrets secrets() const;
    void verifyNamesCertificate(const QString& text) const;

    std::unique_ptr<SandboxServer> m_server;
    SandboxClient m_client;
    QSslCertificate m_certificate;
    QTemporaryDir m_dir;
    QString m_caFile;
};

void TestCertificateError::initTestCase()
{
    SandboxOptions options;
    options.tls = true;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->generateData(SandboxDataSize { 1, 1, 1, 1, 2, 0, 0 });
    m_client = m_server->issueClient();
    const auto certificates = QSslCertificate::fromData(m_server->certificatePem(), QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    m_certificate = certificates.first();
    QVERIFY(m_dir.isValid());
    m_caFile = m_server->writeCertificate(m_dir.filePath(QStringLiteral("sandbox-ca.pem")));
}

Profile TestCertificateError::profile(bool withCa) const
{
    Profile p;
    p.id = QStringLiteral("tls");
    p.name = QStringLiteral("TLS sandbox");
    p.urlOverride = m_server->baseUrl();
    if (withCa)
        p.caFile = m_caFile;
    return p;
}

ProfileSecrets TestCertificateError::secrets() const
{
    return ProfileSecrets { m_server->baseUrl().authority(), m_client.clientId, m_client.clientSecret };
}

void TestCertificateError::verifyNamesCertificate(const QString& text) const
{
    const QString fingerprint
        = QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(text.contains(fingerprint), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("SHA-256")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Subject: ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Issuer: ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Valid: ")), qPrintable(text));
    const QStringList names = m_certificate.subjectInfo(QSslCertificate::CommonName);
    if (!names.isEmpty())
        QVERIFY2(text.contains(names.first()), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("extra CA file")), qPrintable(text)); // the way to trust it
    QVERIFY2(!text.contains(QLatin1String("ignore"), Qt::CaseInsensitive), qPrintable(text));
    // The sandbox's certificate is self-signed: said once, not by Qt's reason and again by the description.
    QVERIFY(m_certificate.isSelfSigned());
    QVERIFY2(text.count(QLatin1String("self-signed"), Qt::CaseInsensitive) == 1, qPrintable(text));
}

void TestCertificateError::signInNamesTheCertificate()
{
    SignInAttempt attempt;
    QSignalSpy finished(&attempt, &SignInAttempt::finished);
    attempt.start(profile(false), secrets());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(attempt.apiError().kind, ApiError::Kind::Tls);
    QVERIFY(attempt.apiError().peerCertificates.contains(m_certificate));
    verifyNamesCertificate(attempt.errorText());
}

void TestCertificateError::testConnectionNamesTheCertificate()
{
    QPushButton cancel;
    QProgressBar progress;
    QLabel result;
    ConnectionTestPanel panel(&cancel, &progress, &result);
    QSignalSpy finished(&panel, &ConnectionTestPanel::finished);
    panel.start(profile(false), secrets());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    qInfo("%s", qPrintable(result.text()));
    verifyNamesCertificate(result.text());
}

void TestCertificateError::trustedWithTheCaFile()
{
    SignInAttempt attempt;
    QSignalSpy finished(&attempt, &SignInAttempt::finished);
    attempt.start(profile(true), secrets());
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(attempt.errorText()));
    QCOMPARE(attempt.identity().userId, m_client.userId);
}

// Validity is checked against the clock: expired and not-yet-valid certificates say so.
void TestCertificateError::describeCertificate()
{
    QCOMPARE(SignInAttempt::describeCertificate({}), QString());
    const QString text = SignInAttempt::describeCertificate({ m_certificate });
    QVERIFY(!text.contains(QLatin1String("expired")));
    QVERIFY(text.contains(QLatin1String("self-signed")) == m_certificate.isSelfSigned());
    QCOMPARE(text.count(QLatin1Char('\n')), m_certificate.isSelfSigned() ? 5 : 4);
}

QTEST_MAIN(TestCertificateError)
#include "tst_certificateerror.moc"

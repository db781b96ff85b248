#include "api/C1Client.h"
#include "api/ProfileProxyFactory.h"
#include "api/Session.h"
#include "auth/ClientCredentials.h"
#include "auth/TokenSource.h"

#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

namespace {
ProfileSecrets secrets(const QString& host = u"acme.conductor.one"_s)
{
    ProfileSecrets s;
    s.clientId = u"quiet-otter-31337@"_s + host + u"/pcc"_s;
    s.clientSecret = ClientCredentials::formatSecret(Ed25519Key::generate());
    return s;
}
} // namespace

class TestSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tenantFromClientId();
    void urlOverride_data();
    void urlOverride();
    void badCredentials();
    void caFile();
    void proxyFactory();
};

void TestSession::tenantFromClientId()
{
    QString error;
    const auto session = Session::create(Profile {}, secrets(u"acme"_s), &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->client()->config().baseUrl, QUrl(u"https://acme.conductor.one"_s));
    QCOMPARE(session->tenantHost(), u"acme.conductor.one"_s);
    QCOMPARE(session->tokens()->tokenUrl().host(), u"acme.conductor.one"_s);
    QVERIFY(session->requestLog());
    QCOMPARE(session->client()->requestLog(), session->requestLog());
    QCOMPARE(session->client()->network(), session->network());
}

void TestSession::urlOverride_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base"); // empty = refused
    QTest::newRow("https anywhere") << u"https://proxy.example:8443/"_s << u"https://proxy.example:8443"_s;
    QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("http to 127.1.2.3") << u"http://127.1.2.3:9"_s << u"http://127.1.2.3:9"_s;
    QTest::newRow("http to ::1") << u"http://[::1]:8080"_s << u"http://[::1]:8080"_s;
    QTest::newRow("http to localhost") << u"http://LOCALHOST:8080"_s << u"http://localhost:8080"_s;
    QTest::newRow("http elsewhere") << u"http://acme.conductor.one"_s << QString();
    QTest::newRow("http to 10.0.0.1") << u"http://10.0.0.1"_s << QString();
    QTest::newRow("http to localhost.evil") << u"http://localhost.evil.example"_s << QString();
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << QString();
}

void TestSession::urlOverride()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    Profile profile;
    profile.urlOverride = QUrl(url);
    QString error;
    const auto session = Session::create(profile, secrets(), &error);
    if (base.isEmpty()) {
        QVERIFY(!session);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->client()->config().baseUrl, QUrl(base));
    QCOMPARE(session->tokens()->tokenUrl().host(), QUrl(base).host());
}

void TestSession::badCredentials()
{
    ProfileSecrets s = secrets();
    s.clientSecret = u"secret-token:conductorone.com:v1:not-base64!"_s;
    QString error;
    QVERIFY(!Session::create(Profile {}, s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(u"not-base64"_s)); // the secret never appears in a message
    s = secrets();
    s.clientId = u"no-at-sign"_s;
    QVERIFY(!Session::create(Profile {}, s, &error));
    QVERIFY(!error.isEmpty());
}

void TestSession::caFile()
{
    QTemporaryDir dir;
    Profile profile;
    profile.caFile = dir.filePath(u"missing.pem"_s);
    QString error;
    QVERIFY(!Session::create(profile, secrets(), &error));
    QVERIFY2(error.contains(u"missing.pem"_s), qPrintable(error));

    const QString junk = dir.filePath(u"junk.pem"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate");
    file.close();
    profile.caFile = junk;
    QVERIFY(!Session::create(profile, secrets(), &error));
    QVERIFY2(error.contains(u"junk.pem"_s), qPrintable(error));
}

void TestSession::proxyFactory()
{
    ProfileProxyFactory manual(Profile::Proxy::Manual, u"proxy.corp"_s, 3128, u"internal.corp, *.lan ,.example.org"_s);
    auto proxyFor = [&](const QString& host) {
        return manual.queryProxy(QNetworkProxyQuery(QUrl(u"https://"_s + host))).first();
    };
    QCOMPARE(proxyFor(u"acme.conductor.one"_s).type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxyFor(u"acme.conductor.one"_s).hostName(), u"proxy.corp"_s);
    QCOMPARE(proxyFor(u"acme.conductor.one"_s).port(), quint16(3128));
    QCOMPARE(proxyFor(u"internal.corp"_s).type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxyFor(u"printer.lan"_s).type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxyFor(u"lan"_s).type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxyFor(u"a.b.example.org"_s).type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxyFor(u"notexample.org"_s).type(), QNetworkProxy::HttpProxy);
    ProfileProxyFactory none(Profile::Proxy::None, {}, 0, {});
    QCOMPARE(none.queryProxy(QNetworkProxyQuery(QUrl(u"https://x"_s))).first().type(), QNetworkProxy::NoProxy);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"

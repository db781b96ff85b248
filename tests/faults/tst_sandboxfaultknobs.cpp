// The sandbox's fault knobs added for the fault matrix: latency spikes, 301 redirects, truncated bodies, HTML 502
// pages from a "proxy", and fresh IDs after a restart from the state file.
#include "sandbox/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;
using namespace c1::test;

class TestSandboxFaultKnobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void latencySpike();
    void redirect_data();
    void redirect();
    void truncate();
    void htmlError();
    void newIdsAfterRestart();

private:
    QString ownerPath() const;
    bool isOwner() const;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_http;
};

void TestSandboxFaultKnobs::init()
{
    SandboxOptions options;
    options.seed = 11;
    m_server = std::make_unique<SandboxServer>(options);
    m_http = SandboxTestClient::startSignedIn(*m_server);
    QVERIFY(m_http);
}

void TestSandboxFaultKnobs::cleanup()
{
    m_http.reset();
    m_server.reset();
}

QString TestSandboxFaultKnobs::ownerPath() const
{
    return u"/api/v2/apps/%1/owners/users/secondary/%2"_s.arg(m_server->appIds().at(3), m_http->client().userId);
}

bool TestSandboxFaultKnobs::isOwner() const
{
    return m_server->ownersOf(m_server->appIds().at(3))
        .value(u"secondary"_s)
        .contains(u"user/"_s + m_http->client().userId);
}

void TestSandboxFaultKnobs::latencySpike()
{
    m_server->options().latencySpikeRate = 0.5;
    m_server->options().latencySpikeMs = 300;
    int slow = 0;
    for (int i = 0; i < 16; ++i) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_http->get(u"/api/v1/apps"_s).status, 200);
        slow += timer.elapsed() >= 300;
    }
    QCOMPARE(m_server->countLatencySpikes(), slow);
    QVERIFY2(slow >= 2 && slow <= 14, qPrintable(QString::number(slow)));
}

void TestSandboxFaultKnobs::redirect_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expected");
    QTest::newRow("another path") << QString() << u"/moved/api/v1/apps"_s;
    QTest::newRow("another host") << u"http://203.0.113.9/elsewhere"_s << u"http://203.0.113.9/elsewhere"_s;
}

void TestSandboxFaultKnobs::redirect()
{
    QFETCH(QString, location);
    QFETCH(QString, expected);
    m_server->options().redirectRate = 1.0;
    m_server->options().redirectLocation = location;
    const Reply list = m_http->get(u"/api/v1/apps"_s);
    QCOMPARE(list.status, 301);
    QCOMPARE(QString::fromUtf8(list.header("location")), expected);
    // Before any effect: a redirected write did nothing.
    QCOMPARE(m_http->post(ownerPath(), {}).status, 301);
    QVERIFY(!isOwner());
    QCOMPARE(m_server->countRedirected(), 2);
}

void TestSandboxFaultKnobs::truncate()
{
    m_server->options().truncateRate = 1.0;
    const Reply list = m_http->get(u"/api/v1/apps"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.error, QNetworkReply::RemoteHostClosedError); // fewer bytes than Content-Length, then closed
    QVERIFY(!list.body.isEmpty());
    QVERIFY(list.json.isEmpty());
    // After the effect: the write happened, only its answer was cut.
    const Reply write = m_http->post(ownerPath(), {});
    QCOMPARE(write.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(isOwner());
    QCOMPARE(m_server->ownerWrites(m_server->appIds().at(3), {}, {}, u"user/"_s + m_http->client().userId), 1);
    QCOMPARE(m_server->countTruncated(), 2);
    m_server->options().truncateRate = 0;
    QCOMPARE(m_http->get(u"/api/v1/apps"_s).status, 200);
}

void TestSandboxFaultKnobs::htmlError()
{
    m_server->options().htmlErrorRate = 1.0;
    const Reply list = m_http->get(u"/api/v1/apps"_s);
    QCOMPARE(list.status, 502);
    QVERIFY(list.body.startsWith("<html>"));
    QCOMPARE(list.header("content-type"), QByteArray("text/html"));
    QVERIFY(list.json.isEmpty());
    const Reply write = m_http->post(ownerPath(), {});
    QCOMPARE(write.status, 502);
    QVERIFY(isOwner()); // the backend did it; the proxy lost the answer
    QCOMPARE(m_server->countHtmlErrors(), 2);
}

void TestSandboxFaultKnobs::newIdsAfterRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.stateFile = dir.filePath(u"state.json"_s);
    options.seed = 5;
    QStringList before;
    SandboxClient client;
    {
        SandboxServer first(options);
        first.generateData({});
        QVERIFY(first.start());
        SandboxTestClient http(first);
        QVERIFY(http.signIn());
        client = http.client();
        before = first.appIds();
        first.stop();
    }
    QFile state(options.stateFile);
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray saved = state.readAll(); // every ID in use: users, apps, types, resources, entitlements
    SandboxServer second(options);
    QVERIFY(second.start());
    SandboxTestClient http(second);
    const QByteArray assertion = signJwt(
        standardHeader(), standardClaims(client.clientId, second.now() / 1000), keyFromSecret(client.clientSecret));
    const Reply token = http.requestToken(client.clientId, assertion);
    QCOMPARE(token.status, 200);
    http.setToken(token.json.value(u"access_token"_s).toString().toLatin1());
    // The first IDs the seed gives went to the demo data: a new app must not reuse any ID in use.
    for (int i = 0; i < 3; ++i) {
        const Reply created = http.post(u"/api/v1/apps"_s, { { u"displayName"_s, u"After restart %1"_s.arg(i) } });
        QCOMPARE(created.status, 200);
        const QString id = created.json.value(u"app"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(!saved.contains(id.toLatin1()), qPrintable(id));
        QCOMPARE(second.appIds().size(), before.size() + i + 1);
    }
}

QTEST_GUILESS_MAIN(TestSandboxFaultKnobs)
#include "tst_sandboxfaultknobs.moc"

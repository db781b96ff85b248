// The sandbox's knobs (latency, rate limit, failures, drops, owner visibility) and its state file.
#include "sandbox/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;
using namespace c1::test;

class TestSandboxKnobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void latency_data();
    void latency();
    void latencyDoesNotBlockOtherRequests();
    void rateLimit();
    void failureRate();
    void failureHasNoEffect();
    void drop_data();
    void drop();
    void ownerVisibilityDelay();
    void requestServedSignal();
    void stateSurvivesRestart();
    void corruptStateFileIgnored();

private:
    QString ownerPath(const QString& user) const;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_http;
};

void TestSandboxKnobs::init()
{
    SandboxOptions options;
    options.seed = 42;
    m_server = std::make_unique<SandboxServer>(options);
    m_http = SandboxTestClient::startSignedIn(*m_server);
    QVERIFY(m_http);
}

void TestSandboxKnobs::cleanup()
{
    m_http.reset();
    m_server.reset();
}

QString TestSandboxKnobs::ownerPath(const QString& user) const
{
    return QStringLiteral("/api/v2/apps/%1/owners/users/primary/%2").arg(m_server->appIds().at(5), user);
}

void TestSandboxKnobs::latency_data()
{
    QTest::addColumn<int>("latency");
    QTest::addColumn<int>("jitter");
    QTest::newRow("120 ms") << 120 << 0;
    QTest::newRow("150 ± 50 ms") << 150 << 50;
}

void TestSandboxKnobs::latency()
{
    QFETCH(int, latency);
    QFETCH(int, jitter);
    m_server->options().latencyMs = latency;
    m_server->options().jitterMs = jitter;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/apps")).status, 200);
        QVERIFY2(timer.elapsed() >= latency - jitter, qPrintable(QString::number(timer.elapsed())));
    }
}

void TestSandboxKnobs::latencyDoesNotBlockOtherRequests()
{
    // 12 requests with 200 ms each over QNAM's 6 connections: served by timers, up to 6 wait at once (about
    // 400 ms in all); a server that slept would handle them one after the other (2.4 s).
    m_server->options().latencyMs = 200;
    QNetworkAccessManager manager;
    QList<QNetworkReply*> replies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 12; ++i) {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/v1/apps")));
        request.setRawHeader("Authorization", "Bearer " + m_http->token());
        replies.append(manager.get(request));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }), 10000);
    const qint64 elapsed = timer.elapsed();
    for (QNetworkReply* reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    // Two rounds of 200 ms at least; and the answers waited side by side, not one after the other (which a
    // deadline on `elapsed` would only guess at on a busy machine).
    QVERIFY2(elapsed >= 400, qPrintable(QString::number(elapsed)));
    QVERIFY2(m_server->peakDelayedAtOnce() >= 2, qPrintable(QString::number(m_server->peakDelayedAtOnce())));
    qInfo("12 requests of 200 ms: %lld ms, up to %d waiting at once", elapsed, m_server->peakDelayedAtOnce());
}

void TestSandboxKnobs::rateLimit()
{
    m_server->options().rateLimitPerSecond = 5;
    int ok = 0;
    int limited = 0;
    for (int i = 0; i < 12; ++i) {
        const Reply reply = m_http->get(QStringLiteral("/api/v1/apps"));
        if (reply.status == 200) {
            ++ok;
        } else {
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.code(), 8);
            const int retryAfter = reply.header("retry-after").toInt();
            QVERIFY(retryAfter >= 1 && retryAfter <= 1);
            ++limited;
        }
    }
    // Twelve quick requests: the first five pass within the second, most of the rest are refused.
    QVERIFY2(ok >= 5 && limited >= 1, qPrintable(QStringLiteral("%1 ok, %2 limited").arg(ok).arg(limited)));
    QCOMPARE(m_server->count429(), limited);
}

void TestSandboxKnobs::failureRate()
{
    m_server->options().failureRate = 0.3;
    int failures = 0;
    const int total = 200;
    for (int i = 0; i < total; ++i) {
        const Reply reply = m_http->get(QStringLiteral("/api/v1/apps?page_size=10"));
        if (reply.status == 503) {
            QCOMPARE(reply.code(), 14);
            ++failures;
        } else {
            QCOMPARE(reply.status, 200);
        }
    }
    QCOMPARE(m_server->count503(), failures);
    QVERIFY2(failures > 40 && failures < 80, qPrintable(QString::number(failures)));
}

void TestSandboxKnobs::failureHasNoEffect()
{
    m_server->options().failureRate = 1.0;
    const int before = int(m_server->appIds().size());
    QCOMPARE(
        m_http->post(QStringLiteral("/api/v1/apps"), { { QStringLiteral("displayName"), QStringLiteral("Never") } })
            .status,
        503);
    QCOMPARE(m_server->appIds().size(), before);
}

void TestSandboxKnobs::drop_data()
{
    QTest::addColumn<bool>("afterEffect");
    QTest::newRow("before the effect") << false;
    QTest::newRow("after the effect") << true;
}

void TestSandboxKnobs::drop()
{
    QFETCH(bool, afterEffect);
    const QString user = m_http->client().userId;
    m_server->options().dropRate = 1.0;
    m_server->options().dropAfterEffect = afterEffect;
    const Reply reply = m_http->post(ownerPath(user), {});
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply.status, 0);
    QVERIFY(m_server->countDropped() >= 1);
    const bool applied = m_server->ownersOf(m_server->appIds().at(5))
                             .value(QStringLiteral("primary"))
                             .contains(QStringLiteral("user/") + user);
    QCOMPARE(applied, afterEffect);
    // QNAM may resend a request whose connection closed before any answer; the owner is still added once.
    QCOMPARE(
        m_server->ownerWrites(m_server->appIds().at(5), {}, {}, QStringLiteral("user/") + user), afterEffect ? 1 : 0);
    m_server->options().dropRate = 0;
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/apps")).status, 200);
}

void TestSandboxKnobs::ownerVisibilityDelay()
{
    m_server->options().ownerVisibilityDelayMs = 400;
    const QString user = m_http->client().userId;
    const QString list = QStringLiteral("/api/v2/apps/%1/owners/users").arg(m_server->appIds().at(5));
    auto listed = [&] {
        for (const QJsonValue& row : m_http->get(list).json.value(QStringLiteral("list")).toArray()) {
            if (row.toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString() == user)
                return true;
        }
        return false;
    };
    QCOMPARE(m_http->post(ownerPath(user), {}).status, 200);
    QVERIFY(!listed());
    QCOMPARE(m_http->get(ownerPath(user)).status, 200); // the single owner is there at once
    QCOMPARE(m_http->post(ownerPath(user), {}).status, 409); // and so is the duplicate check
    QTRY_VERIFY_WITH_TIMEOUT(listed(), 5000);
}

void TestSandboxKnobs::requestServedSignal()
{
    QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/apps/short")).status, 400);
    QCOMPARE(served.size(), 1);
    QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("GET"));
    QCOMPARE(served.at(0).at(1).toString(), QStringLiteral("/api/v1/apps/short"));
    QCOMPARE(served.at(0).at(2).toInt(), 400);
}

void TestSandboxKnobs::stateSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.stateFile = dir.filePath(QStringLiteral("state.json"));
    options.seed = 7;
    QString appId;
    SandboxClient client;
    QMap<QString, QStringList> owners;
    QStringList apps;
    {
        SandboxServer first(options);
        first.generateData({});
        QVERIFY(first.start());
        SandboxTestClient http(first);
        QVERIFY(http.signIn());
        client = http.client();
        appId = http.post(QStringLiteral("/api/v1/apps"),
                        { { QStringLiteral("displayName"), QStringLiteral("Survivor") } })
                    .json.value(QStringLiteral("app"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString();
        QCOMPARE(
            http.post(QStringLiteral("/api/v2/apps/%1/owners/users/secondary/%2").arg(appId, client.userId), {}).status,
            200);
        owners = first.ownersOf(appId);
        apps = first.appIds();
        first.stop();
    }
    QVERIFY(QFile::exists(options.stateFile));
    SandboxServer second(options);
    second.generateData({}); // ignored: the state file wins
    QVERIFY(second.start());
    QCOMPARE(second.appIds(), apps);
    QCOMPARE(second.ownersOf(appId), owners);
    QCOMPARE(second.ownerWrites(appId, {}, {}, QStringLiteral("user/") + client.userId), 1);
    // The credential issued before the restart still signs in (the tenant kept its public key).
    SandboxTestClient http(second);
    const QByteArray assertion = signJwt(
        standardHeader(), standardClaims(client.clientId, second.now() / 1000), keyFromSecret(client.clientSecret));
    const Reply token = http.requestToken(client.clientId, assertion);
    QCOMPARE(token.status, 200);
    http.setToken(token.json.value(QStringLiteral("access_token")).toString().toLatin1());
    const Reply app = http.get(QStringLiteral("/api/v1/apps/") + appId);
    QCOMPARE(app.status, 200);
    QCOMPARE(app.json.value(QStringLiteral("app")).toObject().value(QStringLiteral("displayName")).toString(),
        QStringLiteral("Survivor"));
    // New rows after a restart come after the old ones.
    const QString next
        = http.post(QStringLiteral("/api/v1/apps"), { { QStringLiteral("displayName"), QStringLiteral("Later") } })
              .json.value(QStringLiteral("app"))
              .toObject()
              .value(QStringLiteral("id"))
              .toString();
    QCOMPARE(second.appIds().constLast(), next);
}

void TestSandboxKnobs::corruptStateFileIgnored()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.stateFile = dir.filePath(QStringLiteral("state.json"));
    QFile file(options.stateFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    SandboxServer server(options);
    server.generateData({});
    QCOMPARE(server.appIds().size(), 12);
}

QTEST_GUILESS_MAIN(TestSandboxKnobs)
#include "tst_sandboxknobs.moc"

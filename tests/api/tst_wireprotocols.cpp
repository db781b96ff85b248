// C1Client against the in-process sandbox tenant over HTTPS, once with HTTP/2 (ALPN "h2") and once with HTTP/1.1
// (a sandbox without HTTP/2): every fault knob must look the same to the client over both protocols, the protocol
// actually negotiated is checked from both ends (the request log, the sandbox's per-protocol counters), and the
// HTTP/2 knobs hold: the advertised SETTINGS_MAX_CONCURRENT_STREAMS is never exceeded, and a sandbox that refuses
// HTTP/2 is spoken to in HTTP/1.1. Cleartext HTTP/2 with prior knowledge (tests and benchmarks) is covered too.

#include "api/C1Client.h"
#include "api/RequestLog.h"
#include "sandbox/SandboxServer.h"
#include "support/TestTenant.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

#if defined(Q_OS_LINUX)
#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#endif

using namespace Qt::StringLiterals;
using namespace c1;

namespace {

using test::Answer;

// The sign-in exchange in the request log (it has no protocol of its own there).
bool isSignIn(const RequestLogEntry& entry)
{
    return QUrl(entry.url).path().endsWith(u"/auth/v1/token"_s);
}

// The API calls' retries, quick: short backoff, the default number of attempts.
RetryPolicy quickRetry()
{
    RetryPolicy retry;
    retry.baseDelayMs = 20;
    retry.maxDelayMs = 200;
    retry.maxRetryAfterMs = 1500;
    return retry;
}

enum class Knob {
    None,
    Latency,
    RateLimit,
    Unavailable,
    DropBefore,
    DropAfter,
    Truncate,
    HtmlError,
    Redirect,
    Restart,
    Silent
};

#if defined(Q_OS_LINUX)
// This process's connected TCP sockets whose peer is `port` (the client's side of its connections to the sandbox):
// how many, and how many of them have Nagle off.
std::pair<int, int> socketsTowards(quint16 port)
{
    std::pair<int, int> counts { 0, 0 };
    DIR* dir = ::opendir("/proc/self/fd");
    if (!dir)
        return counts;
    while (const dirent* entry = ::readdir(dir)) {
        char* end = nullptr;
        const int fd = int(std::strtol(entry->d_name, &end, 10));
        sockaddr_storage peer {};
        socklen_t length = sizeof peer;
        if (end == entry->d_name || *end != '\0' || ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) != 0
            || peer.ss_family != AF_INET || ntohs(reinterpret_cast<const sockaddr_in*>(&peer)->sin_port) != port)
            continue;
        int on = 0;
        socklen_t size = sizeof on;
        if (::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, &size) != 0)
            continue;
        ++counts.first;
        counts.second += on != 0 ? 1 : 0;
    }
    ::closedir(dir);
    return counts;
}
#endif

const char* protocolName(SandboxProtocol protocol)
{
    return protocol == SandboxProtocol::Http2 ? "HTTP/2" : "HTTP/1.1";
}

} // namespace

class TestWireProtocols : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup();

    void faultKnobs_data();
    void faultKnobs();
    void maxConcurrentStreams_data();
    void maxConcurrentStreams();
    void refuseHttp2FallsBackToHttp1();
    void abortWhileTheAnswerWaits_data();
    void abortWhileTheAnswerWaits();
    void priorKnowledgeCleartext();
    void nagleIsOffOnTheClientsConnections_data();
    void nagleIsOffOnTheClientsConnections();

private:
    // A sandbox over TLS (trusted by the client) speaking HTTP/2 by ALPN, or HTTP/1.1 only.
    void startTls(SandboxOptions options, SandboxProtocol protocol);
    // A new client (network manager, token source, request log) for the same tenant.
    void connectClient(bool priorKnowledge = false);
    // Every exchange that got an HTTP answer was in `protocol`, and so was every request the sandbox counted.
    void verifyProtocol(SandboxProtocol protocol);
    QString firstUser();

    SandboxServer* sandbox() const { return m_tenant->server(); }
    C1Client* client() const { return m_tenant->client(); }
    RequestLog* log() const { return m_tenant->requestLog(); }

    std::unique_ptr<test::TestTenant> m_tenant;
};

void TestWireProtocols::cleanup()
{
    m_tenant.reset();
}

void TestWireProtocols::startTls(SandboxOptions options, SandboxProtocol protocol)
{
    options.tls = true;
    options.http2 = protocol == SandboxProtocol::Http2 ? SandboxHttp2::Alpn : SandboxHttp2::Off;
    test::TenantSetup setup;
    setup.sandbox = options;
    setup.data.apps = 6;
    setup.data.users = 10;
    setup.retry = quickRetry();
    setup.timeoutMs = 10000;
    m_tenant = std::make_unique<test::TestTenant>();
    QVERIFY2(m_tenant->start(setup), qPrintable(m_tenant->errorString()));
    QVERIFY(!QSslCertificate::fromData(sandbox()->certificatePem(), QSsl::Pem).isEmpty());
}

void TestWireProtocols::connectClient(bool priorKnowledge)
{
    QVERIFY(m_tenant->reconnect(
        [priorKnowledge](test::TenantSetup& setup) { setup.http2PriorKnowledge = priorKnowledge; }));
}

void TestWireProtocols::verifyProtocol(SandboxProtocol protocol)
{
    const QString expected = QString::fromLatin1(protocolName(protocol));
    int answered = 0;
    for (int row = 0; row < log()->size(); ++row) {
        const RequestLogEntry& entry = log()->entry(row);
        if (isSignIn(entry))
            continue;
        if (entry.httpStatus == 0) {
            QVERIFY2(entry.protocol.isEmpty() || entry.protocol == expected, qPrintable(entry.protocol));
            continue;
        }
        ++answered;
        QVERIFY2(entry.protocol == expected, qPrintable(entry.url + u": "_s + entry.protocol));
        // The view shows it too.
        const QModelIndex cell = log()->index(row, int(RequestLog::Column::Protocol));
        QCOMPARE(log()->data(cell).toString(), expected);
    }
    QVERIFY(answered > 0);
    const SandboxProtocol other = protocol == SandboxProtocol::Http2 ? SandboxProtocol::Http1 : SandboxProtocol::Http2;
    QVERIFY(sandbox()->requestCount(protocol) > 0);
    QCOMPARE(sandbox()->requestCount(other), 0);
    QCOMPARE(sandbox()->requestCount(protocol), sandbox()->requestCount());
    QVERIFY(sandbox()->connectionCount(protocol) > 0);
    QCOMPARE(sandbox()->connectionCount(other), 0);
}

QString TestWireProtocols::firstUser()
{
    Answer<Page<User>> users;
    client()->searchUsers(UserSearch { {}, {}, {}, { u"ENABLED"_s } }, {}, 0, this, users.callback());
    if (!QTest::qWaitFor([&users] { return users.done(); }, 20000) || !users.ok() || users.value().items.isEmpty())
        return {};
    return users.value().items.last().id;
}

void TestWireProtocols::faultKnobs_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("knob");
    const std::pair<const char*, Knob> knobs[] = {
        { "no fault", Knob::None },
        { "latency and jitter", Knob::Latency },
        { "rate limit", Knob::RateLimit },
        { "503", Knob::Unavailable },
        { "drop before effect", Knob::DropBefore },
        { "drop after effect", Knob::DropAfter },
        { "truncated body", Knob::Truncate },
        { "HTML 502", Knob::HtmlError },
        { "redirect", Knob::Redirect },
        { "restart", Knob::Restart },
        { "silent connection", Knob::Silent },
    };
    for (const SandboxProtocol protocol : { SandboxProtocol::Http2, SandboxProtocol::Http1 }) {
        for (const auto& [name, knob] : knobs)
            QTest::addRow("%s %s", protocolName(protocol), name) << int(protocol) << int(knob);
    }
}

// Each knob as the client sees it: the same typed outcome over both protocols. Writes are never re-sent blindly,
// and the tenant agrees with what the client was told.
void TestWireProtocols::faultKnobs()
{
    QFETCH(int, protocol);
    QFETCH(int, knob);
    const auto kind = Knob(knob);
    SandboxOptions options;
    options.seed = 17;
    startTls(options, SandboxProtocol(protocol));
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    const QString userId = firstUser(); // signs in and warms the connection up, without faults
    QVERIFY(!userId.isEmpty());
    SandboxOptions& live = sandbox()->options();
    const OwnerTarget target = OwnerTarget::app(appId);
    const OwnerRef owner = OwnerRef::user(userId);
    auto isOwner = [&] { return sandbox()->ownersOf(appId).value(u"secondary"_s).contains(owner.key()); };
    const int appsBefore = int(sandbox()->appIds().size());

    switch (kind) {
    case Knob::None: {
        Answer<App> got;
        client()->getApp(appId, this, got.callback());
        AWAIT_OK(got);
        Answer<OwnerRecord> added;
        client()->addOwner(target, u"secondary"_s, owner, this, added.callback());
        AWAIT_OK(added);
        QVERIFY(isOwner());
        break;
    }
    case Knob::Latency: {
        // Answers wait on timers: ten requests at once take about one latency, not ten.
        live.latencyMs = 300;
        live.jitterMs = 50;
        std::vector<std::unique_ptr<Answer<App>>> answers;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10; ++i) {
            answers.push_back(std::make_unique<Answer<App>>());
            client()->getApp(appId, this, answers.back()->callback());
        }
        for (const auto& answer : answers)
            AWAIT_OK(*answer);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= 250, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
        for (int row = 0; row < log()->size(); ++row) {
            if (log()->entry(row).url.contains(appId))
                QVERIFY(log()->entry(row).durationMs >= 240);
        }
        QCOMPARE(sandbox()->peakDelayedAtOnce() > 1, true);
        break;
    }
    case Knob::RateLimit: {
        live.rateLimitPerSecond = 5;
        std::vector<std::unique_ptr<Answer<App>>> answers;
        for (int i = 0; i < 12; ++i) {
            answers.push_back(std::make_unique<Answer<App>>());
            client()->getApp(appId, this, answers.back()->callback());
        }
        for (const auto& answer : answers)
            AWAIT_OK(*answer);
        QVERIFY(sandbox()->count429() > 0);
        bool retried = false;
        for (int row = 0; row < log()->size(); ++row)
            retried = retried || (log()->entry(row).httpStatus == 429 && log()->entry(row).attempt >= 1);
        QVERIFY(retried);
        break;
    }
    case Knob::Unavailable: {
        live.failureRate = 1.0;
        Answer<App> got;
        client()->getApp(appId, this, got.callback());
        AWAIT(got);
        QCOMPARE(got.error().httpStatus, 503);
        QCOMPARE(sandbox()->count503(), client()->config().retry.maxAttempts); // a GET is retried
        const int before = sandbox()->count503();
        Answer<OwnerRecord> added;
        client()->addOwner(target, u"secondary"_s, owner, this, added.callback());
        AWAIT(added);
        QCOMPARE(added.error().httpStatus, 503);
        QVERIFY(!isOwner()); // before any effect
        QVERIFY(sandbox()->count503() > before);
        break;
    }
    case Knob::DropBefore:
    case Knob::DropAfter: {
        live.dropRate = 1.0;
        live.dropAfterEffect = kind == Knob::DropAfter;
        Answer<App> got;
        client()->getApp(appId, this, got.callback());
        AWAIT(got);
        QCOMPARE(got.error().kind, ApiError::Kind::Transport); // no HTTP answer: a reset stream, a closed connection
        QCOMPARE(got.error().httpStatus, 0);
        // Each attempt was dropped (Qt itself may send a dropped GET again once over HTTP/1.1).
        QVERIFY(sandbox()->countDropped() >= client()->config().retry.maxAttempts);
        const int dropped = sandbox()->countDropped();
        CreateAppRequest create;
        create.displayName = u"Dropped %1"_s.arg(kind == Knob::DropAfter ? u"after"_s : u"before"_s);
        Answer<App> created;
        client()->createApp(create, this, created.callback());
        AWAIT(created);
        QCOMPARE(created.error().kind, ApiError::Kind::Transport);
        QCOMPARE(sandbox()->countDropped(), dropped + 1); // a POST is never re-sent
        QCOMPARE(int(sandbox()->appIds().size()), appsBefore + (kind == Knob::DropAfter ? 1 : 0));
        break;
    }
    case Knob::Truncate: {
        live.truncateRate = 1.0;
        Answer<App> got;
        client()->getApp(appId, this, got.callback());
        AWAIT(got);
        // Half a body, then the connection closes (HTTP/1.1) or the stream is reset (HTTP/2): a transport failure
        // either way, never a JSON error on a 200.
        QCOMPARE(got.error().kind, ApiError::Kind::Transport);
        QCOMPARE(sandbox()->countTruncated(), client()->config().retry.maxAttempts);
        Answer<OwnerRecord> added;
        client()->addOwner(target, u"secondary"_s, owner, this, added.callback());
        AWAIT(added);
        QCOMPARE(added.error().kind, ApiError::Kind::Transport);
        QVERIFY(isOwner()); // after the effect
        QCOMPARE(sandbox()->ownerWrites(appId, {}, {}, owner.key()), 1);
        bool partial = false;
        for (int row = 0; row < log()->size(); ++row)
            partial = partial || (log()->entry(row).httpStatus == 200 && !log()->entry(row).error.isEmpty());
        QVERIFY(partial); // the status line (or HEADERS frame) came, then the body was cut
        break;
    }
    case Knob::HtmlError: {
        live.htmlErrorRate = 1.0;
        Answer<App> got;
        client()->getApp(appId, this, got.callback());
        AWAIT(got);
        QCOMPARE(got.error().kind, ApiError::Kind::Http);
        QCOMPARE(got.error().httpStatus, 502);
        Answer<OwnerRecord> added;
        client()->addOwner(target, u"secondary"_s, owner, this, added.callback());
        AWAIT(added);
        QCOMPARE(added.error().httpStatus, 502);
        QVERIFY(isOwner()); // the backend did it; the proxy lost the answer
        QCOMPARE(sandbox()->ownerWrites(appId, {}, {}, owner.key()), 1);
        break;
    }
    case Knob::Redirect: {
        live.redirectRate = 1.0;
        int followed = 0;
        connect(sandbox(), &SandboxServer::requestServed, this,
            [&followed](const QString&, const QString& path, int) { followed += path.startsWith(u"/moved"_s); });
        Answer<App> got;
        client()->getApp(appId, this, got.callback());
        AWAIT(got);
        QCOMPARE(got.error().kind, ApiError::Kind::Redirect);
        QCOMPARE(got.error().httpStatus, 301);
        QCOMPARE(followed, 0);
        QCOMPARE(sandbox()->countRedirected(), 1);
        break;
    }
    case Knob::Restart: {
        // The tenant goes away while an answer waits on its latency timer, and comes back on the same port with the
        // same state and certificate: the waiting GET fails over (its connection is gone) and its retry succeeds.
        live.latencyMs = 400;
        live.port = sandbox()->port();
        Answer<App> got;
        client()->getApp(appId, this, got.callback());
        QTRY_COMPARE_WITH_TIMEOUT(sandbox()->requestCount(), 3, 5000); // sign-in, search, then this GET
        QTRY_VERIFY_WITH_TIMEOUT(sandbox()->peakDelayedAtOnce() >= 1, 5000);
        sandbox()->stop();
        QTimer::singleShot(100, this, [this] {
            sandbox()->options().latencyMs = 0;
            QVERIFY(sandbox()->start());
        });
        AWAIT_OK(got);
        QCOMPARE(got.value().id, appId);
        bool failedOver = false;
        for (int row = 0; row < log()->size(); ++row)
            failedOver = failedOver || (log()->entry(row).httpStatus == 0 && log()->entry(row).url.contains(appId));
        QVERIFY(failedOver);
        break;
    }
    case Knob::Silent: {
        // The connection goes silent without closing (a NAT or load balancer forgot it): the GET's first attempt
        // gets no answer within the client's timeout, and its retry goes out on a new connection and succeeds. Over
        // HTTP/2 that takes the client's own reset (Qt 6.4 would send every retry into the silent connection); over
        // HTTP/1.1 Qt closes the timed-out connection itself. Same outcome over both protocols.
        QVERIFY(m_tenant->reconnect([](test::TenantSetup& setup) { setup.timeoutMs = 1000; }));
        Answer<App> warm;
        client()->getApp(appId, this, warm.callback());
        AWAIT_OK(warm);
        const int connectionsBefore = sandbox()->connectionCount(SandboxProtocol(protocol));
        sandbox()->stallOpenConnections();
        QVERIFY(sandbox()->stalledConnections() >= 1);
        const int logBefore = log()->size();
        Answer<App> got;
        client()->getApp(appId, this, got.callback());
        AWAIT_OK(got);
        QCOMPARE(got.value().id, appId);
        QVERIFY(sandbox()->connectionCount(SandboxProtocol(protocol)) > connectionsBefore);
        int unanswered = 0;
        int answered = 0;
        for (int row = logBefore; row < log()->size(); ++row) {
            const RequestLogEntry& entry = log()->entry(row);
            if (!entry.url.contains(appId))
                continue;
            unanswered += entry.httpStatus == 0;
            answered += entry.httpStatus == 200;
        }
        QCOMPARE(unanswered, 1); // one timeout, then a new connection: not a timeout per retry
        QCOMPARE(answered, 1);
        break;
    }
    }
    verifyProtocol(SandboxProtocol(protocol));
}

void TestWireProtocols::maxConcurrentStreams_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("4 streams") << 4;
    QTest::newRow("1 stream") << 1;
    QTest::newRow("the default (100)") << 100;
}

// The advertised SETTINGS_MAX_CONCURRENT_STREAMS is a ceiling the client respects: 24 requests held 200 ms each
// on one connection never have more than `limit` streams open at once, and none is refused.
void TestWireProtocols::maxConcurrentStreams()
{
    QFETCH(int, limit);
    SandboxOptions options;
    options.maxConcurrentStreams = limit;
    startTls(options, SandboxProtocol::Http2);
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    QVERIFY(!firstUser().isEmpty()); // the connection is up and has the server's SETTINGS
    sandbox()->options().latencyMs = 200;
    constexpr int requests = 24;
    std::vector<std::unique_ptr<Answer<App>>> answers;
    for (int i = 0; i < requests; ++i) {
        answers.push_back(std::make_unique<Answer<App>>());
        client()->getApp(appId, this, answers.back()->callback());
    }
    for (const auto& answer : answers)
        AWAIT_OK(*answer);
    const int peak = sandbox()->peakConcurrentStreams();
    QVERIFY2(peak <= limit, qPrintable(u"peak %1, limit %2"_s.arg(peak).arg(limit)));
    QCOMPARE(peak, std::min(limit, requests)); // and reached: multiplexed up to the limit
    QCOMPARE(sandbox()->refusedStreams(), 0);
    QCOMPARE(sandbox()->connectionCount(SandboxProtocol::Http2), 1);
    verifyProtocol(SandboxProtocol::Http2);
}

// A sandbox that can speak HTTP/2 but refuses it (ALPN offers only http/1.1) is spoken to in HTTP/1.1; the knob is
// live, so a new connection after it is lifted speaks HTTP/2.
void TestWireProtocols::refuseHttp2FallsBackToHttp1()
{
    SandboxOptions options;
    options.refuseHttp2 = true;
    startTls(options, SandboxProtocol::Http2);
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    Answer<App> got;
    client()->getApp(appId, this, got.callback());
    AWAIT_OK(got);
    verifyProtocol(SandboxProtocol::Http1);

    sandbox()->options().refuseHttp2 = false;
    const int http1Requests = sandbox()->requestCount(SandboxProtocol::Http1);
    connectClient(); // a new network manager: a new connection
    Answer<App> again;
    client()->getApp(appId, this, again.callback());
    AWAIT_OK(again);
    QCOMPARE(log()->entry(log()->size() - 1).protocol, u"HTTP/2"_s);
    QCOMPARE(sandbox()->requestCount(SandboxProtocol::Http1), http1Requests);
    QVERIFY(sandbox()->requestCount(SandboxProtocol::Http2) >= 1);
}

void TestWireProtocols::abortWhileTheAnswerWaits_data()
{
    QTest::addColumn<int>("protocol");
    QTest::newRow("HTTP/2") << int(SandboxProtocol::Http2);
    QTest::newRow("HTTP/1.1") << int(SandboxProtocol::Http1);
}

// The client gives up on requests whose answers wait on the sandbox's timers (over HTTP/2 it resets their streams,
// over HTTP/1.1 it closes their connections); the answers, when their timers fire, go nowhere, and the connection
// serves the next request.
void TestWireProtocols::abortWhileTheAnswerWaits()
{
    QFETCH(int, protocol);
    startTls({}, SandboxProtocol(protocol));
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    QVERIFY(!firstUser().isEmpty());
    sandbox()->options().latencyMs = 300;
    int served = 0;
    connect(sandbox(), &SandboxServer::requestServed, this, [&served] { ++served; });
    std::vector<std::unique_ptr<Answer<App>>> answers;
    std::vector<CallHandle> handles;
    for (int i = 0; i < 4; ++i) {
        answers.push_back(std::make_unique<Answer<App>>());
        handles.push_back(client()->getApp(appId, this, answers.back()->callback()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(sandbox()->requestCount(), 2 + 4, 5000);
    for (CallHandle& handle : handles)
        handle.abort();
    for (const auto& answer : answers)
        QCOMPARE(answer->error().kind, ApiError::Kind::Canceled);
    // Over HTTP/2 the connection stays, and the timers fire into reset streams; over HTTP/1.1 they went with their
    // connections.
    if (SandboxProtocol(protocol) == SandboxProtocol::Http2)
        QTRY_COMPARE_WITH_TIMEOUT(served, 4, 5000);
    sandbox()->options().latencyMs = 0;
    Answer<App> next;
    client()->getApp(appId, this, next.callback());
    AWAIT_OK(next);
    verifyProtocol(SandboxProtocol(protocol));
}

// Cleartext HTTP/2 with prior knowledge (ClientConfig::http2PriorKnowledge, TokenSource::setHttp2PriorKnowledge)
// against a sandbox that allows it; the same port still serves HTTP/1.1 to a client that does not ask.
void TestWireProtocols::priorKnowledgeCleartext()
{
    SandboxOptions options;
    options.http2 = SandboxHttp2::PriorKnowledge;
    test::TenantSetup setup;
    setup.sandbox = options;
    setup.retry = quickRetry();
    setup.timeoutMs = 10000;
    setup.http2PriorKnowledge = true;
    m_tenant = std::make_unique<test::TestTenant>();
    QVERIFY2(m_tenant->start(setup), qPrintable(m_tenant->errorString()));
    const QString appId = sandbox()->appIds().first();
    std::vector<std::unique_ptr<Answer<App>>> answers;
    for (int i = 0; i < 8; ++i) {
        answers.push_back(std::make_unique<Answer<App>>());
        client()->getApp(appId, this, answers.back()->callback());
    }
    for (const auto& answer : answers)
        AWAIT_OK(*answer);
    int calls = 0; // the API calls (the sign-in is logged too, without a protocol)
    for (int row = 0; row < log()->size(); ++row) {
        if (isSignIn(log()->entry(row)))
            continue;
        ++calls;
        QCOMPARE(log()->entry(row).protocol, u"HTTP/2"_s);
    }
    QCOMPARE(calls, 8);
    QCOMPARE(sandbox()->requestCount(SandboxProtocol::Http2), 9); // the token request too
    QCOMPARE(sandbox()->requestCount(SandboxProtocol::Http1), 0);
    QCOMPARE(sandbox()->connectionCount(SandboxProtocol::Http2), 1);

    // A client that does not ask for HTTP/2 is served HTTP/1.1 on the same port.
    connectClient(false);
    Answer<App> plain;
    client()->getApp(appId, this, plain.callback());
    AWAIT_OK(plain);
    int firstCall = 0;
    while (firstCall < log()->size() && isSignIn(log()->entry(firstCall)))
        ++firstCall;
    QVERIFY(firstCall < log()->size());
    QCOMPARE(log()->entry(firstCall).protocol, u"HTTP/1.1"_s);
    QVERIFY(sandbox()->requestCount(SandboxProtocol::Http1) >= 1);
}

void TestWireProtocols::nagleIsOffOnTheClientsConnections_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("secondClient");
    for (const SandboxProtocol protocol : { SandboxProtocol::Http2, SandboxProtocol::Http1 }) {
        QTest::addRow("%s", protocolName(protocol)) << int(protocol) << false;
        QTest::addRow("%s, a new session", protocolName(protocol)) << int(protocol) << true;
    }
}

// Qt 6.4 leaves Nagle on, and over HTTP/2 it writes a POST's HEADERS and DATA frames separately: the DATA waited for
// the sandbox's delayed ACK, 40 ms per write. The client turns it off on every connection it opens to the tenant,
// including the connection of a new session (its own network manager).
void TestWireProtocols::nagleIsOffOnTheClientsConnections()
{
#if !defined(Q_OS_LINUX)
    QSKIP("the test reads the process's sockets from /proc/self/fd");
#else
    QFETCH(int, protocol);
    QFETCH(bool, secondClient);
    startTls({}, SandboxProtocol(protocol));
    if (QTest::currentTestFailed())
        return;
    const QString userId = firstUser();
    QVERIFY(!userId.isEmpty());
    if (secondClient) {
        connectClient(); // a new session: its own network manager, a new connection
        QVERIFY(!firstUser().isEmpty());
    }
    Answer<OwnerRecord> added;
    client()->addOwner(
        OwnerTarget::app(sandbox()->appIds().first()), u"secondary"_s, OwnerRef::user(userId), this, added.callback());
    AWAIT_OK(added);
    const auto [sockets, noDelay] = socketsTowards(sandbox()->port());
    QVERIFY(sockets >= 1);
    QCOMPARE(noDelay, sockets);
    verifyProtocol(SandboxProtocol(protocol));
#endif
}

QTEST_GUILESS_MAIN(TestWireProtocols)
#include "tst_wireprotocols.moc"

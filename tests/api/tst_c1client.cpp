#include "api/C1Client.h"
#include "api/Paging.h"
#include "api/RequestLog.h"
#include "support/Answer.h"

#include "api/FakeHttpServer.h"
#include "api/TestBearer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace c1;
using c1::test::FakeHttpServer;
using c1::test::TestBearer;
using Response = FakeHttpServer::Response;

namespace {

const QString kApp = u"2AppAppAppAppAppAppAppAppAp"_s;
const QString kType = u"2TypeTypeTypeTypeTypeTypeTy"_s;
const QString kRes = u"2ResResResResResResResResRe"_s;
const QString kUser = u"2UserUserUserUserUserUserUs"_s;
const QString kEnt = u"2EntEntEntEntEntEntEntEntEn"_s;

QByteArray appJson(const QString& id, const QString& name)
{
    return QJsonDocument(QJsonObject { { "app"_L1, QJsonObject { { "id"_L1, id }, { "displayName"_L1, name } } } })
        .toJson(QJsonDocument::Compact);
}

// Collects the one answer of a call.
using test::Answer;

} // namespace

class TestC1Client : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void getAppSendsBearerAndParses();
    void invalidIdRefusedBeforeSending();
    void introspect();
    void timeout();
    void brokenJson();
    void wrongShape();
    void truncatedBody();
    void droppedConnectionGetRetried();
    void droppedConnectionPostNotRetried();
    void rpcStatusError();
    void requestIdFromHeader();
    void redirectNotFollowed();
    void tooManyRequestsThenSuccess();
    void serviceUnavailablePostNotRetried();
    void unauthorizedRefreshesOnce();
    void unauthorizedTwiceFails();
    void tokenFailure();
    void tokenTransientFailureAskedAgain_data();
    void tokenTransientFailureAskedAgain();
    void abortAnswersCanceledOnce();
    void abortDuringRetryWait();
    void contextDestroyedNoCallback();
    void clientDestroyedCancels();
    void inFlightCounts();
    void deleteSendsBodyAnd404IsSuccess();
    void ownerPathsAndBodies_data();
    void ownerPathsAndBodies();
    void listOwnersParsesAndFilters();
    void replaceOwnersBody();
    void searchBodies();
    void listUnwrapsViews();
    void getResourceAndUser();
    void createResourceValidates();
    void segmentsPercentEncoded();
    void baseUrlWithPath();
    void tenantUrlCheck_data();
    void tenantUrlCheck();
    void pageStreamToTheEnd();
    void pageStreamRepeatedToken();
    void requestLogRecordsAttempts();

private:
    C1Client* makeClient(std::function<void(ClientConfig&)> tweak = {});

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TestBearer> m_bearer;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<C1Client> m_client;
};

void TestC1Client::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_bearer = std::make_unique<TestBearer>(QStringList { u"tok-1"_s, u"tok-2"_s, u"tok-3"_s });
    m_log = std::make_unique<RequestLog>();
}

void TestC1Client::cleanup()
{
    m_client.reset();
    m_log.reset();
    m_bearer.reset();
    m_network.reset();
    m_server.reset();
}

C1Client* TestC1Client::makeClient(std::function<void(ClientConfig&)> tweak)
{
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.timeoutMs = 5000;
    config.retry.baseDelayMs = 5;
    config.retry.maxDelayMs = 20;
    if (tweak)
        tweak(config);
    m_client = std::make_unique<C1Client>(m_network.get(), m_bearer.get(), config, m_log.get());
    return m_client.get();
}

void TestC1Client::getAppSendsBearerAndParses()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(200, appJson(kApp, u"Payroll"_s)));
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QVERIFY(!answer.done()); // never synchronous
    QTRY_VERIFY(answer.done());
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().displayName, u"Payroll"_s);
    QCOMPARE(m_server->requests().size(), 1);
    const auto& request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path(), u"/api/v1/apps/"_s + kApp);
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer tok-1"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(answer.calls, 1);
}

void TestC1Client::invalidIdRefusedBeforeSending()
{
    C1Client* client = makeClient();
    Answer<App> answer;
    client->getApp(u"../../etc/passwd"_s, this, answer.callback());
    QVERIFY(!answer.done());
    QTRY_VERIFY(answer.done());
    QCOMPARE(answer.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY(answer.error().userMessage().contains(u"app"_s));
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_bearer->requests, 0);
    QCOMPARE(m_log->size(), 0);
}

void TestC1Client::introspect()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(
        200, R"({"userId":"u1","tenantId":"t1","roles":["ROLE_ADMIN"],"permissions":null,"features":["x"]})"));
    Answer<Introspection> answer;
    client->introspect(this, answer.callback());
    QTRY_VERIFY(answer.done());
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().userId, u"u1"_s);
    QCOMPARE(answer.result->value().roles, QStringList { u"ROLE_ADMIN"_s });
    QCOMPARE(m_server->requests().first().path(), u"/api/v1/auth/introspect"_s);
}

void TestC1Client::timeout()
{
    C1Client* client = makeClient([](ClientConfig& c) {
        c.timeoutMs = 300;
        c.retry.maxAttempts = 2;
    });
    Response hang;
    hang.mode = Response::Mode::Hang;
    m_server->enqueue(hang);
    m_server->enqueue(hang);
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.done(), 10000);
    QCOMPARE(answer.error().kind, ApiError::Kind::Timeout);
    QVERIFY(answer.error().isAmbiguous());
    QCOMPARE(m_server->requests().size(), 2); // a GET is retried once more
}

void TestC1Client::brokenJson()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(200, R"({"app": {"id": "x", )"));
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(answer.error().kind, ApiError::Kind::BadJson);
    QVERIFY2(answer.error().detail.contains(u"{\"app\""_s), qPrintable(answer.error().detail));
    QCOMPARE(m_server->requests().size(), 1); // a 2xx is never retried
}

void TestC1Client::wrongShape()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(200, R"({"application":{"id":"x"}})"));
    m_server->enqueue(Response::json(200, R"([1,2,3])"));
    m_server->enqueue(Response::json(200, R"({"list":{"not":"an array"}})"));
    Answer<App> missing, array;
    Answer<Page<App>> list;
    client->getApp(kApp, this, missing.callback());
    QTRY_VERIFY(missing.done());
    QCOMPARE(missing.error().kind, ApiError::Kind::BadJson);
    QVERIFY(missing.error().detail.contains(u"application"_s));
    client->getApp(kApp, this, array.callback());
    QTRY_VERIFY(array.done());
    QCOMPARE(array.error().kind, ApiError::Kind::BadJson);
    client->listApps({}, 0, this, list.callback());
    QTRY_VERIFY(list.done());
    QCOMPARE(list.error().kind, ApiError::Kind::BadJson);
}

void TestC1Client::truncatedBody()
{
    C1Client* client = makeClient([](ClientConfig& c) { c.retry.maxAttempts = 1; });
    Response truncated = Response::json(200, appJson(kApp, u"x"_s.repeated(200)));
    truncated.mode = Response::Mode::Truncate;
    m_server->enqueue(truncated);
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(answer.error().kind, ApiError::Kind::Transport);
    QVERIFY(answer.error().isAmbiguous());
}

void TestC1Client::droppedConnectionGetRetried()
{
    C1Client* client = makeClient();
    Response drop;
    drop.mode = Response::Mode::Drop;
    m_server->enqueue(drop);
    m_server->enqueue(drop);
    m_server->enqueue(Response::json(200, appJson(kApp, u"Back"_s)));
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QVERIFY2(answer.result->ok(), qPrintable(answer.error().fullDetail()));
    QCOMPARE(answer.result->value().displayName, u"Back"_s);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestC1Client::droppedConnectionPostNotRetried()
{
    C1Client* client = makeClient();
    Response drop;
    drop.mode = Response::Mode::Drop;
    m_server->enqueue(drop);
    m_server->enqueue(Response::json(200, appJson(kApp, u"Twice"_s)));
    CreateAppRequest create;
    create.displayName = u"Once"_s;
    Answer<App> answer;
    client->createApp(create, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(answer.error().kind, ApiError::Kind::Transport);
    QVERIFY(answer.error().isAmbiguous()); // the caller must check whether it happened
    QCOMPARE(answer.error().message, u"the connection closed before the tenant answered"_s); // not "Unknown error"
    QCOMPARE(m_server->requests().size(), 1);
}

void TestC1Client::rpcStatusError()
{
    C1Client* client = makeClient();
    for (int i = 0; i < 6; ++i)
        m_server->enqueue(
            Response::json(500, R"json({"code":13,"message":"boom (request-id: 2f00d)","details":[]})json"));
    CreateAppRequest create;
    create.displayName = u"App"_s;
    Answer<App> post;
    client->createApp(create, this, post.callback());
    QTRY_VERIFY(post.done());
    const ApiError e = post.error();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, 500);
    QCOMPARE(e.grpcCode, 13);
    QCOMPARE(e.requestId, u"2f00d"_s);
    QVERIFY(e.message.contains(u"boom"_s));
    QVERIFY(e.userMessage().contains(u"2f00d"_s));
    QCOMPARE(m_server->requests().size(), 1); // POST: never re-sent on a 500

    Answer<App> get;
    client->getApp(kApp, this, get.callback());
    QTRY_VERIFY(get.done());
    QCOMPARE(get.error().httpStatus, 500);
    QCOMPARE(m_server->requests().size(), 6); // GET: 5 attempts in all (RetryPolicy::maxAttempts)
    QCOMPARE(m_server->pending(), 0);
}

void TestC1Client::requestIdFromHeader()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(404, R"({"code":5,"message":"not found"})").header("X-Request-Id", "hdr-42"));
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(answer.error().httpStatus, 404);
    QCOMPARE(answer.error().grpcCode, 5);
    QCOMPARE(answer.error().requestId, u"hdr-42"_s);
    QCOMPARE(m_log->entry(0).requestId, u"hdr-42"_s);
}

void TestC1Client::redirectNotFollowed()
{
    C1Client* client = makeClient();
    const QByteArray evil = "http://evil.example/steal";
    Response redirect;
    redirect.status = 301;
    redirect.header("Location", evil);
    m_server->enqueue(redirect);
    Answer<Page<App>> answer;
    client->listApps({}, 0, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(answer.error().kind, ApiError::Kind::Redirect);
    QCOMPARE(answer.error().httpStatus, 301);
    QVERIFY(answer.error().message.contains(QString::fromLatin1(evil)));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestC1Client::tooManyRequestsThenSuccess()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(429, R"({"code":8,"message":"slow down"})").header("Retry-After", "0"));
    m_server->enqueue(Response::json(429, R"({"code":8,"message":"slow down"})")); // no header: backoff
    m_server->enqueue(Response::json(200, appJson(kApp, u"Created"_s)));
    CreateAppRequest create;
    create.displayName = u"Created"_s;
    Answer<App> answer;
    client->createApp(create, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QVERIFY2(answer.result->ok(), qPrintable(answer.error().fullDetail()));
    QCOMPARE(m_server->requests().size(), 3); // a POST refused with 429 is safe to re-send
    for (const auto& request : m_server->requests())
        QCOMPARE(request.body, QByteArray(R"({"displayName":"Created"})"));
}

void TestC1Client::serviceUnavailablePostNotRetried()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(503, R"({"code":14,"message":"unavailable"})").header("Retry-After", "0"));
    m_server->enqueue(Response::json(200, appJson(kApp, u"x"_s)));
    CreateAppRequest create;
    create.displayName = u"x"_s;
    Answer<App> answer;
    client->createApp(create, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(answer.error().httpStatus, 503);
    QCOMPARE(answer.error().retryAfterMs, 0);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestC1Client::unauthorizedRefreshesOnce()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(401, R"({"code":16,"message":"token expired"})"));
    m_server->enqueue(Response::json(200, appJson(kApp, u"Fresh"_s)));
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QVERIFY(answer.result->ok());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).header("Authorization"), QByteArray("Bearer tok-1"));
    QCOMPARE(m_server->requests().at(1).header("Authorization"), QByteArray("Bearer tok-2"));
    QCOMPARE(m_bearer->invalidated, QStringList { u"tok-1"_s });
}

void TestC1Client::unauthorizedTwiceFails()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(401, R"({"code":16,"message":"no"})"));
    m_server->enqueue(Response::json(401, R"({"code":16,"message":"still no"})"));
    m_server->enqueue(Response::json(200, appJson(kApp, u"never"_s)));
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(answer.error().httpStatus, 401);
    QCOMPARE(answer.error().message, u"still no"_s);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_bearer->invalidated.size(), 1);
}

void TestC1Client::tokenFailure()
{
    C1Client* client = makeClient();
    m_bearer->failure.kind = ApiError::Kind::Auth;
    m_bearer->failure.message = u"invalid_client"_s;
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(answer.error().kind, ApiError::Kind::Auth);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_bearer->requests, 1); // refused credentials are final
    QCOMPARE(client->inFlight(), 0);
}

void TestC1Client::tokenTransientFailureAskedAgain_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failTimes");
    QTest::addColumn<int>("tokenRequests");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("dropped twice") << int(ApiError::Kind::Transport) << 0 << 2 << 3 << true;
    QTest::newRow("timed out once") << int(ApiError::Kind::Timeout) << 0 << 1 << 2 << true;
    QTest::newRow("502 once") << int(ApiError::Kind::Http) << 502 << 1 << 2 << true;
    QTest::newRow("429 once") << int(ApiError::Kind::Http) << 429 << 1 << 2 << true;
    QTest::newRow("404 is final") << int(ApiError::Kind::Http) << 404 << 1 << 1 << false;
    QTest::newRow("TLS is final") << int(ApiError::Kind::Tls) << 0 << 1 << 1 << false;
    QTest::newRow("bad answer is final") << int(ApiError::Kind::BadJson) << 200 << 1 << 1 << false;
    QTest::newRow("always dropped: maxAttempts") << int(ApiError::Kind::Transport) << 0 << -1 << 3 << false;
}

void TestC1Client::tokenTransientFailureAskedAgain()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, failTimes);
    QFETCH(int, tokenRequests);
    QFETCH(bool, succeeds);
    C1Client* client = makeClient([](ClientConfig& c) {
        c.retry.maxAttempts = 3;
        c.retry.baseDelayMs = 5;
        c.retry.maxDelayMs = 10;
    });
    m_bearer->failure.kind = ApiError::Kind(kind);
    m_bearer->failure.httpStatus = status;
    m_bearer->failure.message = u"sign-in failed"_s;
    m_bearer->failTimes = failTimes;
    if (succeeds)
        m_server->enqueue(Response::json(200, R"({"app":{"id":"2Ab3Cd4Ef5Gh6Ij7Kl8Mn9Op0Qr","displayName":"A"}})"));
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(m_bearer->requests, tokenRequests);
    QCOMPARE(answer.result->ok(), succeeds);
    QCOMPARE(m_server->requests().size(), succeeds ? 1 : 0);
    if (!succeeds)
        QCOMPARE(int(answer.error().kind), kind);
    QCOMPARE(client->inFlight(), 0);
}

void TestC1Client::abortAnswersCanceledOnce()
{
    C1Client* client = makeClient();
    Response hang;
    hang.mode = Response::Mode::Hang;
    m_server->enqueue(hang);
    Answer<App> answer;
    CallHandle handle = client->getApp(kApp, this, answer.callback());
    QVERIFY(handle.isRunning());
    QTRY_COMPARE(m_server->requests().size(), 1);
    handle.abort();
    QCOMPARE(answer.calls, 1);
    QCOMPARE(answer.error().kind, ApiError::Kind::Canceled);
    handle.abort(); // no-op
    QCOMPARE(answer.calls, 1);
    QTRY_VERIFY(!handle.isRunning());
    QCOMPARE(client->inFlight(), 0);
}

void TestC1Client::abortDuringRetryWait()
{
    C1Client* client = makeClient([](ClientConfig& c) {
        c.retry.baseDelayMs = 60000;
        c.retry.maxDelayMs = 60000;
    });
    m_server->enqueue(Response::json(503, R"({"code":14,"message":"later"})"));
    Answer<App> answer;
    CallHandle handle = client->getApp(kApp, this, answer.callback());
    QTRY_COMPARE(m_log->size(), 1); // the first attempt failed; a retry is scheduled a minute away
    QVERIFY(!answer.done());
    handle.abort();
    QCOMPARE(answer.error().kind, ApiError::Kind::Canceled);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestC1Client::contextDestroyedNoCallback()
{
    C1Client* client = makeClient();
    Response slow = Response::json(200, appJson(kApp, u"late"_s));
    slow.delayMs = 100;
    m_server->enqueue(slow);
    auto context = std::make_unique<QObject>();
    int calls = 0;
    client->getApp(kApp, context.get(), [&calls](Result<App>) { ++calls; });
    QTRY_COMPARE(m_server->requests().size(), 1);
    context.reset();
    QTRY_COMPARE(client->inFlight(), 0); // the call was abandoned …
    QCOMPARE(calls, 0); // … without a callback
}

void TestC1Client::clientDestroyedCancels()
{
    C1Client* client = makeClient();
    Response hang;
    hang.mode = Response::Mode::Hang;
    m_server->enqueue(hang);
    Answer<App> answer;
    CallHandle handle = client->getApp(kApp, this, answer.callback());
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_client.reset();
    QCOMPARE(answer.calls, 1);
    QCOMPARE(answer.error().kind, ApiError::Kind::Canceled);
    QVERIFY(!handle.isRunning());
}

void TestC1Client::inFlightCounts()
{
    C1Client* client = makeClient();
    QSignalSpy spy(client, &C1Client::inFlightChanged);
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(Response::json(200, appJson(kApp, u"n"_s)));
    Answer<App> a, b, c;
    client->getApp(kApp, this, a.callback());
    client->getApp(kApp, this, b.callback());
    client->getApp(kApp, this, c.callback());
    QCOMPARE(client->inFlight(), 3);
    QTRY_VERIFY(a.done() && b.done() && c.done());
    QCOMPARE(client->inFlight(), 0);
    QCOMPARE(spy.count(), 6);
    QCOMPARE(spy.last().first().toInt(), 0);
}

void TestC1Client::deleteSendsBodyAnd404IsSuccess()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(404, R"({"code":5,"message":"not found"})"));
    Answer<Empty> answer;
    client->deleteResource(kApp, kType, kRes, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QVERIFY(answer.result->ok());
    const auto& request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.body, QByteArray("{}"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.path(), u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(kApp, kType, kRes));
}

void TestC1Client::ownerPathsAndBodies_data()
{
    QTest::addColumn<bool>("resource");
    QTest::addColumn<bool>("user");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("responseKey");
    const QString appBase = u"/api/v2/apps/"_s + kApp + u"/owners"_s;
    const QString resBase = u"/api/v2/apps/%1/resource_types/%2/resources/%3/owners"_s.arg(kApp, kType, kRes);
    const QByteArray userBody = R"({"userRef":{"id":")" + kUser.toLatin1() + R"("}})";
    const QByteArray entBody
        = R"({"appEntitlementRef":{"appId":")" + kApp.toLatin1() + R"(","id":")" + kEnt.toLatin1() + R"("}})";
    QTest::newRow("app user") << false << true << appBase + u"/users/primary/"_s + kUser << userBody
                              << QByteArray("appOwnerUser");
    QTest::newRow("app entitlement") << false << false << appBase + u"/entitlements/primary/%1/%2"_s.arg(kApp, kEnt)
                                     << entBody << QByteArray("appOwnerEntitlement");
    QTest::newRow("resource user") << true << true << resBase + u"/users/primary/"_s + kUser << userBody
                                   << QByteArray("appResourceOwnerUser");
    QTest::newRow("resource entitlement") << true << false << resBase + u"/entitlements/primary/%1/%2"_s.arg(kApp, kEnt)
                                          << entBody << QByteArray("appResourceOwnerEntitlement");
}

void TestC1Client::ownerPathsAndBodies()
{
    QFETCH(bool, resource);
    QFETCH(bool, user);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, responseKey);
    C1Client* client = makeClient();
    const OwnerTarget target = resource ? OwnerTarget::resource(kApp, kType, kRes) : OwnerTarget::app(kApp);
    const OwnerRef ref = user ? OwnerRef::user(kUser) : OwnerRef::ofEntitlement(kApp, kEnt);
    const QByteArray inner = user ? QByteArray(R"({"roleSlug":"primary","user":{"id":")" + kUser.toLatin1() + R"("}})")
                                  : QByteArray(R"({"roleSlug":"primary","appEntitlement":{"appId":")" + kApp.toLatin1()
                                      + R"(","id":")" + kEnt.toLatin1() + R"("}})");
    m_server->enqueue(Response::json(200, "{\"" + responseKey + "\":" + inner + "}"));
    m_server->enqueue(Response::json(200, "{\"" + responseKey + "\":" + inner + "}"));
    m_server->enqueue(Response::json(200, "{}"));

    Answer<OwnerRecord> added, got;
    Answer<Empty> removed;
    client->addOwner(target, u"primary"_s, ref, this, added.callback());
    QTRY_VERIFY(added.done());
    QVERIFY2(added.result->ok(), qPrintable(added.error().fullDetail()));
    QCOMPARE(added.result->value().ref.key(), ref.key());
    QCOMPARE(added.result->value().target.key(), target.key());
    QCOMPARE(added.result->value().roleSlug, u"primary"_s);
    client->getOwner(target, u"primary"_s, ref, this, got.callback());
    QTRY_VERIFY(got.done());
    QVERIFY(got.result->ok());
    client->removeOwner(target, u"primary"_s, ref, this, removed.callback());
    QTRY_VERIFY(removed.done());
    QVERIFY(removed.result->ok());

    const auto& requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].method, QByteArray("POST"));
    QCOMPARE(requests[1].method, QByteArray("GET"));
    QCOMPARE(requests[2].method, QByteArray("DELETE"));
    for (const auto& request : requests)
        QCOMPARE(request.path(), path);
    QCOMPARE(requests[0].body, body);
    QCOMPARE(requests[2].body, body);

    // A bad role or ID never leaves the machine.
    Answer<OwnerRecord> badRole, badRef;
    client->addOwner(target, u" "_s, ref, this, badRole.callback());
    client->addOwner(target, u"primary"_s, OwnerRef::user(u"short"_s), this, badRef.callback());
    QTRY_VERIFY(badRole.done() && badRef.done());
    QCOMPARE(badRole.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(badRef.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestC1Client::listOwnersParsesAndFilters()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(200,
        R"({"list":[{"appId":")" + kApp.toLatin1() + R"(","roleSlug":"primary","user":{"id":")" + kUser.toLatin1()
            + R"(","displayName":"Ada"}},null],"nextPageToken":"p2"})"));
    Answer<Page<OwnerRecord>> answer;
    client->listOwners(OwnerTarget::app(kApp), OwnerKind::User, u"primary"_s, u"tok/1"_s, 50, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().items.size(), 1);
    QCOMPARE(answer.result->value().items.first().displayName(), u"Ada"_s);
    QCOMPARE(answer.result->value().nextPageToken, u"p2"_s);
    const QByteArray target = m_server->requests().first().target;
    QVERIFY2(target.startsWith(QByteArray("/api/v2/apps/" + kApp.toLatin1() + "/owners/users?")), target.constData());
    QVERIFY2(target.contains("page_size=50"), target.constData());
    QVERIFY2(target.contains("page_token=tok%2F1"), target.constData());
    QVERIFY2(target.contains("role_slug=primary"), target.constData());
}

void TestC1Client::replaceOwnersBody()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(200, "{}"));
    Answer<Empty> answer;
    client->replaceOwners(OwnerTarget::resource(kApp, kType, kRes), u"primary"_s, { kUser },
        { EntitlementRef { kApp, kEnt } }, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QVERIFY(answer.result->ok());
    const auto& request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.path(), u"/api/v2/apps/%1/resource_types/%2/resources/%3/owners"_s.arg(kApp, kType, kRes));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("roleSlug"_L1).toString(), u"primary"_s);
    QCOMPARE(body.value("userRefs"_L1).toArray().first().toObject().value("id"_L1).toString(), kUser);
    QCOMPARE(body.value("appEntitlementRefs"_L1).toArray().first().toObject().value("appId"_L1).toString(), kApp);
}

void TestC1Client::searchBodies()
{
    C1Client* client = makeClient();
    for (int i = 0; i < 4; ++i)
        m_server->enqueue(Response::json(200, R"({"list":[],"nextPageToken":""})"));
    Answer<Page<App>> apps;
    Answer<Page<AppResource>> resources;
    Answer<Page<AppEntitlement>> entitlements;
    Answer<Page<User>> users;
    client->searchApps(AppSearch { u"pay"_s, {}, {} }, {}, 0, this, apps.callback());
    client->searchResources(ResourceSearch { {}, { kApp }, {}, {} }, u"t2"_s, 100, this, resources.callback());
    client->searchEntitlements(
        EntitlementSearch { {}, {}, { EntitlementRef { kApp, kEnt } } }, {}, 10, this, entitlements.callback());
    client->searchUsers(
        UserSearch { {}, u"ada@example.com"_s, { kUser }, { u"ENABLED"_s } }, {}, 0, this, users.callback());
    QTRY_VERIFY(apps.done() && resources.done() && entitlements.done() && users.done());
    QHash<QString, QByteArray> bodies;
    for (const auto& request : m_server->requests()) {
        QCOMPARE(request.method, QByteArray("POST"));
        bodies.insert(request.path(), request.body);
    }
    QCOMPARE(bodies.value(u"/api/v1/search/apps"_s), QByteArray(R"({"query":"pay"})"));
    QCOMPARE(bodies.value(u"/api/v1/search/app_resources"_s),
        QByteArray(R"({"appIds":[")" + kApp.toLatin1() + R"("],"pageSize":100,"pageToken":"t2"})"));
    QCOMPARE(bodies.value(u"/api/v1/search/entitlements"_s),
        QByteArray(
            R"({"pageSize":10,"refs":[{"appId":")" + kApp.toLatin1() + R"(","id":")" + kEnt.toLatin1() + R"("}]})"));
    QCOMPARE(bodies.value(u"/api/v1/search/users"_s),
        QByteArray(
            R"({"email":"ada@example.com","refs":[{"id":")" + kUser.toLatin1() + R"("}],"userStatuses":["ENABLED"]})"));
}

void TestC1Client::listUnwrapsViews()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(200,
        R"({"list":[{"appResourceType":{"id":"t1","displayName":"Group"},"appPath":""},{"appResourceType":null}],
            "nextPageToken":null})"));
    m_server->enqueue(Response::json(200, R"({"list":[{"appResource":{"id":"r1","grantCount":"12"}}]})"));
    m_server->enqueue(Response::json(200, R"({"list":[{"appEntitlement":{"id":"e1","slug":"member"}}]})"));
    m_server->enqueue(Response::json(200, R"({"list":[{"user":{"id":"u1","status":"DISABLED"}}]})"));
    m_server->enqueue(Response::json(200, R"({"list":[{"id":"a1"},{"id":"a2"}],"nextPageToken":"n"})"));
    Answer<Page<AppResourceType>> types;
    Answer<Page<AppResource>> resources;
    Answer<Page<AppEntitlement>> entitlements;
    Answer<Page<User>> users;
    Answer<Page<App>> apps;
    client->listResourceTypes(kApp, {}, 0, this, types.callback());
    QTRY_VERIFY(types.done());
    client->listResources(kApp, kType, {}, 0, this, resources.callback());
    QTRY_VERIFY(resources.done());
    client->listEntitlements(kApp, {}, 0, this, entitlements.callback());
    QTRY_VERIFY(entitlements.done());
    client->searchUsers({}, {}, 0, this, users.callback());
    QTRY_VERIFY(users.done());
    client->listApps({}, 25, this, apps.callback());
    QTRY_VERIFY(apps.done());
    QCOMPARE(types.result->value().items.size(), 1);
    QCOMPARE(types.result->value().items.first().displayName, u"Group"_s);
    QVERIFY(types.result->value().nextPageToken.isEmpty());
    QCOMPARE(resources.result->value().items.first().grantCount, 12);
    QCOMPARE(entitlements.result->value().items.first().slug, u"member"_s);
    QVERIFY(!users.result->value().items.first().isEnabled());
    QCOMPARE(apps.result->value().items.size(), 2);
    QCOMPARE(apps.result->value().nextPageToken, u"n"_s);
    QCOMPARE(m_server->requests().at(1).path(), u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(kApp, kType));
    QCOMPARE(m_server->requests().at(2).path(), u"/api/v1/apps/%1/entitlements"_s.arg(kApp));
    QCOMPARE(m_server->requests().at(4).target, QByteArray("/api/v1/apps?page_size=25"));
}

void TestC1Client::getResourceAndUser()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(200, R"({"appResourceView":{"appResource":{"id":"r1","displayName":"db"}}})"));
    m_server->enqueue(Response::json(200, R"({"userView":{"user":{"id":"u1","email":"a@b"}},"expanded":[]})"));
    m_server->enqueue(Response::json(200, R"({"appResourceView":null})"));
    Answer<AppResource> resource, missing;
    Answer<User> user;
    client->getResource(kApp, kType, kRes, this, resource.callback());
    QTRY_VERIFY(resource.done());
    client->getUser(kUser, this, user.callback());
    QTRY_VERIFY(user.done());
    client->getResource(kApp, kType, kRes, this, missing.callback());
    QTRY_VERIFY(missing.done());
    QCOMPARE(resource.result->value().displayName, u"db"_s);
    QCOMPARE(user.result->value().email, u"a@b"_s);
    QCOMPARE(missing.error().kind, ApiError::Kind::BadJson);
    QCOMPARE(m_server->requests().at(1).path(), u"/api/v1/users/"_s + kUser);
}

void TestC1Client::createResourceValidates()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(200, R"({"appResource":{"id":"r9","displayName":"new"}})"));
    CreateResourceRequest ok;
    ok.displayName = u"new"_s;
    ok.resourceOwnerUserIds = { kUser };
    Answer<AppResource> created;
    client->createResource(kApp, kType, ok, this, created.callback());
    QTRY_VERIFY(created.done());
    QCOMPARE(created.result->value().id, u"r9"_s);
    QCOMPARE(m_server->requests().first().body,
        QByteArray(R"({"displayName":"new","resourceOwnerUserIds":[")" + kUser.toLatin1() + R"("]})"));

    CreateResourceRequest noName, badAnnotation, badOwner;
    badAnnotation.displayName = badOwner.displayName = u"x"_s;
    badAnnotation.annotations = { { u"c1/reserved"_s, u"v"_s } };
    badOwner.resourceOwnerUserIds = { u"nope"_s };
    Answer<AppResource> a, b, c;
    client->createResource(kApp, kType, noName, this, a.callback());
    client->createResource(kApp, kType, badAnnotation, this, b.callback());
    client->createResource(kApp, kType, badOwner, this, c.callback());
    QTRY_VERIFY(a.done() && b.done() && c.done());
    QCOMPARE(a.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY(b.error().message.contains(u"c1/"_s));
    QCOMPARE(c.error().kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestC1Client::segmentsPercentEncoded()
{
    C1Client* client = makeClient();
    m_server->enqueue(Response::json(200, "{}"));
    Answer<Empty> answer;
    client->removeOwner(OwnerTarget::app(kApp), u"a/b c?"_s, OwnerRef::user(kUser), this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(m_server->requests().first().target,
        "/api/v2/apps/" + kApp.toLatin1() + "/owners/users/a%2Fb%20c%3F/" + kUser.toLatin1());
}

void TestC1Client::baseUrlWithPath()
{
    C1Client* client = makeClient([this](ClientConfig& c) {
        c.baseUrl = m_server->baseUrl();
        c.baseUrl.setPath(u"/tenant/"_s);
    });
    m_server->enqueue(Response::json(200, appJson(kApp, u"x"_s)));
    Answer<App> answer;
    client->getApp(kApp, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(m_server->requests().first().path(), u"/tenant/api/v1/apps/"_s + kApp);
}

void TestC1Client::tenantUrlCheck_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("tenant");
    const QUrl base(u"https://acme.conductor.one"_s);
    QTest::newRow("same") << base << QUrl(u"https://acme.conductor.one/api/v1/apps"_s) << true;
    QTest::newRow("explicit default port") << base << QUrl(u"https://acme.conductor.one:443/x"_s) << true;
    QTest::newRow("host case") << base << QUrl(u"https://ACME.conductor.one/x"_s) << true;
    QTest::newRow("other host") << base << QUrl(u"https://evil.example/x"_s) << false;
    QTest::newRow("suffix trick") << base << QUrl(u"https://acme.conductor.one.evil.example/x"_s) << false;
    QTest::newRow("other port") << base << QUrl(u"https://acme.conductor.one:8443/x"_s) << false;
    QTest::newRow("plain http") << base << QUrl(u"http://acme.conductor.one/x"_s) << false;
    QTest::newRow("loopback with port") << QUrl(u"http://127.0.0.1:8080"_s) << QUrl(u"http://127.0.0.1:8080/a"_s)
                                        << true;
    QTest::newRow("loopback other port") << QUrl(u"http://127.0.0.1:8080"_s) << QUrl(u"http://127.0.0.1:8081/a"_s)
                                         << false;
}

void TestC1Client::tenantUrlCheck()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, url);
    QFETCH(bool, tenant);
    QNetworkAccessManager network;
    ClientConfig config;
    config.baseUrl = base;
    C1Client client(&network, static_cast<BearerProvider*>(nullptr), config);
    QCOMPARE(client.isTenantUrl(url), tenant);
}

void TestC1Client::pageStreamToTheEnd()
{
    C1Client* client = makeClient();
    m_server->setFallback([](const FakeHttpServer::Request& request) {
        // 1,050 apps in pages of 100: page_token is the offset.
        const QUrlQuery query(QUrl(QString::fromLatin1(request.target)).query());
        const int offset = query.queryItemValue(u"page_token"_s).toInt();
        QJsonArray list;
        for (int i = offset; i < std::min(offset + 100, 1050); ++i)
            list.append(QJsonObject { { "id"_L1, QString::number(i) } });
        QJsonObject body { { "list"_L1, list } };
        if (offset + 100 < 1050)
            body.insert("nextPageToken"_L1, QString::number(offset + 100));
        return Response::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
    QStringList ids;
    std::optional<ApiError> done;
    PageStream<App>::start(
        [client](const QString& token, QObject* context, C1Client::Callback<Page<App>> callback) {
            return client->listApps(token, 100, context, std::move(callback));
        },
        this,
        [&ids](QList<App> rows) {
            for (const App& app : rows)
                ids << app.id;
        },
        [&done](const ApiError& error) { done = error; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
    QVERIFY2(!done->isError(), qPrintable(done->fullDetail()));
    QCOMPARE(ids.size(), 1050);
    QCOMPARE(ids.first(), u"0"_s);
    QCOMPARE(ids.last(), u"1049"_s);
    QCOMPARE(m_server->requests().size(), 11);
}

void TestC1Client::pageStreamRepeatedToken()
{
    C1Client* client = makeClient();
    m_server->setFallback([](const FakeHttpServer::Request&) {
        return Response::json(200, R"({"list":[{"id":"x"}],"nextPageToken":"same"})");
    });
    int rows = 0;
    std::optional<ApiError> done;
    PageStream<App>::start(
        [client](const QString& token, QObject* context, C1Client::Callback<Page<App>> callback) {
            return client->listApps(token, 0, context, std::move(callback));
        },
        this, [&rows](QList<App> page) { rows += int(page.size()); }, [&done](const ApiError& error) { done = error; });
    QTRY_VERIFY(done.has_value());
    QCOMPARE(done->kind, ApiError::Kind::Paging);
    QCOMPARE(rows, 2);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestC1Client::requestLogRecordsAttempts()
{
    C1Client* client = makeClient();
    m_server->enqueue(
        Response::json(429, R"json({"code":8,"message":"slow (request-id: r1)"})json").header("Retry-After", "0"));
    m_server->enqueue(Response::json(200, appJson(kApp, u"ok"_s)).header("X-Request-Id", "r2"));
    CreateAppRequest create;
    create.displayName = u"ok"_s;
    Answer<App> answer;
    client->createApp(create, this, answer.callback());
    QTRY_VERIFY(answer.done());
    QCOMPARE(m_log->size(), 2);
    const RequestLogEntry& first = m_log->entry(0);
    const RequestLogEntry& second = m_log->entry(1);
    QCOMPARE(first.method, u"POST"_s);
    QCOMPARE(first.httpStatus, 429);
    QCOMPARE(first.attempt, 1);
    QCOMPARE(first.requestId, u"r1"_s);
    QVERIFY(!first.error.isEmpty());
    QCOMPARE(second.attempt, 2);
    QCOMPARE(second.httpStatus, 200);
    QCOMPARE(second.requestId, u"r2"_s);
    QVERIFY(second.error.isEmpty());
    QCOMPARE(second.requestBody, QByteArray(R"({"displayName":"ok"})"));
    QVERIFY(second.responseBytes > 0);
    QVERIFY(second.url.endsWith(u"/api/v1/apps"_s));
    QVERIFY(second.time.isValid());
    for (int row = 0; row < m_log->size(); ++row) {
        QVERIFY(!m_log->entry(row).requestBody.contains("tok-"));
        QVERIFY(!m_log->curlCommand(row).contains(u"tok-"_s));
    }
}

QTEST_GUILESS_MAIN(TestC1Client)
#include "tst_c1client.moc"

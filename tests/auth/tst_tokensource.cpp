#include "auth/ClientCredentials.h"
#include "auth/TokenSource.h"
#include "base/ReplyMapping.h"
#include "support/Answer.h"

#include "auth/AuthVectors.h"
#include "auth/FakeTokenServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace c1;
using namespace Qt::StringLiterals;
using test::CannedResponse;
using test::FakeTokenServer;

Q_DECLARE_METATYPE(c1::ApiError::Kind)

namespace {

// Everything logged during the run, to prove that no token or assertion is ever logged.
QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logged.append(message);
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

void enableC1Categories(QLoggingCategory* category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "c1.", 3) == 0)
        category->setEnabled(QtDebugMsg, true);
}

using Answer = test::Answer<QString>;

ClientCredentials vectorCredentials()
{
    auto credentials = ClientCredentials::parse(test::vectorClientId(), test::vectorClientSecret());
    if (!credentials)
        qFatal("reference credentials do not parse");
    return *credentials;
}

// Asks for a token; the answer lands in *answer (through `context`).
void ask(TokenSource& source, QObject* context, Answer* answer)
{
    source.token(context, [answer](const Result<QString>& result) {
        ++answer->calls;
        answer->result = result;
    });
}

QByteArray json(const char* text)
{
    return QByteArray(text);
}

// For QVERIFY2 messages, which are evaluated even when the check passes.
QByteArray errorText(const Result<QString>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TestTokenSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void signsInWithAFormPost();
    void exchangeIsReportedRedacted();
    void cachesTheTokenAndAnswersAsynchronously();
    void invalidateDropsOnlyTheSameToken();
    void renewsBeforeExpiry();
    void renewalMargin_data();
    void renewalMargin();
    void concurrentCallersShareOneRequest();
    void errors_data();
    void errors();
    void failureIsDeliveredToEveryWaiterAndRetried();
    void redirectIsNotFollowed();
    void timeout();
    void droppedConnection();
    void connectionRefused();
    void deadContextIsNotCalled();
    void destroyedWhileInFlight();
    void tokenUrlIsBuiltFromTheBase_data();
    void tokenUrlIsBuiltFromTheBase();

private:
    std::unique_ptr<FakeTokenServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenSource> m_source;
};

void TestTokenSource::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    g_previousFilter = QLoggingCategory::installFilter(enableC1Categories);
}

void TestTokenSource::init()
{
    m_server = std::make_unique<FakeTokenServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_source = std::make_unique<TokenSource>(m_network.get(), vectorCredentials(), m_server->baseUrl());
}

void TestTokenSource::cleanup()
{
    // Neither an assertion nor a token may ever reach a log line.
    for (const test::ReceivedRequest& request : std::as_const(m_server->requests)) {
        const QString assertion = QUrlQuery(QString::fromLatin1(request.body))
                                      .queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded);
        for (const QString& line : std::as_const(g_logged)) {
            QVERIFY2(assertion.isEmpty() || !line.contains(assertion.left(40)), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("opaque-token-")), qPrintable(line));
        }
    }
    g_logged.clear();
    m_source.reset();
    m_network.reset();
    m_server.reset();
}

void TestTokenSource::cleanupTestCase()
{
    QLoggingCategory::installFilter(g_previousFilter);
    qInstallMessageHandler(g_previousHandler);
}

void TestTokenSource::signsInWithAFormPost()
{
    Answer answer;
    QSignalSpy minted(m_source.get(), &TokenSource::tokenMinted);
    ask(*m_source, this, &answer);
    QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
    QVERIFY2(answer.result->ok(), errorText(*answer.result).constData());
    QCOMPARE(answer.result->value(), FakeTokenServer::tokenName(1));
    QCOMPARE(minted.size(), 1);
    QCOMPARE(m_source->tokensMinted(), 1);
    QVERIFY(m_source->hasValidToken());
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(m_source->expiresAt());
    QVERIFY2(lifetime > 3590 && lifetime <= 3600, QByteArray::number(lifetime).constData());

    QCOMPARE(m_server->requests.size(), 1);
    const test::ReceivedRequest request = m_server->requests.first();
    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.target, QByteArrayLiteral("/auth/v1/token")); // nothing in the query
    QCOMPARE(request.headers.value("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    QVERIFY(!request.headers.contains("authorization"));

    // The body: exactly the four fields of the reference form, credentials only here.
    const QJsonObject reference = test::authVectors().value(u"token_request_form").toObject();
    const QUrlQuery form(QString::fromLatin1(request.body));
    QStringList names;
    for (const auto& item : form.queryItems())
        names.append(item.first);
    QCOMPARE(names,
        (QStringList { QStringLiteral("client_id"), QStringLiteral("grant_type"),
            QStringLiteral("client_assertion_type"), QStringLiteral("client_assertion") }));
    for (const char* field : { "client_id", "grant_type", "client_assertion_type" }) {
        QCOMPARE(form.queryItemValue(QString::fromLatin1(field), QUrl::FullyDecoded),
            reference.value(QLatin1StringView(field)).toString());
    }

    // The assertion is a fresh, valid Ed25519 JWS for this client.
    const QByteArray assertion = form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded).toLatin1();
    const QList<QByteArray> parts = assertion.split('.');
    QCOMPARE(parts.size(), 3);
    QVERIFY(Ed25519Key::verify(test::vectorPublicKey(), QByteArray(parts[0] + '.' + parts[1]),
        QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding)));
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(claims.value(u"iss").toString(), test::vectorClientId());
    QCOMPARE(claims.value(u"aud").toArray(), QJsonArray { QStringLiteral("acme.conductor.one") });
    QVERIFY(qAbs(claims.value(u"iat").toInteger() - QDateTime::currentSecsSinceEpoch()) <= 5);
}

void TestTokenSource::exchangeIsReportedRedacted()
{
    QList<TokenExchange> exchanges;
    m_source->setExchangeObserver([&exchanges](const TokenExchange& exchange) { exchanges << exchange; });
    Answer answer;
    ask(*m_source, this, &answer);
    QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
    QVERIFY2(answer.result->ok(), errorText(*answer.result).constData());

    // The same User-Agent as the API calls.
    QCOMPARE(m_server->requests.size(), 1);
    const test::ReceivedRequest request = m_server->requests.first();
    QCOMPARE(QString::fromLatin1(request.headers.value("user-agent")), reply::userAgent());
    const QByteArray assertion
        = QUrlQuery(QString::fromLatin1(request.body)).queryItemValue(u"client_assertion"_s).toLatin1();
    QVERIFY(assertion.size() > 40);

    QCOMPARE(exchanges.size(), 1);
    const TokenExchange& exchange = exchanges.first();
    QCOMPARE(exchange.method, u"POST"_s);
    QVERIFY(exchange.url.endsWith(u"/auth/v1/token"_s));
    QCOMPARE(exchange.httpStatus, 200);
    QVERIFY(exchange.error.isEmpty());
    QCOMPARE(exchange.requestBytes, request.body.size());
    QVERIFY2(exchange.requestBody.contains("client_assertion=[redacted]"), exchange.requestBody.constData());
    QVERIFY(exchange.requestBody.contains("grant_type=client_credentials"));
    QVERIFY(!exchange.requestBody.contains(assertion));
    QVERIFY(!exchange.requestBody.contains(assertion.left(20)));
    const QByteArray token = FakeTokenServer::tokenName(1).toLatin1();
    QVERIFY(exchange.responseBytes > token.size());
    QVERIFY2(
        exchange.responseExcerpt.contains("\"access_token\":\"[redacted]\""), exchange.responseExcerpt.constData());
    QVERIFY(!exchange.responseExcerpt.contains(token));

    // A refusal is reported too, with its error.
    m_source->invalidate(answer.result->value());
    CannedResponse refusal;
    refusal.status = 401;
    refusal.body = json(R"({"error":"invalid_client"})");
    m_server->enqueue(refusal);
    Answer refused;
    ask(*m_source, this, &refused);
    QTRY_COMPARE_WITH_TIMEOUT(refused.calls, 1, 10000);
    QCOMPARE(exchanges.size(), 2);
    QCOMPARE(exchanges.last().httpStatus, 401);
    QVERIFY(exchanges.last().error.contains(u"invalid_client"_s));
    QVERIFY(!exchanges.last().requestBody.contains(assertion.left(20)));
}

void TestTokenSource::cachesTheTokenAndAnswersAsynchronously()
{
    Answer first;
    ask(*m_source, this, &first);
    QCOMPARE(first.calls, 0); // never synchronously
    QTRY_COMPARE(first.calls, 1);

    Answer second;
    ask(*m_source, this, &second);
    QCOMPARE(second.calls, 0); // even from the cache
    QTRY_COMPARE(second.calls, 1);
    QVERIFY(second.result->ok());
    QCOMPARE(second.result->value(), first.result->value());
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_source->tokensMinted(), 1);
}

void TestTokenSource::invalidateDropsOnlyTheSameToken()
{
    Answer first;
    ask(*m_source, this, &first);
    QTRY_COMPARE(first.calls, 1);
    const QString token = first.result->value();

    m_source->invalidate(QStringLiteral("some-older-token"));
    QVERIFY(m_source->hasValidToken());
    m_source->invalidate(token);
    QVERIFY(!m_source->hasValidToken());
    m_source->invalidate(token); // a second 401 racing the first: harmless

    Answer second;
    ask(*m_source, this, &second);
    QTRY_COMPARE(second.calls, 1);
    QVERIFY(second.result->ok());
    QCOMPARE(second.result->value(), FakeTokenServer::tokenName(2));
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_source->tokensMinted(), 2);
}

void TestTokenSource::renewsBeforeExpiry()
{
    m_server->lifetimeSeconds = 2; // margin: half of it
    Answer first;
    ask(*m_source, this, &first);
    QTRY_COMPARE(first.calls, 1);
    QCOMPARE(m_source->renewalMarginSeconds(), 1);
    QVERIFY(m_source->hasValidToken());
    QTRY_VERIFY_WITH_TIMEOUT(!m_source->hasValidToken(), 5000);
    QVERIFY(QDateTime::currentDateTimeUtc() < m_source->expiresAt()); // renewed before it actually expired

    Answer second;
    ask(*m_source, this, &second);
    QTRY_COMPARE(second.calls, 1);
    QCOMPARE(second.result->value(), FakeTokenServer::tokenName(2));
    QCOMPARE(m_source->tokensMinted(), 2);
}

void TestTokenSource::renewalMargin_data()
{
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<int>("margin");
    QTest::newRow("an hour") << 3600 << 10;
    QTest::newRow("a minute") << 60 << 10;
    QTest::newRow("20 s") << 20 << 10;
    QTest::newRow("10 s") << 10 << 5;
    QTest::newRow("3 s") << 3 << 1;
}

void TestTokenSource::renewalMargin()
{
    QFETCH(int, lifetime);
    QFETCH(int, margin);
    m_server->lifetimeSeconds = lifetime;
    Answer answer;
    ask(*m_source, this, &answer);
    QTRY_COMPARE(answer.calls, 1);
    QCOMPARE(m_source->renewalMarginSeconds(), margin);
    QVERIFY(m_source->hasValidToken());
}

void TestTokenSource::concurrentCallersShareOneRequest()
{
    CannedResponse held;
    held.hold = true;
    held.body = json(R"({"access_token":"opaque-token-shared","token_type":"Bearer","expires_in":3600})");
    m_server->enqueue(held);

    QObject otherContext;
    std::array<Answer, 4> answers;
    ask(*m_source, this, &answers[0]);
    ask(*m_source, &otherContext, &answers[1]);
    ask(*m_source, this, &answers[2]);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), qsizetype(1), 10000);
    ask(*m_source, this, &answers[3]); // joins while the request is on the server
    QCOMPARE(answers[0].calls + answers[1].calls + answers[2].calls + answers[3].calls, 0);

    m_server->releaseHeld();
    for (Answer& answer : answers) {
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(answer.result->ok());
        QCOMPARE(answer.result->value(), QStringLiteral("opaque-token-shared"));
    }
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_source->tokensMinted(), 1);
}

void TestTokenSource::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<bool>("clockHint");
    QTest::addColumn<int>("grpcCode");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("OAuth2 invalid_client")
        << 401 << json(R"({"error":"invalid_client","error_description":"signature does not verify"})")
        << ApiError::Kind::Auth
        << QStringList { QStringLiteral("refused the client credentials"), QStringLiteral("invalid_client"),
               QStringLiteral("signature does not verify") }
        << false << -1 << QString();
    QTest::newRow("OAuth2 without description")
        << 400 << json(R"({"error":"unauthorized_client"})") << ApiError::Kind::Auth
        << QStringList { QStringLiteral("unauthorized_client") } << false << -1 << QString();
    QTest::newRow("assertion not yet valid")
        << 400 << json(R"({"error":"invalid_grant","error_description":"assertion is not yet valid"})")
        << ApiError::Kind::Auth << QStringList { QStringLiteral("invalid_grant") } << true << -1 << QString();
    QTest::newRow("assertion expired")
        << 400 << json(R"({"error":"invalid_grant","error_description":"token is expired by 5m"})")
        << ApiError::Kind::Auth << QStringList { QStringLiteral("expired") } << true << -1 << QString();
    QTest::newRow("nbf claim") << 400 << json(R"({"error":"invalid_grant","error_description":"bad nbf claim"})")
                               << ApiError::Kind::Auth << QStringList {} << true << -1 << QString();
    QTest::newRow("500 plain text") << 500 << json("upstream exploded") << ApiError::Kind::Http
                                    << QStringList { QStringLiteral("500") } << false << -1 << QString();
    QTest::newRow("503 rpc status") << 503 << json(R"x({"code":14,"message":"unavailable (request-id: req-42)"})x")
                                    << ApiError::Kind::Http << QStringList { QStringLiteral("unavailable") } << false
                                    << 14 << QStringLiteral("req-42");
    QTest::newRow("401 rpc status") << 401 << json(R"({"code":16,"message":"unauthenticated"})") << ApiError::Kind::Auth
                                    << QStringList { QStringLiteral("unauthenticated") } << false << 16 << QString();
    QTest::newRow("403 empty") << 403 << QByteArray() << ApiError::Kind::Auth << QStringList { QStringLiteral("403") }
                               << false << -1 << QString();
    QTest::newRow("404") << 404 << json("not found") << ApiError::Kind::Http
                         << QStringList { QStringLiteral("404"), QStringLiteral("tenant address") } << false << -1
                         << QString();
    QTest::newRow("200 garbage") << 200 << json("<html>hello</html>") << ApiError::Kind::BadJson << QStringList {}
                                 << false << -1 << QString();
    QTest::newRow("200 JSON array") << 200 << json(R"(["opaque-token-x"])") << ApiError::Kind::BadJson << QStringList {}
                                    << false << -1 << QString();
    QTest::newRow("200 without token") << 200 << json(R"({"token_type":"Bearer","expires_in":3600})")
                                       << ApiError::Kind::BadJson << QStringList {} << false << -1 << QString();
    QTest::newRow("200 wrong token type")
        << 200 << json(R"({"access_token":"opaque-token-mac","token_type":"mac","expires_in":3600})")
        << ApiError::Kind::BadJson << QStringList {} << false << -1 << QString();
    QTest::newRow("200 negative lifetime")
        << 200 << json(R"({"access_token":"opaque-token-neg","token_type":"Bearer","expires_in":-5})")
        << ApiError::Kind::BadJson << QStringList {} << false << -1 << QString();
}

void TestTokenSource::errors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QStringList, mentions);
    QFETCH(bool, clockHint);
    QFETCH(int, grpcCode);
    QFETCH(QString, requestId);

    CannedResponse response;
    response.status = status;
    response.body = body;
    m_server->enqueue(response);
    Answer answer;
    ask(*m_source, this, &answer);
    QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
    QVERIFY(!answer.result->ok());
    const ApiError& error = answer.result->error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.grpcCode, grpcCode);
    QCOMPARE(error.requestId, requestId);
    QVERIFY(!error.message.isEmpty());
    for (const QString& mention : mentions)
        QVERIFY2(error.message.contains(mention), qPrintable(error.message));
    QCOMPARE(error.message.contains(QStringLiteral("clock")), clockHint);
    // A token-looking body never surfaces; neither does the assertion.
    QVERIFY(!error.message.contains(QStringLiteral("opaque-token")));
    QVERIFY(!error.detail.contains(QStringLiteral("opaque-token")));
    QVERIFY(!m_source->hasValidToken());
    QCOMPARE(m_source->tokensMinted(), 0);
}

void TestTokenSource::failureIsDeliveredToEveryWaiterAndRetried()
{
    CannedResponse refusal;
    refusal.status = 401;
    refusal.body = json(R"({"error":"invalid_client"})");
    refusal.hold = true;
    m_server->enqueue(refusal);
    Answer a;
    Answer b;
    ask(*m_source, this, &a);
    ask(*m_source, this, &b);
    QTRY_COMPARE(m_server->heldCount(), qsizetype(1));
    m_server->releaseHeld();
    QTRY_COMPARE(a.calls, 1);
    QTRY_COMPARE(b.calls, 1);
    QVERIFY(!a.result->ok() && !b.result->ok());
    QCOMPARE(a.result->error().kind, ApiError::Kind::Auth);
    QCOMPARE(b.result->error().kind, ApiError::Kind::Auth);

    // No failure is cached: the next caller tries again.
    Answer c;
    ask(*m_source, this, &c);
    QTRY_COMPARE(c.calls, 1);
    QVERIFY(c.result->ok());
    QCOMPARE(m_server->requests.size(), 2);
}

void TestTokenSource::redirectIsNotFollowed()
{
    CannedResponse redirect;
    redirect.status = 302;
    redirect.headers.append(
        std::pair { QByteArrayLiteral("Location"), QByteArrayLiteral("http://127.0.0.1:1/elsewhere") });
    m_server->enqueue(redirect);
    Answer answer;
    ask(*m_source, this, &answer);
    QTRY_COMPARE(answer.calls, 1);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ApiError::Kind::Redirect);
    QCOMPARE(answer.result->error().httpStatus, 302);
    QVERIFY2(
        answer.result->error().message.contains(QStringLiteral("/elsewhere")), errorText(*answer.result).constData());
    QCOMPARE(m_server->requests.size(), 1);
}

void TestTokenSource::timeout()
{
    CannedResponse never;
    never.hold = true;
    m_server->enqueue(never);
    m_source->setTimeout(300);
    Answer answer;
    ask(*m_source, this, &answer);
    QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ApiError::Kind::Timeout);
    QVERIFY(answer.result->error().message.contains(QStringLiteral("in time")));
}

void TestTokenSource::droppedConnection()
{
    CannedResponse drop;
    drop.drop = true;
    // QNAM itself re-sends once a request whose connection closed before any answer.
    m_server->enqueue(drop);
    m_server->enqueue(drop);
    m_server->enqueue(drop);
    Answer answer;
    ask(*m_source, this, &answer);
    QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ApiError::Kind::Transport);
    QCOMPARE(answer.result->error().httpStatus, 0);
}

void TestTokenSource::connectionRefused()
{
    const QUrl url = m_server->baseUrl();
    m_server->close(); // nothing listens there any more
    TokenSource source(m_network.get(), vectorCredentials(), url);
    Answer answer;
    ask(source, this, &answer);
    QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ApiError::Kind::Transport);
    QVERIFY2(
        answer.result->error().message.contains(QStringLiteral("127.0.0.1")), errorText(*answer.result).constData());
}

void TestTokenSource::deadContextIsNotCalled()
{
    CannedResponse held;
    held.hold = true;
    held.body = json(R"({"access_token":"opaque-token-late","token_type":"Bearer","expires_in":3600})");
    m_server->enqueue(held);
    auto context = std::make_unique<QObject>();
    Answer dead;
    Answer alive;
    ask(*m_source, context.get(), &dead);
    ask(*m_source, this, &alive);
    QTRY_COMPARE(m_server->heldCount(), qsizetype(1));
    context.reset();
    m_server->releaseHeld();
    QTRY_COMPARE(alive.calls, 1);
    QCOMPARE(dead.calls, 0);

    // The same for a cached answer whose context dies before the queued call runs.
    auto context2 = std::make_unique<QObject>();
    ask(*m_source, context2.get(), &dead);
    context2.reset();
    Answer after;
    ask(*m_source, this, &after);
    QTRY_COMPARE(after.calls, 1);
    QCOMPARE(dead.calls, 0);
}

void TestTokenSource::destroyedWhileInFlight()
{
    CannedResponse held;
    held.hold = true;
    m_server->enqueue(held);
    Answer answer;
    ask(*m_source, this, &answer);
    QTRY_COMPARE(m_server->heldCount(), qsizetype(1));
    m_source.reset();
    m_server->releaseHeld();
    // Another sign-in round trip lets the network layer finish whatever it had; nothing may call back.
    TokenSource other(m_network.get(), vectorCredentials(), m_server->baseUrl());
    Answer second;
    ask(other, this, &second);
    QTRY_COMPARE(second.calls, 1);
    QVERIFY(second.result->ok());
    QCOMPARE(answer.calls, 0);
}

void TestTokenSource::tokenUrlIsBuiltFromTheBase_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("tokenUrl");
    QTest::newRow("host") << "https://acme.conductor.one"
                          << "https://acme.conductor.one/auth/v1/token";
    QTest::newRow("trailing slash") << "https://acme.conductor.one/"
                                    << "https://acme.conductor.one/auth/v1/token";
    QTest::newRow("port") << "http://127.0.0.1:8080"
                          << "http://127.0.0.1:8080/auth/v1/token";
    QTest::newRow("path prefix") << "https://proxy.example/c1/"
                                 << "https://proxy.example/c1/auth/v1/token";
    QTest::newRow("query dropped") << "https://acme.conductor.one/?x=1#y"
                                   << "https://acme.conductor.one/auth/v1/token";
}

void TestTokenSource::tokenUrlIsBuiltFromTheBase()
{
    QFETCH(QString, base);
    QFETCH(QString, tokenUrl);
    const TokenSource source(m_network.get(), vectorCredentials(), QUrl(base));
    QCOMPARE(source.tokenUrl().toString(), tokenUrl);
}

QTEST_GUILESS_MAIN(TestTokenSource)
#include "tst_tokensource.moc"

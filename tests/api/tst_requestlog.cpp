#include "api/RequestLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

namespace {
RequestLogEntry entry(const QString& method, const QString& url, int status = 200, const QByteArray& body = {})
{
    RequestLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.method = method;
    e.url = url;
    e.httpStatus = status;
    e.requestBody = body;
    e.requestBytes = body.size();
    e.responseBytes = 1536;
    e.durationMs = 42;
    e.requestId = u"rq-1"_s;
    return e;
}
} // namespace

class TestRequestLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redact_data();
    void redact();
    void appendRedactsAndTruncates();
    void capacity();
    void curl();
    void model();
};

void TestRequestLog::redact_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("secret"); // must be gone
    QTest::addColumn<QByteArray>("kept"); // must survive

    QTest::newRow("Authorization header") << QByteArray("GET /x\r\nAuthorization: Bearer abc.DEF-123\r\nAccept: */*")
                                          << QByteArray("abc.DEF-123") << QByteArray("Accept: */*");
    QTest::newRow("authorization lower-case")
        << QByteArray("authorization: bearer tok_9") << QByteArray("tok_9") << QByteArray("authorization");
    QTest::newRow("bare Bearer") << QByteArray("sent Bearer s3cr3t-token to x") << QByteArray("s3cr3t-token")
                                 << QByteArray("to x");
    QTest::newRow("access_token JSON") << QByteArray(
        R"({"access_token":"opaque.tok\"en","token_type":"Bearer","expires_in":3600})")
                                       << QByteArray("opaque.tok") << QByteArray(R"("expires_in":3600)");
    QTest::newRow("access_token spaced JSON")
        << QByteArray(R"({ "access_token" : "zz-top" })") << QByteArray("zz-top") << QByteArray("access_token");
    QTest::newRow("client_assertion form")
        << QByteArray("client_id=x%40y&grant_type=client_credentials&client_assertion=aaa.bbb.ccc&z=1")
        << QByteArray("aaa.bbb.ccc") << QByteArray("grant_type=client_credentials");
    QTest::newRow("client_assertion first")
        << QByteArray("client_assertion=xyz&a=b") << QByteArray("xyz") << QByteArray("a=b");
    QTest::newRow("secret-token") << QByteArray(R"({"note":"secret-token:conductorone.com:v1:eyJrdHkiOiJPS1AifQ"})")
                                  << QByteArray("conductorone.com:v1") << QByteArray("note");
    QTest::newRow("JWS anywhere") << QByteArray("x eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl y")
                                  << QByteArray("eyJhbGciOiJFZERTQSJ9") << QByteArray("x ");
    QTest::newRow("ordinary body untouched")
        << QByteArray(R"({"displayName":"Bearer of news"})") << QByteArray() << QByteArray(R"({"displayName":")");
}

void TestRequestLog::redact()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);
    const QByteArray out = RequestLog::redact(text);
    if (!secret.isEmpty()) {
        QVERIFY2(!out.contains(secret), out.constData());
        QVERIFY2(out.contains("[redacted]"), out.constData());
    }
    QVERIFY2(out.contains(kept), out.constData());
}

void TestRequestLog::appendRedactsAndTruncates()
{
    RequestLog log;
    RequestLogEntry e
        = entry(u"POST"_s, u"https://t.example/auth/v1/token"_s, 200, "client_id=a&client_assertion=SECRET.JWT.VALUE");
    e.responseExcerpt = R"({"access_token":"TOKENVALUE"})" + QByteArray(10000, ' ');
    log.append(e);
    QCOMPARE(log.size(), 1);
    QVERIFY(!log.entry(0).requestBody.contains("SECRET"));
    QVERIFY(!log.entry(0).responseExcerpt.contains("TOKENVALUE"));
    QVERIFY(log.entry(0).responseExcerpt.size() <= 4096);
    QCOMPARE(log.entry(0).responseBytes, 1536); // the real size is kept
}

void TestRequestLog::capacity()
{
    RequestLog log(5);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 8; ++i)
        log.append(entry(u"GET"_s, u"https://t.example/api/v1/apps?n=%1"_s.arg(i)));
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.rowCount(), 5);
    QCOMPARE(removed.count(), 3);
    QCOMPARE(log.entry(0).url, u"https://t.example/api/v1/apps?n=3"_s); // oldest dropped
    QCOMPARE(log.entry(4).url, u"https://t.example/api/v1/apps?n=7"_s);
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void TestRequestLog::curl()
{
    RequestLog log;
    log.append(entry(u"GET"_s, u"https://t.example/api/v1/apps?page_size=10"_s));
    log.append(entry(u"POST"_s, u"https://t.example/api/v1/apps"_s, 200, R"({"displayName":"Bob's app"})"));
    log.append(entry(u"DELETE"_s, u"https://t.example/api/v1/x"_s, 200, {}));

    const QString get = log.curlCommand(0);
    QCOMPARE(get,
        u"curl 'https://t.example/api/v1/apps?page_size=10' -H \"Authorization: Bearer $C1_TOKEN\" "
        "-H 'Accept: application/json'"_s);
    const QString post = log.curlCommand(1);
    QVERIFY2(post.startsWith(u"curl -X POST 'https://t.example/api/v1/apps'"_s), qPrintable(post));
    QVERIFY2(post.contains(u"--data-raw '{\"displayName\":\"Bob'\\''s app\"}'"_s), qPrintable(post));
    QVERIFY(post.contains(u"Content-Type: application/json"_s));
    QVERIFY(log.curlCommand(2).contains(u"--data-raw '{}'"_s)); // every DELETE sends a body
    QVERIFY(log.curlCommand(3).isEmpty());
    QVERIFY(log.curlCommand(-1).isEmpty());
}

void TestRequestLog::model()
{
    RequestLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RequestLogEntry failed = entry(u"GET"_s, u"https://t.example/api/v1/apps/x?page_token=a%20b"_s, 0);
    failed.error = u"Connection refused"_s;
    failed.attempt = 2;
    log.append(failed);
    QCOMPARE(log.columnCount(), int(RequestLog::Column::Count));
    auto text = [&](RequestLog::Column c) { return log.index(0, int(c)).data().toString(); };
    QCOMPARE(text(RequestLog::Column::Method), u"GET"_s);
    QCOMPARE(text(RequestLog::Column::Path), u"/api/v1/apps/x?page_token=a b"_s);
    QCOMPARE(text(RequestLog::Column::Status), u"Connection refused"_s);
    QCOMPARE(text(RequestLog::Column::Attempt), u"2"_s);
    QCOMPARE(text(RequestLog::Column::RequestId), u"rq-1"_s);
    QVERIFY(text(RequestLog::Column::Duration).contains(u"42"_s));
    QCOMPARE(log.index(0, int(RequestLog::Column::Duration)).data(Qt::UserRole).toInt(), 42);
    QVERIFY(!log.headerData(int(RequestLog::Column::RequestId), Qt::Horizontal).toString().isEmpty());
    QVERIFY(log.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Connection refused"_s));
    QCOMPARE(text(RequestLog::Column::Protocol), QString()); // no answer, no protocol

    RequestLogEntry answered = entry(u"GET"_s, u"https://t.example/api/v1/apps"_s);
    answered.protocol = u"HTTP/2"_s;
    log.append(answered);
    QCOMPARE(log.index(1, int(RequestLog::Column::Protocol)).data().toString(), u"HTTP/2"_s);
    QCOMPARE(log.index(1, int(RequestLog::Column::Protocol)).data(Qt::UserRole).toString(), u"HTTP/2"_s);
    QVERIFY(!log.headerData(int(RequestLog::Column::Protocol), Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"

#include "base/ApiError.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

namespace {
ApiError make(ApiError::Kind kind, int status = 0, const QString& message = {}, const QString& requestId = {})
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = message;
    e.requestId = requestId;
    return e;
}
} // namespace

class TestApiError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ambiguous_data();
    void ambiguous();
    void userMessage_data();
    void userMessage();
    void fullDetail();
    void invalidInput();
};

void TestApiError::ambiguous_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ambiguous");
    using K = ApiError::Kind;
    QTest::newRow("none") << int(K::None) << 0 << false;
    QTest::newRow("dropped connection") << int(K::Transport) << 0 << true;
    QTest::newRow("timeout") << int(K::Timeout) << 0 << true;
    QTest::newRow("500") << int(K::Http) << 500 << true;
    QTest::newRow("503") << int(K::Http) << 503 << true;
    QTest::newRow("429: refused before processing") << int(K::Http) << 429 << false;
    QTest::newRow("400") << int(K::Http) << 400 << false;
    QTest::newRow("404") << int(K::Http) << 404 << false;
    QTest::newRow("TLS: nothing was sent") << int(K::Tls) << 0 << false;
    QTest::newRow("redirect: not processed") << int(K::Redirect) << 301 << false;
    QTest::newRow("bad JSON after a 2xx: it happened") << int(K::BadJson) << 200 << false;
    QTest::newRow("invalid input: never sent") << int(K::InvalidInput) << 0 << false;
    QTest::newRow("canceled") << int(K::Canceled) << 0 << false;
}

void TestApiError::ambiguous()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, ambiguous);
    QCOMPARE(make(ApiError::Kind(kind), status).isAmbiguous(), ambiguous);
}

void TestApiError::userMessage_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");
    using K = ApiError::Kind;
    QTest::newRow("404 with request-id in the message")
        << make(K::Http, 404, u"app not found (request-id: 2abc)"_s, u"2abc"_s)
        << QStringList { u"404"_s, u"app not found"_s, u"2abc"_s } << QStringList { u"(request-id:"_s };
    QTest::newRow("500 without message") << make(K::Http, 500) << QStringList { u"500"_s } << QStringList {};
    QTest::newRow("transport") << make(K::Transport, 0, u"Connection refused"_s)
                               << QStringList { u"Connection refused"_s } << QStringList {};
    QTest::newRow("timeout") << make(K::Timeout) << QStringList { u"in time"_s } << QStringList {};
    QTest::newRow("redirect") << make(K::Redirect, 301) << QStringList { u"301"_s, u"redirect"_s } << QStringList {};
    QTest::newRow("invalid input is the message itself")
        << make(K::InvalidInput, 0, u"Bad ID"_s) << QStringList { u"Bad ID"_s } << QStringList {};
    QTest::newRow("header request-id") << make(K::BadJson, 200, {}, u"rq-7"_s) << QStringList { u"rq-7"_s }
                                       << QStringList {};
}

void TestApiError::userMessage()
{
    QFETCH(ApiError, error);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const QString text = error.userMessage();
    for (const QString& part : contains)
        QVERIFY2(text.contains(part, Qt::CaseInsensitive), qPrintable(text));
    for (const QString& part : lacks)
        QVERIFY2(!text.contains(part), qPrintable(text));
    QVERIFY(text.size() < 300);
    QVERIFY(ApiError().userMessage().isEmpty());
}

void TestApiError::fullDetail()
{
    ApiError e = make(ApiError::Kind::Http, 429, u"slow down"_s, u"r-1"_s);
    e.grpcCode = 8;
    e.retryAfterMs = 2000;
    e.detail = u"POST /api/v1/apps"_s;
    const QString text = e.fullDetail();
    for (const QString& part :
        { u"Http"_s, u"429"_s, u"RESOURCE_EXHAUSTED"_s, u"slow down"_s, u"r-1"_s, u"2000"_s, u"POST /api/v1/apps"_s })
        QVERIFY2(text.contains(part), qPrintable(text));
}

void TestApiError::invalidInput()
{
    const ApiError e = ApiError::invalidInput(u"nope"_s);
    QCOMPARE(e.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(e.message, u"nope"_s);
    QVERIFY(e.isError());
    QCOMPARE(e.httpStatus, 0);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

#include "api/RetryPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

Q_DECLARE_METATYPE(c1::RetryPolicy::Method)

namespace {
RetryPolicy noJitter()
{
    RetryPolicy p;
    p.random = [] { return 0.5; }; // the middle: no jitter
    return p;
}
const QDateTime kNow(QDate(2025, 3, 1), QTime(12, 0, 0), Qt::UTC);
} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void delay_data();
    void delay();
    void jitterBounds_data();
    void jitterBounds();
    void parseRetryAfter_data();
    void parseRetryAfter();
};

void TestRetryPolicy::delay_data()
{
    using M = RetryPolicy::Method;
    QTest::addColumn<M>("method");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expected");

    QTest::newRow("429 POST honours Retry-After") << M::Post << 1 << 429 << QByteArray("3") << 3000;
    QTest::newRow("429 POST backs off without it") << M::Post << 1 << 429 << QByteArray() << 1000;
    QTest::newRow("429 GET with an HTTP date")
        << M::Get << 2 << 429 << QByteArray("Sat, 01 Mar 2025 12:00:07 GMT") << 7000;
    QTest::newRow("429 huge Retry-After capped") << M::Get << 1 << 429 << QByteArray("100000") << 120000;
    QTest::newRow("429 garbage Retry-After: backoff") << M::Get << 3 << 429 << QByteArray("soon") << 4000;
    QTest::newRow("503 GET honours Retry-After") << M::Get << 1 << 503 << QByteArray("2") << 2000;
    QTest::newRow("503 PUT backs off") << M::Put << 2 << 503 << QByteArray() << 2000;
    QTest::newRow("503 POST never re-sent") << M::Post << 1 << 503 << QByteArray("1") << -1;
    QTest::newRow("500 GET") << M::Get << 1 << 500 << QByteArray() << 1000;
    QTest::newRow("502 DELETE attempt 3") << M::Delete << 3 << 502 << QByteArray() << 4000;
    QTest::newRow("504 PUT attempt 4") << M::Put << 4 << 504 << QByteArray() << 8000;
    QTest::newRow("500 POST never re-sent") << M::Post << 1 << 500 << QByteArray() << -1;
    QTest::newRow("transport GET") << M::Get << 1 << 0 << QByteArray() << 1000;
    QTest::newRow("transport DELETE") << M::Delete << 2 << 0 << QByteArray() << 2000;
    QTest::newRow("transport POST never re-sent") << M::Post << 1 << 0 << QByteArray() << -1;
    QTest::newRow("400") << M::Get << 1 << 400 << QByteArray() << -1;
    QTest::newRow("401 is not the policy's business") << M::Get << 1 << 401 << QByteArray() << -1;
    QTest::newRow("404") << M::Delete << 1 << 404 << QByteArray() << -1;
    QTest::newRow("301") << M::Get << 1 << 301 << QByteArray() << -1;
    QTest::newRow("attempt 5 of 5: done") << M::Get << 5 << 500 << QByteArray() << -1;
    QTest::newRow("attempt 5 of 5 even for 429") << M::Post << 5 << 429 << QByteArray("1") << -1;
}

void TestRetryPolicy::delay()
{
    QFETCH(RetryPolicy::Method, method);
    QFETCH(int, attempt);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expected);
    QCOMPARE(noJitter().delayBeforeRetry(method, attempt, status, retryAfter, kNow), expected);
}

void TestRetryPolicy::jitterBounds_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("expected");
    QTest::newRow("low") << 0.0 << 1 << 800;
    QTest::newRow("high") << 1.0 << 1 << 1200;
    QTest::newRow("high at attempt 2") << 1.0 << 2 << 2400;
    QTest::newRow("capped, low") << 0.0 << 10 << 24000;
    QTest::newRow("capped, high: never above the cap") << 1.0 << 10 << 30000;
}

void TestRetryPolicy::jitterBounds()
{
    QFETCH(double, random);
    QFETCH(int, attempt);
    QFETCH(int, expected);
    RetryPolicy p;
    p.maxAttempts = 20;
    p.random = [random] { return random; };
    QCOMPARE(p.delayBeforeRetry(RetryPolicy::Method::Get, attempt, 500, {}, kNow), expected);

    // The default random source stays within the bounds too.
    RetryPolicy real;
    real.maxAttempts = 20;
    for (int i = 0; i < 50; ++i) {
        const int d = real.delayBeforeRetry(RetryPolicy::Method::Get, 1, 503, {}, kNow);
        QVERIFY(d >= 800 && d <= 1200);
    }
}

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("expected");
    QTest::newRow("seconds") << QByteArray("120") << kNow << 120000;
    QTest::newRow("zero") << QByteArray("0") << kNow << 0;
    QTest::newRow("padded") << QByteArray(" 5 ") << kNow << 5000;
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                 << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 27), Qt::UTC) << 10000;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT")
                             << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 27), Qt::UTC) << 10000;
    QTest::newRow("RFC 850 this century") << QByteArray("Saturday, 01-Mar-25 12:00:30 GMT") << kNow << 30000;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994")
                             << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 36), Qt::UTC) << 1000;
    QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << kNow << 0;
    QTest::newRow("empty") << QByteArray() << kNow << -1;
    QTest::newRow("negative") << QByteArray("-5") << kNow << -1;
    QTest::newRow("fraction: to the millisecond") << QByteArray("1.5") << kNow << 1500;
    QTest::newRow("garbage") << QByteArray("tomorrow") << kNow << -1;
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, now);
    QFETCH(int, expected);
    QCOMPARE(RetryPolicy::parseRetryAfter(value, now), expected);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

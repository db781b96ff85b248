// AdaptiveLimiter on its own, on a clock the test moves: slow start and its bound, the cut on 429/503 and on rising
// latency, the pace learnt from what the tenant admitted, Retry-After (fractional, whole seconds, dates), probing.
#include "api/AdaptiveLimiter.h"
#include "api/RetryPolicy.h"

#include <QSignalSpy>
#include <QTest>

#include <deque>
#include <limits>
#include <map>

using namespace c1;

// A workload that starts what the limiter allows after every answer and every millisecond, against a tenant that
// answers after `latency` ms and admits at most `limit` requests in any trailing second (as c1-sandbox does).
struct Simulation {
    Simulation(AdaptiveLimiter& l, qint64& clock)
        : limiter(l)
        , now(clock)
    { }

    AdaptiveLimiter& limiter;
    qint64& now;
    int latency = 50;
    int limit = 0; // 0 = none
    int backlog = 1000000;
    int started = 0;
    int refused = 0;
    int admitted = 0;
    bool trace = false;
    std::deque<qint64> window; // admissions within the last second
    std::multimap<qint64, std::pair<int, bool>> out; // due → status, C1Client's own retry
    std::deque<qint64> retries; // when C1Client sends a refused request again (Retry-After: 1)

    int decide()
    {
        if (limit <= 0)
            return 200;
        while (!window.empty() && window.front() <= now - 1000)
            window.pop_front();
        if (int(window.size()) >= limit)
            return 429;
        window.push_back(now);
        return 200;
    }

    void pump()
    {
        limiter.setBacklog(backlog);
        while (backlog > 0 && limiter.mayStart(int(out.size()))) {
            --backlog;
            ++started;
            out.emplace(now + latency, std::make_pair(decide(), false));
        }
    }
    void runFor(qint64 ms)
    {
        const qint64 end = now + ms;
        pump();
        while (now < end) {
            ++now;
            while (!retries.empty() && retries.front() <= now) {
                retries.pop_front();
                ++started;
                out.emplace(now + latency, std::make_pair(decide(), true));
            }
            while (!out.empty() && out.begin()->first <= now) {
                const auto [status, retry] = out.begin()->second;
                out.erase(out.begin());
                if (status == 429) {
                    ++refused;
                    retries.push_back(now + 1000);
                } else {
                    ++admitted;
                }
                limiter.record(status, latency, status == 429 ? 1000 : -1, false, retry);
                pump(); // as the job does in its answer's callback
            }
            pump();
            if (trace && now % 250 == 0)
                qDebug("t=%lld pace %.1f concurrency %d admitted %d refused %d", now % 100000, limiter.pace(),
                    limiter.concurrency(), admitted, refused);
        }
    }
};

class TestAdaptiveLimiter : public QObject {
    Q_OBJECT

    qint64 m_now = 0;

    void useClock(AdaptiveLimiter& limiter)
    {
        m_now = 1000000;
        limiter.setClock([this] { return m_now; });
    }

    // Starts as many requests as the limiter allows, waits `latency`, and answers them all with `status`.
    int roundTrip(AdaptiveLimiter& limiter, int latency, int status = 200)
    {
        int out = 0;
        while (limiter.mayStart(out))
            ++out;
        m_now += latency;
        for (int i = 0; i < out; ++i)
            limiter.record(status, latency, -1, false, false);
        return out;
    }

private Q_SLOTS:
    void startsModeratelyAndDoublesPerRoundTrip()
    {
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        QCOMPARE(limiter.concurrency(), AdaptiveLimiter::InitialConcurrency);
        QCOMPARE(limiter.pace(), 0.0);
        Simulation sim { limiter, m_now };
        sim.runFor(1);
        QCOMPARE(sim.started, 4);
        sim.runFor(59); // the first round trip came back
        QCOMPARE(limiter.concurrency(), 8); // at most doubled in one round trip
        sim.runFor(50);
        QCOMPARE(limiter.concurrency(), 16);
        sim.runFor(100);
        QCOMPARE(limiter.concurrency(), 48); // the profile's bound
        sim.runFor(500);
        QCOMPARE(limiter.concurrency(), 48);
        QCOMPARE(limiter.peakConcurrency(), 48);
        QCOMPARE(limiter.refusals(), 0);
    }

    void growsOnlyWhileTheWindowIsUsed()
    {
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(limiter.mayStart(0)); // one at a time: never more than 1 out
            m_now += 50;
            limiter.record(200, 50, -1, false, false);
        }
        QCOMPARE(limiter.concurrency(), AdaptiveLimiter::InitialConcurrency);
    }

    void maxConcurrencyIsAnUpperBound()
    {
        AdaptiveLimiter limiter(2);
        useClock(limiter);
        QCOMPARE(limiter.concurrency(), 2);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(roundTrip(limiter, 10), 2);
        limiter.setMaxConcurrency(1);
        QCOMPARE(roundTrip(limiter, 10), 1);
    }

    void cutsOnTooManyRequestsAndUnavailable_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }
    void cutsOnTooManyRequestsAndUnavailable()
    {
        QFETCH(int, status);
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        Simulation sim { limiter, m_now };
        sim.runFor(160);
        QCOMPARE(limiter.concurrency(), 32);
        sim.backlog = 0;
        sim.runFor(100); // everything answered
        const int before = limiter.concurrency();
        QSignalSpy changed(&limiter, &AdaptiveLimiter::changed);
        QCOMPARE(roundTrip(limiter, 50, status), before); // the answers of one round trip: one cut by a quarter
        QCOMPARE(limiter.concurrency(), int(before * 0.75));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(status == 429 ? limiter.refusals() : limiter.unavailable(), before);
        QCOMPARE(limiter.pace() > 0, status == 429);
        if (status == 503) {
            // No more slow start: about one more per round trip.
            const int cut = limiter.concurrency();
            sim.backlog = 1000000;
            sim.runFor(55);
            QVERIFY2(limiter.concurrency() >= cut && limiter.concurrency() <= cut + 2,
                qPrintable(QString::number(limiter.concurrency())));
        }
    }

    void cutsOnRisingLatency()
    {
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        Simulation sim { limiter, m_now };
        sim.runFor(160);
        const int grown = limiter.concurrency();
        QCOMPARE(grown, 32);
        sim.latency = 400; // a queue: 8× the lowest latency
        sim.runFor(2000);
        QVERIFY2(limiter.concurrency() < grown, qPrintable(QString::number(limiter.concurrency())));
        QCOMPARE(limiter.refusals(), 0);
    }

    void startUpWallOnLoopback()
    {
        // HTTP/2 to a local tenant, 1 ms round trips (Qt's sockets with Nagle off, see api/TcpNoDelay): 300 rows
        // against 50 requests a second. The first window fills with a handful out (slow start doubles at most once
        // per MinRoundTripMs), so the limit costs a few refusals, not a wall. With Nagle on, every write took 40-45
        // ms more: slow start then had 32-48 out when the window filled, and as many refusals at once.
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        Simulation sim { limiter, m_now };
        sim.latency = 1;
        sim.limit = 50;
        sim.backlog = 300;
        const qint64 start = m_now;
        qint64 firstRefusal = -1;
        int burst = 0;
        while (sim.admitted < 300 && m_now - start < 30000) {
            sim.runFor(1);
            if (firstRefusal < 0 && sim.refused > 0)
                firstRefusal = m_now;
            // Everything out when the first refusal came back is answered one round trip later.
            if (firstRefusal >= 0 && m_now == firstRefusal + sim.latency + 1)
                burst = sim.refused;
        }
        QCOMPARE(sim.admitted, 300);
        QVERIFY(firstRefusal >= 0);
        QVERIFY2(burst <= 2 * AdaptiveLimiter::InitialConcurrency, qPrintable(QString::number(burst)));
        QVERIFY2(sim.refused * 20 < sim.started, qPrintable(QString::number(sim.refused))); // under 5%
        QCOMPARE(limiter.pace(), 50.0);
        // Within 1.05x of the ideal 300 / 50 = 6 s (simulated time).
        QVERIFY2(m_now - start <= 6300, qPrintable(QString::number(m_now - start)));
    }

    void findsAnUnknownLimitAndFollowsIt()
    {
        // The backing off and growing again, end to end: 50/s, then 20/s, then 80/s, 1 ms a round trip.
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        Simulation sim { limiter, m_now };
        sim.latency = 1;
        sim.limit = 50;
        sim.trace = qEnvironmentVariableIsSet("C1_TRACE_LIMITER");
        sim.runFor(3000);
        const int first = sim.admitted;
        QVERIFY2(first >= 140, qPrintable(QString::number(first))); // ideal 150
        QVERIFY2(limiter.pace() >= 40 && limiter.pace() <= 56, qPrintable(QString::number(limiter.pace())));
        sim.limit = 20;
        sim.runFor(3000);
        QVERIFY2(limiter.pace() <= 30, qPrintable(QString::number(limiter.pace()))); // backed off (and probing)
        const int second = sim.admitted - first;
        QVERIFY2(second >= 45, qPrintable(QString::number(second))); // ideal 60, the window drains at first
        sim.limit = 80;
        sim.runFor(3000);
        const int third = sim.admitted - first - second;
        QVERIFY2(third >= 180, qPrintable(QString::number(third))); // ideal 240
        QVERIFY2(limiter.pace() >= 60, qPrintable(QString::number(limiter.pace())));
        // Few refusals: a handful at each change and at each probe, not a wall.
        QVERIFY2(sim.refused <= 40, qPrintable(QString::number(sim.refused)));
        QVERIFY2(sim.refused * 10 < sim.started, qPrintable(QString::number(sim.refused)));
    }

    void aCallWaitingForItsRetryHoldsNoSlot()
    {
        // Refused requests wait a whole second for C1Client's retry; the workload still counts them as its own. They
        // are not on the wire: with concurrency cut below their number, the work must not stop for that second.
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        const qint64 t0 = m_now;
        for (int i = 0; i < 30; ++i) {
            QVERIFY(limiter.mayStart(0));
            m_now += 10;
            limiter.record(200, 10, -1, false, false);
        }
        const int out = AdaptiveLimiter::InitialConcurrency;
        for (int i = 0; i < out; ++i)
            QVERIFY(limiter.mayStart(i));
        m_now += 1;
        for (int i = 0; i < out; ++i)
            limiter.record(429, 1, 1000, false, false); // "Retry-After: 1": C1Client sends them again in a second
        QVERIFY(limiter.concurrency() < out);
        QVERIFY(limiter.pace() >= 30);
        // Before the retries (due at t0 + 1301): most admitted requests left the trailing second, so the pace allows
        // a start, and the four waiting calls hold no slot.
        m_now = t0 + 1200;
        QVERIFY(limiter.mayStart(out));
        limiter.unstart();
        // Once the retries are sent they are on the wire, and hold the slots.
        m_now = t0 + 1310;
        QVERIFY(!limiter.mayStart(out));
    }

    void pacesAtWhatTheTenantAdmitted()
    {
        // 1 ms a round trip, a tenant admitting 50 a second: 50 pass in the first milliseconds, the next is refused.
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        const qint64 t0 = m_now;
        int admitted = 0;
        while (admitted < 50) {
            QVERIFY(limiter.mayStart(0));
            m_now += 1;
            limiter.record(200, 1, -1, false, false);
            ++admitted;
        }
        QVERIFY(limiter.mayStart(0));
        m_now += 1;
        limiter.record(429, 1, 1000, false, false); // "Retry-After: 1": within a second, no pause
        QCOMPARE(limiter.pace(), 50.0);
        QCOMPARE(limiter.pausedUntil() <= m_now, true);
        // The trailing second holds 50 admitted requests: nothing starts until the first of them leaves it.
        QSignalSpy ready(&limiter, &AdaptiveLimiter::ready);
        QVERIFY(!limiter.mayStart(0));
        m_now = t0 + 500;
        QVERIFY(!limiter.mayStart(0));
        m_now = t0 + AdaptiveLimiter::WindowMs + AdaptiveLimiter::WindowMarginMs + 1;
        QVERIFY(limiter.mayStart(0));
        limiter.record(200, 0, -1, false, false);
        // Then evenly: one every 1/50 s, not a burst.
        m_now += 10;
        QVERIFY(!limiter.mayStart(0));
        m_now += 10;
        QVERIFY(limiter.mayStart(0));
    }

    void aSecondRefusalCutsThePace()
    {
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        for (int i = 0; i < 50; ++i) {
            QVERIFY(limiter.mayStart(0));
            limiter.record(200, 0, -1, false, false);
        }
        QVERIFY(limiter.mayStart(0));
        limiter.record(429, 0, 1000, false, false);
        QCOMPARE(limiter.pace(), 50.0);
        // The tenant's limit falls: refused again soon after, at the new pace.
        m_now += AdaptiveLimiter::WindowMs / 2;
        limiter.mayStart(0);
        m_now += 1;
        limiter.record(429, 1, 1000, false, false);
        QCOMPARE(limiter.pace(), 37.5);
    }

    void retryAfterPausesNewStarts_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("pauseMs");
        QTest::newRow("fraction") << QByteArray("0.25") << 250;
        QTest::newRow("whole seconds 1: within the second") << QByteArray("1") << 0;
        QTest::newRow("whole seconds 3: at least 2 s") << QByteArray("3") << 2000;
    }
    void retryAfterPausesNewStarts()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, pauseMs);
        AdaptiveLimiter limiter(8);
        useClock(limiter);
        QVERIFY(limiter.mayStart(0));
        const int retryAfter = RetryPolicy::parseRetryAfter(header);
        limiter.record(429, 0, retryAfter, !RetryPolicy::isWholeSeconds(header), false);
        const qint64 refusedAt = m_now;
        QCOMPARE(limiter.pausedUntil() > refusedAt, pauseMs > 0);
        if (pauseMs == 0)
            return;
        QCOMPARE(limiter.pausedUntil(), refusedAt + pauseMs);
        QSignalSpy ready(&limiter, &AdaptiveLimiter::ready);
        m_now = refusedAt + pauseMs - 1;
        QVERIFY(!limiter.mayStart(0));
        QVERIFY(ready.wait(pauseMs + 2000)); // the timer runs on the real clock from when it was armed
        m_now = refusedAt + pauseMs;
        limiter.record(200, 0, -1, false, true); // C1Client's own retry of the refused request
        m_now = refusedAt + pauseMs + 1100; // (past the pace and the window too)
        QVERIFY(limiter.mayStart(0));
    }

    void probesUpwardsAndClimbsFaster()
    {
        // Paced at 20/s by an old refusal; the tenant now admits everything and there is plenty of work.
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(limiter.mayStart(0));
            limiter.record(200, 0, -1, false, false);
        }
        QVERIFY(limiter.mayStart(0));
        limiter.record(429, 0, 1000, false, false);
        QCOMPARE(limiter.pace(), 20.0);
        limiter.setBacklog(1000);
        QList<double> paces { limiter.pace() };
        for (int ms = 0; ms < 4000; ++ms) {
            ++m_now;
            if (limiter.mayStart(0))
                limiter.record(200, 0, -1, false, false);
            if (limiter.pace() != paces.last())
                paces << limiter.pace();
        }
        QVERIFY2(paces.size() >= 4, qPrintable(QString::number(paces.size())));
        QVERIFY(paces.last() > 60.0);
        // Each passed probe climbs by a larger step than the one before.
        QVERIFY(paces[2] / paces[1] > paces[1] / paces[0]);
        QCOMPARE(limiter.refusals(), 1);
    }

    void noProbeWithoutBacklog()
    {
        AdaptiveLimiter limiter(48);
        useClock(limiter);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(limiter.mayStart(0));
            limiter.record(200, 0, -1, false, false);
        }
        QVERIFY(limiter.mayStart(0));
        limiter.record(429, 0, 1000, false, false);
        limiter.setBacklog(5); // less than a second of work left
        for (int ms = 0; ms < 4000; ++ms) {
            ++m_now;
            if (limiter.mayStart(0))
                limiter.record(200, 0, -1, false, false);
        }
        QCOMPARE(limiter.pace(), 20.0);
    }

    void retryAfterPrecision_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("ms");
        QTest::addColumn<bool>("whole");
        QTest::newRow("1") << QByteArray("1") << 1000 << true;
        QTest::newRow("0.25") << QByteArray("0.25") << 250 << false;
        QTest::newRow("1.5") << QByteArray(" 1.5 ") << 1500 << false;
        QTest::newRow("0.0125") << QByteArray("0.0125") << 12 << false;
        QTest::newRow("2.") << QByteArray("2.") << -1 << false;
        QTest::newRow(".5") << QByteArray(".5") << -1 << false;
        QTest::newRow("1.2.3") << QByteArray("1.2.3") << -1 << false;
        QTest::newRow("-1.5") << QByteArray("-1.5") << -1 << false;
        QTest::newRow("huge") << QByteArray("99999999999.5") << std::numeric_limits<int>::max() << false;
    }
    void retryAfterPrecision()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, ms);
        QFETCH(bool, whole);
        QCOMPARE(RetryPolicy::parseRetryAfter(header), ms);
        QCOMPARE(RetryPolicy::isWholeSeconds(header), whole);
        if (ms >= 0 && ms < 100000) {
            RetryPolicy policy;
            QCOMPARE(policy.delayBeforeRetry(RetryPolicy::Method::Post, 1, 429, header), ms);
        }
    }

    void summaryNamesRateAndConcurrency()
    {
        AdaptiveLimiter limiter(48);
        QVERIFY(limiter.summary().contains(QString::number(AdaptiveLimiter::InitialConcurrency)));
    }
};

QTEST_GUILESS_MAIN(TestAdaptiveLimiter)
#include "tst_adaptivelimiter.moc"

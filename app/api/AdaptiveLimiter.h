#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace c1 {

class C1Client;

// How fast a bulk workload may send: a concurrency limit that adapts (AIMD with a latency signal) and, once the
// tenant has refused a request with 429, a pace learnt from what it admitted. The workload asks mayStart() before
// each request and starts it only on true; the limiter hears every HTTP attempt's outcome (watch() a C1Client, or
// record()), including the attempts C1Client retries by itself.
//
// Concurrency (AIMD, like TCP's congestion window):
//  - starts at InitialConcurrency (4), never above the profile's maximum (setMaxConcurrency) nor below 1;
//  - grows while answers come back without 429/503 and their latency holds, and only while the window is used
//    (a workload that keeps fewer requests out gains nothing): first by one per answer, at most doubling per
//    round trip ("slow start": from 4 to 48 in four round trips), after the first cut by one per window of answers;
//  - is cut by a quarter on 429/503, and by a tenth when the smoothed latency rises above twice the lowest latency
//    seen (+ 20 ms): that is a queue forming, at the tenant or in front of it (QNetworkAccessManager queues what its
//    six HTTP/1.1 connections cannot carry). At most one cut per round trip.
//
// Pace (requests per second), because a rate limit is not a concurrency limit: at 1 ms a round trip four requests
// at a time make thousands a second. Until the first 429 nothing is paced. A 429 tells the limiter how many requests
// the tenant admitted in the second before the refused one was sent: that count becomes the pace (a second refusal
// within the same second means the limit fell further, and the pace is cut by a quarter). From then on a request
// starts only when fewer than `pace` requests were admitted (or are out, or are retries C1Client has scheduled after
// a 429: room is kept for them, and their own refusals do not move the pace) in the trailing second, and at least
// 1/pace after the previous one, so requests leave evenly instead of as a burst into a wall of 429s. While the pace
// is what holds the work back, enough work is left and no 429 came for a while (500 ms), it probes upwards: 10% at
// first, then every 100 ms twice the step of the probe before while they pass (a limit may have been raised: 20 to 80
// a second in half a second); a probe refused at once makes the next probes rarer (up to one in 2 s), since each
// costs a refused request.
//
// Retry-After is honoured exactly by the refused request itself (C1Client's RetryPolicy). The limiter also sends
// nothing new before the moment the answer guarantees is too early: a fractional or HTTP-date Retry-After exactly, a
// whole number of seconds N as N - 1 (a server that rounds up to whole seconds means "within N seconds").
class AdaptiveLimiter : public QObject {
    Q_OBJECT
public:
    static constexpr int InitialConcurrency = 4;
    static constexpr qint64 WindowMs = 1000; // the unit of a rate limit
    static constexpr qint64 WindowMarginMs = 5; // our second is this much longer than the tenant's (clock skew)
    // Slow start doubles at most once in this long, however short the round trips: on loopback a round trip takes
    // 1 ms, and a limit found by a burst at 32 requests out costs 32 refusals.
    static constexpr qint64 MinRoundTripMs = 50;
    static constexpr qint64 MinProbeIntervalMs = 100; // after a probe that passed
    static constexpr qint64 MaxProbeIntervalMs = 2000; // after probes refused at once, one after the other

    explicit AdaptiveLimiter(int maxConcurrency, QObject* parent = nullptr);
    ~AdaptiveLimiter() override;

    // Hears every HTTP attempt of `client` (its exchangeFinished signal). One client at a time.
    void watch(C1Client* client);
    // For tests: milliseconds of a monotonic clock.
    void setClock(std::function<qint64()> clock);

    void setMaxConcurrency(int max); // the profile's concurrency: an upper bound
    int maxConcurrency() const { return m_max; }
    // Work waiting to be sent: the pace probes upwards only when there is enough of it to gain from a probe.
    void setBacklog(int waiting) { m_backlog = waiting; }

    // True when one more request may start now, with `inFlight` of the workload's requests already out; the start
    // is then counted. False otherwise; ready() follows when a paced or paused start becomes possible (a request
    // coming back frees a concurrency slot without it).
    bool mayStart(int inFlight);
    // Takes back the last start mayStart() allowed, when the workload did not send it after all.
    void unstart();
    // One HTTP attempt's outcome: status (0 = transport failure), its duration, the Retry-After it carried in ms
    // (-1 = none), whether it carried sub-second precision (fractional seconds or an HTTP date), and whether it was
    // a retry C1Client made by itself (not started through mayStart()).
    void record(int httpStatus, int durationMs, int retryAfterMs, bool retryAfterExact, bool retry);

    int concurrency() const; // the current limit
    int peakConcurrency() const { return m_peak; }
    double pace() const { return m_pace; } // requests per second; 0 = not paced (no 429 seen)
    double admittedPerSecond() const; // requests admitted in the trailing second
    int refusals() const { return m_refusals; } // 429s heard
    int unavailable() const { return m_unavailable; } // 503s heard
    qint64 pausedUntil() const { return m_pauseUntil; } // clock ms; nothing starts before (Retry-After)
    // "12 requests/s, 8 at a time", for a progress line.
    QString summary() const;

Q_SIGNALS:
    void ready(); // a start refused by pace or pause is now possible: ask mayStart() again
    void changed(); // concurrency or pace changed

private:
    qint64 now() const;
    void prune(qint64 now);
    int countSince(const std::deque<qint64>& times, qint64 since) const;
    int windowCount(qint64 now) const; // admitted + out, sent within the trailing window
    void cutConcurrency(double factor, qint64 now);
    void onRefused(qint64 now, qint64 sentAt, int retryAfterMs, bool exact);
    void maybeProbe(qint64 now);
    void armAt(qint64 when);

    std::function<qint64()> m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    QPointer<C1Client> m_client;
    QMetaObject::Connection m_watch;

    int m_max;
    double m_limit;
    int m_peak;
    bool m_slowStart = true;
    double m_epochLimit; // the limit at the start of the current round trip (slow start doubles at most)
    qint64 m_epochStart = 0;
    qint64 m_lastCut = -1000000;
    int m_maxInFlight = 0; // the most requests out since the last answer

    double m_baseLatency = -1; // the lowest latency seen, drifting slowly up to follow a slower tenant
    double m_latency = -1; // smoothed

    double m_pace = 0;
    qint64 m_nextStart = 0; // no paced start before
    qint64 m_pauseUntil = 0;
    std::deque<qint64> m_out; // send times of starts not answered yet (FIFO)
    std::deque<qint64> m_admitted; // send times of admitted requests, within the trailing window
    std::deque<qint64> m_retries; // when C1Client sends again what was refused with a Retry-After
    qint64 m_lastRefusal = -1000000;
    qint64 m_lastPaceChange = 0;
    int m_admittedSinceChange = 0;
    qint64 m_lastProbe = -1;
    double m_probeStep = 0.1;
    qint64 m_probeInterval = 500;
    bool m_paceBound = false; // a start was refused by the pace since the last change
    int m_backlog = 0;
    int m_refusals = 0;
    int m_unavailable = 0;
};

} // namespace c1

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
// Concurrency (AIMD, like TCP's congestion window) bounds the requests on the wire; a call waiting for C1Client's
// retry after a 429 is not on the wire and holds no slot:
//  - starts at InitialConcurrency (4), never above the profile's maximum (setMaxConcurrency) nor below 1;
//  - grows while answers come back without 429/503 and their latency holds, and only while the window is used
//    (a workload that keeps fewer requests out gains nothing): first by one per answer, at most doubling per
//    round trip ("slow start": from 4 to 48 in four round trips), after the first cut by one per window of answers;
//  - is cut by a quarter on 429/503, and by a tenth when the smoothed latency rises above twice the lowest latency
//    seen (+ 20 ms): that is a queue forming, at the tenant or in front of it (QNetworkAccessManager queues what its
//    six HTTP/1.1 connections cannot carry). At most one cut per round trip.
//
// Pace (requests per second), because a rate limit is not a concurrency limit: at 1 ms a round trip four requests
// at a time make thousands a second. Until the first 429 nothing is paced. A 429 tells the limiter what the tenant
// admitted in the second before the refused request (the admitted answers, and the requests sent before it whose
// answers are still on the way): the tenant's limit, which becomes the pace. From then on a request starts only when
// fewer than `pace` requests were admitted (or are out, or are retries C1Client has scheduled after a 429: room is
// kept for them, and their own refusals do not move the pace) in the trailing second, and at least 1/pace after the
// previous one, so requests leave evenly instead of as a burst into a wall of 429s.
//  - A lowered limit: a refusal at a pace that was admitted means the limit fell. The pace becomes what was
//    admitted; a second refusal within a second (the tenant's window still full at the new pace) cuts it by a
//    quarter more each time.
//  - A raised limit: nothing is refused, so the limiter probes. While the pace is what holds the work back and at
//    least twice the pace is left to send (a refused probe's row waits a Retry-After: it must not become the last
//    row), ProbeIntervalMs after the last change it raises the pace by a quarter; each ProbeStepMs that passes
//    without a refusal it raises it again by twice the step (+50%, then doubling): 20 to 80 a second in about half
//    a second. The first refusal ends the probe, and the pace becomes what the tenant admitted. A probe refused at
//    its first step (the limit has not moved) makes the next one wait longer, up to MaxProbeIntervalMs.
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
    static constexpr qint64 EndMarginMs = 25; // ... in the job's last second of work (less than `pace` rows left)
    // A send time is an answer's time minus its duration, both whole milliseconds, and the duration counts from when
    // the call started (QNAM may hold it briefly): a refusal sent this close after a pace change is from before it.
    static constexpr qint64 SendTimeSlackMs = 3;
    // Slow start doubles at most once in this long, however short the round trips: on loopback a round trip takes
    // 1 ms, and a limit found by a burst at 32 requests out costs 32 refusals.
    static constexpr qint64 MinRoundTripMs = 50;
    static constexpr qint64 ProbeIntervalMs = 300; // from a change of the pace to the first probe
    static constexpr qint64 MaxProbeIntervalMs = 1000; // ... after probes refused at their first step
    static constexpr qint64 ProbeStepMs = 100; // between the steps of a probe that passes
    static constexpr double FirstProbeStep = 0.5;

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
    int retriesOnWire(qint64 now) const; // C1Client's retries sent and not answered yet
    qint64 windowMargin() const;
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
    // ... and the middle of their round trips, when the tenant most likely counted them: the window that decides
    // when the next request may start lets a request leave a second after that, not after its sending (on a busy
    // machine a request that took longer to reach the tenant than the next one would still be in the tenant's
    // window).
    std::deque<qint64> m_answered;
    std::deque<qint64> m_retries; // when C1Client sends again what was refused with a Retry-After
    qint64 m_lastRefusal = -1000000;
    qint64 m_lastPaceChange = 0;
    int m_admittedSinceChange = 0;
    qint64 m_lastProbe = -1; // when the current probe's last step began; -1 = not probing
    double m_probeFrom = 0; // the pace before that step
    double m_probeStep = FirstProbeStep;
    qint64 m_probeInterval = ProbeIntervalMs;
    bool m_paceBound = false; // a start was refused by the pace since the last change
    int m_backlog = 0;
    int m_refusals = 0;
    int m_unavailable = 0;
};

} // namespace c1

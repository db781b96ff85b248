#include "api/AdaptiveLimiter.h"

#include "api/C1Client.h"

#include <algorithm>
#include <cmath>

namespace c1 {

AdaptiveLimiter::AdaptiveLimiter(int maxConcurrency, QObject* parent)
    : QObject(parent)
    , m_max(std::max(1, maxConcurrency))
    , m_limit(std::min(InitialConcurrency, std::max(1, maxConcurrency)))
    , m_peak(int(m_limit))
    , m_epochLimit(m_limit)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AdaptiveLimiter::ready);
}

AdaptiveLimiter::~AdaptiveLimiter() = default;

void AdaptiveLimiter::watch(C1Client* client)
{
    disconnect(m_watch);
    m_client = client;
    if (!client)
        return;
    m_watch = connect(client, &C1Client::exchangeFinished, this,
        [this](int status, int durationMs, int retryAfterMs, bool retryAfterExact, int attempt) {
            record(status, durationMs, retryAfterMs, retryAfterExact, attempt > 1);
        });
}

void AdaptiveLimiter::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    m_epochStart = now();
    m_lastPaceChange = m_epochStart;
}

qint64 AdaptiveLimiter::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void AdaptiveLimiter::setMaxConcurrency(int max)
{
    m_max = std::max(1, max);
    m_limit = std::clamp(m_limit, 1.0, double(m_max));
    m_epochLimit = std::min(m_epochLimit, m_limit);
    m_peak = std::max(m_peak, concurrency());
    Q_EMIT changed();
}

int AdaptiveLimiter::concurrency() const
{
    return std::clamp(int(m_limit), 1, m_max);
}

void AdaptiveLimiter::prune(qint64 now)
{
    // Send times arrive nearly in order (answers come back in about the order they left); keep a little more than a
    // window and let countSince() ignore what is older.
    const qint64 horizon = now - 2 * (WindowMs + WindowMarginMs);
    while (!m_admitted.empty() && m_admitted.front() < horizon)
        m_admitted.pop_front();
    while (!m_retries.empty() && m_retries.front() < horizon)
        m_retries.pop_front(); // never sent (the call gave up): keep no room for it
}

int AdaptiveLimiter::countSince(const std::deque<qint64>& times, qint64 since) const
{
    return int(std::count_if(times.cbegin(), times.cend(), [since](qint64 t) { return t > since; }));
}

int AdaptiveLimiter::windowCount(qint64 now) const
{
    const qint64 since = now - WindowMs - WindowMarginMs;
    // Retries C1Client has scheduled after a 429 count as sent already: room is kept for them.
    return countSince(m_admitted, since) + countSince(m_out, since) + int(m_retries.size());
}

double AdaptiveLimiter::admittedPerSecond() const
{
    const qint64 t = now();
    return double(countSince(m_admitted, t - WindowMs)) * 1000.0 / double(WindowMs);
}

QString AdaptiveLimiter::summary() const
{
    return tr("%1 requests/s, %2 at a time").arg(QString::number(std::round(admittedPerSecond()))).arg(concurrency());
}

void AdaptiveLimiter::armAt(qint64 when)
{
    const int delay = int(std::clamp<qint64>(when - now(), 0, 24 * 3600 * 1000));
    if (m_timer.isActive() && m_timer.remainingTime() <= delay)
        return;
    m_timer.start(delay);
}

bool AdaptiveLimiter::mayStart(int inFlight)
{
    const qint64 t = now();
    prune(t);
    if (t < m_pauseUntil) {
        armAt(m_pauseUntil);
        return false;
    }
    if (inFlight >= concurrency()) {
        m_maxInFlight = std::max(m_maxInFlight, inFlight); // the window is used
        return false; // an answer frees a slot; the workload asks again then
    }
    if (m_pace > 0) {
        maybeProbe(t);
        qint64 earliest = m_nextStart;
        if (windowCount(t) >= m_pace) {
            // Wait until the oldest request of the trailing window leaves it.
            const qint64 since = t - WindowMs - WindowMarginMs;
            qint64 oldest = t;
            for (const std::deque<qint64>* times : { &m_admitted, &m_out }) {
                for (qint64 sent : *times) {
                    if (sent > since)
                        oldest = std::min(oldest, sent);
                }
            }
            earliest = std::max(earliest, oldest + WindowMs + WindowMarginMs + 1);
        }
        if (t < earliest) {
            m_paceBound = true;
            armAt(earliest);
            return false;
        }
        m_nextStart = t + qint64(std::floor(1000.0 / m_pace));
    }
    m_out.push_back(t);
    m_maxInFlight = std::max(m_maxInFlight, inFlight + 1);
    return true;
}

void AdaptiveLimiter::unstart()
{
    if (!m_out.empty())
        m_out.pop_back();
}

void AdaptiveLimiter::cutConcurrency(double factor, qint64 now)
{
    m_slowStart = false;
    const double roundTrip = std::max(m_latency, 50.0);
    if (double(now - m_lastCut) < roundTrip)
        return; // the answers of requests sent before the last cut say nothing new
    m_lastCut = now;
    m_limit = std::max(1.0, m_limit * factor);
    m_epochLimit = m_limit;
}

void AdaptiveLimiter::record(int httpStatus, int durationMs, int retryAfterMs, bool retryAfterExact, bool retry)
{
    const qint64 t = now();
    const qint64 sentAt = t - std::max(0, durationMs);
    if (!retry && !m_out.empty())
        m_out.pop_front();
    if (retry && !m_retries.empty())
        m_retries.pop_front();
    if (httpStatus == 429 && retryAfterMs >= 0 && m_retries.size() < 1000)
        m_retries.push_back(t + retryAfterMs); // C1Client sends it again then, without asking
    const int before = concurrency();
    const double paceBefore = m_pace;

    if (httpStatus == 429) {
        ++m_refusals;
        if (!retry) { // a retry was not sent at our pace: its refusal says nothing about the pace
            cutConcurrency(0.75, t);
            onRefused(t, sentAt, retryAfterMs, retryAfterExact);
        }
    } else if (httpStatus == 503) {
        ++m_unavailable;
        cutConcurrency(0.75, t);
        if (retryAfterMs > 0) {
            const qint64 pause = retryAfterExact ? retryAfterMs : retryAfterMs - 1000;
            m_pauseUntil = std::max(m_pauseUntil, t + pause);
        }
    } else if (httpStatus != 0) {
        // Admitted (any answer but 429/503, errors included: the tenant did the work of refusing it).
        m_admitted.push_back(sentAt);
        ++m_admittedSinceChange;
        const double latency = std::max(0, durationMs);
        if (m_baseLatency < 0 || latency < m_baseLatency)
            m_baseLatency = latency;
        else
            m_baseLatency += (latency - m_baseLatency) * 0.005;
        m_latency = m_latency < 0 ? latency : 0.8 * m_latency + 0.2 * latency;
        if (m_latency > 2.0 * m_baseLatency + 20.0) {
            cutConcurrency(0.9, t); // a queue is forming
        } else if (m_maxInFlight >= concurrency()) {
            if (m_slowStart) {
                if (double(t - m_epochStart) >= std::max(m_latency, double(MinRoundTripMs))) {
                    m_epochStart = t;
                    m_epochLimit = m_limit;
                }
                m_limit = std::min(m_limit + 1.0, 2.0 * m_epochLimit);
            } else {
                m_limit += 1.0 / m_limit;
            }
            m_limit = std::min(m_limit, double(m_max));
        }
        m_maxInFlight = int(m_out.size());
    }
    m_peak = std::max(m_peak, concurrency());
    if (concurrency() != before || m_pace != paceBefore)
        Q_EMIT changed();
}

void AdaptiveLimiter::onRefused(qint64 now, qint64 sentAt, int retryAfterMs, bool exact)
{
    if (retryAfterMs > 0) {
        const qint64 pause = exact ? retryAfterMs : retryAfterMs - 1000;
        m_pauseUntil = std::max(m_pauseUntil, now + pause);
        if (m_pauseUntil > now)
            armAt(m_pauseUntil);
    }
    // What the tenant admitted in the second before it refused this one: the limit is at most that.
    const qint64 since = sentAt - WindowMs;
    const int admitted = int(std::count_if(
        m_admitted.cbegin(), m_admitted.cend(), [&](qint64 sent) { return sent > since && sent <= sentAt; }));
    const double estimate = std::max(1, admitted);
    const bool probeFailed = m_lastProbe >= 0 && sentAt >= m_lastProbe;
    if (m_pace <= 0) {
        m_pace = estimate;
    } else if (sentAt <= m_lastPaceChange) {
        return; // sent before the pace last changed: already answered
    } else if (now - m_lastRefusal < WindowMs && !probeFailed) {
        m_pace = std::max(1.0, std::min(estimate, m_pace * 0.75)); // refused again at the new pace: the limit fell
    } else {
        m_pace = std::max(1.0, std::min(estimate, m_pace));
    }
    if (probeFailed) {
        // At the limit: probe less often (each probe costs a refused request).
        m_probeStep = 0.1;
        m_probeInterval = std::min<qint64>(MaxProbeIntervalMs, m_probeInterval * 3 / 2);
    } else {
        m_probeStep = 0.1;
        m_probeInterval = 500;
    }
    m_lastProbe = -1;
    m_lastRefusal = now;
    m_lastPaceChange = now;
    m_admittedSinceChange = 0;
    m_paceBound = false;
    m_nextStart = std::max(m_nextStart, now + qint64(std::floor(1000.0 / m_pace)));
}

void AdaptiveLimiter::maybeProbe(qint64 now)
{
    if (!m_paceBound || double(m_backlog) < m_pace)
        return; // the pace holds nothing back, or too little work is left to gain from a probe
    // A probe not refused within a quarter of a second passed; the first probe after a refusal waits longer.
    const qint64 interval = m_lastProbe >= 0 ? std::min<qint64>(m_probeInterval, 250) : m_probeInterval;
    if (now - std::max(m_lastPaceChange, m_lastRefusal) < interval)
        return;
    // ... and only once the tenant admitted about what the pace sent in that time (not while a full window drains).
    if (double(m_admittedSinceChange) < std::max(1.0, 0.8 * m_pace * double(interval) / 1000.0))
        return;
    if (m_lastProbe >= 0) {
        // The last probe passed: the limit may be well above; climb faster.
        m_probeStep = std::min(1.0, m_probeStep * 2);
        m_probeInterval = MinProbeIntervalMs;
    }
    m_pace *= 1.0 + m_probeStep;
    m_lastProbe = now;
    m_lastPaceChange = now;
    m_admittedSinceChange = 0;
    m_paceBound = false;
    m_nextStart = now;
    Q_EMIT changed();
}

} // namespace c1

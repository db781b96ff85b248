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
    const qint64 horizon = now - 2 * (WindowMs + EndMarginMs);
    while (!m_admitted.empty() && m_admitted.front() < horizon)
        m_admitted.pop_front();
    while (!m_answered.empty() && m_answered.front() < horizon)
        m_answered.pop_front();
    while (!m_retries.empty() && m_retries.front() < horizon)
        m_retries.pop_front(); // never sent (the call gave up): keep no room for it
}

int AdaptiveLimiter::countSince(const std::deque<qint64>& times, qint64 since) const
{
    return int(std::count_if(times.cbegin(), times.cend(), [since](qint64 t) { return t > since; }));
}

qint64 AdaptiveLimiter::windowMargin() const
{
    // Within the last second of work a refusal would hold the job's end back by its Retry-After (a second): there a
    // few more milliseconds of margin cost far less.
    return m_backlog > 0 && double(m_backlog) < m_pace ? EndMarginMs : WindowMarginMs;
}

int AdaptiveLimiter::retriesOnWire(qint64 now) const
{
    // A scheduled retry whose time has come is out until its answer (record() then drops the oldest).
    return int(std::count_if(m_retries.cbegin(), m_retries.cend(), [now](qint64 at) { return at <= now; }));
}

int AdaptiveLimiter::windowCount(qint64 now) const
{
    const qint64 since = now - WindowMs - windowMargin();
    // Retries C1Client has scheduled after a 429 count as sent already: room is kept for them.
    return countSince(m_answered, since) + countSince(m_out, since) + int(m_retries.size());
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
    // Concurrency bounds what is on the wire: a call waiting for C1Client's retry after a 429 holds no slot (with
    // concurrency cut to 2 and three refused rows waiting a second each, the job would otherwise send nothing).
    const int onWire = std::min(inFlight, int(m_out.size()) + retriesOnWire(t));
    if (onWire >= concurrency()) {
        m_maxInFlight = std::max(m_maxInFlight, onWire); // the window is used
        return false; // an answer frees a slot; the workload asks again then
    }
    if (m_pace > 0) {
        maybeProbe(t);
        qint64 earliest = m_nextStart;
        if (windowCount(t) >= m_pace) {
            // Wait until the oldest request of the trailing window leaves it.
            const qint64 since = t - WindowMs - windowMargin();
            qint64 oldest = t;
            for (const std::deque<qint64>* times : { &m_answered, &m_out }) {
                for (qint64 sent : *times) {
                    if (sent > since)
                        oldest = std::min(oldest, sent);
                }
            }
            earliest = std::max(earliest, oldest + WindowMs + windowMargin() + 1);
        }
        if (t < earliest) {
            m_paceBound = true;
            armAt(earliest);
            return false;
        }
        // The next start is one interval after this one's turn, not after this call: a timer that fires late (a
        // busy event loop) must not make every later request late too. After a longer wait, no burst: one interval.
        const qint64 interval = qint64(std::floor(1000.0 / m_pace));
        m_nextStart = t - m_nextStart < interval ? m_nextStart + interval : t + interval;
    }
    m_out.push_back(t);
    m_maxInFlight = std::max(m_maxInFlight, onWire + 1);
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
        m_answered.push_back(sentAt + std::max(0, durationMs) / 2);
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
    // What the tenant admitted in the second before it refused this one: the limit is that. (Requests sent before
    // this one whose answers are still on the way are not counted: in a burst most of them are refused too.)
    const qint64 since = sentAt - WindowMs;
    const int admitted = int(std::count_if(
        m_admitted.cbegin(), m_admitted.cend(), [&](qint64 sent) { return sent > since && sent <= sentAt; }));
    const double estimate = std::max(1, admitted);
    const bool probeRefused = m_lastProbe >= 0 && sentAt >= m_lastProbe;
    if (m_pace <= 0) {
        m_pace = estimate;
    } else if (sentAt <= m_lastPaceChange + SendTimeSlackMs) {
        return; // sent before the pace last changed: already answered
    } else if (probeRefused) {
        // The probe went past the limit: the tenant's count is the limit.
        m_pace = std::min(estimate, m_pace);
        if (m_probeStep <= FirstProbeStep) // refused at the first step: at the limit, probe less often
            m_probeInterval = std::min<qint64>(MaxProbeIntervalMs, m_probeInterval * 3 / 2);
    } else if (now - m_lastRefusal < WindowMs) {
        m_pace = std::max(1.0, std::min(estimate, m_pace * 0.75)); // refused again at the new pace: the limit fell
        m_probeInterval = ProbeIntervalMs;
    } else {
        m_pace = std::max(1.0, std::min(estimate, m_pace));
        m_probeInterval = ProbeIntervalMs;
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
    // Only while the pace is what holds the work back, and while enough work is left that a refused probe (its row
    // waits a Retry-After, about a second) does not become the job's last row.
    if (!m_paceBound || double(m_backlog) < 2.0 * m_pace)
        return;
    const bool probing = m_lastProbe >= 0;
    // The first step waits m_probeInterval after the last change; each further step ProbeStepMs after the one
    // before, which passed (not refused so far).
    const qint64 interval = probing ? ProbeStepMs : m_probeInterval;
    if (now - m_lastPaceChange < interval)
        return;
    // ... and only once the tenant admitted about what the pace sent in that time (not while a full window drains).
    if (double(m_admittedSinceChange) < std::max(1.0, 0.8 * m_pace * double(interval) / 1000.0))
        return;
    // A step passed when the tenant admitted more in a second than the pace before it allowed: only then is the
    // limit known to be higher (a tenant whose window had room admits a step's first requests at any limit).
    if (probing && double(countSince(m_admitted, now - WindowMs)) <= m_probeFrom)
        return;
    if (probing) {
        // The limit is above: climb faster (+50%, then doubling), and probe soon again once it is found.
        m_probeStep = std::min(1.0, m_probeStep * 2);
        m_probeInterval = ProbeIntervalMs;
    } else {
        m_probeStep = FirstProbeStep;
    }
    m_probeFrom = m_pace;
    m_pace *= 1.0 + m_probeStep;
    m_lastProbe = now;
    m_lastPaceChange = now;
    m_admittedSinceChange = 0;
    m_paceBound = false;
    m_nextStart = now;
    Q_EMIT changed();
}

} // namespace c1

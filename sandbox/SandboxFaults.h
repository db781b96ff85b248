#pragma once

#include <QRandomGenerator>

#include <deque>

namespace c1 {

struct SandboxOptions;

// The fault knobs of SandboxOptions, decided per request with dice seeded from options.seed (so a run is
// repeatable): a rate limit over a sliding one-second window (429 + Retry-After), a failure rate (503, before any
// effect), a redirect rate (301, before any effect), a drop rate (the connection closes without an answer), a
// truncation rate (half the body, then the connection closes), an HTML error rate (a proxy's 502 page), and the
// latency with jitter and occasional spikes to answer after.
class SandboxFaults {
public:
    enum class Verdict { Serve, RateLimited, Fail, Redirect, Drop, Truncate, HtmlError };
    struct Decision {
        Verdict verdict = Verdict::Serve;
        int retryAfterSeconds = 0; // RateLimited
    };

    explicit SandboxFaults(quint64 seed);

    Decision decide(const SandboxOptions& options, qint64 nowMs);
    // latency ± jitter, never negative, plus latencySpikeMs for a latencySpikeRate fraction (then *spiked = true)
    int delayMs(const SandboxOptions& options, bool* spiked = nullptr);

private:
    QRandomGenerator m_dice;
    std::deque<qint64> m_window; // admission times within the last second
};

} // namespace c1

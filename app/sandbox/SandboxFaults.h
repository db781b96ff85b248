#pragma once

#include <QRandomGenerator>

#include <deque>

namespace c1 {

struct SandboxOptions;

// The fault knobs of SandboxOptions, decided per request with dice seeded from options.seed (so a run is
// repeatable): a rate limit over a sliding one-second window (429 + Retry-After), a failure rate (503, before any
// effect), a drop rate (the connection closes without an answer), and the latency with jitter to answer after.
class SandboxFaults {
public:
    enum class Verdict { Serve, RateLimited, Fail, Drop };
    struct Decision {
        Verdict verdict = Verdict::Serve;
        int retryAfterSeconds = 0; // RateLimited
    };

    explicit SandboxFaults(quint64 seed);

    Decision decide(const SandboxOptions& options, qint64 nowMs);
    int delayMs(const SandboxOptions& options); // latency ± jitter, never negative

private:
    QRandomGenerator m_dice;
    std::deque<qint64> m_window; // admission times within the last second
};

} // namespace c1

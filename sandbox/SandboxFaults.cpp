#include "sandbox/SandboxFaults.h"

#include "sandbox/SandboxServer.h"

namespace c1 {

SandboxFaults::SandboxFaults(quint64 seed)
    : m_dice(static_cast<quint32>(seed ^ (seed >> 32) ^ 0x9e3779b9U))
{ }

SandboxFaults::Decision SandboxFaults::decide(const SandboxOptions& options, qint64 nowMs)
{
    if (options.rateLimitPerSecond > 0) {
        while (!m_window.empty() && m_window.front() <= nowMs - 1000)
            m_window.pop_front();
        if (int(m_window.size()) >= options.rateLimitPerSecond) {
            const qint64 waitMs = m_window.front() + 1000 - nowMs;
            return { Verdict::RateLimited, int(std::max<qint64>(1, (waitMs + 999) / 1000)) };
        }
        m_window.push_back(nowMs);
    }
    if (options.failureRate > 0 && m_dice.generateDouble() < options.failureRate)
        return { Verdict::Fail, 0 };
    // The dice of a knob are rolled only when it is on, so that adding a knob keeps the runs of the others.
    if (options.redirectRate > 0 && m_dice.generateDouble() < options.redirectRate)
        return { Verdict::Redirect, 0 };
    if (options.dropRate > 0 && m_dice.generateDouble() < options.dropRate)
        return { Verdict::Drop, 0 };
    if (options.truncateRate > 0 && m_dice.generateDouble() < options.truncateRate)
        return { Verdict::Truncate, 0 };
    if (options.htmlErrorRate > 0 && m_dice.generateDouble() < options.htmlErrorRate)
        return { Verdict::HtmlError, 0 };
    return {};
}

int SandboxFaults::delayMs(const SandboxOptions& options, bool* spiked)
{
    int delay = options.latencyMs;
    if (options.jitterMs > 0)
        delay += int(m_dice.bounded(2 * options.jitterMs + 1)) - options.jitterMs;
    const bool spike = options.latencySpikeRate > 0 && options.latencySpikeMs > 0
        && m_dice.generateDouble() < options.latencySpikeRate;
    if (spike)
        delay += options.latencySpikeMs;
    if (spiked)
        *spiked = spike;
    return std::max(0, delay);
}

} // namespace c1

#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace c1 {

// When to try an HTTP exchange again (docs/api-facts.md §2): 429 and 503 honour Retry-After (seconds or an HTTP date),
// else exponential backoff (base, 2×base …) capped, with jitter, for at most maxAttempts in all.
// Other 5xx and transport failures are retried only for idempotent methods (GET, PUT, DELETE), never POST.
struct RetryPolicy {
    int maxAttempts = 5;
    int baseDelayMs = 1000;
    int maxDelayMs = 30000;
    double jitter = 0.2; // ± fraction of the delay
    int maxRetryAfterMs = 120000; // a longer Retry-After is capped to this

    enum class Method { Get, Post, Put, Delete };

    // -1 = do not retry; otherwise the delay before attempt number `attempt + 1` (attempt counts from 1).
    // httpStatus 0 means a transport failure (dropped connection, timeout).
    int delayBeforeRetry(Method method, int attempt, int httpStatus, const QByteArray& retryAfterHeader,
        const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Milliseconds from a Retry-After value ("120" or an HTTP date), -1 if absent or unparsable.
    // Fractional seconds ("0.25", "1.5") are taken to the millisecond.
    static int parseRetryAfter(const QByteArray& value, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // True for a delta in whole seconds ("1"): a server rounding up means "within that many seconds".
    static bool isWholeSeconds(const QByteArray& value);

    std::function<double()> random; // 0..1, for tests; default uses QRandomGenerator
};

} // namespace c1

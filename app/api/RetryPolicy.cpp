#include "api/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace c1 {

// Which failures are retried (docs/api-facts.md §2):
//  - 429: every method, POST included. The server refused the request before doing anything, so re-sending
//    cannot duplicate a write. Retry-After is honoured (capped to maxRetryAfterMs).
//  - 503: GET, PUT and DELETE, honouring Retry-After. A POST is NOT re-sent: C1 creates carry no idempotency
//    key and a 503 from a proxy does not prove the backend did nothing, so the caller must first read whether
//    the POST took effect (the bulk job does exactly that).
//  - Other 5xx and transport failures (httpStatus 0: dropped connection, timeout): GET, PUT, DELETE only.
//  - Everything else (4xx, 3xx): never. A 401 is not this policy's business: C1Client refreshes the token once.
int RetryPolicy::delayBeforeRetry(
    Method method, int attempt, int httpStatus, const QByteArray& retryAfterHeader, const QDateTime& now) const
{
    if (attempt >= maxAttempts)
        return -1;
    const bool idempotent = method != Method::Post;
    bool honourRetryAfter = false;
    if (httpStatus == 429) {
        honourRetryAfter = true;
    } else if (httpStatus == 503) {
        if (!idempotent)
            return -1;
        honourRetryAfter = true;
    } else if (httpStatus == 0 || (httpStatus >= 500 && httpStatus <= 599)) {
        if (!idempotent)
            return -1;
    } else {
        return -1;
    }

    if (honourRetryAfter) {
        const int retryAfter = parseRetryAfter(retryAfterHeader, now);
        if (retryAfter >= 0)
            return std::min(retryAfter, maxRetryAfterMs);
    }

    // Exponential backoff: base, 2×base, 4×base … capped, then ± jitter (never above the cap).
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double raw = std::min(double(baseDelayMs) * std::pow(2.0, exponent), double(maxDelayMs));
    const double r = random ? std::clamp(random(), 0.0, 1.0) : QRandomGenerator::global()->generateDouble();
    const double jittered = raw * (1.0 + jitter * (2.0 * r - 1.0));
    return int(std::clamp(jittered, 0.0, double(maxDelayMs)));
}

bool RetryPolicy::isWholeSeconds(const QByteArray& value)
{
    const QByteArray text = value.trimmed();
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

int RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;

    // delta-seconds
    bool allDigits = true;
    for (const char c : text)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        if (text.size() > 9)
            return std::numeric_limits<int>::max(); // absurdly long; the caller caps it
        // Up to 999,999,999 s: in milliseconds that overflows an int, so multiply in 64 bits and saturate.
        return int(std::min<qint64>(text.toLongLong() * 1000, std::numeric_limits<int>::max()));
    }

    // delta-seconds with a fraction ("0.25"): not in RFC 9110, but some servers and proxies send it; taken to the
    // millisecond, further digits ignored.
    const qsizetype dot = text.indexOf('.');
    if (dot > 0 && dot + 1 < text.size()) {
        const QByteArray whole = text.left(dot);
        const QByteArray fraction = text.mid(dot + 1);
        const auto digits = [](const QByteArray& part) {
            return std::all_of(part.cbegin(), part.cend(), [](char c) { return c >= '0' && c <= '9'; });
        };
        if (digits(whole) && digits(fraction)) {
            if (whole.size() > 9)
                return std::numeric_limits<int>::max();
            const QByteArray millis = QByteArray(fraction.left(3) + "00").left(3);
            return int(
                std::min<qint64>(whole.toLongLong() * 1000 + millis.toLongLong(), std::numeric_limits<int>::max()));
        }
    }

    // HTTP-date: IMF-fixdate, and the obsolete RFC 850 and asctime forms (RFC 9110 §5.6.7). The weekday is
    // redundant and dropped (QLocale would reject an RFC 850 date whose two-digit year it puts in the wrong century).
    QString date = QString::fromLatin1(text).simplified();
    const qsizetype space = date.indexOf(u' ');
    if (space < 0)
        return -1;
    date.remove(0, space + 1);
    const QLocale c = QLocale::c();
    const QString formats[]
        = { u"dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dd-MMM-yy HH:mm:ss 'GMT'"_s, u"MMM d HH:mm:ss yyyy"_s };
    QDateTime parsed;
    int matched = -1;
    for (int i = 0; i < int(std::size(formats)) && !parsed.isValid(); ++i) {
        parsed = c.toDateTime(date, formats[i]);
        matched = i;
    }
    if (!parsed.isValid())
        return -1;
    parsed.setTimeZone(QTimeZone::utc());
    // RFC 850's two-digit year reads as 19yy; RFC 9110 wants the latest century not more than 50 years ahead.
    while (matched == 1 && parsed.date().year() + 100 <= now.date().year() + 50)
        parsed = parsed.addYears(100);
    const qint64 ms = now.msecsTo(parsed);
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

} // namespace c1

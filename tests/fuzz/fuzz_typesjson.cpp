// libFuzzer target: the API value types read from server bytes (Types.h fromJson through QJsonDocument), RFC 3339
// timestamps and Retry-After. Input: one mode character, then the bytes:
//   '0' App  '1' AppResourceType  '2' AppResource  '3' AppEntitlement  '4' User   (JSON object)
//   '5' Introspection  '6' OwnerRecord (user, of an app)  '7' OwnerRecord (entitlement, of a resource)
//   '8' a timestamp text  '9' a Retry-After header value
// Invariants: nothing crashes on any JSON; what toJson() writes reads back to the same value (a value that went
// through fromJson once is stable); a parsed timestamp is UTC and survives formatTimestamp; a Retry-After delay is
// never negative and is capped.

#include "api/RetryPolicy.h"
#include "api/Types.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

using namespace c1;

namespace {

template <typename T> void roundTrip(const QJsonObject& json)
{
    const T first = T::fromJson(json);
    const QJsonObject written = first.toJson();
    const T second = T::fromJson(written);
    C1_FUZZ_CHECK(second.toJson() == written);
    C1_FUZZ_CHECK(second.id == first.id);
    C1_FUZZ_CHECK(second.createdAt == first.createdAt);
    validate::isId(first.id);
    if constexpr (requires { first.annotations; })
        validate::annotations(first.annotations);
}

void ownerRecord(const QJsonObject& json, OwnerKind kind, const OwnerTarget& target)
{
    const OwnerRecord record = OwnerRecord::fromJson(json, kind, target);
    C1_FUZZ_CHECK(record.ref.kind == kind);
    C1_FUZZ_CHECK(record.target.appId == target.appId || target.appId.isEmpty());
    C1_FUZZ_CHECK(kind == OwnerKind::User ? !record.entitlement.has_value() : !record.user.has_value());
    record.displayName();
    record.ref.key();
    record.target.key();
}

void timestamp(const QByteArray& text)
{
    const QDateTime time = parseTimestamp(QJsonValue(QString::fromUtf8(text)));
    if (!time.isValid())
        return;
    C1_FUZZ_CHECK(time.timeSpec() == Qt::UTC);
    const QString written = formatTimestamp(time);
    C1_FUZZ_CHECK(parseTimestamp(QJsonValue(written)) == time);
}

void retryAfter(const QByteArray& header)
{
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    const int parsed = RetryPolicy::parseRetryAfter(header, now);
    C1_FUZZ_CHECK(parsed >= -1);
    RetryPolicy policy;
    policy.random = [] { return 0.5; };
    const int delay = policy.delayBeforeRetry(RetryPolicy::Method::Get, 1, 429, header, now);
    C1_FUZZ_CHECK(delay >= 0 && delay <= std::max(policy.maxRetryAfterMs, policy.maxDelayMs));
    C1_FUZZ_CHECK(policy.delayBeforeRetry(RetryPolicy::Method::Post, 1, 503, header, now) == -1);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const char mode = char(data[0]);
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    if (mode == '8') {
        timestamp(rest);
        return 0;
    }
    if (mode == '9') {
        retryAfter(rest);
        return 0;
    }

    const QJsonObject json = QJsonDocument::fromJson(rest).object(); // not an object: {} (C1Client refuses those)
    switch (mode) {
    case '0':
        roundTrip<App>(json);
        break;
    case '1':
        roundTrip<AppResourceType>(json);
        break;
    case '2':
        roundTrip<AppResource>(json);
        break;
    case '3':
        roundTrip<AppEntitlement>(json);
        break;
    case '4':
        roundTrip<User>(json);
        break;
    case '5': {
        const Introspection who = Introspection::fromJson(json);
        C1_FUZZ_CHECK(who.roles.size() <= json.value(QStringLiteral("roles")).toArray().size());
        break;
    }
    case '6':
        ownerRecord(json, OwnerKind::User, OwnerTarget::app(QStringLiteral("2Xq1bL0fzAppId0000000000000")));
        break;
    case '7':
        ownerRecord(json, OwnerKind::Entitlement, OwnerTarget::resource({}, {}, {}));
        break;
    default:
        break;
    }
    return 0;
}

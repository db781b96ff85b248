#pragma once

// Test helper for the C1Client wire suites: runs one call to its answer, waiting on the event loop (never sleeping).
#include "api/C1Client.h"

#include <QTest>

#include <optional>

namespace c1::test {

// `start(callback)` starts the call; the result, or a Timeout error if no answer came within 20 s.
template <typename T, typename Start> Result<T> awaitCall(Start start)
{
    std::optional<Result<T>> result;
    int answers = 0;
    start(C1Client::Callback<T>([&result, &answers](Result<T> r) {
        ++answers;
        result.emplace(std::move(r));
    }));
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        timeout.message = QStringLiteral("no answer within 20 s");
        return timeout;
    }
    if (answers != 1)
        qWarning("a call answered %d times", answers);
    return *result;
}

inline QByteArray why(const ApiError& error)
{
    return error.fullDetail().toUtf8();
}

} // namespace c1::test

// QVERIFY that a Result is ok, printing the error otherwise.
#define C1_VERIFY_OK(result) QVERIFY2((result).ok(), (result).ok() ? "" : c1::test::why((result).error()).constData())

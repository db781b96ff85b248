#pragma once
// The one way a suite waits for an asynchronous answer: Answer<T> collects the callback of one call (C1Client,
// TokenSource, a workflow), AWAIT_OK waits for it and fails the test with the error's whole text, and await<T>()
// runs one call to its end. All wait on the event loop (QTRY_* / qWaitFor), never by sleeping.

#include "base/Result.h"

#include <QTest>

#include <functional>
#include <optional>
#include <utility>

namespace c1::test {

template <typename T> struct Answer {
    std::optional<Result<T>> result;
    int calls = 0; // a callback must run exactly once

    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> r) {
            ++calls;
            result.emplace(std::move(r));
        };
    }
    bool done() const { return calls > 0; }
    bool ok() const { return result && result->ok(); }
    const T& value() const { return result->value(); }
    ApiError error() const { return result && !result->ok() ? result->error() : ApiError {}; }
    QByteArray why() const { return result && !result->ok() ? result->error().fullDetail().toUtf8() : QByteArray(); }
};

// Runs one call to its answer: `start(context, callback)` starts it. A call that never answers yields an error.
template <typename T, typename Start> Result<T> await(Start start, int timeoutMs = 15000)
{
    Answer<T> answer;
    QObject context;
    start(&context, answer.callback());
    if (!QTest::qWaitFor([&answer] { return answer.done(); }, timeoutMs))
        return ApiError::invalidInput(QStringLiteral("timed out"));
    return std::move(*answer.result);
}

} // namespace c1::test

// Waits for `answer` (an Answer<T>) and fails the test unless it succeeded.
#define AWAIT_OK(answer)                                                                                               \
    do {                                                                                                               \
        QTRY_VERIFY_WITH_TIMEOUT((answer).done(), 15000);                                                              \
        QVERIFY2((answer).result->ok(), (answer).why().constData());                                                   \
    } while (false)

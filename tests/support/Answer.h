#pragma once
// The one way a suite waits for an asynchronous answer: Answer<T> collects the callback of one call (C1Client,
// TokenSource, a workflow), AWAIT_OK waits for it and fails the test with the error's whole text, await<T>() runs
// one call to its end and VERIFY_OK checks a Result. All wait on the event loop (QTRY_* / qWaitFor), never by
// sleeping.

#include "base/Result.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>
#include <type_traits>
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

// The whole text of a failed result's error, for QVERIFY2.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().fullDetail().toUtf8();
}

// Runs one call to its answer. `start(context, callback)` starts it (or `start(callback)`, for a call whose context
// the caller chooses). A call that never answers yields a Timeout error; one that answers twice warns.
template <typename T, typename Start> Result<T> await(Start start, int timeoutMs = 20000)
{
    Answer<T> answer;
    QObject context;
    if constexpr (std::is_invocable_v<Start&, QObject*, std::function<void(Result<T>)>>)
        start(&context, answer.callback());
    else
        start(answer.callback());
    if (!QTest::qWaitFor([&answer] { return answer.done(); }, timeoutMs)) {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        timeout.message = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return timeout;
    }
    if (answer.calls != 1)
        qWarning("a call answered %d times", answer.calls);
    return std::move(*answer.result);
}

} // namespace c1::test

// Waits for `answer` (an Answer<T>), successful or not.
#define AWAIT(answer) QTRY_VERIFY_WITH_TIMEOUT((answer).done(), 20000)

// Waits for `answer` (an Answer<T>) and fails the test unless it succeeded.
#define AWAIT_OK(answer)                                                                                               \
    do {                                                                                                               \
        AWAIT(answer);                                                                                                 \
        QVERIFY2((answer).result->ok(), (answer).why().constData());                                                   \
    } while (false)

// Fails the test unless `result` (a Result<T>) is ok, with the error's whole text.
#define VERIFY_OK(result) QVERIFY2((result).ok(), c1::test::why(result).constData())

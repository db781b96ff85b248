#pragma once

#include "api/BearerProvider.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace c1::test {

// A scripted bearer provider: hands out tokens[0] until it is invalidated, then tokens[1] …
class TestBearer : public BearerProvider {
public:
    explicit TestBearer(QStringList tokens)
        : m_tokens(std::move(tokens))
    { }

    void token(QObject* context, Callback callback) override
    {
        ++requests;
        QPointer<QObject> guard(context);
        const bool fail = failure.isError() && failTimes != 0;
        if (failTimes > 0)
            --failTimes;
        if (!fail) {
            const QString value = m_tokens.value(std::min(m_current, int(m_tokens.size()) - 1));
            QTimer::singleShot(0, context, [callback = std::move(callback), value] { callback(value); });
        } else {
            QTimer::singleShot(0, context, [callback = std::move(callback), error = failure] { callback(error); });
        }
    }

    void invalidate(const QString& token) override
    {
        invalidated << token;
        if (token == m_tokens.value(m_current))
            ++m_current;
    }

    QStringList invalidated;
    int requests = 0;
    ApiError failure; // when set, token() fails with it ...
    int failTimes = -1; // ... this many times (-1: always)

private:
    QStringList m_tokens;
    int m_current = 0;
};

} // namespace c1::test

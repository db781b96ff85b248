#pragma once

#include "base/Result.h"

#include <QString>

#include <functional>

class QObject;

namespace c1 {

// Where C1Client gets its bearer token. TokenSource (app/auth) is the real one (wrapped by TokenSourceBearer);
// tests pass a scripted provider so that the API layer can be tested without signing in.
class BearerProvider {
public:
    using Callback = std::function<void(const Result<QString>& token)>;

    virtual ~BearerProvider() = default;
    // Calls back (through `context`, never synchronously) with a valid token or an ApiError.
    virtual void token(QObject* context, Callback callback) = 0;
    // Drops the cached token if it is still `token`: the next token() mints a new one (after a 401).
    virtual void invalidate(const QString& token) = 0;
};

} // namespace c1

#pragma once

#include "settings/Profile.h"

#include <QObject>
#include <QString>

#include <functional>

namespace c1 {

// Credentials per profile in the OS keychain. Asynchronous: never blocks the UI thread. Jobs run one at a time
// in the order asked (the Linux backends dislike concurrent jobs). No plain-text fallback.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Error { None, NoBackend, AccessDenied, NotFound, Other };

    struct Outcome {
        Error error = Error::None;
        QString message; // translated, readable; never contains a secret
        bool ok() const { return error == Error::None; }
    };

    using ReadCallback = std::function<void(const Outcome& outcome, ProfileSecrets secrets)>;
    using WriteCallback = std::function<void(const Outcome& outcome)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // All callbacks are delivered asynchronously, only while `context` is alive.
    virtual void read(const QString& profileId, QObject* context, ReadCallback callback) = 0;
    virtual void write(
        const QString& profileId, const ProfileSecrets& secrets, QObject* context, WriteCallback callback)
        = 0;
    virtual void remove(const QString& profileId, QObject* context, WriteCallback callback) = 0;

    static QString describe(Error error);
};

} // namespace c1

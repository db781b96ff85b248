#pragma once

#include "api/C1Client.h"
#include "api/Types.h"
#include "settings/Profile.h"

#include <QObject>

#include <memory>

namespace c1 {

class Session;

// One sign-in: builds a Session for a profile and its secrets, then asks GET /api/v1/auth/introspect and looks the
// signed-in user up (GET /api/v1/users/{id}) for a name and email; a user that cannot be read does not fail it.
// Used by SessionController (the active profile) and by SettingsDialog's "Test connection" (a form not yet saved).
// Always finishes asynchronously with finished(), except after cancel(), which ends the attempt silently.
class SignInAttempt : public QObject {
    Q_OBJECT
public:
    explicit SignInAttempt(QObject* parent = nullptr);
    ~SignInAttempt() override;

    void start(const Profile& profile, ProfileSecrets secrets);
    void cancel(); // drops the session; no finished() for this attempt
    bool isRunning() const { return m_running; }

    bool succeeded() const { return m_succeeded; }
    const Introspection& identity() const { return m_identity; }
    const User& user() const { return m_user; } // empty id when the lookup failed
    // "Ada Lovelace <ada@example.com>", or the name, the email, the user ID: the best there is, for people.
    static QString describeUser(const User& user, const QString& userId);
    QString errorText() const { return m_errorText; } // translated, precise, never a secret
    const ApiError& apiError() const { return m_apiError; }
    std::unique_ptr<Session> takeSession(); // after success

    // People-facing text for a failed sign-in: bad secret, TLS, unreachable, 401, clock skew …
    static QString describe(const ApiError& error, const QString& host);
    // What a refused certificate is, for people to compare with what their administrator expects: subject, issuer,
    // validity and SHA-256 fingerprint of the server's certificate (the first one), translated, and whether it is
    // self-signed (unless `sayIfSelfSigned` is false: the error already says so). Empty for none.
    static QString describeCertificate(const QList<QSslCertificate>& chain, bool sayIfSelfSigned = true);

Q_SIGNALS:
    void finished(bool ok);

private:
    void finish(bool ok);
    void lookUpUser(quint64 generation);

    std::unique_ptr<Session> m_session;
    CallHandle m_call;
    Introspection m_identity;
    User m_user;
    ApiError m_apiError;
    QString m_errorText;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_succeeded = false;
};

} // namespace c1

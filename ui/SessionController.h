#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace c1 {

class ProfileStore;
class SecretStore;
class Session;
struct Profile;
struct ProfileSecrets;

// Turns the active profile into a signed-in Session: reads the profile's secrets from the keychain
// asynchronously (never on the start-up path before the window shows), builds the Session, signs in with
// GET /api/v1/auth/introspect, and reports each state. Owned by the main window.
class SessionController : public QObject {
    Q_OBJECT
public:
    enum class State { NoProfile, ReadingKeychain, SigningIn, Connected, Failed };
    Q_ENUM(State)

    SessionController(ProfileStore* profiles, SecretStore* secrets, QObject* parent = nullptr);
    ~SessionController() override;

    ProfileStore* profiles() const { return m_profiles; }
    SecretStore* secrets() const { return m_secrets; }
    Session* session() const { return m_session.get(); } // nullptr until connected
    State state() const { return m_state; }
    QString stateText() const; // translated, for the status bar
    QString lastError() const { return m_lastError; }

    // Disconnects the current session (its pending calls are aborted) and connects to profile `id`.
    void connectProfile(const QString& id);
    // For --demo and tests: connect with secrets held only in memory.
    void connectWithSecrets(const Profile& profile, const ProfileSecrets& secrets);
    void disconnectSession();

Q_SIGNALS:
    void stateChanged(c1::SessionController::State state);
    // Emitted with the new session (or nullptr) after the old one is gone; widgets re-point to it.
    void sessionChanged(c1::Session* session);

private:
    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    std::unique_ptr<Session> m_session;
    State m_state = State::NoProfile;
    QString m_lastError;
};

} // namespace c1

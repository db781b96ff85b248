#pragma once

#include "api/Types.h"
#include "settings/Profile.h"

#include <QObject>
#include <QString>

#include <memory>

namespace c1 {

class ProfileStore;
class SecretStore;
class Session;
class SignInAttempt;

// Turns the active profile into a signed-in Session: reads the profile's secrets from the keychain
// asynchronously (never on the start-up path before the window shows), builds the Session, signs in with
// GET /api/v1/auth/introspect, looks the user up, and reports each state. Owned by the main window.
// Profile edits (ProfileEditor) are followed through profileSaved()/profileRemoved(): with no profile connected,
// a saved profile is connected; the connected (or connecting) profile is reconnected when saved and disconnected
// when removed.
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
    // The profile being connected or connected (empty id when none) and who the credential is (once connected).
    const Profile& profile() const { return m_profile; }
    const Introspection& identity() const { return m_identity; }
    const User& user() const { return m_user; } // the signed-in user (empty id when it could not be read)
    QString userText() const; // "Name <email>" for people; empty while not connected

    // Disconnects the current session (its pending calls are aborted) and connects to profile `id`.
    void connectProfile(const QString& id);
    // For --demo and tests: connect with secrets held only in memory.
    void connectWithSecrets(const Profile& profile, const ProfileSecrets& secrets);
    void disconnectSession();
    // A profile was saved (settings and keychain): connects it when none is connected, reconnects it when it is
    // the current one. Returns whether it (re)connects.
    bool profileSaved(const QString& id);
    void profileRemoved(const QString& id); // disconnects when it is the current profile

Q_SIGNALS:
    void stateChanged(c1::SessionController::State state);
    // Emitted with the new session (or nullptr) after the old one is gone; widgets re-point to it.
    void sessionChanged(c1::Session* session);

private:
    void setState(State state);
    void signIn(const Profile& profile, const ProfileSecrets& secrets);
    void fail(const QString& error);

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    std::unique_ptr<Session> m_session;
    SignInAttempt* m_attempt;
    State m_state = State::NoProfile;
    QString m_lastError;
    Profile m_profile;
    Introspection m_identity;
    User m_user;
    quint64 m_generation = 0; // a keychain answer for an older request is dropped
};

} // namespace c1

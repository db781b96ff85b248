#include "workflows/SessionController.h"

#include "api/Session.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"
#include "workflows/SignInAttempt.h"
#include "workflows/WorkflowsLogging.h"

namespace c1 {

SessionController::SessionController(ProfileStore* profiles, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_attempt(new SignInAttempt(this))
{
    connect(m_attempt, &SignInAttempt::finished, this, [this](bool ok) {
        if (!ok) {
            fail(m_attempt->errorText());
            return;
        }
        m_session = m_attempt->takeSession();
        m_identity = m_attempt->identity();
        m_user = m_attempt->user();
        qCInfo(lcWorkflows) << "connected to" << m_profile.name << "as" << m_identity.userId;
        Q_EMIT sessionChanged(m_session.get());
        setState(State::Connected);
    });
}

SessionController::~SessionController()
{
    ++m_generation;
    m_attempt->cancel();
}

QString SessionController::stateText() const
{
    switch (m_state) {
    case State::NoProfile:
        return tr("No profile");
    case State::ReadingKeychain:
        return tr("Reading the keychain…");
    case State::SigningIn:
        return tr("Signing in to %1…").arg(m_profile.name);
    case State::Connected:
        if (const QString who = userText(); !who.isEmpty())
            return tr("Connected to %1 as %2").arg(m_session ? m_session->tenantHost() : m_profile.name, who);
        return tr("Connected to %1").arg(m_session ? m_session->tenantHost() : m_profile.name);
    case State::Failed:
        return tr("Not connected: %1").arg(m_lastError);
    }
    return {};
}

QString SessionController::userText() const
{
    if (m_state != State::Connected || m_identity.userId.isEmpty())
        return {};
    return SignInAttempt::describeUser(m_user, m_identity.userId);
}

bool SessionController::profileSaved(const QString& id)
{
    const bool current = !m_profile.id.isEmpty() && m_profile.id == id;
    const bool connecting = m_state == State::ReadingKeychain || m_state == State::SigningIn;
    const bool noneConnected = m_state == State::NoProfile || m_state == State::Failed;
    if (!current && (connecting || !noneConnected))
        return false; // another profile is connected or on its way: the user switches when they want to
    qCInfo(lcWorkflows) << (current ? "reconnecting the saved profile" : "connecting the saved profile");
    if (m_profiles && m_profiles->activeProfileId() != id)
        m_profiles->setActiveProfileId(id);
    connectProfile(id);
    return true;
}

void SessionController::profileRemoved(const QString& id)
{
    if (!id.isEmpty() && id == m_profile.id)
        disconnectSession();
}

void SessionController::connectProfile(const QString& id)
{
    disconnectSession();
    const std::optional<Profile> profile = m_profiles ? m_profiles->profile(id) : std::nullopt;
    if (!profile) {
        if (!id.isEmpty())
            fail(tr("The profile no longer exists. Choose another one in File ▸ Switch profile."));
        return;
    }
    m_profile = *profile;
    setState(State::ReadingKeychain);
    if (!m_secrets) {
        fail(tr("No keychain is available to read the profile's credentials."));
        return;
    }
    const quint64 generation = m_generation;
    m_secrets->read(id, this, [this, generation](const SecretStore::Outcome& outcome, ProfileSecrets secrets) {
        if (generation != m_generation)
            return;
        if (!outcome.ok()) {
            fail(outcome.error == SecretStore::Error::NotFound
                    ? tr("The keychain holds no credentials for profile “%1”. Enter the client ID and secret in "
                         "File ▸ Settings.")
                          .arg(m_profile.name)
                    : outcome.message);
            return;
        }
        signIn(m_profile, secrets);
    });
}

void SessionController::connectWithSecrets(const Profile& profile, const ProfileSecrets& secrets)
{
    disconnectSession();
    m_profile = profile;
    signIn(profile, secrets);
}

void SessionController::disconnectSession()
{
    ++m_generation;
    m_attempt->cancel();
    m_lastError.clear();
    m_identity = {};
    m_user = {};
    m_profile = {};
    if (m_session) {
        // Widgets let go of the old session first; then it is destroyed (its pending calls are aborted).
        std::unique_ptr<Session> old = std::move(m_session);
        Q_EMIT sessionChanged(nullptr);
        old.reset();
    }
    setState(State::NoProfile);
}

void SessionController::signIn(const Profile& profile, const ProfileSecrets& secrets)
{
    setState(State::SigningIn);
    m_attempt->start(profile, secrets);
}

void SessionController::fail(const QString& error)
{
    m_lastError = error;
    qCWarning(lcWorkflows) << "sign-in failed for" << m_profile.name << ":" << error;
    setState(State::Failed);
}

void SessionController::setState(State state)
{
    // SigningIn and Failed are re-announced: the profile or the error may differ from the last time.
    if (state == m_state && state != State::Failed && state != State::SigningIn)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace c1

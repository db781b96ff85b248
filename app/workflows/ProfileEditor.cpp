#include "workflows/ProfileEditor.h"

#include "auth/ClientCredentials.h"
#include "settings/ProfileStore.h"
#include "workflows/WorkflowsLogging.h"

namespace c1 {

ProfileEditor::ProfileEditor(ProfileStore* profiles, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{ }

ProfileEditor::~ProfileEditor() = default;

QString ProfileEditor::problem(const Profile& profile, const ProfileSecrets& secrets) const
{
    if (profile.name.trimmed().isEmpty())
        return tr("Enter a name for the profile.");
    if (m_profiles) {
        const std::optional<Profile> same = m_profiles->profileByName(profile.name);
        if (same && same->id != profile.id)
            return tr("Another profile is already called “%1”.").arg(profile.name);
    }
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    ClientCredentials::Error error = ClientCredentials::Error::None;
    if (!ClientCredentials::parse(secrets.clientId, secrets.clientSecret, &error))
        return ClientCredentials::describe(error);
    if (secrets.tenantDomain.trimmed().isEmpty())
        return tr("Enter the tenant domain.");
    return {};
}

void ProfileEditor::begin()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void ProfileEditor::end()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void ProfileEditor::readSecrets(const QString& id, QObject* context, SecretStore::ReadCallback done)
{
    if (!m_secrets) {
        SecretStore::Outcome outcome { SecretStore::Error::NoBackend,
            SecretStore::describe(SecretStore::Error::NoBackend) };
        QMetaObject::invokeMethod(
            context, [outcome, done = std::move(done)] { done(outcome, {}); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->read(id, context, std::move(done));
}

void ProfileEditor::save(const Profile& profile, const ProfileSecrets& secrets, QObject* context, Done done)
{
    auto answer = [context, done](bool ok, const QString& message) {
        QMetaObject::invokeMethod(
            context, [ok, message, done] { done(ok, message); }, Qt::QueuedConnection);
    };
    if (profile.id.isEmpty() || !m_profiles)
        return answer(false, tr("There is no profile to save."));
    if (const QString problem = this->problem(profile, secrets); !problem.isEmpty())
        return answer(false, problem);
    if (!m_secrets)
        return answer(false, tr("No keychain is available: the credentials cannot be saved."));

    const bool isNew = !m_profiles->profile(profile.id).has_value();
    begin();
    QPointer<ProfileEditor> self(this);
    // The keychain answers this editor, which always ends the operation; the caller hears of it while it lives.
    done = [ctx = QPointer<QObject>(context), done](bool ok, const QString& message) {
        if (ctx)
            done(ok, message);
    };
    m_secrets->write(profile.id, secrets, this, [self, profile, isNew, done](const SecretStore::Outcome& outcome) {
        if (!outcome.ok()) {
            self->end();
            done(false, tr("The credentials could not be saved: %1").arg(outcome.message));
            return;
        }
        // The profile is stored only once its credentials are: no profile without credentials.
        QString error;
        if (!self->m_profiles || !self->m_profiles->save(profile, &error)) {
            if (error.isEmpty())
                error = tr("The profile could not be saved.");
            qCWarning(lcWorkflows) << "profile not saved after its credentials:" << error;
            if (isNew && self->m_secrets) {
                // Nor credentials without a profile: take the new entry out of the keychain again.
                self->m_secrets->remove(profile.id, self, [self, error, done](const SecretStore::Outcome&) {
                    if (self)
                        self->end();
                    done(false, error);
                });
                return;
            }
            self->end();
            done(false, error);
            return;
        }
        self->end();
        qCInfo(lcWorkflows) << "profile saved:" << profile.name;
        done(true, tr("Saved."));
        if (self)
            Q_EMIT self->saved(profile.id);
    });
}

void ProfileEditor::duplicate(const QString& sourceId, const QString& name, QObject* context,
    std::function<void(const Profile& copy, bool ok, const QString& message)> done)
{
    auto answer = [context, done](const Profile& copy, bool ok, const QString& message) {
        QMetaObject::invokeMethod(
            context, [copy, ok, message, done] { done(copy, ok, message); }, Qt::QueuedConnection);
    };
    if (!m_profiles || !m_secrets)
        return answer({}, false, tr("No keychain is available: the credentials cannot be copied."));
    QString error;
    const Profile copy = m_profiles->duplicate(sourceId, name, &error);
    if (copy.id.isEmpty())
        return answer({}, false, error);
    begin();
    QPointer<ProfileEditor> self(this);
    done = [ctx = QPointer<QObject>(context), done](const Profile& made, bool ok, const QString& message) {
        if (ctx)
            done(made, ok, message);
    };
    m_secrets->read(sourceId, this, [self, copy, done](const SecretStore::Outcome& outcome, ProfileSecrets secrets) {
        if (!outcome.ok() || !self->m_secrets) {
            self->end();
            done(copy, false, tr("The profile was copied, but not its credentials: %1").arg(outcome.message));
            return;
        }
        self->m_secrets->write(copy.id, secrets, self, [self, copy, done](const SecretStore::Outcome& written) {
            if (self)
                self->end();
            if (written.ok())
                done(copy, true, tr("Copied to “%1”.").arg(copy.name));
            else
                done(copy, false, tr("The profile was copied, but not its credentials: %1").arg(written.message));
        });
    });
}

void ProfileEditor::remove(const QString& id, QObject* context, Done done)
{
    if (!m_profiles || !m_secrets) {
        QMetaObject::invokeMethod(
            context, [done] { done(false, tr("No keychain is available.")); }, Qt::QueuedConnection);
        return;
    }
    begin();
    QPointer<ProfileEditor> self(this);
    done = [ctx = QPointer<QObject>(context), done](bool ok, const QString& message) {
        if (ctx)
            done(ok, message);
    };
    m_profiles->removeWithSecrets(id, m_secrets, this, [self, id, done](const SecretStore::Outcome& outcome) {
        if (self)
            self->end();
        if (!outcome.ok()) {
            done(
                false, tr("The keychain entry could not be deleted, so the profile was kept: %1").arg(outcome.message));
            return;
        }
        done(true, tr("Profile deleted."));
        if (self)
            Q_EMIT self->removed(id);
    });
}

} // namespace c1

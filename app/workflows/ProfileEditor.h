#pragma once

#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace c1 {

class ProfileStore;

// The profile half of the session workflow: what the settings dialog does to profiles, each as one operation of
// the settings file (ProfileStore) and the keychain (SecretStore), so that no profile exists without its
// credentials and the dialog never carries a keychain secret from one call to the next:
//  - save: checks the profile and its credentials, writes the credentials to the keychain and then the profile to
//    the settings; if the settings refuse it after all, a new profile's keychain entry is removed again;
//  - duplicate: copies a profile and its keychain entry (the secret goes from keychain to keychain here);
//  - remove: the keychain entry first, then the profile.
// saved()/removed() tell the SessionController (see SessionController::profileSaved) and the views.
class ProfileEditor : public QObject {
    Q_OBJECT
public:
    // message: translated, for the form's status line (why it failed, or what was done); never a secret.
    using Done = std::function<void(bool ok, const QString& message)>;

    ProfileEditor(ProfileStore* profiles, SecretStore* secrets, QObject* parent = nullptr);
    ~ProfileEditor() override;

    ProfileStore* profiles() const { return m_profiles; }
    SecretStore* secrets() const { return m_secrets; }
    bool isBusy() const { return m_pending > 0; }

    // The first problem with a profile and its credentials, translated; empty when it can be saved.
    QString problem(const Profile& profile, const ProfileSecrets& secrets) const;

    // The credentials of a stored profile, to edit them in the form (outcome as the keychain reported it).
    void readSecrets(const QString& id, QObject* context, SecretStore::ReadCallback done);
    void save(const Profile& profile, const ProfileSecrets& secrets, QObject* context, Done done);
    // The copy (empty id when nothing was copied) and how it went.
    void duplicate(const QString& sourceId, const QString& name, QObject* context,
        std::function<void(const Profile& copy, bool ok, const QString& message)> done);
    void remove(const QString& id, QObject* context, Done done);

Q_SIGNALS:
    void saved(const QString& id);
    void removed(const QString& id);
    void busyChanged(bool busy);

private:
    void begin();
    void end();

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    int m_pending = 0;
};

} // namespace c1

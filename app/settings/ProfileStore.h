#pragma once

#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace c1 {

// Profiles in QSettings (group "profiles/<id>/…"): never a tenant domain, client ID or secret.
// Also remembers per-tenant role slugs used (docs/api-facts.md §4) and the last active profile.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    // settingsFile empty = the application's default QSettings location (tests pass a temporary file).
    explicit ProfileStore(const QString& settingsFile = {}, QObject* parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> profile(const QString& id) const;
    std::optional<Profile> profileByName(const QString& name) const;
    // Insert or update. Refuses (false, translated *error) an invalid profile (Profile::validate()), an empty id
    // (use Profile::createId()) or a name another profile already has (case-insensitive).
    bool save(const Profile& profile, QString* error = nullptr);
    void remove(const QString& id); // the caller deletes the keychain entry through SecretStore
    // Deletes the profile's keychain entry first, then (on success or when there was none) the profile itself;
    // a keychain failure leaves the profile in place and is reported through `callback`.
    void removeWithSecrets(
        const QString& id, SecretStore* secrets, QObject* context, SecretStore::WriteCallback callback);
    // A copy under a new id and name, with its remembered role slugs (not its secrets: the caller copies the
    // keychain entry). Returns a profile with an empty id (and *error) if the source is missing or the name taken.
    Profile duplicate(const QString& id, const QString& newName, QString* error = nullptr);

    QString activeProfileId() const;
    void setActiveProfileId(const QString& id);

    QStringList roleSlugs(const QString& profileId) const;
    void rememberRoleSlug(const QString& profileId, const QString& slug);

    QString settingsFilePath() const;

Q_SIGNALS:
    void profilesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace c1

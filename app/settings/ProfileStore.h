#pragma once

#include "settings/Profile.h"

#include <QList>
#include <QObject>
#include <QString>

class QSettings;

namespace c1 {

// Profiles in QSettings (group "profiles/<id>/…"): never a tenant domain, client ID or secret.
// Also remembers per-tenant role slugs used (API-NOTES §4) and the last active profile.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    // settingsFile empty = the application's default QSettings location (tests pass a temporary file).
    explicit ProfileStore(const QString& settingsFile = {}, QObject* parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& id) const;
    std::optional<Profile> profileByName(const QString& name) const;
    void save(const Profile& profile); // insert or update
    void remove(const QString& id); // the caller deletes the keychain entry through SecretStore
    Profile duplicate(const QString& id, const QString& newName);

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

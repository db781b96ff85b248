#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace c1 {

class ProfileStore;

// The owner role slugs the console offers (docs/api-facts.md §4): no source lists the valid ones, so they are the
// slugs found in owner lists this session, plus those remembered for the profile, plus what the admin types.
// Nothing is hard-coded; an unknown slug is the server's to refuse.
class RoleSlugs : public QObject {
    Q_OBJECT
public:
    explicit RoleSlugs(QObject* parent = nullptr);

    // The profile whose remembered slugs are offered (store may be null: nothing remembered).
    void setProfile(ProfileStore* store, const QString& profileId);

    QStringList slugs() const; // discovered and remembered, sorted, no duplicates
    void discover(const QStringList& slugs); // seen in owner lists (not persisted)
    void remember(const QString& slug); // used successfully: persisted per profile

    // Empty when `slug` can be sent as a path segment, else a translated reason.
    static QString problem(const QString& slug);

Q_SIGNALS:
    void changed();

private:
    QPointer<ProfileStore> m_store;
    QString m_profileId;
    QStringList m_discovered;
};

} // namespace c1

#pragma once

#include "settings/Profile.h"

#include <QDialog>

#include <memory>

class QListWidgetItem;

namespace Ui {
class SettingsDialog;
}

namespace c1 {

class ConnectionTestPanel;
class CredentialFields;
class ProfileEditor;
class ProfileFields;
class ProfileStore;
class SecretStore;

// Profiles and their credentials: a view of the session workflow's ProfileEditor, which saves, copies and deletes
// a profile as one operation of the settings (ProfileStore: everything but the credentials) and the keychain
// (SecretStore: tenant domain, client ID, client secret), asynchronously, with a visible "saving…" state here.
// "Test connection" signs in with what the form holds (saved or not) and shows who the credential is (name and
// email, the user ID in the tooltip), or precisely why it cannot sign in. A new profile is listed and selected
// while it is edited and follows its name as it is typed; Delete needs a selected profile.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(ProfileStore* profiles, SecretStore* secrets, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void selectProfile(const QString& id); // empty = the first one (or a new one when there is none)
    QString currentProfileId() const { return m_currentId; }
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_busy; } // reading, saving or deleting keychain entries
    bool isTesting() const;
    ProfileEditor* editor() const { return m_editor; }

    // What the form describes (no credential in it) and the credentials it holds.
    Profile profileFromForm() const;
    ProfileSecrets secretsFromForm() const;
    // Empty when the form can be saved, else a translated message for the first problem.
    QString validateForm() const;

public Q_SLOTS:
    void addProfile();
    void duplicateProfile();
    void deleteProfile(); // asks first
    void save();
    void revert();
    void testConnection();
    void cancelTest();

Q_SIGNALS:
    void profileSaved(const QString& id);
    void profileRemoved(const QString& id);
    void saveFinished(bool ok);
    void secretsLoaded(bool ok);
    void testFinished(bool ok);

protected:
    void done(int result) override;

private:
    void connectForm();
    void reloadList(const QString& selectId, bool loadSelected = true);
    void onCurrentItemChanged(QListWidgetItem* current, QListWidgetItem* previous);
    void loadProfile(const Profile& profile, bool isNew);
    void loadSecrets(const QString& id);
    void markDirty();
    void setBusy(bool busy, const QString& status);
    void setStatus(const QString& text, bool error = false);
    void updateButtons();
    void removeProfileConfirmed(const QString& id);
    QString uniqueName(const QString& base) const;
    bool hasSelection() const;
    static QString listName(const QString& name);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ProfileStore* m_profiles;
    ProfileEditor* m_editor;
    ConnectionTestPanel* m_tester = nullptr;
    CredentialFields* m_credentials;
    ProfileFields* m_fields = nullptr;
    QString m_currentId;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_filling = false; // programmatic changes do not make the form dirty
    bool m_closing = false;
    quint64 m_readGeneration = 0;
};

} // namespace c1

#include "connect/SettingsDialog.h"

#include "connect/ConnectionTestPanel.h"
#include "connect/CredentialFields.h"
#include "connect/ProfileFields.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"
#include "shell/Icons.h"
#include "ui_SettingsDialog.h"
#include "workflows/ProfileEditor.h"

#include <QMessageBox>
#include <QPushButton>

namespace c1 {

SettingsDialog::SettingsDialog(ProfileStore* profiles, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_profiles(profiles)
    , m_editor(new ProfileEditor(profiles, secrets, this))
{
    m_ui->setupUi(this);
    m_credentials = new CredentialFields(m_ui->clientIdEdit, m_ui->tenantEdit, m_ui->clientSecretEdit,
        m_ui->showSecretButton, m_ui->clientIdStatus, m_ui->secretStatus, this);
    setObjectName(QStringLiteral("settingsDialog"));
    setAccessibleName(tr("Settings"));
    m_ui->addProfileButton->setIcon(icon(u"add"));
    m_ui->duplicateProfileButton->setIcon(icon(u"copy"));
    m_ui->deleteProfileButton->setIcon(icon(u"remove"));
    for (QToolButton* button : { m_ui->addProfileButton, m_ui->duplicateProfileButton, m_ui->deleteProfileButton })
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->showSecretButton->setIcon(icon(u"search"));
    // No "connected" dot on the button: nothing is known before a test (the result shows below it).
    m_ui->saveButton->setIcon(icon(u"settings"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the settings"));
    m_tester = new ConnectionTestPanel(m_ui->cancelTestButton, m_ui->testProgress, m_ui->testResult, this);
    connect(m_tester, &ConnectionTestPanel::finished, this, [this](bool ok) {
        updateButtons();
        Q_EMIT testFinished(ok);
    });
    m_fields = new ProfileFields(*m_ui, this);
    connectForm();
    reloadList({});
}

SettingsDialog::~SettingsDialog() = default;

bool SettingsDialog::isTesting() const
{
    return m_tester->isRunning();
}

void SettingsDialog::connectForm()
{
    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, &SettingsDialog::onCurrentItemChanged);
    connect(m_ui->profileList, &QListWidget::itemSelectionChanged, this, &SettingsDialog::updateButtons);
    connect(m_ui->addProfileButton, &QToolButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_ui->duplicateProfileButton, &QToolButton::clicked, this, &SettingsDialog::duplicateProfile);
    connect(m_ui->deleteProfileButton, &QToolButton::clicked, this, &SettingsDialog::deleteProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsDialog::revert);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, this, &SettingsDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (QListWidgetItem* item = m_ui->profileList->currentItem())
            item->setText(listName(name));
        markDirty();
    });
    connect(m_credentials, &CredentialFields::edited, this, &SettingsDialog::markDirty);
    connect(m_fields, &ProfileFields::edited, this, &SettingsDialog::markDirty);
    if (m_profiles)
        connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
            // Names may have changed elsewhere (the main window's profile menu follows the store too).
            if (!m_dirty && !m_busy && !m_isNew)
                reloadList(m_currentId, false);
        });
}

void SettingsDialog::reloadList(const QString& selectId, bool loadSelected)
{
    const QList<Profile> profiles = m_profiles ? m_profiles->profiles() : QList<Profile> {};
    // A new profile not saved yet stays listed (and selected) while it is the one asked for, or the only one.
    const bool stayOnNew = m_isNew && (selectId.isEmpty() || selectId == m_currentId || profiles.isEmpty());
    QListWidgetItem* pending = nullptr;
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clear();
        for (const Profile& profile : profiles) {
            auto* item = new QListWidgetItem(profile.name, m_ui->profileList);
            item->setData(Qt::UserRole, profile.id);
            if (profile.readOnly)
                item->setIcon(icon(u"lock"));
            else
                item->setIcon(icon(u"profile"));
        }
        if (stayOnNew) {
            pending = new QListWidgetItem(icon(u"profile"), listName(m_ui->nameEdit->text()), m_ui->profileList);
            pending->setData(Qt::UserRole, m_currentId);
            m_ui->profileList->setCurrentItem(pending);
        }
    }
    if (pending) {
        updateButtons();
        return;
    }
    if (profiles.isEmpty()) {
        addProfile();
        return;
    }
    int row = 0;
    for (int i = 0; i < profiles.size(); ++i)
        if (profiles[i].id == selectId)
            row = i;
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentRow(row);
    }
    if (loadSelected)
        loadProfile(profiles[row], false);
    updateButtons();
}

QString SettingsDialog::listName(const QString& name)
{
    return name.trimmed().isEmpty() ? tr("(unnamed)") : name;
}

void SettingsDialog::selectProfile(const QString& id)
{
    reloadList(id);
}

void SettingsDialog::onCurrentItemChanged(QListWidgetItem* current, QListWidgetItem* previous)
{
    if (!current)
        return;
    const QString id = current->data(Qt::UserRole).toString();
    if (id == m_currentId)
        return;
    auto go = [this, id] {
        if (const std::optional<Profile> profile = m_profiles->profile(id))
            loadProfile(*profile, false);
    };
    if (!m_dirty && !m_busy) {
        go();
        return;
    }
    // Stay on the profile being edited until the user decides.
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentItem(previous);
    }
    if (m_busy)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
        tr("Discard the changes to “%1”?").arg(m_ui->nameEdit->text()), QMessageBox::Discard | QMessageBox::Cancel,
        this);
    box->setObjectName(QStringLiteral("discardChangesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Discard)
            return;
        m_dirty = false;
        reloadList(id);
    });
    box->open();
}

void SettingsDialog::loadProfile(const Profile& profile, bool isNew)
{
    cancelTest();
    m_filling = true;
    m_currentId = profile.id;
    m_isNew = isNew;
    m_ui->nameEdit->setText(profile.name);
    m_credentials->clear();
    m_fields->load(profile);
    m_tester->clear();
    m_filling = false;
    m_dirty = isNew;
    setStatus({});
    if (!isNew)
        loadSecrets(profile.id);
    updateButtons();
}

void SettingsDialog::loadSecrets(const QString& id)
{
    if (!m_editor->secrets())
        return;
    const quint64 generation = ++m_readGeneration;
    setBusy(true, tr("Reading the credentials from the keychain…"));
    m_editor->readSecrets(
        id, this, [this, id, generation](const SecretStore::Outcome& outcome, ProfileSecrets secrets) {
            if (generation != m_readGeneration || id != m_currentId)
                return;
            setBusy(false, {});
            m_filling = true;
            if (outcome.ok()) {
                m_credentials->setSecrets(secrets);
                setStatus({});
            } else if (outcome.error == SecretStore::Error::NotFound) {
                setStatus(tr("The keychain holds no credentials for this profile yet."));
            } else {
                setStatus(outcome.message, true);
            }
            m_filling = false;
            updateButtons();
            Q_EMIT secretsLoaded(outcome.ok());
            if (m_closing && !m_dirty)
                QDialog::done(QDialog::Rejected);
        });
}

void SettingsDialog::markDirty()
{
    if (m_filling || m_dirty)
        return;
    m_dirty = true;
    updateButtons();
}

void SettingsDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_ui->editorPane->setEnabled(!busy);
    m_ui->profileList->setEnabled(!busy);
    if (busy)
        setStatus(status);
    updateButtons();
}

void SettingsDialog::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #c8443a;") : QString());
}

void SettingsDialog::updateButtons()
{
    const bool saved = !m_currentId.isEmpty() && !m_isNew;
    m_ui->saveButton->setEnabled(!m_busy && m_dirty);
    m_ui->revertButton->setEnabled(!m_busy && m_dirty && saved);
    m_ui->duplicateProfileButton->setEnabled(!m_busy && saved && !m_dirty);
    m_ui->deleteProfileButton->setEnabled(!m_busy && hasSelection());
    m_ui->addProfileButton->setEnabled(!m_busy);
    m_ui->testConnectionButton->setEnabled(!m_busy && !isTesting());
}

Profile SettingsDialog::profileFromForm() const
{
    Profile p;
    p.id = m_currentId;
    p.name = m_ui->nameEdit->text().trimmed();
    m_fields->fill(p);
    return p;
}

ProfileSecrets SettingsDialog::secretsFromForm() const
{
    return m_credentials->secrets();
}

QString SettingsDialog::validateForm() const
{
    const Profile profile = profileFromForm();
    if (profile.name.isEmpty())
        return m_editor->problem(profile, {});
    if (const QString problem = m_fields->problem(); !problem.isEmpty())
        return problem;
    return m_editor->problem(profile, secretsFromForm());
}

bool SettingsDialog::hasSelection() const
{
    const QListWidgetItem* item = m_ui->profileList->currentItem();
    return !m_currentId.isEmpty() && item && item->isSelected();
}

void SettingsDialog::save()
{
    if (m_busy || m_currentId.isEmpty())
        return;
    if (const QString problem = validateForm(); !problem.isEmpty()) {
        setStatus(problem, true);
        Q_EMIT saveFinished(false);
        return;
    }
    if (!m_editor->secrets()) {
        setStatus(tr("No keychain is available: the credentials cannot be saved."), true);
        Q_EMIT saveFinished(false);
        return;
    }
    const Profile profile = profileFromForm();
    setBusy(true, tr("Saving the credentials to the keychain…"));
    // One operation of the session workflow: the keychain, then the settings (ProfileEditor).
    m_editor->save(profile, secretsFromForm(), this, [this, profile](bool ok, const QString& message) {
        setBusy(false, {});
        if (!ok) {
            setStatus(message, true);
            m_closing = false;
            Q_EMIT saveFinished(false);
            return;
        }
        m_isNew = false;
        m_dirty = false;
        reloadList(profile.id, false); // the form already shows what was saved
        updateButtons();
        setStatus(message);
        Q_EMIT profileSaved(profile.id);
        Q_EMIT saveFinished(true);
        if (m_closing)
            QDialog::done(QDialog::Accepted);
    });
}

void SettingsDialog::revert()
{
    if (m_busy)
        return;
    m_dirty = false;
    if (m_isNew) {
        m_isNew = false;
        reloadList({});
        return;
    }
    if (const std::optional<Profile> profile = m_profiles->profile(m_currentId))
        loadProfile(*profile, false);
}

void SettingsDialog::addProfile()
{
    if (m_busy)
        return;
    if (m_dirty && !m_isNew) {
        setStatus(tr("Save or revert the changes to “%1” first.").arg(m_ui->nameEdit->text()), true);
        return;
    }
    if (m_isNew) {
        m_ui->nameEdit->setFocus();
        return; // one new profile at a time
    }
    Profile profile;
    profile.id = Profile::createId();
    profile.name = uniqueName(tr("New profile"));
    auto* item = new QListWidgetItem(icon(u"profile"), profile.name, m_ui->profileList);
    item->setData(Qt::UserRole, profile.id);
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentItem(item);
    }
    loadProfile(profile, true);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void SettingsDialog::duplicateProfile()
{
    if (m_busy || m_isNew || m_dirty || m_currentId.isEmpty() || !m_editor->secrets())
        return;
    setBusy(true, tr("Copying the credentials…"));
    m_editor->duplicate(m_currentId, uniqueName(tr("%1 (copy)").arg(m_ui->nameEdit->text())), this,
        [this](const Profile& copy, bool ok, const QString& message) {
            setBusy(false, {});
            if (!copy.id.isEmpty())
                reloadList(copy.id);
            setStatus(message, !ok);
        });
}

void SettingsDialog::deleteProfile()
{
    if (m_busy || !hasSelection())
        return;
    if (m_isNew) {
        m_dirty = false;
        m_isNew = false;
        m_currentId.clear();
        reloadList({});
        return;
    }
    const QString id = m_currentId;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
        tr("Delete the profile “%1” and its credentials in the keychain?").arg(m_ui->nameEdit->text()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setInformativeText(tr("The credential itself stays valid in C1: revoke it there if it is no longer used."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            removeProfileConfirmed(id);
    });
    box->open();
}

void SettingsDialog::removeProfileConfirmed(const QString& id)
{
    setBusy(true, tr("Deleting the credentials from the keychain…"));
    m_editor->remove(id, this, [this, id](bool ok, const QString& message) {
        setBusy(false, {});
        if (!ok) {
            setStatus(message, true);
            return;
        }
        m_dirty = false;
        m_currentId.clear();
        reloadList({});
        setStatus(message);
        Q_EMIT profileRemoved(id);
    });
}

QString SettingsDialog::uniqueName(const QString& base) const
{
    QString name = base;
    for (int n = 2; m_profiles && m_profiles->profileByName(name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

void SettingsDialog::testConnection()
{
    if (isTesting())
        return;
    Profile profile = profileFromForm();
    if (profile.name.isEmpty())
        profile.name = tr("Test");
    m_tester->start(profile, secretsFromForm());
    updateButtons();
}

void SettingsDialog::cancelTest()
{
    m_tester->cancel();
    updateButtons();
}

void SettingsDialog::done(int result)
{
    if (m_busy) {
        m_closing = true; // closes once the keychain has answered
        return;
    }
    cancelTest();
    if (m_dirty && !m_closing) {
        auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
            tr("Save the changes to “%1”?").arg(m_ui->nameEdit->text()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("closeUnsavedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, result] {
            const auto button = box->standardButton(box->clickedButton());
            if (button == QMessageBox::Discard) {
                m_dirty = false;
                QDialog::done(result);
            } else if (button == QMessageBox::Save) {
                m_closing = true;
                save();
                if (!m_busy) // validation failed: stay open
                    m_closing = false;
            }
        });
        box->open();
        return;
    }
    QDialog::done(result);
}

} // namespace c1

#pragma once

#include "api/C1Client.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class OwnersPanel;
}

namespace c1 {

class OwnersModel;
class ProfileStore;
class RoleSlugs;
class SearchPicker;
class Session;

// The details pane's "Owners" tab for an app or a resource: user and entitlement owners grouped by role slug
// (OwnersModel), with Add (kind, role slug, picker) and Remove (confirmed), through the four v2 owner
// endpoints. Accepted changes show as pending until a list confirms them (re-listed automatically while any is
// pending) and are never re-sent. Duplicates and the 33rd owner are refused before sending when the lists are
// known. A read-only profile disables every write, with the reason as tooltip.
class OwnersPanel : public QWidget {
    Q_OBJECT
public:
    explicit OwnersPanel(QWidget* parent = nullptr);
    ~OwnersPanel() override;

    void setSession(Session* session); // nullptr = disconnected
    void setProfileStore(ProfileStore* store); // where role slugs are remembered per profile
    void setTarget(const OwnerTarget& target); // lists its owners
    void clearTarget(); // nothing chosen (e.g. another session, or a node without owners)
    const OwnerTarget& target() const;
    bool hasTarget() const { return m_hasTarget; }

    OwnersModel* model() const { return m_model; }
    RoleSlugs* roleSlugs() const { return m_roleSlugs; }
    bool isListing() const { return m_listsRunning > 0; }
    bool isWriting() const { return m_writesRunning > 0; }
    // How often owners are re-listed while a change is pending (default 20 s; 0 = only on Refresh).
    void setPendingRefreshInterval(int ms);

public Q_SLOTS:
    void refresh();
    void showAddForm();
    void removeSelected(); // asks first (a window-modal message box, "removeConfirmBox")

Q_SIGNALS:
    void listed(); // both owner lists of the target finished (successfully or not)
    void writeFinished(); // an add or remove batch finished
    void ownersChanged(const c1::OwnerTarget& target); // the tenant accepted an add or a removal

private:
    void listKind(OwnerKind kind);
    void addChosen();
    void removeRecords(const QList<OwnerRecord>& records);
    void updateActions();
    void updateStatus();
    void updateRoleSlugChoices();
    void finishWrite(const QStringList& errors, const QString& doneText);
    bool canWrite(QString* why = nullptr) const;
    SearchPicker* currentPicker() const;
    QList<OwnerRecord> selectedRecords() const;

    std::unique_ptr<Ui::OwnersPanel> m_ui;
    QPointer<Session> m_session;
    QPointer<ProfileStore> m_store;
    OwnersModel* m_model;
    RoleSlugs* m_roleSlugs;
    QTimer* m_pendingTimer;
    OwnerTarget m_target;
    bool m_hasTarget = false;
    QList<CallHandle> m_lists;
    int m_listsRunning = 0;
    int m_writesRunning = 0;
    QString m_listError;
    QString m_lastMessage;
};

} // namespace c1

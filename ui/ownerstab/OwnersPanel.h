#pragma once

#include "api/Types.h"

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class OwnersPanel;
}

namespace c1 {

class OwnersController;
class OwnersModel;
class ProfileStore;
class RoleSlugs;
class SearchPicker;
class Session;

// The details pane's "Owners" tab for an app or a resource: a view of an OwnersController. It shows the owners
// grouped by role slug (pending changes styled), offers Add (kind, role slug, picker) and Remove (confirmed,
// naming what the owners are removed from), and forwards them to the controller, which runs every write on the
// owner-change engine. A read-only profile disables every write, with the reason as tooltip. "Copy ID" (the tree's
// context menu) copies the selected owners' IDs.
class OwnersPanel : public QWidget {
    Q_OBJECT
public:
    explicit OwnersPanel(QWidget* parent = nullptr);
    ~OwnersPanel() override;

    OwnersController* controller() const { return m_controller; }

    void setSession(Session* session); // nullptr = disconnected
    void setProfileStore(ProfileStore* store); // where role slugs are remembered per profile
    void setTarget(const OwnerTarget& target); // lists its owners
    void clearTarget(); // nothing chosen (e.g. another session, or a node without owners)
    const OwnerTarget& target() const;
    bool hasTarget() const;

    OwnersModel* model() const;
    RoleSlugs* roleSlugs() const;
    bool isListing() const;
    bool isWriting() const;
    // How often owners are re-listed while a change is pending (default 20 s; 0 = only on Refresh).
    void setPendingRefreshInterval(int ms);

public Q_SLOTS:
    void refresh();
    void showAddForm();
    void removeSelected(); // asks first (a window-modal message box, "removeConfirmBox")
    void copySelectedIds();

Q_SIGNALS:
    void listed(); // both owner lists of the target finished (successfully or not)
    void writeFinished(); // an add or remove finished
    void ownersChanged(const c1::OwnerTarget& target); // the tenant accepted an add or a removal

private:
    void addChosen();
    void onWriteFinished();
    void updateTargetLabel();
    void updateActions();
    void updateStatus();
    void updateRoleSlugChoices();
    SearchPicker* currentPicker() const;
    QList<OwnerRecord> selectedRecords() const;

    std::unique_ptr<Ui::OwnersPanel> m_ui;
    OwnersController* m_controller;
    QAction* m_copyIdAction;
    bool m_adding = false; // the running write came from the add form
    bool m_showingWriteError = false; // the add form shows what the tenant refused: kept until the admin changes it
};

} // namespace c1

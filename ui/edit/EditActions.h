#pragma once

#include "api/Types.h"
#include "workflows/EditTarget.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;

namespace c1 {

class BrowserView;
class DeleteDialog;
class EditDialog;
class NewResourceTypeDialog;
class Session;
struct BrowserSelection;

// New Resource Type…, Edit… and Delete… (issue 16): the actions (for the menus, the toolbar and the tree's context
// menu), kept enabled for the tree's current row and the window's write state (their tooltips say why not), and
// the dialogs they open over their workflows. What the dialogs change is put into the tree and the details pane in
// place: a new type is inserted and selected, an edited object renamed, a deleted one removed, without a reload.
class EditActions : public QObject {
    Q_OBJECT
public:
    EditActions(BrowserView* browser, QWidget* dialogParent, QObject* parent = nullptr);
    ~EditActions() override;

    QAction* newResourceTypeAction() const { return m_newType; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    // Adds New Resource Type… to `create`, Edit… and Delete… to `edit`, all three to `toolBar` and to the tree's
    // context menu (any may be null).
    void install(QMenu* create, QMenu* edit, QToolBar* toolBar);

    // The current row as an edit target; invalid for entitlements, groups and status rows.
    EditTarget currentTarget() const;

    // The dialogs (opened, not exec'd). nullptr while writes are not allowed.
    NewResourceTypeDialog* openNewResourceType(const QString& appId);
    EditDialog* openEdit(const EditTarget& target);
    DeleteDialog* openDelete(const EditTarget& target);

public Q_SLOTS:
    void setSession(c1::Session* session);
    void setWriteEnabled(bool enabled, const QString& why);
    void newResourceType(); // for the current row's app
    void editCurrent();
    void deleteCurrent();
    // A type created elsewhere (New Resource…'s "create a type first"): into the tree, in place.
    void insertResourceType(const c1::AppResourceType& type, bool select);

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void update();
    QList<AppResourceType> loadedTypes(const QString& appId) const;
    void applySaved(const EditTarget& target, const QVariant& value);
    void applyDeleted(const EditTarget& target, const QString& how); // how: the flow's words (deleted, gone)
    void refreshDetails(const TreePath& path);
    Session* writableSession() const;

    BrowserView* m_browser;
    QWidget* m_dialogParent;
    QPointer<Session> m_session;
    bool m_writeEnabled = false;
    QString m_whyNot;
    QAction* m_newType;
    QAction* m_edit;
    QAction* m_delete;
};

} // namespace c1

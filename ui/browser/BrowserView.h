#pragma once

#include "api/Types.h"
#include "browser/BrowserSelection.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace c1 {

class AppTreeModel;
class DetailsPane;
class SearchBox;
class Session;
class TreeFilterProxy;
class TreeLocator;

// The central widget: the tenant's tree (filter box, server-side search, lazy tree) beside the details pane.
class BrowserView : public QWidget {
    Q_OBJECT
public:
    explicit BrowserView(QWidget* parent = nullptr);
    ~BrowserView() override;

    // Re-points the tree, search and details to the session's client (nullptr = disconnected) and starts listing.
    void setSession(Session* session);

    AppTreeModel* model() const { return m_model; }
    TreeFilterProxy* proxy() const { return m_proxy; }
    QTreeView* treeView() const { return m_tree; }
    DetailsPane* detailsPane() const { return m_details; }
    SearchBox* searchBox() const { return m_search; }
    QLineEdit* filterEdit() const { return m_filter; }

    BrowserSelection currentSelection() const;
    bool hasCurrentId() const; // the current row is an object with an ID (what copyCurrentId() copies)
    // Apps and resources among the selected rows (multi-selection), for bulk owner assignment.
    QList<OwnerTarget> selectedTargets() const;

    // Finds (loading what is missing), expands and selects a path of IDs.
    void goToPath(const TreePath& path);
    // Expands the parents of a loaded node of model() and makes it the only selected, current row.
    void selectSourceIndex(const QModelIndex& sourceIndex);
    // Write entries of the context menu (New Resource…, Bulk Assign Owners…) follow the main window's write
    // state; `whyNot` is their tooltip while disabled.
    void setWriteEnabled(bool enabled, const QString& whyNot = {});
    bool isWriteEnabled() const { return m_writeEnabled; }
    // More entries for the end of the context menu (edit and delete: ui/edit/EditActions); their owner keeps them
    // enabled for the current row.
    void setExtraContextActions(const QList<QAction*>& actions);
    void focusFilter();
    void focusSearch(); // "Go to ID": paste an ID into the search box
    void copyCurrentId();
    void refreshCurrent();
    void refreshAll();

    // The splitter between tree and details and the tree's column widths, for the next start. An empty or
    // foreign state keeps the defaults (the details pane gets two fifths of the width).
    QByteArray saveLayoutState() const;
    void restoreLayoutState(const QByteArray& state);

    static constexpr int FilterDebounceMs = 150;

Q_SIGNALS:
    void currentChanged(const c1::BrowserSelection& selection);
    void newResourceRequested(const QString& appId, const QString& resourceTypeId);
    void bulkAssignOwnersRequested(const QList<c1::OwnerTarget>& targets);
    void located(const c1::TreePath& path);
    void statusMessage(const QString& text);

private:
    void buildActions();
    void showContextMenu(const QPoint& pos);
    void applyFilter();
    void expandMatches();
    void onCurrentChanged(const QModelIndex& current);
    void onClicked(const QModelIndex& index);
    void onLocated(const QModelIndex& sourceIndex);
    void updateStatus();
    QModelIndex currentSourceIndex() const;

    AppTreeModel* m_model;
    TreeFilterProxy* m_proxy;
    TreeLocator* m_locator;
    QSplitter* m_splitter;
    QLineEdit* m_filter;
    SearchBox* m_search;
    QTreeView* m_tree;
    QLabel* m_status;
    DetailsPane* m_details;
    QTimer m_filterTimer;
    QPointer<Session> m_session;

    QAction* m_copyId = nullptr;
    QAction* m_copyPath = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_refreshAll = nullptr;
    QAction* m_loadAll = nullptr;
    QAction* m_retry = nullptr;
    QAction* m_newResource = nullptr;
    QAction* m_bulkOwners = nullptr;
    QList<QPointer<QAction>> m_extraActions;
    bool m_writeEnabled = true;
    QString m_writeDisabledReason;
};

} // namespace c1

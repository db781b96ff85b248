#pragma once

#include "api/Types.h"
#include "browser/BrowserSelection.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace c1 {

class BrowserView;
class OwnersPanel;
class ProfileStore;
class Session;
class UnfinishedBulkJobs;

// The write workflows opened from the browser, as dialogs over their controllers: New App…, New Resource… (also
// from the tree's context menu), the details pane's "Owners" tab, Bulk Assign Owners… (also from the context
// menu) and the resume of an unfinished bulk job. Created results are inserted into the tree and selected without
// reloading it. It knows the browser and the controllers it is given, never the window: the main window owns it
// (with the browser's lifetime), calls it, and listens to statusMessage().
class ConsoleWorkflows : public QObject {
    Q_OBJECT
public:
    // `dialogParent` parents the dialogs (the main window); `unfinishedJobs` says where jobs are journaled and takes
    // resumed jobs off its list.
    ConsoleWorkflows(
        BrowserView* browser, UnfinishedBulkJobs* unfinishedJobs, ProfileStore* profiles, QWidget* dialogParent);
    ~ConsoleWorkflows() override;

    OwnersPanel* ownersPanel() const { return m_owners; }
    int ownersTabIndex() const { return m_ownersTab; }

public Q_SLOTS:
    void setSession(c1::Session* session); // the connected session, or nullptr
    void setWriteEnabled(bool enabled, const QString& why); // connected and not read-only, or why not
    void newApp();
    void newResource(const QString& appId = {}, const QString& resourceTypeId = {});
    void bulkAssign(const QList<c1::OwnerTarget>& targets);
    void bulkAssignSelection(); // the browser's selected apps and resources
    void resumeBulkJob(const QString& journalPath);
    // After a workflow changed owners (a bulk job, an undo, a handover): the Owners tab lists again if it shows one
    // of `targets`.
    void refreshOwners(const QList<c1::OwnerTarget>& targets);

Q_SIGNALS:
    void statusMessage(const QString& text);
    void undoJobRequested(const QString& journalPath); // "Undo this job…" of a bulk dialog (RecentJobsEntry)

private:
    void onSelectionChanged(const BrowserSelection& selection);
    void applyOwnersTarget();
    Session* writableSession() const; // the session when writes are allowed, else nullptr

    BrowserView* m_browser;
    UnfinishedBulkJobs* m_unfinishedJobs;
    ProfileStore* m_profiles;
    QWidget* m_dialogParent;
    OwnersPanel* m_owners;
    int m_ownersTab = -1;
    QPointer<Session> m_session;
    bool m_writeEnabled = false;
    QString m_whyNotWritable;
    std::optional<OwnerTarget> m_ownersTarget; // the selection's target, applied while the tab is shown
};

} // namespace c1

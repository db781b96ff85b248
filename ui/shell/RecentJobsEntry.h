#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace c1 {

class MainWindow;
class RecentBulkJobs;
class RecentJobsDialog;
class Session;
class UndoJobDialog;

// The main window's way into undo and retention, wired here so that MainWindow holds one line for it: the Owners
// menu's "Recent Bulk Jobs…" (the RecentJobsDialog of the connected profile), "Undo this job…" of the bulk dialog
// (ConsoleWorkflows::undoJobRequested), and the start-up pruning of finished jobs older than the retention.
class RecentJobsEntry : public QObject {
    Q_OBJECT
public:
    explicit RecentJobsEntry(MainWindow* window);
    ~RecentJobsEntry() override;

    QAction* action() const { return m_action; }
    RecentBulkJobs* jobs() const { return m_jobs; }
    RecentJobsDialog* dialog() const; // the open window, if any

public Q_SLOTS:
    void showRecentJobs();
    UndoJobDialog* undoJob(const QString& journalPath); // the undo of that job, over the active modal dialog

private:
    void setSession(Session* session);

    MainWindow* m_window;
    RecentBulkJobs* m_jobs;
    QAction* m_action;
    QPointer<Session> m_session;
    QPointer<RecentJobsDialog> m_dialog;
};

} // namespace c1

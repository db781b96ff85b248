#pragma once

#include "api/Types.h"
#include "browser/BrowserSelection.h"
#include "owners/JobJournal.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <optional>

namespace c1 {

class BrowserView;
class MainWindow;
class OwnersPanel;
class ResumeJobsBar;
class Session;

// The write workflows of the main window, wired to its actions and to the browser: New App…, New Resource… (also
// from the tree's context menu), the details pane's "Owners" tab, Bulk Assign Owners… (also from the context
// menu) and the offer to resume unfinished bulk jobs after a session connects. Created results are inserted into
// the tree and selected without reloading it. The main window deletes it before the browser goes.
class ConsoleWorkflows : public QObject {
    Q_OBJECT
public:
    ConsoleWorkflows(MainWindow* window, BrowserView* browser, ResumeJobsBar* resumeBar);
    ~ConsoleWorkflows() override;

    OwnersPanel* ownersPanel() const { return m_owners; }
    int ownersTabIndex() const { return m_ownersTab; }
    // Where bulk jobs are journaled (default JobJournal::defaultDir()); set before connecting.
    void setJournalDir(const QString& dir) { m_journalDir = dir; }
    QString journalDir() const { return m_journalDir; }

public Q_SLOTS:
    void newApp();
    void newResource(const QString& appId = {}, const QString& resourceTypeId = {});
    void bulkAssign(const QList<c1::OwnerTarget>& targets);
    void checkUnfinishedJobs(); // reads the journal folder off the UI thread, then fills the resume bar

Q_SIGNALS:
    void unfinishedJobsChecked(int count); // jobs of the connected profile offered for resuming

private:
    void onSessionChanged(Session* session);
    void onSelectionChanged(const BrowserSelection& selection);
    void applyOwnersTarget();
    void onOwnersChanged(const QList<OwnerTarget>& targets);
    void onJobsScanned();
    void resumeJob(const QString& path);
    void discardJob(const QString& path);
    Session* writableSession() const; // the session when writes are allowed, else nullptr

    MainWindow* m_window;
    BrowserView* m_browser;
    ResumeJobsBar* m_resumeBar;
    OwnersPanel* m_owners;
    int m_ownersTab = -1;
    std::optional<OwnerTarget> m_ownersTarget; // the selection's target, applied while the tab is shown
    QString m_journalDir;
    QFutureWatcher<QList<JobJournal::Summary>> m_scan;
    quint64 m_scanSerial = 0;
};

} // namespace c1

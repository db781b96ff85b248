#include "shell/RecentJobsEntry.h"

#include "api/Session.h"
#include "bulkpaste/RecentJobsDialog.h"
#include "bulkpaste/UndoJobDialog.h"
#include "handover/HandoverMenu.h"
#include "shell/ConsoleWorkflows.h"
#include "shell/MainWindow.h"
#include "workflows/RecentBulkJobs.h"
#include "workflows/UndoBulkJob.h"
#include "workflows/UnfinishedBulkJobs.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace c1 {

RecentJobsEntry::RecentJobsEntry(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_jobs(new RecentBulkJobs(this))
    , m_action(new QAction(tr("Recent Bulk &Jobs…"), window))
{
    setObjectName(QStringLiteral("recentJobsEntry"));
    m_action->setObjectName(QStringLiteral("actionRecentBulkJobs"));
    m_action->setStatusTip(tr("Finished bulk jobs of this profile (kept for %n day(s)): undo or clear them", nullptr,
        RecentBulkJobs::retentionDays()));
    m_action->setToolTip(m_action->statusTip());
    if (QMenu* owners = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuOwners")))
        owners->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &RecentJobsEntry::showRecentJobs);
    connect(window, &MainWindow::sessionChanged, this, &RecentJobsEntry::setSession);
    if (ConsoleWorkflows* workflows = window->workflows())
        connect(workflows, &ConsoleWorkflows::undoJobRequested, this, &RecentJobsEntry::undoJob);
    // Start-up: finished jobs past the retention go, for every profile (off the UI thread).
    m_jobs->setJournalDir(window->unfinishedJobs()->journalDir());
    m_jobs->pruneExpired();
    setSession(window->session());
}

RecentJobsEntry::~RecentJobsEntry() = default;

RecentJobsDialog* RecentJobsEntry::dialog() const
{
    return m_dialog;
}

void RecentJobsEntry::setSession(Session* session)
{
    m_session = session;
    m_action->setEnabled(session != nullptr);
    if (m_dialog)
        m_dialog->close(); // it showed another profile's jobs
    m_jobs->setJournalDir(m_window->unfinishedJobs()->journalDir());
    if (auto* handovers = m_window->findChild<HandoverMenu*>())
        m_jobs->setHandoverDir(handovers->journalDir());
    m_jobs->setProfileId(session ? session->profile().id : QString());
}

void RecentJobsEntry::showRecentJobs()
{
    if (!m_session)
        return;
    if (!m_dialog) {
        m_jobs->setJournalDir(m_window->unfinishedJobs()->journalDir());
        if (auto* handovers = m_window->findChild<HandoverMenu*>())
            m_jobs->setHandoverDir(handovers->journalDir());
        auto* dialog = new RecentJobsDialog(m_jobs, m_session.data(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (ConsoleWorkflows* workflows = m_window->workflows())
            connect(dialog, &RecentJobsDialog::ownersChanged, workflows, &ConsoleWorkflows::refreshOwners);
        m_dialog = dialog;
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

UndoJobDialog* RecentJobsEntry::undoJob(const QString& journalPath)
{
    if (!m_session)
        return nullptr;
    // Asked from a (window-modal) bulk dialog: the undo opens over it, where it can be used.
    QWidget* parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
    auto undo = std::make_unique<UndoBulkJob>(m_session.data());
    undo->setJournalDir(m_window->unfinishedJobs()->journalDir());
    QString error;
    if (!undo->load(journalPath, &error)) {
        m_window->statusBar()->showMessage(error, 8000);
        return nullptr;
    }
    auto* dialog = new UndoJobDialog(undo.release(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->undo(), &UndoBulkJob::finished, m_jobs, &RecentBulkJobs::rescan);
    if (ConsoleWorkflows* workflows = m_window->workflows())
        connect(dialog->undo(), &UndoBulkJob::ownersChanged, workflows, &ConsoleWorkflows::refreshOwners);
    dialog->open();
    return dialog;
}

} // namespace c1

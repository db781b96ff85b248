#include "shell/ConsoleWorkflows.h"

#include "api/Session.h"
#include "browser/BrowserView.h"
#include "browser/DetailsPane.h"
#include "bulkpaste/BulkOwnersDialog.h"
#include "create/CreateAppDialog.h"
#include "create/CreateResourceDialog.h"
#include "models/AppTreeModel.h"
#include "ownerstab/OwnersPanel.h"
#include "shell/MainWindow.h"
#include "shell/ResumeJobsBar.h"
#include "shell/UiLogging.h"

#include <QAction>
#include <QFile>
#include <QPromise>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>

namespace c1 {

namespace {
constexpr int kStatusMs = 8000;
}

ConsoleWorkflows::ConsoleWorkflows(MainWindow* window, BrowserView* browser, ResumeJobsBar* resumeBar)
    : QObject(window)
    , m_window(window)
    , m_browser(browser)
    , m_resumeBar(resumeBar)
    , m_owners(new OwnersPanel)
    , m_journalDir(JobJournal::defaultDir())
{
    setObjectName(QStringLiteral("consoleWorkflows"));
    m_owners->setObjectName(QStringLiteral("ownersPanel"));
    m_owners->setAccessibleName(tr("Owners of the selection"));
    m_owners->setProfileStore(window->sessionController()->profiles());
    m_ownersTab = browser->detailsPane()->addTab(m_owners, tr("Owners"));
    QTabWidget* tabs = browser->detailsPane()->tabs();
    tabs->setTabEnabled(m_ownersTab, false);
    tabs->setTabToolTip(m_ownersTab, tr("Select an app or a resource to see its owners."));
    connect(tabs, &QTabWidget::currentChanged, this, &ConsoleWorkflows::applyOwnersTarget);

    const MainWindow::Actions& actions = window->actions();
    connect(actions.newApp, &QAction::triggered, this, &ConsoleWorkflows::newApp);
    connect(actions.newResource, &QAction::triggered, this, [this] { newResource(); });
    connect(actions.bulkAssign, &QAction::triggered, this, [this] { bulkAssign(m_browser->selectedTargets()); });
    connect(browser, &BrowserView::newResourceRequested, this, &ConsoleWorkflows::newResource);
    connect(browser, &BrowserView::bulkAssignOwnersRequested, this, &ConsoleWorkflows::bulkAssign);
    connect(browser, &BrowserView::currentChanged, this, &ConsoleWorkflows::onSelectionChanged);
    connect(window, &MainWindow::sessionChanged, this, &ConsoleWorkflows::onSessionChanged);

    connect(resumeBar, &ResumeJobsBar::resumeRequested, this, &ConsoleWorkflows::resumeJob);
    connect(resumeBar, &ResumeJobsBar::discardRequested, this, &ConsoleWorkflows::discardJob);
    connect(&m_scan, &QFutureWatcher<QList<JobJournal::Summary>>::finished, this, &ConsoleWorkflows::onJobsScanned);
}

ConsoleWorkflows::~ConsoleWorkflows() = default;

Session* ConsoleWorkflows::writableSession() const
{
    return m_window->writeActionsEnabled() ? m_window->session() : nullptr;
}

void ConsoleWorkflows::newApp()
{
    Session* session = writableSession();
    if (!session)
        return;
    auto* dialog = new CreateAppDialog(session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<Session> origin = session;
    connect(dialog, &CreateAppDialog::appCreated, this, [this, origin](const App& app) {
        if (!origin || origin != m_window->session())
            return; // another tenant is shown now
        const QModelIndex index = m_browser->model()->insertApp(app);
        if (index.isValid())
            m_browser->selectSourceIndex(index);
        else
            m_browser->goToPath(TreePath::app(app.id));
        m_window->statusBar()->showMessage(tr("Created the app “%1”.").arg(app.displayName), kStatusMs);
    });
    dialog->open();
}

void ConsoleWorkflows::newResource(const QString& appId, const QString& resourceTypeId)
{
    Session* session = writableSession();
    if (!session)
        return;
    // From the menu: the app and type of the selection, when it has them.
    const BrowserSelection selection = m_browser->currentSelection();
    QString app = appId;
    QString type = resourceTypeId;
    if (app.isEmpty() && selection.valid) {
        app = selection.app.id;
        if (selection.isResourceType() || selection.isResource())
            type = selection.resourceType.id;
    }
    const bool known = selection.valid && selection.app.id == app;
    auto* dialog = new CreateResourceDialog(session, app, type, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (known) {
        dialog->setTargetNames(selection.app.displayName,
            selection.resourceType.id == type && !type.isEmpty() ? selection.resourceType.displayName : QString());
    }
    const QPointer<Session> origin = session;
    connect(dialog, &CreateResourceDialog::resourceCreated, this, [this, origin](const AppResource& resource) {
        if (!origin || origin != m_window->session())
            return;
        const QModelIndex index = m_browser->model()->insertResource(resource);
        if (index.isValid())
            m_browser->selectSourceIndex(index);
        else // its type is not loaded yet: find it (loading what is missing)
            m_browser->goToPath(TreePath::resource(resource.appId, resource.appResourceTypeId, resource.id));
        m_window->statusBar()->showMessage(tr("Created the resource “%1”.").arg(resource.displayName), kStatusMs);
    });
    dialog->open();
}

void ConsoleWorkflows::bulkAssign(const QList<OwnerTarget>& targets)
{
    Session* session = writableSession();
    if (!session)
        return;
    auto* dialog = new BulkOwnersDialog(session, targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileStore(m_window->sessionController()->profiles());
    dialog->setJournalDir(m_journalDir);
    connect(dialog, &BulkOwnersDialog::ownersChanged, this, &ConsoleWorkflows::onOwnersChanged);
    dialog->open();
}

void ConsoleWorkflows::onOwnersChanged(const QList<OwnerTarget>& targets)
{
    if (m_owners->hasTarget() && targets.contains(m_owners->target()))
        m_owners->refresh();
}

void ConsoleWorkflows::onSelectionChanged(const BrowserSelection& selection)
{
    if (selection.isApp())
        m_ownersTarget = OwnerTarget::app(selection.app.id, selection.app.displayName);
    else if (selection.isResource())
        m_ownersTarget = OwnerTarget::resource(selection.resource.appId, selection.resource.appResourceTypeId,
            selection.resource.id, selection.resource.displayName);
    else
        m_ownersTarget.reset();
    QTabWidget* tabs = m_browser->detailsPane()->tabs();
    tabs->setTabEnabled(m_ownersTab, m_ownersTarget.has_value());
    tabs->setTabToolTip(m_ownersTab,
        m_ownersTarget ? tr("Users and entitlements owning the selection")
                       : tr("Only apps and resources have owners: select one to see them."));
    applyOwnersTarget();
}

// The panel lists owners only while its tab is shown: browsing the tree does not list every node's owners.
void ConsoleWorkflows::applyOwnersTarget()
{
    if (!m_ownersTarget) {
        if (m_owners->hasTarget())
            m_owners->clearTarget();
        return;
    }
    if (m_browser->detailsPane()->tabs()->currentIndex() == m_ownersTab)
        m_owners->setTarget(*m_ownersTarget);
}

void ConsoleWorkflows::onSessionChanged(Session* session)
{
    m_ownersTarget.reset();
    m_owners->clearTarget();
    m_owners->setSession(session);
    m_browser->detailsPane()->tabs()->setTabEnabled(m_ownersTab, false);
    m_resumeBar->clear();
    if (session)
        checkUnfinishedJobs();
}

void ConsoleWorkflows::checkUnfinishedJobs()
{
    if (!m_window->session())
        return;
    auto promise = std::make_shared<QPromise<QList<JobJournal::Summary>>>();
    m_scan.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, dir = m_journalDir] {
        promise->addResult(JobJournal::unfinishedJobs(dir));
        promise->finish();
    });
}

void ConsoleWorkflows::onJobsScanned()
{
    Session* session = m_window->session();
    if (!session || m_scan.future().resultCount() == 0)
        return;
    QList<JobJournal::Summary> jobs = m_scan.result();
    const QString profileId = session->profile().id;
    jobs.removeIf([&profileId](const JobJournal::Summary& job) { return job.profileId != profileId; });
    qCDebug(lcUi) << "unfinished bulk jobs of this profile:" << jobs.size();
    m_resumeBar->setJobs(jobs);
    Q_EMIT unfinishedJobsChecked(int(jobs.size()));
}

void ConsoleWorkflows::resumeJob(const QString& path)
{
    Session* session = writableSession();
    if (!session) {
        m_resumeBar->showError(m_window->isReadOnly() ? tr("The profile is read-only: the job cannot be resumed here.")
                                                      : tr("Not connected."));
        return;
    }
    QString error;
    BulkOwnersDialog* dialog = BulkOwnersDialog::resumeJob(session, path, m_window, &error);
    if (!dialog) {
        m_resumeBar->showError(error);
        return;
    }
    m_resumeBar->removeJob(path);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileStore(m_window->sessionController()->profiles());
    dialog->setJournalDir(m_journalDir);
    connect(dialog, &BulkOwnersDialog::ownersChanged, this, &ConsoleWorkflows::onOwnersChanged);
    dialog->open();
}

void ConsoleWorkflows::discardJob(const QString& path)
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        m_resumeBar->showError(tr("The job's journal could not be removed: %1").arg(path));
        return;
    }
    m_resumeBar->removeJob(path);
    m_window->statusBar()->showMessage(tr("Discarded the unfinished bulk job."), kStatusMs);
}

} // namespace c1

#include "shell/ConsoleWorkflows.h"

#include "api/Session.h"
#include "browser/BrowserView.h"
#include "browser/DetailsPane.h"
#include "bulkpaste/BulkOwnersDialog.h"
#include "create/CreateAppDialog.h"
#include "create/CreateResourceDialog.h"
#include "models/AppTreeModel.h"
#include "ownerstab/OwnersPanel.h"
#include "shell/UiLogging.h"
#include "workflows/BulkAssignment.h"
#include "workflows/UnfinishedBulkJobs.h"

#include <QTabWidget>

namespace c1 {

ConsoleWorkflows::ConsoleWorkflows(
    BrowserView* browser, UnfinishedBulkJobs* unfinishedJobs, ProfileStore* profiles, QWidget* dialogParent)
    : m_browser(browser)
    , m_unfinishedJobs(unfinishedJobs)
    , m_profiles(profiles)
    , m_dialogParent(dialogParent)
    , m_owners(new OwnersPanel)
{
    setObjectName(QStringLiteral("consoleWorkflows"));
    m_owners->setObjectName(QStringLiteral("ownersPanel"));
    m_owners->setAccessibleName(tr("Owners of the selection"));
    m_owners->setProfileStore(profiles);
    m_ownersTab = browser->detailsPane()->addTab(m_owners, tr("Owners"));
    QTabWidget* tabs = browser->detailsPane()->tabs();
    tabs->setTabEnabled(m_ownersTab, false);
    tabs->setTabToolTip(m_ownersTab, tr("Select an app, a resource or an entitlement to see its owners."));
    connect(tabs, &QTabWidget::currentChanged, this, &ConsoleWorkflows::applyOwnersTarget);

    connect(browser, &BrowserView::newResourceRequested, this, &ConsoleWorkflows::newResource);
    connect(browser, &BrowserView::bulkAssignOwnersRequested, this, &ConsoleWorkflows::bulkAssign);
    connect(browser, &BrowserView::currentChanged, this, &ConsoleWorkflows::onSelectionChanged);
}

ConsoleWorkflows::~ConsoleWorkflows() = default;

void ConsoleWorkflows::setWriteEnabled(bool enabled, const QString& why)
{
    m_writeEnabled = enabled;
    m_whyNotWritable = why;
}

Session* ConsoleWorkflows::writableSession() const
{
    return m_writeEnabled ? m_session.data() : nullptr;
}

void ConsoleWorkflows::newApp()
{
    Session* session = writableSession();
    if (!session)
        return;
    auto* dialog = new CreateAppDialog(session, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<Session> origin = session;
    connect(dialog, &CreateAppDialog::appCreated, this, [this, origin](const App& app) {
        if (!origin || origin != m_session)
            return; // another tenant is shown now
        const QModelIndex index = m_browser->model()->insertApp(app);
        if (index.isValid())
            m_browser->selectSourceIndex(index);
        else
            m_browser->goToPath(TreePath::app(app.id));
        Q_EMIT statusMessage(tr("Created the app “%1”.").arg(app.displayName));
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
    auto* dialog = new CreateResourceDialog(session, app, type, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (known) {
        dialog->setTargetNames(selection.app.displayName,
            selection.resourceType.id == type && !type.isEmpty() ? selection.resourceType.displayName : QString());
    }
    const QPointer<Session> origin = session;
    connect(dialog, &CreateResourceDialog::resourceTypeCreated, this, [this, origin](const AppResourceType& created) {
        if (origin && origin == m_session) // "create a type first": in the tree at once, selected with the resource
            m_browser->model()->insertResourceType(created);
    });
    connect(dialog, &CreateResourceDialog::resourceCreated, this, [this, origin](const AppResource& resource) {
        if (!origin || origin != m_session)
            return;
        const QModelIndex index = m_browser->model()->insertResource(resource);
        if (index.isValid())
            m_browser->selectSourceIndex(index);
        else // its type is not loaded yet: find it (loading what is missing)
            m_browser->goToPath(TreePath::resource(resource.appId, resource.appResourceTypeId, resource.id));
        Q_EMIT statusMessage(tr("Created the resource “%1”.").arg(resource.displayName));
    });
    dialog->open();
}

void ConsoleWorkflows::bulkAssign(const QList<OwnerTarget>& targets)
{
    Session* session = writableSession();
    if (!session)
        return;
    qCDebug(lcUi) << "bulk assignment of owners to" << targets.size() << "targets";
    auto* assignment = new BulkAssignment(session, targets);
    assignment->setJournalDir(m_unfinishedJobs->journalDir());
    assignment->setProfileStore(m_profiles);
    auto* dialog = new BulkOwnersDialog(assignment, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(assignment, &BulkAssignment::ownersChanged, this, &ConsoleWorkflows::refreshOwners);
    connect(dialog, &BulkOwnersDialog::undoRequested, this, &ConsoleWorkflows::undoJobRequested);
    dialog->open();
}

void ConsoleWorkflows::bulkAssignSelection()
{
    bulkAssign(m_browser->selectedTargets());
}

void ConsoleWorkflows::resumeBulkJob(const QString& journalPath)
{
    Session* session = writableSession();
    if (!session) {
        m_unfinishedJobs->setError(m_session && m_session->isReadOnly()
                ? tr("The profile is read-only: the job cannot be resumed here.")
                : tr("Not connected."));
        return;
    }
    qCDebug(lcUi) << "resuming the bulk job journaled in" << journalPath;
    auto assignment = std::make_unique<BulkAssignment>(session, QList<OwnerTarget> {});
    assignment->setJournalDir(m_unfinishedJobs->journalDir());
    assignment->setProfileStore(m_profiles);
    QString error;
    if (!assignment->resume(journalPath, &error)) {
        m_unfinishedJobs->setError(error);
        return;
    }
    m_unfinishedJobs->takeOver(journalPath);
    connect(assignment.get(), &BulkAssignment::ownersChanged, this, &ConsoleWorkflows::refreshOwners);
    auto* dialog = new BulkOwnersDialog(assignment.release(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkOwnersDialog::undoRequested, this, &ConsoleWorkflows::undoJobRequested);
    dialog->open();
}

void ConsoleWorkflows::refreshOwners(const QList<OwnerTarget>& targets)
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
    else if (selection.isEntitlement())
        m_ownersTarget = OwnerTarget::entitlement(
            selection.path.appId, selection.path.entitlementId, selection.entitlement.displayName);
    else
        m_ownersTarget.reset();
    QTabWidget* tabs = m_browser->detailsPane()->tabs();
    tabs->setTabEnabled(m_ownersTab, m_ownersTarget.has_value());
    tabs->setTabToolTip(m_ownersTab,
        m_ownersTarget ? tr("Users and entitlements owning the selection")
                       : tr("Only apps, resources and entitlements have owners: select one to see them."));
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

void ConsoleWorkflows::setSession(Session* session)
{
    m_session = session;
    m_ownersTarget.reset();
    m_owners->clearTarget();
    m_owners->setSession(session);
    m_browser->detailsPane()->tabs()->setTabEnabled(m_ownersTab, false);
}

} // namespace c1

// The whole console against an in-process sandbox tenant, as a person would use it: the main window connects,
// offers to resume an unfinished bulk job, browses the tree, creates an app and a resource (selected at once,
// without listing again), adds an owner in the Owners tab, runs a bulk paste job from the tree's selection, and a
// read-only profile disables every write entry point. Steps run in order on one window.
#include "api/C1Client.h"
#include "api/RequestLog.h"
#include "api/Session.h"
#include "browser/BrowserView.h"
#include "browser/DetailsPane.h"
#include "bulkpaste/BulkOwnersDialog.h"
#include "create/CreateAppDialog.h"
#include "create/CreateResourceDialog.h"
#include "create/SearchPicker.h"
#include "create/UserPicker.h"
#include "models/AppTreeModel.h"
#include "models/BulkRowsModel.h"
#include "models/TreeFilterProxy.h"
#include "owners/JobJournal.h"
#include "ownerstab/OwnersPanel.h"
#include "sandbox/SandboxServer.h"
#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/ConsoleWorkflows.h"
#include "shell/MainWindow.h"
#include "shell/ResumeJobsBar.h"
#include "support/TestTenant.h"
#include "ui/WidgetAudit.h"
#include "workflows/SessionController.h"
#include "workflows/UnfinishedBulkJobs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <optional>

using namespace c1;
using namespace Qt::StringLiterals;

namespace {
const QString kProfileId = u"e2e-profile"_s;
} // namespace

class TestEndToEnd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void offersToResumeUnfinishedJobs();
    void browsesTheTree();
    void createsAnAppWithoutReloading();
    void createsAResourceUnderItsType();
    void ownersTabAddsAUserOwner();
    void bulkJobFromTheSelection();
    void newWidgetsAreNamed();
    void readOnlyProfileDisablesEveryWrite();

private:
    void connectProfile(bool readOnly);
    int countRequests(const QString& method, const QString& path) const; // exact path
    QModelIndex proxyIndexOf(const QModelIndex& sourceIndex) const;
    QModelIndex firstChildOfKind(const QModelIndex& parent, AppTreeModel::NodeKind kind) const; // source
    void writeUnfinishedJob(const QString& jobId, const QString& profileId);
    BrowserView* browser() const { return m_window->browserView(); }
    AppTreeModel* model() const { return browser()->model(); }

    QTemporaryDir m_dir;
    QString m_journals;
    test::TestTenant m_tenant; // the sandbox tenant; the window signs in to it through its SessionController
    QList<User> m_users;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    // Shared between the ordered steps.
    QString m_appId;
    QString m_typeId;
    AppResource m_created;
};

void TestEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"C1 Console Tests"_s);
    QCoreApplication::setApplicationName(u"tst_endtoend"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_journals = m_dir.filePath(u"jobs"_s);
    QVERIFY(QDir().mkpath(m_journals));

    SandboxDataSize size;
    size.apps = 4;
    size.resourceTypesPerApp = 2;
    size.resourcesPerType = 3;
    size.entitlementsPerApp = 2;
    size.users = 12;
    size.ownersPerObject = 1;
    QVERIFY2(m_tenant.start(SandboxOptions {}, size), qPrintable(m_tenant.errorString()));

    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_controller = std::make_unique<SessionController>(m_profiles.get(), m_secrets.get());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->unfinishedJobs()->setJournalDir(m_journals);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Two unfinished jobs of this profile (one to resume, one to discard) and one of another profile.
    writeUnfinishedJob(u"job-one"_s, kProfileId);
    writeUnfinishedJob(u"job-two"_s, kProfileId);
    writeUnfinishedJob(u"job-other"_s, u"another-profile"_s);

    QSignalSpy checked(m_window->unfinishedJobs(), &UnfinishedBulkJobs::scanned);
    connectProfile(false);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
    QCOMPARE(checked.constFirst().constFirst().toInt(), 2);

    // Users to add as owners, straight from the tenant.
    const Result<Page<User>> users = test::await<Page<User>>([this](QObject* context, auto done) {
        return m_window->session()->client()->searchUsers(UserSearch {}, QString(), 50, context, std::move(done));
    });
    VERIFY_OK(users);
    m_users = users.value().items;
    QVERIFY(m_users.size() >= 8);
}

void TestEndToEnd::cleanupTestCase()
{
    // The final window, for people reviewing the build.
    if (m_window) {
        const QString path = QStringLiteral(C1_SCREENSHOT_DIR) + u"/endtoend.png"_s;
        QVERIFY(m_window->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    m_window.reset();
    m_controller.reset();
}

void TestEndToEnd::connectProfile(bool readOnly)
{
    Profile profile;
    profile.id = readOnly ? u"e2e-audit"_s : kProfileId;
    profile.name = readOnly ? u"Sandbox (audit)"_s : u"Sandbox"_s;
    profile.urlOverride = m_tenant.server()->baseUrl();
    profile.color = u"#2e9d57"_s;
    profile.readOnly = readOnly;
    QVERIFY(m_profiles->save(profile)); // role slugs are remembered for stored profiles
    ProfileSecrets secrets = m_tenant.secrets();
    m_controller->connectWithSecrets(profile, secrets);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 4 && !model()->isLoading(), 15000);
}

void TestEndToEnd::writeUnfinishedJob(const QString& jobId, const QString& profileId)
{
    BulkJobState state;
    state.spec.id = jobId;
    state.spec.createdAt = QDateTime::currentDateTimeUtc();
    state.spec.profileId = profileId;
    state.spec.profileName = u"Sandbox"_s;
    state.spec.tenant = m_tenant.server()->baseUrl().authority();
    state.spec.roleSlug = u"secondary"_s;
    state.spec.targets = { OwnerTarget::app(m_tenant.server()->appIds().constLast(), u"Last app"_s) };
    BulkRow row;
    row.line = 1;
    row.input = u"00000000000000000000000001"_s;
    row.owner = OwnerRef::user(row.input);
    row.status = RowStatus::Ready;
    state.rows = { row };
    state.phase = BulkJobState::Phase::Running;
    state.updatedAt = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(JobJournal::write(JobJournal::pathFor(m_journals, jobId), state, &error), qPrintable(error));
}

int TestEndToEnd::countRequests(const QString& method, const QString& path) const
{
    RequestLog* log = m_window->session()->requestLog();
    int count = 0;
    for (int row = 0; row < log->size(); ++row) {
        const RequestLogEntry& entry = log->entry(row);
        if (entry.method == method && QUrl(entry.url).path() == path)
            ++count;
    }
    return count;
}

QModelIndex TestEndToEnd::proxyIndexOf(const QModelIndex& sourceIndex) const
{
    return browser()->proxy()->mapFromSource(sourceIndex);
}

QModelIndex TestEndToEnd::firstChildOfKind(const QModelIndex& parent, AppTreeModel::NodeKind kind) const
{
    for (int row = 0; row < model()->rowCount(parent); ++row) {
        const QModelIndex index = model()->index(row, 0, parent);
        if (model()->kindAt(index) == kind)
            return index;
    }
    return {};
}

void TestEndToEnd::offersToResumeUnfinishedJobs()
{
    ResumeJobsBar* bar = m_window->resumeJobsBar();
    QVERIFY(bar->isVisible()); // a notice, not a modal: the window stays usable
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(bar->jobs().size(), 2); // the other profile's job is not offered
    auto* text = bar->findChild<QLabel*>(u"resumeJobsText"_s);
    QVERIFY(text->text().contains(u"1 of 1"_s));

    // Resume opens the bulk dialog on the job, ready to continue.
    const QString first = bar->jobs().constFirst().path;
    QTest::mouseClick(bar->findChild<QPushButton*>(u"resumeJobButton"_s), Qt::LeftButton);
    QPointer<BulkOwnersDialog> dialog = m_window->findChild<BulkOwnersDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->job());
    QCOMPARE(dialog->job()->rows().size(), 1);
    QVERIFY(dialog->findChild<QPushButton*>(u"applyButton"_s)->text().contains(u"Resume"_s));
    QCOMPARE(bar->jobs().size(), 1);
    QVERIFY(bar->jobs().constFirst().path != first);
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // Discard forgets the other one; the bar goes away.
    const QString second = bar->jobs().constFirst().path;
    QTest::mouseClick(bar->findChild<QPushButton*>(u"discardJobButton"_s), Qt::LeftButton);
    QVERIFY(!QFile::exists(second));
    QVERIFY(bar->isHidden());
    QVERIFY(QFile::exists(first)); // resumable again next time
    QVERIFY(QFile::remove(first)); // keep later steps' journal folder clean
}

void TestEndToEnd::browsesTheTree()
{
    QTreeView* tree = browser()->treeView();
    const QModelIndex app = model()->index(0, 0);
    m_appId = model()->idAt(app);
    QVERIFY(!m_appId.isEmpty());
    tree->expand(proxyIndexOf(app));
    QTRY_VERIFY_WITH_TIMEOUT(firstChildOfKind(app, AppTreeModel::NodeKind::ResourceType).isValid(), 15000);
    QTRY_VERIFY(!model()->isLoading());
    const QModelIndex type = firstChildOfKind(app, AppTreeModel::NodeKind::ResourceType);
    m_typeId = model()->idAt(type);
    tree->expand(proxyIndexOf(type));
    QTRY_VERIFY_WITH_TIMEOUT(model()->loadState(type) == AppTreeModel::LoadState::Complete, 15000);
    QCOMPARE(model()->rowCount(type), 3);

    // Selecting shows the details; the Owners tab is off for a resource type.
    browser()->selectSourceIndex(type);
    QVERIFY(browser()->currentSelection().isResourceType());
    QTabWidget* tabs = browser()->detailsPane()->tabs();
    const int ownersTab = m_window->workflows()->ownersTabIndex();
    QCOMPARE(tabs->tabText(ownersTab), u"Owners"_s);
    QVERIFY(!tabs->isTabEnabled(ownersTab));
    browser()->selectSourceIndex(app);
    QVERIFY(tabs->isTabEnabled(ownersTab));
}

void TestEndToEnd::createsAnAppWithoutReloading()
{
    const int listsBefore = countRequests(u"GET"_s, u"/api/v1/apps"_s);
    const int postsBefore = countRequests(u"POST"_s, u"/api/v1/apps"_s);
    QVERIFY(m_window->actions().newApp->isEnabled());
    m_window->actions().newApp->trigger();
    QPointer<CreateAppDialog> dialog = m_window->findChild<CreateAppDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(u"productionBanner"_s)->isHidden()); // not a production profile

    const QString name = u"Zeta Wiki "_s + QUuid::createUuid().toString(QUuid::Id128).left(6);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"displayNameEdit"_s), name);
    auto* create = dialog->findChild<QPushButton*>(u"createButton"_s);
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000); // accepted and deleted on close

    const BrowserSelection selection = browser()->currentSelection();
    QVERIFY(selection.isApp());
    QCOMPARE(selection.app.displayName, name);
    QVERIFY(m_tenant.server()->appIds().contains(selection.app.id));
    QCOMPARE(countRequests(u"POST"_s, u"/api/v1/apps"_s), postsBefore + 1);
    QCOMPARE(countRequests(u"GET"_s, u"/api/v1/apps"_s), listsBefore); // inserted, not listed again
    QVERIFY(browser()->treeView()->selectionModel()->isRowSelected(
        browser()->treeView()->currentIndex().row(), browser()->treeView()->currentIndex().parent()));
}

void TestEndToEnd::createsAResourceUnderItsType()
{
    const QModelIndex type = model()->indexForPath(TreePath::resourceType(m_appId, m_typeId));
    QVERIFY(type.isValid());
    browser()->selectSourceIndex(type);
    const QString listPath = u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(m_appId, m_typeId);
    const int listsBefore = countRequests(u"GET"_s, listPath);

    m_window->actions().newResource->trigger(); // the selection's app and type
    QPointer<CreateResourceDialog> dialog = m_window->findChild<CreateResourceDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->appId(), m_appId);
    QCOMPARE(dialog->resourceTypeId(), m_typeId);
    QVERIFY(dialog->findChild<QComboBox*>(u"appCombo"_s)->isHidden()); // known: no choice to make

    const QString name = u"Build server "_s + QUuid::createUuid().toString(QUuid::Id128).left(6);
    QSignalSpy created(dialog.data(), &CreateResourceDialog::resourceCreated);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"displayNameEdit"_s), name);
    auto* create = dialog->findChild<QPushButton*>(u"createButton"_s);
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QCOMPARE(created.size(), 1);
    m_created = created.constFirst().constFirst().value<AppResource>();

    const BrowserSelection selection = browser()->currentSelection();
    QVERIFY(selection.isResource());
    QCOMPARE(selection.resource.displayName, name);
    QCOMPARE(selection.path, TreePath::resource(m_appId, m_typeId, m_created.id));
    QCOMPARE(model()->rowCount(type), 4);
    QCOMPARE(countRequests(u"GET"_s, listPath), listsBefore);
}

void TestEndToEnd::ownersTabAddsAUserOwner()
{
    // The new resource is selected: its Owners tab lists (nothing yet), then adds a user.
    QTabWidget* tabs = browser()->detailsPane()->tabs();
    const int ownersTab = m_window->workflows()->ownersTabIndex();
    QVERIFY(tabs->isTabEnabled(ownersTab));
    OwnersPanel* panel = m_window->workflows()->ownersPanel();
    QSignalSpy listed(panel, &OwnersPanel::listed);
    tabs->setCurrentIndex(ownersTab);
    QVERIFY(panel->hasTarget());
    QCOMPARE(panel->target(), OwnerTarget::resource(m_appId, m_typeId, m_created.id));
    QVERIFY(listed.wait(15000));

    const User& user = m_users.at(5);
    QSignalSpy written(panel, &OwnersPanel::writeFinished);
    QTest::mouseClick(panel->findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
    panel->findChild<QComboBox*>(u"kindCombo"_s)->setCurrentIndex(0);
    auto* roles = panel->findChild<QComboBox*>(u"roleSlugCombo"_s);
    roles->lineEdit()->selectAll();
    QTest::keyClicks(roles->lineEdit(), u"primary"_s);
    QTest::keyClicks(panel->findChild<UserPicker*>(u"userPicker"_s)->searchEdit(), user.id);
    QTest::mouseClick(panel->findChild<QPushButton*>(u"addConfirmButton"_s), Qt::LeftButton);
    QVERIFY(written.wait(15000));
    const QStringList owners = m_tenant.server()->ownersOf(m_appId, m_typeId, m_created.id).value(u"primary"_s);
    QVERIFY2(owners.contains(u"user/"_s + user.id), qPrintable(owners.join(u' ')));
}

void TestEndToEnd::bulkJobFromTheSelection()
{
    // Two apps selected in the tree (Ctrl+click), then Owners ▸ Bulk Assign…
    QTreeView* tree = browser()->treeView();
    const QModelIndex first = model()->indexForPath(TreePath::app(m_tenant.server()->appIds().at(1)));
    const QModelIndex second = model()->indexForPath(TreePath::app(m_tenant.server()->appIds().at(2)));
    QVERIFY(first.isValid() && second.isValid());
    tree->clearSelection();
    tree->scrollTo(proxyIndexOf(first));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(proxyIndexOf(first)).center());
    tree->scrollTo(proxyIndexOf(second));
    QTest::mouseClick(
        tree->viewport(), Qt::LeftButton, Qt::ControlModifier, tree->visualRect(proxyIndexOf(second)).center());
    const QList<OwnerTarget> targets = browser()->selectedTargets();
    QCOMPARE(targets.size(), 2);

    QVERIFY(m_window->actions().bulkAssign->isEnabled());
    m_window->actions().bulkAssign->trigger();
    QPointer<BulkOwnersDialog> dialog = m_window->findChild<BulkOwnersDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setRoleSlug(u"secondary"_s);

    const QStringList ids { m_users.at(6).id, m_users.at(7).id, m_users.at(8).id };
    auto* paste = dialog->findChild<QPlainTextEdit*>(u"pasteEdit"_s);
    QTest::keyClicks(paste, ids.constFirst().left(1));
    paste->insertPlainText(ids.join(u'\n').mid(1)); // as a paste would
    QSignalSpy checked(dialog.data(), &BulkOwnersDialog::checkFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"checkButton"_s), Qt::LeftButton);
    QVERIFY(checked.wait(30000));
    BulkRowsModel* rows = dialog->rowsModel();
    QCOMPARE(rows->rowCount(), 6); // 3 users × 2 apps
    const int ready = rows->count(RowStatus::Ready);
    QVERIFY(ready > 0);
    QCOMPARE(ready + rows->count(RowStatus::NoOp), 6);

    // The Owners tab shows the current app (one of the targets): it lists again when the job ends.
    OwnersPanel* panel = m_window->workflows()->ownersPanel();
    QCOMPARE(panel->target(), targets.constLast());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isListing(), 15000);
    QSignalSpy relisted(panel, &OwnersPanel::listed);
    QSignalSpy changed(dialog.data(), &BulkOwnersDialog::ownersChanged);
    auto* apply = dialog->findChild<QPushButton*>(u"applyButton"_s);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(dialog->job());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(rows->count(RowStatus::Done), ready);
    QTRY_COMPARE(changed.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(relisted.size() >= 1, 15000);
    for (const OwnerTarget& target : targets) {
        const QStringList owners = m_tenant.server()->ownersOf(target.appId).value(u"secondary"_s);
        for (const QString& id : ids)
            QVERIFY2(owners.contains(u"user/"_s + id), qPrintable(owners.join(u' ')));
    }
    dialog->reject();
    QTRY_VERIFY(!dialog);
    for (const JobJournal::Summary& job : JobJournal::unfinishedJobs(m_journals))
        QVERIFY2(job.profileId != kProfileId, qPrintable(job.path)); // journaled where we said, and finished
    QVERIFY(!QDir(m_journals).entryList({ u"*.json"_s }, QDir::Files).isEmpty());
}

void TestEndToEnd::newWidgetsAreNamed()
{
    C1_VERIFY_WIDGET_AUDIT(m_window.get());
}

void TestEndToEnd::readOnlyProfileDisablesEveryWrite()
{
    connectProfile(true);
    QVERIFY(m_window->isReadOnly());
    const auto& a = m_window->actions();
    for (QAction* action : { a.newApp, a.newResource, a.bulkAssign }) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(action->toolTip().contains(u"read-only"_s), qPrintable(action->toolTip()));
    }
    QVERIFY(!browser()->isWriteEnabled());
    a.newApp->trigger();
    a.newResource->trigger();
    a.bulkAssign->trigger();
    QVERIFY(!m_window->findChild<QDialog*>());
    // The context menu's entries go through the same door.
    Q_EMIT browser()->newResourceRequested(m_appId, m_typeId);
    Q_EMIT browser()->bulkAssignOwnersRequested({ OwnerTarget::app(m_appId) });
    QVERIFY(!m_window->findChild<QDialog*>());

    // The Owners tab lists but cannot add, and says why.
    browser()->selectSourceIndex(model()->index(0, 0));
    QTabWidget* tabs = browser()->detailsPane()->tabs();
    tabs->setCurrentIndex(m_window->workflows()->ownersTabIndex());
    OwnersPanel* panel = m_window->workflows()->ownersPanel();
    QVERIFY(panel->hasTarget());
    auto* add = panel->findChild<QPushButton*>(u"addButton"_s);
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(u"read-only"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isListing(), 15000);
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"

// The whole handover as a person would do it, in the real main window against an in-process sandbox tenant with an
// owner-visibility delay: Owners → Hand Over Ownership…, find the departed user, list what they own, pick a
// successor, preview the calls, apply with the propagation countdown, and the tenant ends with the successor in
// the leaver's place everywhere. An interrupted handover is offered for resuming when the window opens again.
#include "api/C1Client.h"
#include "api/Session.h"
#include "browser/BrowserView.h"
#include "browser/DetailsPane.h"
#include "bulkpaste/UndoJobDialog.h"
#include "handover/HandoverMenu.h"
#include "handover/HandoverWindow.h"
#include "handover/HealthDialog.h"
#include "handover/UserFinder.h"
#include "models/OwnersModel.h"
#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"
#include "ownerstab/OwnersPanel.h"
#include "sandbox/SandboxServer.h"
#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/ConsoleWorkflows.h"
#include "shell/MainWindow.h"
#include "shell/RecentJobsEntry.h"
#include "ui/WidgetAudit.h"
#include "workflows/Handover.h"
#include "workflows/OwnershipHealth.h"
#include "workflows/OwnershipScan.h"
#include "workflows/SessionController.h"
#include "workflows/UndoBulkJob.h"
#include "workflows/UnfinishedBulkJobs.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;
using namespace Qt::StringLiterals;

class TestHandoverWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reachableFromTheOwnersMenu();
    void handsOverEverything();
    void productionAsksForTheTenantName();
    void offersToResumeAnInterruptedHandover();
    void healthReportLinksToTheTree();
    void entitlementOwnersInTheOwnersTab();
    void ownersTabFollowsAnUndo();

private:
    HandoverWindow* openWindow();
    static void pickUser(UserFinder* finder, const QString& text);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    SandboxClient m_client;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QString m_leaverId;
};

void TestHandoverWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"C1 Console Tests"_s);
    QCoreApplication::setApplicationName(u"tst_handoverwindow"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.ownerVisibilityDelayMs = 800;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->generateData(SandboxDataSize {});
    m_client = m_server->issueClient();

    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_controller = std::make_unique<SessionController>(m_profiles.get(), m_secrets.get());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    auto* menu = m_window->findChild<HandoverMenu*>(u"handoverMenu"_s);
    QVERIFY(menu);
    menu->setJournalDir(m_dir.filePath(u"handovers"_s));
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    Profile profile;
    profile.id = u"handover-ui"_s;
    profile.name = u"Sandbox"_s;
    profile.urlOverride = m_server->baseUrl();
    QVERIFY(m_profiles->save(profile));
    m_controller->connectWithSecrets(
        profile, ProfileSecrets { m_server->baseUrl().authority(), m_client.clientId, m_client.clientSecret });
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
}

void TestHandoverWindow::cleanupTestCase()
{
    m_window.reset();
    m_controller.reset();
}

HandoverWindow* TestHandoverWindow::openWindow()
{
    auto* owners = m_window->menuBar()->findChild<QMenu*>(u"menuOwners"_s);
    auto* action = m_window->findChild<QAction*>(u"actionHandover"_s);
    if (!owners || !action || !owners->actions().contains(action) || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto* window = m_window->findChild<HandoverWindow*>(u"handoverWindow"_s);
    if (window && !QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

void TestHandoverWindow::pickUser(UserFinder* finder, const QString& text)
{
    finder->searchField()->setFocus();
    QTest::keyClicks(finder->searchField(), text);
    QSignalSpy searched(finder, &UserFinder::searched);
    QTest::mouseClick(finder->findButton(), Qt::LeftButton);
    QVERIFY(searched.wait(15000));
    QCOMPARE(searched.constFirst().constFirst().toInt(), 1);
    QVERIFY(finder->currentUser().has_value());
}

void TestHandoverWindow::reachableFromTheOwnersMenu()
{
    HandoverWindow* window = openWindow();
    QVERIFY(window);
    C1_VERIFY_WIDGET_AUDIT(window);
    window->close();
    QTRY_VERIFY(!m_window->findChild<HandoverWindow*>(u"handoverWindow"_s));
}

void TestHandoverWindow::handsOverEverything()
{
    HandoverWindow* window = openWindow();
    QVERIFY(window);
    auto* tabs = window->findChild<QTabWidget*>(u"handoverTabs"_s);
    QVERIFY(!tabs->isTabEnabled(1)); // nothing listed yet

    pickUser(window->leaverFinder(), u"Jordan Avery"_s);
    QVERIFY(window->leaverFinder()->matches()->currentText().contains(u"deleted"_s)); // marked
    m_leaverId = window->leaverFinder()->currentUser()->id;
    auto* list = window->findChild<QPushButton*>(u"listOwnershipButton"_s);
    QVERIFY(list->isEnabled());
    QSignalSpy scanned(window->scan(), &OwnershipScan::finished);
    QTest::mouseClick(list, Qt::LeftButton);
    QVERIFY(scanned.wait(30000));
    auto* owned = window->findChild<QTableView*>(u"ownedView"_s);
    const int objects = owned->model()->rowCount();
    QVERIFY(objects >= 8);
    QVERIFY(window->findChild<QLabel*>(u"scanProgress"_s)->text().contains(QString::number(objects)));
    QVERIFY(tabs->isTabEnabled(1));
    tabs->setCurrentIndex(1);

    pickUser(window->successorFinder(), u"alex.kim@example.com"_s);
    const QString successorId = window->successorFinder()->currentUser()->id;
    window->findChild<QSpinBox*>(u"propagationWaitSpin"_s)->setValue(2);
    QTest::mouseClick(window->findChild<QPushButton*>(u"previewButton"_s), Qt::LeftButton);
    auto* rows = window->findChild<QTableView*>(u"handoverView"_s);
    QCOMPARE(rows->model()->rowCount(), objects);
    const QString calls = rows->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(calls.contains(u"POST /api/v2/apps/"_s) && calls.contains(u"DELETE /api/v2/apps/"_s), qPrintable(calls));
    C1_VERIFY_WIDGET_AUDIT(window);

    auto* apply = window->findChild<QPushButton*>(u"applyHandoverButton"_s);
    QVERIFY(apply->isEnabled());
    QVERIFY(!window->findChild<QWidget*>(u"handoverConfirmBox"_s)->isVisible()); // not a production profile
    QSignalSpy finished(window->handover(), &Handover::finished);
    QTest::mouseClick(apply, Qt::LeftButton);
    auto* progress = window->findChild<QLabel*>(u"handoverProgressText"_s);
    auto* verifyNow = window->findChild<QPushButton*>(u"verifyNowButton"_s);
    // The countdown shows while the tenant is given time; the window stays responsive (the wait is a timer).
    QTRY_VERIFY_WITH_TIMEOUT(window->handover()->stage() == HandoverStage::Waiting, 30000);
    QVERIFY(verifyNow->isEnabled());
    QVERIFY(!window->findChild<QPushButton*>(u"closeButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(u" s"_s), 3000);
    const QString screenshot = QStringLiteral(C1_SCREENSHOT_DIR) + u"/handover.png"_s;
    QVERIFY(window->grab().save(screenshot));
    qInfo("screenshot: %s", qPrintable(screenshot));
    QVERIFY(finished.wait(60000));
    QCOMPARE(window->handover()->stage(), HandoverStage::Finished);
    QVERIFY2(progress->text().contains(u"%1 of %1"_s.arg(objects)), qPrintable(progress->text()));
    QVERIFY(!window->findChild<QPushButton*>(u"retryHandoverButton"_s)->isEnabled());
    QVERIFY(window->findChild<QPushButton*>(u"exportReportButton"_s)->isEnabled());
    for (const HandoverItem& item : window->handover()->items()) {
        const QStringList owners = item.target.kind == OwnerTarget::Kind::Entitlement
            ? m_server->entitlementOwnersOf(item.target.appId, item.target.entitlementId).value(item.role)
            : m_server->ownersOf(item.target.appId, item.target.resourceTypeId, item.target.resourceId)
                  .value(item.role);
        QVERIFY(owners.contains(u"user/"_s + successorId));
        QVERIFY(!owners.contains(u"user/"_s + m_leaverId));
    }
    window->close();
    QTRY_VERIFY(!m_window->findChild<HandoverWindow*>(u"handoverWindow"_s));
}

// On a production profile the handover says what it does (leaver, successor, counts) and waits for the tenant's name,
// typed, like the other production writes; a new preview asks again.
void TestHandoverWindow::productionAsksForTheTenantName()
{
    Profile profile = m_window->session()->profile();
    profile.production = true;
    const QString tenant = m_window->session()->tenantHost();
    QVERIFY(!tenant.isEmpty());
    HandoverWindow window(m_window->session()->client(), profile);
    window.setJournalDir(m_dir.filePath(u"handovers"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The previous case's successor is now the leaver.
    pickUser(window.leaverFinder(), u"alex.kim@example.com"_s);
    QSignalSpy scanned(window.scan(), &OwnershipScan::finished);
    QTest::mouseClick(window.findChild<QPushButton*>(u"listOwnershipButton"_s), Qt::LeftButton);
    QVERIFY(scanned.wait(30000));
    QVERIFY(window.scan()->found() > 0);
    window.findChild<QTabWidget*>(u"handoverTabs"_s)->setCurrentIndex(1);
    pickUser(window.successorFinder(), u"ada.lovelace@example.com"_s);
    window.findChild<QSpinBox*>(u"propagationWaitSpin"_s)->setValue(1);
    auto* preview = window.findChild<QPushButton*>(u"previewButton"_s);
    QTest::mouseClick(preview, Qt::LeftButton);
    const Handover::Counts counts = window.handover()->counts();
    QVERIFY(counts.toDo > 0);

    auto* box = window.findChild<QWidget*>(u"handoverConfirmBox"_s);
    auto* text = window.findChild<QLabel*>(u"handoverConfirmText"_s);
    auto* prompt = window.findChild<QLabel*>(u"handoverConfirmPrompt"_s);
    auto* edit = window.findChild<QLineEdit*>(u"handoverConfirmEdit"_s);
    auto* apply = window.findChild<QPushButton*>(u"applyHandoverButton"_s);
    QVERIFY(box && text && prompt && edit && apply);
    QVERIFY(box->isVisible());
    const QString said = text->text();
    QVERIFY2(said.contains(tenant), qPrintable(said));
    QVERIFY2(said.contains(u"Alex Kim (alex.kim@example.com)"_s), qPrintable(said)); // the leaver
    QVERIFY2(said.contains(u"Ada Lovelace (ada.lovelace@example.com)"_s), qPrintable(said)); // the successor
    QVERIFY2(said.contains(u"%1 ownership"_s.arg(counts.toDo)), qPrintable(said));
    QVERIFY2(said.contains(u"%1 to remove"_s.arg(counts.toDo)), qPrintable(said));
    QVERIFY2(prompt->text().contains(tenant), qPrintable(prompt->text()));
    QCOMPARE(prompt->buddy(), edit);
    C1_VERIFY_WIDGET_AUDIT(&window);

    // Nothing is sent before the whole name is typed.
    QVERIFY(!apply->isEnabled());
    QTest::keyClicks(edit, tenant.left(tenant.size() - 1));
    QVERIFY(!apply->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(window.handover()->stage(), HandoverStage::Planned);
    QTest::keyClicks(edit, tenant.right(1));
    QVERIFY(apply->isEnabled());
    // A new preview is another plan: asked again.
    QTest::mouseClick(preview, Qt::LeftButton);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!apply->isEnabled());
    QTest::keyClicks(edit, tenant.toUpper());
    QVERIFY(apply->isEnabled());

    QSignalSpy finished(window.handover(), &Handover::finished);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!box->isVisible());
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.handover()->stage(), HandoverStage::Finished);
    QCOMPARE(window.handover()->counts().settled, counts.toDo);
    window.close();
}

void TestHandoverWindow::offersToResumeAnInterruptedHandover()
{
    // A handover journaled as "verifying" when its process died: the successor is in, the leaver not yet removed.
    const QString appId = m_server->appIds().constFirst();
    User leaver;
    leaver.id = m_leaverId;
    leaver.displayName = u"Jordan Avery"_s;
    HandoverState state;
    state.id = u"interrupted"_s;
    state.profileId = u"handover-ui"_s;
    state.profileName = u"Sandbox"_s;
    state.leaver = leaver;
    state.stage = HandoverStage::Verifying;
    state.round = 1;
    HandoverItem item;
    item.target = OwnerTarget::app(appId);
    item.role = u"primary"_s;
    item.successor.id = m_server->ownersOf(appId).value(u"primary"_s).value(0).mid(5); // an owner already
    item.successor.status = u"ENABLED"_s;
    item.add = RowStatus::Done;
    state.items = { item };
    QVERIFY(!item.successor.id.isEmpty());
    QVERIFY(HandoverState::write(HandoverState::pathFor(m_dir.filePath(u"handovers"_s), state.id), state));

    HandoverWindow* window = openWindow();
    QVERIFY(window);
    auto* bar = window->findChild<QWidget*>(u"resumeHandoverBar"_s);
    QVERIFY(bar->isVisible());
    QVERIFY(window->findChild<QLabel*>(u"resumeHandoverText"_s)->text().contains(u"Jordan Avery"_s));
    window->setPropagationWait(0);
    QTest::mouseClick(window->findChild<QPushButton*>(u"resumeHandoverButton"_s), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(window->handover()->stage(), HandoverStage::Finished, 30000);
    QVERIFY(window->handover()->items().constFirst().isSettled(HandoverMode::Transfer));
    window->close();
}

// Owners → Ownership Health…: the whole tenant is checked with progress; a finding opens in the tree.
void TestHandoverWindow::healthReportLinksToTheTree()
{
    auto* action = m_window->findChild<QAction*>(u"actionOwnershipHealth"_s);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* dialog = m_window->findChild<HealthDialog*>(u"healthDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* scope = dialog->findChild<QComboBox*>(u"scopeCombo"_s);
    scope->setCurrentIndex(0); // the whole tenant
    QSignalSpy finished(dialog->health(), &OwnershipHealth::finished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"startHealthButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog->health()->appsDone(), dialog->health()->appsTotal());
    auto* view = dialog->findChild<QTableView*>(u"findingsView"_s);
    QVERIFY(view->model()->rowCount() > 0);
    C1_VERIFY_WIDGET_AUDIT(dialog);
    // The first app finding opens in the tree.
    int row = -1;
    for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
        if (view->model()->index(r, 1).data().toString() == u"App"_s)
            row = r;
    }
    if (row < 0)
        row = 0;
    const QString key = view->model()->index(row, 0).data(Qt::ToolTipRole).toString();
    view->selectRow(row);
    QVERIFY(dialog->findChild<QPushButton*>(u"showInTreeButton"_s)->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"showInTreeButton"_s), Qt::LeftButton);
    const QString appId = key.section(u'/', 1, 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->browserView()->currentSelection().app.id, appId, 15000);
    dialog->close();
}

// The fifth owner kind in the browser: an entitlement's owners in the Owners tab, and in the bulk paste's targets.
void TestHandoverWindow::entitlementOwnersInTheOwnersTab()
{
    const QString appId = m_server->appIds().constFirst();
    std::optional<Result<Page<AppEntitlement>>> listed;
    m_window->session()->client()->listEntitlements(
        appId, {}, 10, this, [&listed](Result<Page<AppEntitlement>> r) { listed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 15000);
    QVERIFY(bool(*listed) && !listed->value().items.isEmpty());
    const AppEntitlement entitlement = listed->value().items.constFirst();
    BrowserView* browser = m_window->browserView();
    browser->goToPath(TreePath::entitlement(appId, entitlement.id));
    QTRY_VERIFY_WITH_TIMEOUT(browser->currentSelection().isEntitlement(), 15000);
    QTabWidget* tabs = browser->detailsPane()->tabs();
    const int ownersTab = m_window->workflows()->ownersTabIndex();
    QVERIFY(tabs->isTabEnabled(ownersTab));
    tabs->setCurrentIndex(ownersTab);
    OwnersPanel* panel = m_window->workflows()->ownersPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->hasTarget(), 5000);
    QCOMPARE(panel->target(), OwnerTarget::entitlement(appId, entitlement.id));
    const QList<OwnerTarget> targets = browser->selectedTargets();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.constFirst(), OwnerTarget::entitlement(appId, entitlement.id));
}

// An undo that changes the owners of the object the Owners tab shows lists them again when it ends.
void TestHandoverWindow::ownersTabFollowsAnUndo()
{
    m_server->options().ownerVisibilityDelayMs = 0; // the refreshed list is the tenant's at once
    const QStringList apps = m_server->appIds();
    const QString appId = apps.at(1);
    QString userId;
    for (const QString& key : m_server->ownersOf(apps.at(0)).value(u"primary"_s)) {
        if (userId.isEmpty() && key.startsWith(u"user/"_s)
            && !m_server->ownersOf(appId).value(u"primary"_s).contains(key))
            userId = key.mid(5);
    }
    QVERIFY(!userId.isEmpty());
    BrowserView* browser = m_window->browserView();
    browser->goToPath(TreePath::app(appId));
    QTRY_VERIFY_WITH_TIMEOUT(browser->currentSelection().isApp() && browser->currentSelection().app.id == appId, 15000);
    browser->detailsPane()->tabs()->setCurrentIndex(m_window->workflows()->ownersTabIndex());
    OwnersPanel* panel = m_window->workflows()->ownersPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->hasTarget() && panel->target() == OwnerTarget::app(appId), 5000);
    auto shows = [panel, &userId] {
        const QList<OwnerRecord> owners = panel->model()->currentOwners();
        return std::any_of(
            owners.cbegin(), owners.cend(), [&userId](const OwnerRecord& o) { return o.ref.userId == userId; });
    };

    // A finished job (of this profile, journaled where the window keeps jobs) added the user; the tab shows it.
    BulkJobState state;
    state.spec.id = u"owners-tab-undo"_s;
    state.spec.createdAt = QDateTime::currentDateTimeUtc();
    state.spec.profileId = m_window->session()->profile().id;
    state.spec.profileName = m_window->session()->profile().name;
    state.spec.roleSlug = u"primary"_s;
    state.spec.targets = { OwnerTarget::app(appId) };
    BulkRow row;
    row.line = 1;
    row.input = userId;
    row.owner = OwnerRef::user(userId);
    state.rows = { row };
    const QString path = JobJournal::pathFor(m_window->unfinishedJobs()->journalDir(), state.spec.id);
    {
        BulkOwnerJob job(m_window->session()->client(), state);
        job.setJournalPath(path);
        QSignalSpy finished(&job, &BulkOwnerJob::finished);
        job.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(job.counts().done, 1);
    }
    panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isListing() && shows(), 15000);

    // Undone from its journal (as Recent Bulk Jobs… → Undo… does): the tab follows without being asked.
    auto* entry = m_window->findChild<RecentJobsEntry*>(u"recentJobsEntry"_s);
    QVERIFY(entry);
    UndoJobDialog* dialog = entry->undoJob(path);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->undo()->canApply(), 15000);
    dialog->undo()->apply();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->undo()->state() == UndoBulkJob::State::Ended, 15000);
    QVERIFY(!m_server->ownersOf(appId).value(u"primary"_s).contains(u"user/"_s + userId));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isListing() && !shows(), 15000);
    dialog->close();
    m_server->options().ownerVisibilityDelayMs = 800;
}

QTEST_MAIN(TestHandoverWindow)
#include "tst_handoverwindow.moc"

// The full main window under Xvfb: it shows, its actions carry their shortcuts, with no profile it welcomes (add a
// tenant, try the demo tenant), it connects to a sandbox tenant (title, band, request log, status bar), read-only
// profiles disable writes, and it saves its geometry.
#include "api/RequestLog.h"
#include "api/Session.h"
#include "browser/BrowserView.h"
#include "connect/SettingsDialog.h"
#include "models/AppTreeModel.h"
#include "sandbox/DemoTenant.h"
#include "sandbox/SandboxServer.h"
#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/MainWindow.h"
#include "shell/ProfileBand.h"
#include "shell/RequestLogView.h"
#include "shell/WelcomeView.h"
#include "support/TestTenant.h"
#include "ui/WidgetAudit.h"
#include "workflows/SessionController.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace c1;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsWelcomeWithoutProfile();
    void welcomeAddsATenant();
    void welcomeTriesTheDemoTenant();
    void titleNamesTheAppOnce();
    void copyIdNeedsASelection();
    void actionsHaveShortcuts_data();
    void actionsHaveShortcuts();
    void menusHoldTheActions();
    void widgetsAreNamed();
    void connectsToSandbox_data();
    void connectsToSandbox();
    void centralViewSeam();
    void missingSecretsFail();
    void switchProfileMenuFollowsStore();
    void savesGeometry();

private:
    void connectSandbox(bool readOnly);

    QTemporaryDir m_dir;
    test::TestTenant m_tenant; // the sandbox tenant; the window signs in to it through its SessionController
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<c1::Session*>();
    QCoreApplication::setOrganizationName(QStringLiteral("C1 Console Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("C1 Console")); // as c1console: the platform adds it
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY2(
        m_tenant.start(SandboxOptions {}, SandboxDataSize { 3, 1, 3, 1, 5, 0, 0 }), qPrintable(m_tenant.errorString()));
}

void TestMainWindow::init()
{
    m_profiles = std::make_unique<ProfileStore>(
        m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_controller = std::make_unique<SessionController>(m_profiles.get(), m_secrets.get());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_secrets.reset();
    m_profiles.reset();
}

void TestMainWindow::connectSandbox(bool readOnly)
{
    Profile profile;
    profile.id = QStringLiteral("sandbox");
    profile.name = readOnly ? QStringLiteral("Sandbox (audit)") : QStringLiteral("Sandbox");
    profile.urlOverride = m_tenant.server()->baseUrl();
    profile.color = QStringLiteral("#7b3fa0");
    profile.readOnly = readOnly;
    profile.production = readOnly;
    ProfileSecrets secrets = m_tenant.secrets();
    m_controller->connectWithSecrets(profile, secrets);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
}

// No profile connected: the welcome view (not one sentence), with its two ways to start and where API keys come from.
void TestMainWindow::showsWelcomeWithoutProfile()
{
    QCOMPARE(m_controller->state(), SessionController::State::NoProfile);
    QCOMPARE(m_window->windowTitle(), QString()); // the platform shows "C1 Console"
    QVERIFY(!m_window->isShowingCentralView());
    WelcomeView* welcome = m_window->welcomeView();
    QVERIFY(welcome && welcome->isVisible());
    QVERIFY(welcome->addTenantButton()->isVisible() && welcome->addTenantButton()->isEnabled());
    QVERIFY(welcome->demoButton()->isVisible() && welcome->demoButton()->isEnabled());
    auto* keys = welcome->findChild<QLabel*>(QStringLiteral("welcomeKeysHint"));
    QVERIFY(keys && keys->isVisible());
    QVERIFY2(keys->text().contains(QStringLiteral("Settings → API keys")), qPrintable(keys->text()));
    QVERIFY(!welcome->findChild<QLabel*>(QStringLiteral("welcomeProfiles"))->isVisible()); // no profiles yet
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("placeholderPage"))->isVisible());
    QVERIFY(!m_window->actions().newApp->isEnabled()); // nothing to write to
    QVERIFY(m_window->actions().settings->isEnabled());
    C1_VERIFY_WIDGET_AUDIT(welcome);

    // Once profiles exist, it says where to switch to one.
    Profile profile;
    profile.id = QStringLiteral("p");
    profile.name = QStringLiteral("Acme");
    m_profiles->save(profile);
    QVERIFY(welcome->findChild<QLabel*>(QStringLiteral("welcomeProfiles"))->isVisible());
}

// "Add a tenant…" opens Settings on a new, unsaved profile.
void TestMainWindow::welcomeAddsATenant()
{
    QTest::mouseClick(m_window->welcomeView()->addTenantButton(), Qt::LeftButton);
    auto* dialog = m_window->findChild<SettingsDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->currentProfileId().isEmpty());
    QVERIFY(!m_profiles->profile(dialog->currentProfileId())); // new: not saved yet
    QCOMPARE(dialog->profileFromForm().name, SettingsDialog::tr("New profile"));
    dialog->reject();
}

// "Try the demo tenant" connects to the in-process demo tenant, as `c1console --demo` does (ui/main.cpp connects
// demoRequested() to DemoTenant::connectSession() the same way).
void TestMainWindow::welcomeTriesTheDemoTenant()
{
    DemoTenant demo;
    connect(m_window.get(), &MainWindow::demoRequested, &demo,
        [this, &demo] { QVERIFY2(demo.connectSession(m_controller.get()), qPrintable(demo.errorString())); });
    QTest::mouseClick(m_window->welcomeView()->demoButton(), Qt::LeftButton);
    QVERIFY(demo.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
    QCOMPARE(m_controller->profile().name, demo.profile().name);
    QCOMPARE(m_window->windowTitle(), demo.profile().name);
    QVERIFY(m_window->isShowingCentralView());
    QVERIFY(!m_window->welcomeView()->isVisible());
    BrowserView* browser = m_window->browserView();
    QTRY_VERIFY_WITH_TIMEOUT(!browser->model()->isLoading() && browser->model()->rowCount() > 1, 15000);
    QVERIFY(m_window->actions().newApp->isEnabled());
    QVERIFY(!m_profiles->profile(demo.profile().id)); // the demo profile is never saved
    m_controller->disconnectSession(); // before the demo tenant goes
    QVERIFY(m_window->welcomeView()->isVisible());
}

// The title is the profile's name; the platform adds the application's display name once: "Sandbox — C1 Console",
// not "C1 Console — Sandbox — C1 Console". Under X11 the title the window manager gets is read back with xprop.
void TestMainWindow::titleNamesTheAppOnce()
{
    connectSandbox(false);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Sandbox"));
    QCOMPARE(m_window->windowTitle().count(QGuiApplication::applicationDisplayName()), 0);
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("the platform's title is read from X11 (this suite runs under Xvfb)");
    const QString xprop = QStandardPaths::findExecutable(QStringLiteral("xprop"));
    QVERIFY2(!xprop.isEmpty(), "xprop is missing: run tools/install-deps (Debian package x11-utils)");
    auto shownTitle = [this, &xprop] {
        QProcess process;
        process.start(
            xprop, { QStringLiteral("-id"), QString::number(m_window->winId()), QStringLiteral("_NET_WM_NAME") });
        process.waitForFinished(10000);
        const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return out.section(QLatin1Char('"'), 1, -2);
    };
    QTRY_COMPARE(shownTitle(), QStringLiteral("Sandbox — C1 Console"));
    m_controller->disconnectSession();
    QTRY_COMPARE(shownTitle(), QStringLiteral("C1 Console"));
}

// "Copy ID" is enabled only while connected with a row that has an ID current.
void TestMainWindow::copyIdNeedsASelection()
{
    QAction* copyId = m_window->actions().copyId;
    QVERIFY(!copyId->isEnabled()); // no profile
    connectSandbox(false);
    QVERIFY(!copyId->isEnabled()); // nothing selected
    BrowserView* browser = m_window->browserView();
    QTRY_VERIFY_WITH_TIMEOUT(!browser->model()->isLoading() && browser->model()->rowCount() > 1, 15000);
    browser->treeView()->setCurrentIndex(browser->treeView()->model()->index(0, 0));
    QVERIFY(copyId->isEnabled());
    m_controller->disconnectSession();
    QVERIFY(!copyId->isEnabled());
}

void TestMainWindow::actionsHaveShortcuts_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("settings") << QStringLiteral("actionSettings") << QKeySequence(QStringLiteral("Ctrl+,"));
    QTest::newRow("quit") << QStringLiteral("actionQuit") << QKeySequence(QStringLiteral("Ctrl+Q"));
    QTest::newRow("copy id") << QStringLiteral("actionCopyId") << QKeySequence(QStringLiteral("Ctrl+Shift+C"));
    QTest::newRow("find") << QStringLiteral("actionFind") << QKeySequence(QStringLiteral("Ctrl+F"));
    QTest::newRow("go to id") << QStringLiteral("actionGoToId") << QKeySequence(QStringLiteral("Ctrl+L"));
    QTest::newRow("new app") << QStringLiteral("actionNewApp") << QKeySequence(QStringLiteral("Ctrl+N"));
    QTest::newRow("new resource") << QStringLiteral("actionNewResource")
                                  << QKeySequence(QStringLiteral("Ctrl+Shift+N"));
    QTest::newRow("bulk") << QStringLiteral("actionBulkAssign") << QKeySequence(QStringLiteral("Ctrl+B"));
}

void TestMainWindow::actionsHaveShortcuts()
{
    QFETCH(QString, objectName);
    QFETCH(QKeySequence, shortcut);
    auto* action = m_window->findChild<QAction*>(objectName);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), shortcut);
    QVERIFY(!action->text().isEmpty());
    QVERIFY(!action->icon().isNull());
}

void TestMainWindow::menusHoldTheActions()
{
    QStringList titles;
    for (QAction* menu : m_window->menuBar()->actions())
        titles << menu->text().remove(QLatin1Char('&'));
    QCOMPARE(titles,
        (QStringList { QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Create"),
            QStringLiteral("Owners"), QStringLiteral("View"), QStringLiteral("Help") }));
    const auto& a = m_window->actions();
    auto* create = m_window->findChild<QMenu*>(QStringLiteral("menuCreate"));
    QVERIFY(create->actions().contains(a.newApp) && create->actions().contains(a.newResource));
    QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("menuOwners"))->actions().contains(a.bulkAssign));
    // Owners ▸ Recent Bulk Jobs… (ui/shell/RecentJobsEntry), enabled only with a session.
    auto* recentJobs = m_window->findChild<QAction*>(QStringLiteral("actionRecentBulkJobs"));
    QVERIFY(recentJobs);
    QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("menuOwners"))->actions().contains(recentJobs));
    QCOMPARE(recentJobs->isEnabled(), m_window->session() != nullptr);
    QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("menuTheme"))->actions().contains(a.themeDark));
    QVERIFY(m_window->switchProfileMenu());

    // Theme actions switch the palette both ways.
    a.themeDark->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    a.themeLight->trigger();
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() >= 128);
    a.themeSystem->trigger();
}

void TestMainWindow::widgetsAreNamed()
{
    C1_VERIFY_WIDGET_AUDIT(m_window.get());
}

void TestMainWindow::connectsToSandbox_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("writable") << false;
    QTest::newRow("read-only") << true;
}

void TestMainWindow::connectsToSandbox()
{
    QFETCH(bool, readOnly);
    QSignalSpy sessions(m_window.get(), &MainWindow::sessionChanged);
    connectSandbox(readOnly);
    QCOMPARE(sessions.size(), 1);
    QVERIFY(m_window->session());

    const QString name = m_controller->profile().name;
    QCOMPARE(m_window->windowTitle(), name); // the platform adds " — C1 Console"
    QCOMPARE(m_window->isReadOnly(), readOnly);
    auto* band = m_window->findChild<ProfileBand*>();
    QCOMPARE(band->color(), QColor(QStringLiteral("#7b3fa0")));
    QCOMPARE(m_window->findChild<QWidget*>(QStringLiteral("readOnlyBadge"))->isVisible(), readOnly);

    // Write actions follow the profile; reading ones stay on.
    const auto& a = m_window->actions();
    QCOMPARE(a.newApp->isEnabled(), !readOnly);
    QCOMPARE(a.newResource->isEnabled(), !readOnly);
    QCOMPARE(a.bulkAssign->isEnabled(), !readOnly);
    QCOMPARE(m_window->writeActionsEnabled(), !readOnly);
    QVERIFY(a.refresh->isEnabled());

    // The sign-in exchange is in the request log, with its details.
    RequestLogView* log = m_window->requestLogView();
    QCOMPARE(log->log(), m_window->session()->requestLog());
    QTRY_VERIFY(log->table()->model()->rowCount() > 0);
    // (the browser lists apps as soon as it is connected: find the sign-in among the exchanges)
    bool signIn = false;
    for (int row = 0; row < log->table()->model()->rowCount() && !signIn; ++row) {
        log->table()->selectRow(row);
        signIn = log->detailsText().contains(QLatin1String("/api/v1/auth/introspect"));
    }
    QVERIFY(signIn);
    QVERIFY(!log->detailsText().contains(m_tenant.credentials().clientSecret.section(QLatin1Char(':'), 3).left(12)));
    // The protocol the exchange spoke (the sandbox here is cleartext HTTP/1.1), in its column and its details.
    QVERIFY2(log->detailsText().contains(QLatin1String("HTTP/1.1")), qPrintable(log->detailsText()));
    const QModelIndex current = log->table()->currentIndex();
    QCOMPARE(current.siblingAtColumn(int(RequestLog::Column::Protocol)).data().toString(), QStringLiteral("HTTP/1.1"));

    auto* status = m_window->findChild<QLabel*>(QStringLiteral("statusConnection"));
    QCOMPARE(status->text(), m_controller->stateText());
    // Who is signed in, by name and email (looked up); the user ID in the tooltip (issue 14 item 8).
    QVERIFY2(status->text().contains(QStringLiteral("Sandbox Admin <sandbox-admin@sandbox.example.com>")),
        qPrintable(status->text()));
    QVERIFY(!status->text().contains(m_tenant.credentials().userId));
    QVERIFY2(status->toolTip().contains(m_tenant.credentials().userId), qPrintable(status->toolTip()));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusProfile"))->text().contains(name));

    const QString shot = QStringLiteral(C1_SCREENSHOT_DIR "/mainwindow-%1.png")
                             .arg(readOnly ? QStringLiteral("readonly") : QStringLiteral("connected"));
    QVERIFY(m_window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    // Disconnecting lets go of the session everywhere.
    m_controller->disconnectSession();
    QCOMPARE(sessions.last().first().value<Session*>(), nullptr);
    QCOMPARE(log->log(), nullptr);
    QVERIFY(!a.newApp->isEnabled());
    QCOMPARE(m_window->windowTitle(), QString());
}

void TestMainWindow::centralViewSeam()
{
    auto* view = new QLabel(QStringLiteral("browser"));
    view->setObjectName(QStringLiteral("fakeBrowser"));
    m_window->setCentralView(view);
    QCOMPARE(m_window->centralView(), view);
    QVERIFY(!m_window->isShowingCentralView()); // not connected yet
    connectSandbox(false);
    QVERIFY(m_window->isShowingCentralView());
    QVERIFY(view->isVisible());
    m_controller->disconnectSession();
    QVERIFY(!m_window->isShowingCentralView());
}

void TestMainWindow::missingSecretsFail()
{
    Profile profile;
    profile.id = QStringLiteral("nokeys");
    profile.name = QStringLiteral("No keys");
    m_profiles->save(profile);
    m_controller->connectProfile(profile.id);
    QCOMPARE(m_controller->state(), SessionController::State::ReadingKeychain);
    QTRY_COMPARE(m_controller->state(), SessionController::State::Failed);
    QVERIFY(!m_controller->lastError().isEmpty());
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("placeholderText"))->text().contains(m_controller->lastError()));
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("retryButton"))->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("No keys"));
}

void TestMainWindow::switchProfileMenuFollowsStore()
{
    Profile a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Alpha");
    Profile b;
    b.id = QStringLiteral("b");
    b.name = QStringLiteral("Beta");
    b.readOnly = true;
    m_profiles->save(a);
    m_profiles->save(b);
    QStringList names;
    for (QAction* action : m_window->switchProfileMenu()->actions())
        names << action->text();
    QCOMPARE(names, (QStringList { QStringLiteral("Alpha"), QStringLiteral("Beta") }));

    // Choosing one remembers it and connects (here: fails, no keys stored).
    m_window->switchProfileMenu()->actions().at(1)->trigger();
    QCOMPARE(m_profiles->activeProfileId(), QStringLiteral("b"));
    QCOMPARE(m_controller->profile().id, QStringLiteral("b"));
    QVERIFY(m_window->isReadOnly());
    QVERIFY(m_window->switchProfileMenu()->actions().at(1)->isChecked());
}

void TestMainWindow::savesGeometry()
{
    m_window->resize(1000, 700);
    m_window->requestLogDock()->hide();
    QVERIFY(m_window->close());
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));

    MainWindow again(m_controller.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1000, 700));
    QVERIFY(again.requestLogDock()->isHidden());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

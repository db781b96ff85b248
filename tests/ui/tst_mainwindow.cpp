// The full main window under Xvfb: it shows, its actions carry their shortcuts, it connects to a sandbox tenant
// (title, band, request log, status bar), read-only profiles disable writes, and it saves its geometry.
#include "api/RequestLog.h"
#include "api/Session.h"
#include "sandbox/SandboxServer.h"
#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/MainWindow.h"
#include "shell/ProfileBand.h"
#include "shell/RequestLogView.h"
#include "ui/WidgetAudit.h"
#include "workflows/SessionController.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsPlaceholderWithoutProfile();
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
    std::unique_ptr<SandboxServer> m_server;
    SandboxClient m_client;
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
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->generateData(SandboxDataSize { 3, 1, 3, 1, 5, 0, 0 });
    m_client = m_server->issueClient();
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
    profile.urlOverride = m_server->baseUrl();
    profile.color = QStringLiteral("#7b3fa0");
    profile.readOnly = readOnly;
    profile.production = readOnly;
    ProfileSecrets secrets { m_server->baseUrl().authority(), m_client.clientId, m_client.clientSecret };
    m_controller->connectWithSecrets(profile, secrets);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
}

void TestMainWindow::showsPlaceholderWithoutProfile()
{
    QCOMPARE(m_controller->state(), SessionController::State::NoProfile);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("C1 Console"));
    QVERIFY(!m_window->isShowingCentralView());
    auto* text = m_window->findChild<QLabel*>(QStringLiteral("placeholderText"));
    QVERIFY(text && text->isVisible() && !text->text().isEmpty());
    QVERIFY(!m_window->actions().newApp->isEnabled()); // nothing to write to
    QVERIFY(m_window->actions().settings->isEnabled());
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
    QCOMPARE(m_window->windowTitle(), QStringLiteral("C1 Console — %1").arg(name));
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
    QVERIFY(a.copyId->isEnabled());

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
    QVERIFY(!log->detailsText().contains(m_client.clientSecret.section(QLatin1Char(':'), 3).left(12)));

    auto* status = m_window->findChild<QLabel*>(QStringLiteral("statusConnection"));
    QCOMPARE(status->text(), m_controller->stateText());
    // Who is signed in, by name and email (looked up); the user ID in the tooltip (issue 14 item 8).
    QVERIFY2(status->text().contains(QStringLiteral("Sandbox Admin <sandbox-admin@sandbox.example.com>")),
        qPrintable(status->text()));
    QVERIFY(!status->text().contains(m_client.userId));
    QVERIFY2(status->toolTip().contains(m_client.userId), qPrintable(status->toolTip()));
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
    QCOMPARE(m_window->windowTitle(), QStringLiteral("C1 Console"));
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
    QCOMPARE(m_window->windowTitle(), QStringLiteral("C1 Console — No keys"));
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

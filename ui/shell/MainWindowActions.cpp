// MainWindow's frame, built once by its constructor: the actions (with their shortcuts, tips and objectNames), the
// menus, the toolbar, the request log dock and the status bar. MainWindow.cpp holds the rest: the central views,
// the session's state and the selection they follow, settings and window state.
#include "shell/MainWindow.h"

#include "shell/Icons.h"
#include "shell/RequestLogView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace c1 {

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QString& objectName, const QString& iconName,
                    const QKeySequence& shortcut, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!iconName.isEmpty())
            action->setIcon(icon(iconName));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setStatusTip(tip);
        action->setToolTip(shortcut.isEmpty()
                ? tip
                : tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        return action;
    };
    m_actions.settings = make(tr("&Settings…"), QStringLiteral("actionSettings"), QStringLiteral("settings"),
        QKeySequence(Qt::CTRL | Qt::Key_Comma), tr("Edit tenant profiles and their credentials"));
    m_actions.settings->setMenuRole(QAction::PreferencesRole);
    m_actions.quit = make(tr("&Quit"), QStringLiteral("actionQuit"), QStringLiteral("quit"),
        QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit C1 Console"));
    m_actions.quit->setMenuRole(QAction::QuitRole);
    m_actions.copyId = make(tr("&Copy ID"), QStringLiteral("actionCopyId"), QStringLiteral("copy"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Copy the ID of the selected object"));
    m_actions.find = make(tr("&Find / Filter"), QStringLiteral("actionFind"), QStringLiteral("search"),
        QKeySequence(Qt::CTRL | Qt::Key_F), tr("Filter what is shown"));
    m_actions.goToId = make(tr("&Go to ID…"), QStringLiteral("actionGoToId"), QStringLiteral("goto"),
        QKeySequence(Qt::CTRL | Qt::Key_L), tr("Open an app, resource or user by its ID"));
    m_actions.refresh = make(tr("&Refresh"), QStringLiteral("actionRefresh"), QStringLiteral("refresh"),
        QKeySequence(QKeySequence::Refresh), tr("Load the selected object again"));
    m_actions.newApp = make(tr("New &App…"), QStringLiteral("actionNewApp"), QStringLiteral("app"),
        QKeySequence(Qt::CTRL | Qt::Key_N), tr("Create an app in the tenant"));
    m_actions.newResource = make(tr("New &Resource…"), QStringLiteral("actionNewResource"), QStringLiteral("resource"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        tr("Create a manually managed resource in the selected resource type"));
    m_actions.bulkAssign = make(tr("&Bulk Assign Owners…"), QStringLiteral("actionBulkAssign"), QStringLiteral("bulk"),
        QKeySequence(Qt::CTRL | Qt::Key_B), tr("Paste a list of owner IDs and assign them all"));
    m_actions.about = make(
        tr("&About C1 Console"), QStringLiteral("actionAbout"), QStringLiteral("info"), {}, tr("Version and credits"));
    m_actions.about->setMenuRole(QAction::AboutRole);
    m_actions.aboutQt = make(tr("About &Qt"), QStringLiteral("actionAboutQt"), {}, {}, tr("The Qt version in use"));
    m_actions.aboutQt->setMenuRole(QAction::AboutQtRole);

    auto* themes = new QActionGroup(this);
    themes->setExclusive(true);
    m_actions.themeSystem = make(
        tr("Follow the &System"), QStringLiteral("actionThemeSystem"), {}, {}, tr("Use the colours of the desktop"));
    m_actions.themeLight = make(tr("&Light"), QStringLiteral("actionThemeLight"), {}, {}, tr("Light colours"));
    m_actions.themeDark = make(tr("&Dark"), QStringLiteral("actionThemeDark"), {}, {}, tr("Dark colours"));
    for (QAction* action : { m_actions.themeSystem, m_actions.themeLight, m_actions.themeDark }) {
        action->setCheckable(true);
        themes->addAction(action);
    }
    const Theme::Mode mode = Theme::current();
    (mode == Theme::Mode::Dark           ? m_actions.themeDark
            : mode == Theme::Mode::Light ? m_actions.themeLight
                                         : m_actions.themeSystem)
        ->setChecked(true);
    connect(m_actions.themeSystem, &QAction::triggered, this, [this] { setTheme(Theme::Mode::System); });
    connect(m_actions.themeLight, &QAction::triggered, this, [this] { setTheme(Theme::Mode::Light); });
    connect(m_actions.themeDark, &QAction::triggered, this, [this] { setTheme(Theme::Mode::Dark); });

    connect(m_actions.settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Until a view claims Find, it filters the request log.
    connect(m_actions.find, &QAction::triggered, this, [this] {
        if (!isShowingCentralView() && m_requestLog) {
            m_requestLogDock->show();
            m_requestLog->focusFilter();
        }
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_actions.settings);
    m_switchProfileMenu = file->addMenu(icon(u"profile"), tr("Switch &Profile"));
    m_switchProfileMenu->setObjectName(QStringLiteral("menuSwitchProfile"));
    file->addSeparator();
    file->addAction(m_actions.quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_editMenu->addAction(m_actions.copyId);
    m_editMenu->addAction(m_actions.find);
    m_editMenu->addAction(m_actions.goToId);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions.refresh);

    QMenu* create = menuBar()->addMenu(tr("&Create"));
    create->setObjectName(QStringLiteral("menuCreate"));
    create->addAction(m_actions.newApp);
    create->addAction(m_actions.newResource);

    QMenu* owners = menuBar()->addMenu(tr("&Owners"));
    owners->setObjectName(QStringLiteral("menuOwners"));
    owners->addAction(m_actions.bulkAssign);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_actions.showRequestLog);
    m_actions.showToolBar = new QAction(tr("&Toolbar"), this);
    m_actions.showToolBar->setObjectName(QStringLiteral("actionShowToolBar"));
    view->addAction(m_actions.showToolBar);
    view->addSeparator();
    QMenu* theme = view->addMenu(icon(u"theme"), tr("T&heme"));
    theme->setObjectName(QStringLiteral("menuTheme"));
    theme->addAction(m_actions.themeSystem);
    theme->addAction(m_actions.themeLight);
    theme->addAction(m_actions.themeDark);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_actions.about);
    help->addAction(m_actions.aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_actions.refresh);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.newApp);
    m_toolBar->addAction(m_actions.newResource);
    m_toolBar->addAction(m_actions.bulkAssign);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.goToId);
    m_toolBar->addAction(m_actions.copyId);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.settings);
    // Short labels where the menu's are long, and icons alone for the ID actions (named in their tooltips and read by
    // their text), so that the toolbar fits 1200 px in German and French too.
    m_actions.bulkAssign->setIconText(tr("Bulk Assign"));
    for (QAction* action : { m_actions.goToId, m_actions.copyId }) {
        if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    // The toolbar's own toggle keeps its check state in step with the toolbar.
    QAction* toggle = m_toolBar->toggleViewAction();
    m_actions.showToolBar->setCheckable(true);
    m_actions.showToolBar->setChecked(true);
    connect(m_actions.showToolBar, &QAction::toggled, m_toolBar, &QToolBar::setVisible);
    connect(toggle, &QAction::toggled, m_actions.showToolBar, &QAction::setChecked);
}

void MainWindow::createDock()
{
    m_requestLog = new RequestLogView(this);
    m_requestLog->setObjectName(QStringLiteral("requestLogView"));
    m_requestLogDock = new QDockWidget(tr("Request log"), this);
    m_requestLogDock->setObjectName(QStringLiteral("requestLogDock"));
    m_requestLogDock->setAccessibleName(tr("Request log"));
    m_requestLogDock->setWidget(m_requestLog);
    addDockWidget(Qt::BottomDockWidgetArea, m_requestLogDock);
    m_actions.showRequestLog = m_requestLogDock->toggleViewAction();
    m_actions.showRequestLog->setObjectName(QStringLiteral("actionShowRequestLog"));
    m_actions.showRequestLog->setIcon(icon(u"log"));
    m_actions.showRequestLog->setText(tr("&Request Log"));
    m_actions.showRequestLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_actions.showRequestLog->setToolTip(
        tr("Show or hide the request log (%1)")
            .arg(m_actions.showRequestLog->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::createStatusBar()
{
    m_statusProfile = new QLabel(this);
    m_statusProfile->setObjectName(QStringLiteral("statusProfile"));
    m_statusState = new QLabel(this);
    m_statusState->setObjectName(QStringLiteral("statusConnection"));
    m_statusInFlight = new QLabel(this);
    m_statusInFlight->setObjectName(QStringLiteral("statusInFlight"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_statusProfile);
    statusBar()->addPermanentWidget(m_statusState);
    statusBar()->addPermanentWidget(m_statusInFlight);
}

} // namespace c1

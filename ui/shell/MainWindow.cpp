#include "shell/MainWindow.h"

#include "api/C1Client.h"
#include "api/Session.h"
#include "browser/BrowserView.h"
#include "connect/SettingsDialog.h"
#include "edit/EditActions.h"
#include "handover/HandoverMenu.h"
#include "settings/ProfileStore.h"
#include "shell/ConsoleWorkflows.h"
#include "shell/Icons.h"
#include "shell/ProfileBand.h"
#include "shell/RecentJobsEntry.h"
#include "shell/RequestLogView.h"
#include "shell/ResumeJobsBar.h"
#include "shell/WelcomeView.h"
#include "workflows/UnfinishedBulkJobs.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace c1 {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kBrowserLayoutKey = QStringLiteral("mainWindow/browserLayout");
} // namespace

MainWindow::MainWindow(SessionController* controller, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_settingsSecrets(controller->secrets())
    , m_unfinishedJobs(std::make_unique<UnfinishedBulkJobs>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(u"c1console"));
    createActions();
    createCentral();
    createDock();
    createMenus();
    createToolBar();
    createStatusBar();
    // What shows while no profile is connected (made after the dock: Tab follows the reading order).
    m_welcome = new WelcomeView(this);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomeView::addTenantRequested, this, &MainWindow::addTenant);
    connect(m_welcome, &WelcomeView::demoRequested, this, &MainWindow::demoRequested);

    // The tree browser is the central view (ui/browser).
    auto* browser = new BrowserView;
    m_browser = browser;
    setCentralView(browser);
    connect(this, &MainWindow::sessionChanged, browser, &BrowserView::setSession);
    connect(browser, &BrowserView::statusMessage, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_actions.copyId, &QAction::triggered, browser, &BrowserView::copyCurrentId);
    connect(browser, &BrowserView::currentChanged, this, &MainWindow::updateCopyId);
    connect(m_actions.find, &QAction::triggered, browser, &BrowserView::focusFilter);
    connect(m_actions.goToId, &QAction::triggered, browser, &BrowserView::focusSearch);
    connect(m_actions.refresh, &QAction::triggered, browser, &BrowserView::refreshCurrent);
    // Create, Owners tab, bulk and resume (connects to sessionChanged after the browser: it sees the new tree).
    m_workflows = std::make_unique<ConsoleWorkflows>(browser, m_unfinishedJobs.get(), m_controller->profiles(), this);
    ConsoleWorkflows* workflows = m_workflows.get();
    connect(this, &MainWindow::sessionChanged, workflows, &ConsoleWorkflows::setSession);
    connect(workflows, &ConsoleWorkflows::statusMessage, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_actions.newApp, &QAction::triggered, workflows, &ConsoleWorkflows::newApp);
    connect(m_actions.newResource, &QAction::triggered, workflows, [workflows] { workflows->newResource(); });
    connect(m_actions.bulkAssign, &QAction::triggered, workflows, &ConsoleWorkflows::bulkAssignSelection);
    connect(m_resumeBar, &ResumeJobsBar::resumeRequested, workflows, &ConsoleWorkflows::resumeBulkJob);
    new HandoverMenu(this); // Owners → Hand Over Ownership… (ui/handover)
    // New Resource Type…, Edit…, Delete… (ui/edit/EditActions).
    m_editActions = std::make_unique<EditActions>(browser, this);
    connect(this, &MainWindow::sessionChanged, m_editActions.get(), &EditActions::setSession);
    connect(m_editActions.get(), &EditActions::statusMessage, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_editActions->install(menuBar()->findChild<QMenu*>(QStringLiteral("menuCreate")), m_editMenu, m_toolBar);
    connect(m_unfinishedJobs.get(), &UnfinishedBulkJobs::discarded, this,
        [this] { statusBar()->showMessage(tr("Discarded the unfinished bulk job."), 8000); });

    connect(m_controller, &SessionController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &SessionController::sessionChanged, this, &MainWindow::onSessionChanged);
    if (ProfileStore* profiles = m_controller->profiles())
        connect(profiles, &ProfileStore::profilesChanged, this, &MainWindow::rebuildSwitchProfileMenu);

    new RecentJobsEntry(this); // Owners ▸ Recent Bulk Jobs…, undo, start-up pruning (a child of the window)
    rebuildSwitchProfileMenu();
    onStateChanged(m_controller->state());
    onSessionChanged(m_controller->session());
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

BrowserView* MainWindow::browserView() const
{
    return m_browser;
}

ConsoleWorkflows* MainWindow::workflows() const
{
    return m_workflows.get();
}

Session* MainWindow::session() const
{
    return m_controller->session();
}

void MainWindow::createCentral()
{
    m_band = new ProfileBand(this);
    m_resumeBar = new ResumeJobsBar(m_unfinishedJobs.get(), this);

    m_placeholder = new QWidget(this);
    m_placeholder->setObjectName(QStringLiteral("placeholderPage"));
    m_placeholderIcon = new QLabel(m_placeholder);
    m_placeholderIcon->setAlignment(Qt::AlignCenter);
    m_placeholderText = new QLabel(m_placeholder);
    m_placeholderText->setObjectName(QStringLiteral("placeholderText"));
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_placeholderText->setWordWrap(true);
    m_placeholderText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(icon(u"refresh"), tr("Try Again"), m_placeholder);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Try to connect again"));
    m_settingsButton = new QPushButton(icon(u"settings"), tr("Open Settings…"), m_placeholder);
    m_settingsButton->setObjectName(QStringLiteral("openSettingsButton"));
    m_settingsButton->setAccessibleName(tr("Open the settings"));
    connect(m_retryButton, &QPushButton::clicked, this,
        [this] { m_controller->connectProfile(m_controller->profile().id); });
    connect(m_settingsButton, &QPushButton::clicked, this, &MainWindow::openSettings);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_settingsButton);
    buttons->addStretch(1);
    auto* placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->setContentsMargins(80, 20, 80, 20);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(m_placeholderIcon);
    placeholderLayout->addWidget(m_placeholderText);
    placeholderLayout->addLayout(buttons);
    placeholderLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_placeholder);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_band);
    layout->addWidget(m_resumeBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::setCentralView(QWidget* view)
{
    if (m_centralView == view)
        return;
    if (m_centralView) {
        if (m_centralView == m_browser)
            m_workflows.reset(); // wired into the browser, which goes
        if (m_centralView == m_browser)
            m_editActions.reset();
        m_stack->removeWidget(m_centralView);
        m_centralView->deleteLater();
    }
    m_centralView = view;
    if (view)
        m_stack->addWidget(view);
    updatePlaceholder();
}

bool MainWindow::isShowingCentralView() const
{
    return m_centralView && m_stack->currentWidget() == m_centralView;
}

bool MainWindow::writeActionsEnabled() const
{
    return !m_readOnly && m_controller->state() == SessionController::State::Connected;
}

void MainWindow::rebuildSwitchProfileMenu()
{
    m_switchProfileMenu->clear();
    delete m_profileGroup;
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);
    ProfileStore* store = m_controller->profiles();
    const QList<Profile> profiles = store ? store->profiles() : QList<Profile> {};
    for (const Profile& profile : profiles) {
        QAction* action = m_switchProfileMenu->addAction(profile.name);
        action->setObjectName(QStringLiteral("actionProfile_") + profile.id);
        action->setCheckable(true);
        action->setChecked(profile.id == m_controller->profile().id);
        action->setData(profile.id);
        if (profile.readOnly)
            action->setIcon(icon(u"lock"));
        m_profileGroup->addAction(action);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (ProfileStore* profilesStore = m_controller->profiles())
                profilesStore->setActiveProfileId(id);
            m_controller->connectProfile(id);
        });
    }
    m_welcome->setHasProfiles(!profiles.isEmpty());
    if (profiles.isEmpty()) {
        QAction* none = m_switchProfileMenu->addAction(tr("No profiles yet: add one in Settings"));
        none->setEnabled(false);
    }
}

void MainWindow::onStateChanged(SessionController::State state)
{
    Q_UNUSED(state)
    updateProfileDisplay();
    updateWriteActions();
    updatePlaceholder();
    const QString id = m_controller->profile().id;
    for (QAction* action : m_profileGroup->actions())
        action->setChecked(action->data().toString() == id);
}

void MainWindow::onSessionChanged(Session* session)
{
    m_requestLog->setLog(session ? session->requestLog() : nullptr);
    m_statusInFlight->clear();
    if (session) {
        // Captures the label, not the window: calls aborted while the window's children are destroyed still
        // report their count, and by then the window is no longer a MainWindow.
        auto showInFlight = [label = m_statusInFlight](int count) {
            label->setText(count > 0 ? MainWindow::tr("Requests in flight: %1").arg(count) : QString());
        };
        connect(session->client(), &C1Client::inFlightChanged, m_statusInFlight, showInFlight);
        showInFlight(session->client()->inFlight());
    }
    updateProfileDisplay();
    updateWriteActions();
    updatePlaceholder();
    m_unfinishedJobs->setProfileId(session ? session->profile().id : QString());
    Q_EMIT sessionChanged(session);
}

void MainWindow::updateProfileDisplay()
{
    const Profile& profile = m_controller->profile();
    const bool hasProfile = !profile.name.isEmpty();
    const QString host = session() ? session()->tenantHost() : QString();
    // The profile's name only: the platform adds the application's display name ("Demo tenant — C1 Console").
    setWindowTitle(hasProfile ? profile.name : QString());
    if (hasProfile)
        m_band->setProfile(profile, host);
    else
        m_band->clear();
    m_statusProfile->setText(hasProfile ? tr("Profile: %1").arg(profile.name) : tr("No profile"));

    using State = SessionController::State;
    const State state = m_controller->state();
    m_statusState->setText(state == State::NoProfile ? QString() : m_controller->stateText()); // not "No profile" twice
    QString stateTip;
    if (state == State::Failed)
        stateTip = m_controller->lastError();
    else if (state == State::Connected && !m_controller->identity().userId.isEmpty())
        stateTip = tr("User ID: %1").arg(m_controller->identity().userId);
    m_statusState->setToolTip(stateTip);

    const bool readOnly = hasProfile && profile.readOnly;
    if (readOnly != m_readOnly) {
        m_readOnly = readOnly;
        Q_EMIT readOnlyChanged(readOnly);
    }
}

void MainWindow::updateWriteActions()
{
    const bool enabled = writeActionsEnabled();
    const QString why = m_readOnly
        ? tr("The profile “%1” is read-only: nothing can be written.").arg(m_controller->profile().name)
        : tr("Not connected to a tenant.");
    for (QAction* action : { m_actions.newApp, m_actions.newResource, m_actions.bulkAssign }) {
        // The tips made in createActions() are kept; while disabled they say why.
        if (!action->property("c1BaseTip").isValid()) {
            action->setProperty("c1BaseTip", action->statusTip());
            action->setProperty("c1BaseToolTip", action->toolTip());
        }
        const QString tip = action->property("c1BaseTip").toString();
        const QString toolTip = action->property("c1BaseToolTip").toString();
        action->setEnabled(enabled);
        action->setStatusTip(enabled ? tip : why);
        action->setToolTip(enabled ? toolTip : toolTip + QLatin1Char('\n') + why);
    }
    if (m_browser)
        m_browser->setWriteEnabled(enabled, why);
    if (m_workflows)
        m_workflows->setWriteEnabled(enabled, why);
    if (m_editActions)
        m_editActions->setWriteEnabled(enabled, why);
    const bool connected = m_controller->state() == SessionController::State::Connected;
    m_actions.refresh->setEnabled(connected);
    m_actions.goToId->setEnabled(connected);
    updateCopyId();
}

void MainWindow::updateCopyId()
{
    m_actions.copyId->setEnabled(
        m_controller->state() == SessionController::State::Connected && m_browser && m_browser->hasCurrentId());
}

void MainWindow::updatePlaceholder()
{
    using State = SessionController::State;
    const State state = m_controller->state();
    if (state == State::Connected && m_centralView) {
        m_stack->setCurrentWidget(m_centralView);
        return;
    }
    if (state == State::NoProfile) {
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    m_stack->setCurrentWidget(m_placeholder);
    const int size = 64;
    QString text;
    QString iconName = QStringLiteral("profile");
    switch (state) {
    case State::NoProfile: // the welcome view, above
        break;
    case State::ReadingKeychain:
    case State::SigningIn:
        text = tr("Connecting to %1…").arg(m_controller->profile().name);
        iconName = QStringLiteral("refresh");
        break;
    case State::Connected:
        text = tr("Connected to %1.").arg(m_controller->profile().name);
        iconName = QStringLiteral("connected");
        break;
    case State::Failed:
        text = tr("Could not connect to %1.").arg(m_controller->profile().name) + QStringLiteral("\n\n")
            + m_controller->lastError();
        iconName = QStringLiteral("error");
        break;
    }
    m_placeholderIcon->setPixmap(icon(iconName).pixmap(size, size));
    m_placeholderText->setText(text);
    const bool retryable = state == State::Failed && m_controller->profiles()
        && m_controller->profiles()->profile(m_controller->profile().id).has_value();
    m_retryButton->setVisible(retryable);
    m_settingsButton->setVisible(state == State::NoProfile || state == State::Failed);
}

void MainWindow::openSettings()
{
    if (auto* open = findChild<SettingsDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(m_controller->profiles(), m_settingsSecrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(m_controller->profile().id);
    // With no profile connected a saved profile is connected; the connected one is reconnected (SessionController).
    connect(dialog, &SettingsDialog::profileSaved, m_controller, &SessionController::profileSaved);
    connect(dialog, &SettingsDialog::profileRemoved, m_controller, &SessionController::profileRemoved);
    dialog->open();
}

void MainWindow::addTenant()
{
    openSettings();
    if (auto* dialog = findChild<SettingsDialog*>(QString(), Qt::FindDirectChildrenOnly))
        dialog->addProfile();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About C1 Console"));
    box->setIconPixmap(icon(u"c1console").pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>C1 Console %1</h3><p>A desktop console for administering a C1 (ConductorOne) tenant "
                    "through its public API.</p><p>Built with Qt %2. Credentials are kept in the system "
                    "keychain.</p>")
                     .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    Theme::save(mode);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_browser)
        settings.setValue(kBrowserLayoutKey, m_browser->saveLayoutState());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(kStateKey).toByteArray());
    if (m_browser)
        m_browser->restoreLayoutState(settings.value(kBrowserLayoutKey).toByteArray());
    m_actions.showToolBar->setChecked(!m_toolBar->isHidden());
}

} // namespace c1

#pragma once

#include "shell/Theme.h"
#include "workflows/SessionController.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace c1 {

class BrowserView;
class ConsoleWorkflows;
class EditActions;
class ProfileBand;
class ResumeJobsBar;
class RequestLogView;
class Session;
class UnfinishedBulkJobs;
class WelcomeView;

// The frame every other part plugs into: menus and toolbar (actions are public through actions(), so views and
// dialogs connect to them), the profile band, a central view, the request log dock and the status bar.
//
// Seams for other views:
//  - setCentralView(widget): the main view (e.g. c1::BrowserView); shown while connected, the welcome view while no
//    profile is connected, the "connecting… / could not connect" page otherwise.
//  - sessionChanged(Session*): re-emitted from the SessionController; nullptr while disconnected.
//  - isReadOnly()/writeActionsEnabled(): write actions are disabled for read-only profiles and while offline
//    (their tooltips then say why).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Actions {
        // File
        QAction* settings = nullptr; // Ctrl+,
        QAction* quit = nullptr; // Ctrl+Q
        // Edit
        QAction* copyId = nullptr; // Ctrl+Shift+C
        QAction* find = nullptr; // Ctrl+F
        QAction* goToId = nullptr; // Ctrl+L
        QAction* refresh = nullptr; // F5
        // Create (write actions)
        QAction* newApp = nullptr; // Ctrl+N
        QAction* newResource = nullptr; // Ctrl+Shift+N
        // Owners (write action)
        QAction* bulkAssign = nullptr; // Ctrl+B
        // View
        QAction* showRequestLog = nullptr; // the dock's toggle
        QAction* showToolBar = nullptr;
        QAction* themeSystem = nullptr;
        QAction* themeLight = nullptr;
        QAction* themeDark = nullptr;
        // Help
        QAction* about = nullptr;
        QAction* aboutQt = nullptr;
    };

    explicit MainWindow(SessionController* controller, QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionController* sessionController() const { return m_controller; }
    Session* session() const;
    const Actions& actions() const { return m_actions; }
    QMenu* switchProfileMenu() const { return m_switchProfileMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QToolBar* mainToolBar() const { return m_toolBar; }
    RequestLogView* requestLogView() const { return m_requestLog; }
    QDockWidget* requestLogDock() const { return m_requestLogDock; }
    BrowserView* browserView() const; // nullptr once another central view replaced it
    // Create, owners, bulk and resume wiring (ui/ConsoleWorkflows); nullptr once the browser was replaced.
    ConsoleWorkflows* workflows() const;
    EditActions* editActions() const { return m_editActions.get(); } // New Resource Type…, Edit…, Delete…
    ResumeJobsBar* resumeJobsBar() const { return m_resumeBar; }
    // The connected profile's unfinished bulk jobs (and where bulk jobs are journaled).
    UnfinishedBulkJobs* unfinishedJobs() const { return m_unfinishedJobs.get(); }

    // The central seam: takes ownership of `view` (replacing an earlier one).
    void setCentralView(QWidget* view);
    QWidget* centralView() const { return m_centralView; }
    bool isShowingCentralView() const; // false while the welcome view or the placeholder page is shown
    WelcomeView* welcomeView() const { return m_welcome; }

    bool isReadOnly() const { return m_readOnly; } // the active profile is read-only
    bool writeActionsEnabled() const; // connected and not read-only

    // Ignored in --demo: the SettingsDialog then edits the real profiles, which a demo does not switch to.
    void setSecretStoreForSettings(SecretStore* store) { m_settingsSecrets = store; }

Q_SIGNALS:
    void sessionChanged(c1::Session* session);
    void readOnlyChanged(bool readOnly);
    // The welcome view's "Try the demo tenant": the composition root connects the controller to the demo tenant.
    void demoRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDock();
    void createStatusBar();
    void createCentral();
    void rebuildSwitchProfileMenu();
    void onStateChanged(SessionController::State state);
    void onSessionChanged(Session* session);
    void updateProfileDisplay();
    void updateWriteActions();
    void updatePlaceholder();
    void openSettings();
    void addTenant(); // Settings, on a new profile
    void updateCopyId();
    void showAbout();
    void setTheme(Theme::Mode mode);
    void saveWindowState() const;
    void restoreWindowState();

    SessionController* m_controller;
    SecretStore* m_settingsSecrets = nullptr;
    Actions m_actions;
    QMenu* m_editMenu = nullptr;
    QMenu* m_switchProfileMenu = nullptr;
    QActionGroup* m_profileGroup = nullptr;
    QToolBar* m_toolBar = nullptr;
    QDockWidget* m_requestLogDock = nullptr;
    RequestLogView* m_requestLog = nullptr;
    ProfileBand* m_band = nullptr;
    ResumeJobsBar* m_resumeBar = nullptr;
    QPointer<BrowserView> m_browser;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_placeholder = nullptr;
    WelcomeView* m_welcome = nullptr;
    QLabel* m_placeholderIcon = nullptr;
    QLabel* m_placeholderText = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QPointer<QWidget> m_centralView;
    QLabel* m_statusProfile = nullptr;
    QLabel* m_statusState = nullptr;
    QLabel* m_statusInFlight = nullptr;
    bool m_readOnly = false;
    // Controllers and wiring the window owns. Members go before the widgets (the base class deletes those), so
    // nothing here outlives what it binds to; the workflows live as long as the browser they are wired into.
    std::unique_ptr<UnfinishedBulkJobs> m_unfinishedJobs;
    std::unique_ptr<ConsoleWorkflows> m_workflows;
    std::unique_ptr<EditActions> m_editActions;
};

} // namespace c1

#include "handover/HandoverMenu.h"

#include "api/Session.h"
#include "browser/BrowserView.h"
#include "handover/HandoverWindow.h"
#include "handover/HealthDialog.h"
#include "shell/ConsoleWorkflows.h"
#include "shell/Icons.h"
#include "shell/MainWindow.h"
#include "workflows/Handover.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace c1 {

HandoverMenu::HandoverMenu(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(icon(u"owner"), tr("&Hand Over Ownership…"), window))
    , m_health(new QAction(icon(u"info"), tr("O&wnership Health…"), window))
    , m_dir(HandoverState::defaultDir())
{
    setObjectName(u"handoverMenu"_s);
    m_action->setObjectName(u"actionHandover"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    const QString tip = tr("List what one person owns and hand it over to a successor");
    m_action->setStatusTip(tip);
    m_action->setToolTip(tip + u" ("_s + m_action->shortcut().toString(QKeySequence::NativeText) + u')');
    m_health->setObjectName(u"actionOwnershipHealth"_s);
    m_health->setStatusTip(tr("Find what has no owner, no enabled owner, or too many owners"));
    m_health->setToolTip(m_health->statusTip());
    if (auto* owners = window->menuBar()->findChild<QMenu*>(u"menuOwners"_s)) {
        owners->addAction(m_action);
        owners->addAction(m_health);
    } else {
        window->addActions({ m_action, m_health });
    }
    connect(m_action, &QAction::triggered, this, &HandoverMenu::open);
    connect(m_health, &QAction::triggered, this, &HandoverMenu::openHealth);
    connect(window, &MainWindow::sessionChanged, this, &HandoverMenu::onSessionChanged);
    onSessionChanged(window->session());
}

HandoverWindow* HandoverMenu::openWindow() const
{
    return m_open;
}

void HandoverMenu::onSessionChanged(Session* session)
{
    m_session = session;
    m_action->setEnabled(session != nullptr);
    m_health->setEnabled(session != nullptr);
    if (m_openHealth)
        m_openHealth->close();
    if (m_open && !m_open->handover()->isActive())
        m_open->close();
}

void HandoverMenu::open()
{
    if (m_open) {
        m_open->raise();
        m_open->activateWindow();
        return;
    }
    if (!m_session)
        return;
    auto* window = new HandoverWindow(m_session->client(), m_session->profile(), m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setJournalDir(m_dir);
    if (ConsoleWorkflows* workflows = m_window->workflows())
        connect(window, &HandoverWindow::ownersChanged, workflows, &ConsoleWorkflows::refreshOwners);
    m_open = window;
    window->show();
}

void HandoverMenu::openHealth()
{
    if (m_openHealth) {
        m_openHealth->raise();
        m_openHealth->activateWindow();
        return;
    }
    if (!m_session)
        return;
    BrowserView* browser = m_window->browserView();
    const BrowserSelection selection = browser ? browser->currentSelection() : BrowserSelection {};
    auto* dialog = new HealthDialog(m_session->client(), selection.valid ? selection.app.id : QString(),
        selection.valid ? selection.app.displayName : QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HealthDialog::showRequested, this, [this](const OwnerTarget& target) {
        BrowserView* view = m_window->browserView();
        if (!view)
            return;
        switch (target.kind) {
        case OwnerTarget::Kind::App:
            view->goToPath(TreePath::app(target.appId));
            break;
        case OwnerTarget::Kind::Resource:
            view->goToPath(TreePath::resource(target.appId, target.resourceTypeId, target.resourceId));
            break;
        case OwnerTarget::Kind::Entitlement:
            view->goToPath(TreePath::entitlement(target.appId, target.entitlementId));
            break;
        }
        m_window->activateWindow();
    });
    connect(dialog, &HealthDialog::assignRequested, this, [this](const QList<OwnerTarget>& targets) {
        if (ConsoleWorkflows* workflows = m_window->workflows())
            workflows->bulkAssign(targets);
    });
    m_openHealth = dialog;
    dialog->show();
}

} // namespace c1

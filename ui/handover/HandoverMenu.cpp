#include "handover/HandoverMenu.h"

#include "api/Session.h"
#include "handover/HandoverWindow.h"
#include "ownerstab/OwnersPanel.h"
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
    , m_dir(HandoverState::defaultDir())
{
    setObjectName(u"handoverMenu"_s);
    m_action->setObjectName(u"actionHandover"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    const QString tip = tr("List what one person owns and hand it over to a successor");
    m_action->setStatusTip(tip);
    m_action->setToolTip(tip + u" ("_s + m_action->shortcut().toString(QKeySequence::NativeText) + u')');
    if (auto* owners = window->menuBar()->findChild<QMenu*>(u"menuOwners"_s))
        owners->addAction(m_action);
    else
        window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &HandoverMenu::open);
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
    connect(window, &HandoverWindow::ownersChanged, this, [this](const QList<OwnerTarget>& targets) {
        ConsoleWorkflows* workflows = m_window->workflows();
        OwnersPanel* panel = workflows ? workflows->ownersPanel() : nullptr;
        if (panel && panel->hasTarget() && targets.contains(panel->target()))
            panel->refresh();
    });
    m_open = window;
    window->show();
}

} // namespace c1

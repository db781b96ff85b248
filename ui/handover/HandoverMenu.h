#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace c1 {

class HandoverWindow;
class HealthDialog;
class MainWindow;
class Session;

// The main window's way into the handover and the health report: Owners → "Hand Over Ownership…" (Ctrl+Shift+H) and
// "Ownership Health…" (a finding opens in the tree or goes to Bulk Assign Owners…), enabled while connected
// (a read-only profile can list and preview; its Apply stays disabled). One window at a time; it closes when the
// session goes (unless a handover runs: then it stays, bound to the session it started on). Owner lists the Owners
// tab shows are refreshed after a handover changed them. MainWindow makes one and knows nothing else of it.
class HandoverMenu : public QObject {
    Q_OBJECT
public:
    explicit HandoverMenu(MainWindow* window);

    QAction* action() const { return m_action; }
    QAction* healthAction() const { return m_health; }
    HandoverWindow* openWindow() const;
    void setJournalDir(const QString& dir) { m_dir = dir; } // tests; default HandoverState::defaultDir()
    QString journalDir() const { return m_dir; }

public Q_SLOTS:
    void open();
    void openHealth(); // over the whole tenant, or the app selected in the tree

private:
    void onSessionChanged(Session* session);

    MainWindow* m_window;
    QAction* m_action;
    QAction* m_health;
    QPointer<Session> m_session;
    QPointer<HandoverWindow> m_open;
    QPointer<HealthDialog> m_openHealth;
    QString m_dir;
};

} // namespace c1

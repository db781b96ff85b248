#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace c1 {

class HandoverWindow;
class MainWindow;
class Session;

// The main window's way into the handover: Owners → "Hand Over Ownership…" (Ctrl+Shift+H), enabled while connected
// (a read-only profile can list and preview; its Apply stays disabled). One window at a time; it closes when the
// session goes (unless a handover runs: then it stays, bound to the session it started on). Owner lists the Owners
// tab shows are refreshed after a handover changed them. MainWindow makes one and knows nothing else of it.
class HandoverMenu : public QObject {
    Q_OBJECT
public:
    explicit HandoverMenu(MainWindow* window);

    QAction* action() const { return m_action; }
    HandoverWindow* openWindow() const;
    void setJournalDir(const QString& dir) { m_dir = dir; } // tests; default HandoverState::defaultDir()

public Q_SLOTS:
    void open();

private:
    void onSessionChanged(Session* session);

    MainWindow* m_window;
    QAction* m_action;
    QPointer<Session> m_session;
    QPointer<HandoverWindow> m_open;
    QString m_dir;
};

} // namespace c1

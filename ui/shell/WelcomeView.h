#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace c1 {

// What the main window shows while no profile is connected: a welcome with the two ways to start ("Add a
// tenant…", which opens Settings on a new profile, and "Try the demo tenant", the in-process sandbox of --demo),
// where a C1 API key comes from, and, once profiles exist, where to switch to one. The window decides what the
// requests do.
class WelcomeView : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeView(QWidget* parent = nullptr);
    ~WelcomeView() override;

    // Profiles exist: say where to connect to one.
    void setHasProfiles(bool hasProfiles);

    QPushButton* addTenantButton() const { return m_addTenant; }
    QPushButton* demoButton() const { return m_demo; }

Q_SIGNALS:
    void addTenantRequested();
    void demoRequested();

private:
    QPushButton* m_addTenant;
    QPushButton* m_demo;
    QLabel* m_profilesHint;
};

} // namespace c1

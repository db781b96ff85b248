#pragma once

#include "settings/Profile.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QPushButton;

namespace c1 {

class SignInAttempt;

// "Test connection" in the settings form: signs in with a profile that need not be saved, calls
// GET /api/v1/auth/introspect and shows who the credential is, or precisely why it cannot sign in. Busy indicator
// and Cancel while it runs.
class ConnectionTestPanel : public QObject {
    Q_OBJECT
public:
    ConnectionTestPanel(QPushButton* cancelButton, QProgressBar* progress, QLabel* result, QObject* parent = nullptr);

    void start(const Profile& profile, ProfileSecrets secrets);
    void cancel(); // no finished() then
    void clear();
    bool isRunning() const;

Q_SIGNALS:
    void finished(bool ok);

private:
    void showResult(const QString& text, const QString& color);

    SignInAttempt* m_attempt;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_result;
};

} // namespace c1

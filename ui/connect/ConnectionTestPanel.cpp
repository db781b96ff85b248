#include "connect/ConnectionTestPanel.h"

#include "api/Session.h"
#include "workflows/SignInAttempt.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace c1 {

ConnectionTestPanel::ConnectionTestPanel(
    QPushButton* cancelButton, QProgressBar* progress, QLabel* result, QObject* parent)
    : QObject(parent)
    , m_attempt(new SignInAttempt(this))
    , m_cancel(cancelButton)
    , m_progress(progress)
    , m_result(result)
{
    m_progress->setRange(0, 0); // busy
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ConnectionTestPanel::cancel);
    connect(m_attempt, &SignInAttempt::finished, this, [this](bool ok) {
        m_progress->hide();
        m_cancel->hide();
        if (ok) {
            const Introspection& who = m_attempt->identity();
            const QString roles = who.roles.isEmpty() ? tr("none") : who.roles.join(QStringLiteral(", "));
            showResult(tr("Connected. Signed in as %1. Roles: %2.")
                           .arg(SignInAttempt::describeUser(m_attempt->user(), who.userId), roles),
                QStringLiteral("#2e9d57"));
            m_result->setToolTip(tr("User ID: %1").arg(who.userId));
            m_attempt->takeSession(); // only a test: let it go
        } else {
            showResult(m_attempt->errorText(), QStringLiteral("#c8443a"));
        }
        Q_EMIT finished(ok);
    });
}

bool ConnectionTestPanel::isRunning() const
{
    return m_attempt->isRunning();
}

void ConnectionTestPanel::start(const Profile& profile, ProfileSecrets secrets)
{
    if (isRunning())
        return;
    showResult(tr("Signing in…"), {});
    m_progress->show();
    m_cancel->show();
    m_attempt->start(profile, std::move(secrets));
}

void ConnectionTestPanel::cancel()
{
    if (!isRunning())
        return;
    m_attempt->cancel();
    m_progress->hide();
    m_cancel->hide();
    showResult(tr("Test canceled."), {});
}

void ConnectionTestPanel::clear()
{
    cancel();
    m_result->clear();
}

void ConnectionTestPanel::showResult(const QString& text, const QString& color)
{
    m_result->setText(text);
    m_result->setToolTip(QString());
    m_result->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
}

} // namespace c1

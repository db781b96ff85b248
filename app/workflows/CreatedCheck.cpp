#include "workflows/CreatedCheck.h"

namespace c1 {

CreatedCheck::CreatedCheck(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CreatedCheck::searchOnce);
}

void CreatedCheck::start(const QDateTime& sentAt, Search search)
{
    cancel();
    m_sentAt = sentAt;
    m_search = std::move(search);
    m_searches = 0;
    m_running = true;
    searchOnce();
}

QString CreatedCheck::checkingText(const ApiError& sendError, const QString& name)
{
    return tr("The request failed after it was sent (%1). Checking whether “%2” was created…")
        .arg(sendError.message, name);
}

void CreatedCheck::cancel()
{
    if (!m_running)
        return;
    m_timer.stop();
    if (m_call.isRunning()) {
        m_call.abort(); // answers Canceled, which finishes
        return;
    }
    finish(Outcome::Canceled, tr("canceled"));
}

void CreatedCheck::searchOnce()
{
    ++m_searches;
    m_call = m_search(m_sentAt, [this](Result<bool> found) {
        m_call = CallHandle();
        if (!m_running)
            return;
        if (!found) {
            const ApiError& error = found.error();
            if (error.kind == ApiError::Kind::Canceled)
                finish(Outcome::Canceled, tr("canceled"));
            else
                finish(Outcome::Failed, error.message);
            return;
        }
        if (found.value()) {
            finish(Outcome::Found);
            return;
        }
        if (m_searches <= m_delaysMs.size()) {
            m_timer.start(m_delaysMs.at(m_searches - 1));
            return;
        }
        finish(Outcome::NotFound);
    });
}

void CreatedCheck::finish(Outcome outcome, const QString& error)
{
    m_running = false;
    m_timer.stop();
    Q_EMIT finished(outcome, error);
}

} // namespace c1

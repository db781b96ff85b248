#include "workflows/HandoverVerifier.h"

#include "owners/OwnerRules.h"

#include <QTimer>

namespace c1 {

HandoverVerifier::HandoverVerifier(C1Client* client, QList<Check> checks, int concurrency, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_checks(std::move(checks))
    , m_concurrency(std::clamp(concurrency, 1, 64))
{
    qRegisterMetaType<c1::VerifyState>();
}

HandoverVerifier::~HandoverVerifier()
{
    abort();
}

void HandoverVerifier::start()
{
    pump();
}

void HandoverVerifier::abort()
{
    m_aborted = true;
    const auto running = std::exchange(m_running, {});
    for (CallHandle call : running)
        call.abort();
}

void HandoverVerifier::pump()
{
    if (m_aborted)
        return;
    while (m_running.size() < m_concurrency && m_next < m_checks.size())
        read(m_next++);
    if (m_running.isEmpty() && m_next >= m_checks.size())
        Q_EMIT finished();
}

void HandoverVerifier::read(int index)
{
    if (!m_client) {
        m_running.remove(index);
        answer(index, VerifyState::Failed, tr("the session ended"));
        return;
    }
    const Check& check = m_checks.at(index);
    m_running.insert(index,
        m_client->getOwner(check.target, check.role, check.owner, this, [this, index](const Result<OwnerRecord>& r) {
            if (m_aborted)
                return;
            if (r) {
                m_running.remove(index);
                const bool expected = m_checks.at(index).expectPresent;
                answer(index, expected ? VerifyState::Verified : VerifyState::Pending);
            } else if (ownerRules::isNotFound(r.error())) {
                targetCheck(index);
            } else {
                failedRead(index, r.error());
            }
        }));
}

// Not an owner, or no such object: only the object's own owner list tells them apart.
void HandoverVerifier::targetCheck(int index)
{
    const Check& check = m_checks.at(index);
    m_running.insert(index,
        m_client->listOwners(
            check.target, OwnerKind::User, {}, {}, 10, this, [this, index](const Result<Page<OwnerRecord>>& r) {
                if (m_aborted)
                    return;
                if (r) {
                    m_running.remove(index);
                    const bool expected = m_checks.at(index).expectPresent;
                    answer(index, expected ? VerifyState::Pending : VerifyState::Verified);
                } else if (ownerRules::isNotFound(r.error())) {
                    m_running.remove(index);
                    answer(index, VerifyState::TargetGone);
                } else {
                    failedRead(index, r.error());
                }
            }));
}

void HandoverVerifier::failedRead(int index, const ApiError& error)
{
    const int failures = ++m_failures[index];
    if (failures >= 4 || error.kind == ApiError::Kind::Canceled) {
        m_running.remove(index);
        answer(index, VerifyState::Failed, error.userMessage());
        return;
    }
    // Kept in m_running (as a finished handle) while the next read waits.
    m_running.insert(index, CallHandle());
    QTimer::singleShot(250 * failures, this, [this, index] {
        if (!m_aborted)
            read(index);
    });
}

void HandoverVerifier::answer(int index, VerifyState state, const QString& message)
{
    ++m_done;
    Q_EMIT verified(m_checks.at(index).item, state, message);
    pump();
}

} // namespace c1

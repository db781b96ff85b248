#include "owners/BulkOwnerJob.h"

#include "api/AdaptiveLimiter.h"
#include "owners/JobJournal.h"
#include "owners/OwnerRules.h"
#include "settings/ConcurrencyLimits.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace c1 {

BulkOwnerJob::BulkOwnerJob(C1Client* client, BulkJobState state, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_state(std::move(state))
    , m_limiter(new AdaptiveLimiter(m_concurrency, this))
{
    qRegisterMetaType<c1::BulkOwnerJob::Counts>();
    // Throughput hook: the limiter hears every attempt of the client and says when the next row may start.
    m_limiter->watch(client);
    connect(m_limiter, &AdaptiveLimiter::ready, this, &BulkOwnerJob::pump);
    if (m_state.spec.id.isEmpty())
        m_state.spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_state.spec.createdAt.isValid())
        m_state.spec.createdAt = QDateTime::currentDateTimeUtc();
    // A journaled row caught mid-write may or may not have reached the tenant: verify it before anything else.
    for (BulkRow& row : m_state.rows) {
        if (row.status == RowStatus::Sending || row.status == RowStatus::Verifying) {
            row.status = RowStatus::Ready;
            row.needsVerify = true;
            row.checked = true;
        }
        if (row.needsVerify && row.status == RowStatus::Ready)
            row.checked = true;
    }
    for (const BulkRow& row : std::as_const(m_state.rows))
        ++m_histogram[size_t(row.status)];
    // Nothing runs until start(), whatever the journal said when its process died.
    if (m_state.phase == BulkJobState::Phase::Running || m_state.phase == BulkJobState::Phase::Paused)
        m_state.phase = BulkJobState::Phase::Planned;
}

BulkOwnerJob::~BulkOwnerJob()
{
    m_destroying = true;
    const auto calls = m_calls;
    for (Call call : calls)
        call.handle.abort();
    delete m_journal; // writes what is pending while m_state is still alive
    m_journal = nullptr;
}

void BulkOwnerJob::setConcurrency(int concurrency)
{
    m_concurrency = requestConcurrency::clamp(concurrency);
    m_limiter->setMaxConcurrency(m_concurrency);
}

void BulkOwnerJob::setJournalPath(const QString& path)
{
    delete m_journal;
    m_journal = new JobJournal(
        path, [this] { return m_state; }, this);
    connect(m_journal, &JobJournal::writeFailed, this, &BulkOwnerJob::journalFailed);
}

bool BulkOwnerJob::isActive() const
{
    return m_started && (!m_calls.isEmpty() || m_canceling || m_state.phase == BulkJobState::Phase::Running);
}

BulkOwnerJob::Counts BulkOwnerJob::counts() const
{
    Counts c;
    c.rows = int(m_state.rows.size());
    c.toWrite = m_toWrite;
    c.done = m_histogram[size_t(RowStatus::Done)];
    c.alreadyDone = m_histogram[size_t(RowStatus::AlreadyDone)];
    c.failed = m_histogram[size_t(RowStatus::Failed)] + m_histogram[size_t(RowStatus::TargetGone)];
    c.canceled = m_histogram[size_t(RowStatus::Canceled)];
    c.notAttempted = m_histogram[size_t(RowStatus::NotAttempted)];
    c.inFlight = int(m_calls.size());
    c.pending = int(m_queue.size() + m_claimed.size());
    return c;
}

double BulkOwnerJob::rowsPerSecond() const
{
    qint64 ms = m_activeMs;
    if (m_state.phase == BulkJobState::Phase::Running && m_clock.isValid())
        ms += m_clock.elapsed();
    return ms > 0 ? m_finishedThisRun * 1000.0 / double(ms) : 0.0;
}

void BulkOwnerJob::setRowChecked(int row, bool checked)
{
    if (m_started || row < 0 || row >= m_state.rows.size())
        return;
    m_state.rows[row].checked = checked || m_state.rows[row].needsVerify;
}

void BulkOwnerJob::setStatus(int i, RowStatus status, const QString& message, const QString& requestId)
{
    BulkRow& row = m_state.rows[i];
    if (row.status != status) {
        --m_histogram[size_t(row.status)];
        ++m_histogram[size_t(status)];
        if (isFinal(status) && !isFinal(row.status))
            ++m_finishedThisRun;
    }
    row.status = status;
    row.message = message;
    row.requestId = requestId;
    touchJournal();
    Q_EMIT rowChanged(i);
    emitProgress();
}

void BulkOwnerJob::setPhase(BulkJobState::Phase phase)
{
    if (m_state.phase == phase)
        return;
    if (m_state.phase == BulkJobState::Phase::Running && m_clock.isValid())
        m_activeMs += m_clock.elapsed();
    if (phase == BulkJobState::Phase::Running)
        m_clock.start();
    m_state.phase = phase;
    touchJournal();
    Q_EMIT phaseChanged(phase);
}

void BulkOwnerJob::touchJournal()
{
    if (m_journal)
        m_journal->markDirty();
}

void BulkOwnerJob::emitProgress()
{
    Q_EMIT progress(counts(), rowsPerSecond());
}

void BulkOwnerJob::start()
{
    if (m_started)
        return;
    m_started = true;
    const bool hasClient = !m_client.isNull();
    for (int i = 0; i < m_state.rows.size(); ++i) {
        const BulkRow& row = m_state.rows[i];
        if (row.status != RowStatus::Ready)
            continue;
        if (!row.checked)
            setStatus(i, RowStatus::NotAttempted, tr("unticked"));
        else if (m_readOnly && !row.needsVerify)
            setStatus(i, RowStatus::Blocked, tr("the profile is read-only"));
        else if (!hasClient)
            setStatus(i, RowStatus::NotAttempted, tr("not signed in"));
        else
            m_queue.append(i);
    }
    m_toWrite = int(m_queue.size());
    m_finishedThisRun = 0;
    qCInfo(lcBulk) << "bulk job" << m_state.spec.id << "starts:" << m_toWrite << "rows to write with concurrency"
                   << m_concurrency;
    setPhase(BulkJobState::Phase::Running);
    if (m_journal)
        m_journal->flush();
    emitProgress();
    pump();
}

void BulkOwnerJob::pause()
{
    if (m_state.phase != BulkJobState::Phase::Running || m_canceling)
        return;
    setPhase(BulkJobState::Phase::Paused);
    emitProgress();
}

void BulkOwnerJob::resume()
{
    if (m_state.phase != BulkJobState::Phase::Paused || m_canceling)
        return;
    setPhase(BulkJobState::Phase::Running);
    emitProgress();
    pump();
}

void BulkOwnerJob::cancel()
{
    if (!m_started || m_canceling || m_state.phase == BulkJobState::Phase::Finished
        || m_state.phase == BulkJobState::Phase::Canceled)
        return;
    m_canceling = true;
    qCInfo(lcBulk) << "bulk job" << m_state.spec.id << "canceling;" << m_calls.size() << "requests out";
    QList<int> unsent = m_claimed + m_queue;
    m_claimed.clear();
    m_queue.clear();
    QList<int> toVerify;
    for (int i : std::as_const(unsent)) {
        if (m_state.rows[i].needsVerify)
            toVerify.append(i); // an earlier run may have written it: find out
        else
            setStatus(i, RowStatus::Canceled, tr("canceled before it was sent"));
    }
    // Abort the writes out; each answers Canceled and is then verified by reading.
    const QList<int> out = m_calls.keys();
    for (int i : out) {
        if (m_state.rows[i].status == RowStatus::Sending)
            m_calls.value(i).handle.abort();
    }
    for (int i : std::as_const(toVerify))
        verify(i);
    maybeFinish();
}

void BulkOwnerJob::retryFailed()
{
    if (!m_started || isActive())
        return;
    m_queue.clear();
    for (int i = 0; i < m_state.rows.size(); ++i) {
        if (m_state.rows[i].status == RowStatus::Failed && m_state.rows[i].checked) {
            m_state.rows[i].attempts = 0;
            setStatus(i, RowStatus::Ready, tr("retrying"));
            m_queue.append(i);
        }
    }
    if (m_queue.isEmpty())
        return;
    m_toWrite = int(m_queue.size());
    m_finishedThisRun = 0;
    m_activeMs = 0;
    setPhase(BulkJobState::Phase::Running);
    m_clock.start();
    if (m_journal)
        m_journal->flush();
    pump();
}

quint64 BulkOwnerJob::track(int row)
{
    const quint64 ticket = ++m_ticket;
    m_calls.insert(row, Call { ticket, {} });
    return ticket;
}

void BulkOwnerJob::setHandle(int row, quint64 ticket, const CallHandle& handle)
{
    const auto it = m_calls.find(row);
    if (it != m_calls.end() && it->ticket == ticket)
        it->handle = handle;
}

bool BulkOwnerJob::journalBeforeSend(const QList<int>& rows)
{
    for (int i : rows)
        setStatus(i, RowStatus::Sending);
    if (!m_journal || m_journal->flush())
        return true;
    // Not recorded: nothing may be sent. Put the rows back and stop.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        setStatus(*it, RowStatus::Ready, tr("the job journal could not be written"));
        m_queue.prepend(*it);
    }
    if (m_state.phase == BulkJobState::Phase::Running)
        setPhase(BulkJobState::Phase::Paused);
    emitProgress();
    return false;
}

void BulkOwnerJob::pump()
{
    if (m_destroying || m_canceling || m_state.phase != BulkJobState::Phase::Running) {
        maybeFinish();
        return;
    }
    m_limiter->setBacklog(int(m_queue.size() + m_claimed.size()));
    while (m_calls.size() < m_concurrency && m_state.phase == BulkJobState::Phase::Running) {
        if (m_claimed.isEmpty() && m_queue.isEmpty())
            break;
        if (!m_limiter->mayStart(int(m_calls.size())))
            break; // paced or at the adaptive concurrency: ready() or an answer pumps again
        if (m_claimed.isEmpty() && !claimBatch()) {
            m_limiter->unstart();
            break;
        }
        dispatch(m_claimed.takeFirst());
    }
    maybeFinish();
}

bool BulkOwnerJob::claimBatch()
{
    if (m_queue.isEmpty())
        return false;
    const qsizetype n = std::min<qsizetype>(m_queue.size(), std::max(16, m_concurrency * 4));
    const QList<int> batch = m_queue.first(n);
    m_queue.remove(0, n);
    if (!journalBeforeSend(batch))
        return false;
    m_claimed = batch;
    return true;
}

void BulkOwnerJob::dispatch(int i)
{
    if (m_state.rows[i].needsVerify)
        verify(i);
    else
        send(i);
}

void BulkOwnerJob::send(int i)
{
    if (!m_client) {
        setStatus(i, RowStatus::Failed, tr("the session ended"));
        return;
    }
    if (m_state.rows[i].status != RowStatus::Sending && !journalBeforeSend({ i }))
        return;
    BulkRow& row = m_state.rows[i];
    ++row.attempts;
    const OwnerTarget& target = m_state.targetOf(row);
    const QString role = m_state.roleOf(row);
    const quint64 ticket = track(i);
    CallHandle handle;
    if (m_state.operationOf(row) == BulkOperation::Add) {
        handle = m_client->addOwner(target, role, row.owner, this,
            [this, i](const Result<OwnerRecord>& result) { onSent(i, result ? ApiError {} : result.error()); });
    } else {
        handle = m_client->removeOwner(target, role, row.owner, this,
            [this, i](const Result<Empty>& result) { onSent(i, result ? ApiError {} : result.error()); });
    }
    setHandle(i, ticket, handle);
}

// The one place where the tenant's answer to an owner write becomes a row's result (docs: owner-change engine).
void BulkOwnerJob::onSent(int i, const ApiError& error)
{
    m_calls.remove(i);
    if (m_destroying)
        return;
    BulkRow& row = m_state.rows[i];
    const bool add = m_state.operationOf(row) == BulkOperation::Add;
    if (!error.isError()) {
        row.needsVerify = false;
        setStatus(i, RowStatus::Done);
    } else if (add && ownerRules::isAlreadyOwner(error)) {
        row.needsVerify = false;
        setStatus(i, RowStatus::AlreadyDone, tr("the tenant already had this owner"), error.requestId);
    } else if (add && ownerRules::isOverLimit(error)) {
        // The tenant counted more owners than the plan knew of (added since): a failure that a retry may mend.
        row.needsVerify = false;
        setStatus(i, RowStatus::Failed,
            tr("over the limit of %1 owners of this kind: %2")
                .arg(ownerRules::maxOwnersPerKind)
                .arg(error.userMessage()),
            error.requestId);
    } else if (ownerRules::isNotFound(error) || ownerRules::needsReadBack(error)) {
        // Ambiguous (dropped, timed out, 5xx after the retries, canceled in flight), or a 404 that may mean "not an
        // owner" or "the target is gone": read back before anything is reported or sent again.
        qCDebug(lcBulk) << "row" << i << "reading back after:" << error.message;
        row.needsVerify = true;
        row.message = error.userMessage();
        row.requestId = error.requestId;
        m_answers.insert(i, error);
        verify(i);
    } else {
        row.needsVerify = false;
        setStatus(i, RowStatus::Failed, error.userMessage(), error.requestId);
    }
    pump();
}

void BulkOwnerJob::verify(int i)
{
    if (!m_client) {
        setStatus(i, RowStatus::Failed, tr("the session ended before the change could be verified"));
        return;
    }
    const BulkRow& row = m_state.rows[i];
    setStatus(i, RowStatus::Verifying, row.message, row.requestId);
    const quint64 ticket = track(i);
    const CallHandle handle = m_client->getOwner(m_state.targetOf(row), m_state.roleOf(row), row.owner, this,
        [this, i, ticket](const Result<OwnerRecord>& result) {
            if (result)
                onVerified(i, ReadBack::Present, {});
            else if (ownerRules::isNotFound(result.error()))
                checkTarget(i, ticket);
            else
                onVerified(i, ReadBack::Unknown, result.error());
        });
    setHandle(i, ticket, handle);
}

// A 404 for one owner does not tell a missing owner from a missing target. The owner list of the target answers
// 404 only when the target itself is gone, for every kind of owner target the client knows.
void BulkOwnerJob::checkTarget(int i, quint64 ticket)
{
    if (!m_client) {
        m_calls.remove(i);
        setStatus(i, RowStatus::Failed, tr("the session ended before the change could be verified"));
        return;
    }
    const BulkRow& row = m_state.rows[i];
    const CallHandle handle = m_client->listOwners(m_state.targetOf(row), row.owner.kind, QString(), QString(), 10,
        this, [this, i](const Result<Page<OwnerRecord>>& result) {
            if (result)
                onVerified(i, ReadBack::Absent, {});
            else if (ownerRules::isNotFound(result.error()))
                onVerified(i, ReadBack::TargetGone, {});
            else
                onVerified(i, ReadBack::Unknown, result.error());
        });
    setHandle(i, ticket, handle);
}

void BulkOwnerJob::onVerified(int i, ReadBack found, const ApiError& error)
{
    m_calls.remove(i);
    if (m_destroying)
        return;
    BulkRow& row = m_state.rows[i];
    if (found == ReadBack::Unknown) {
        const int failures = ++m_verifyFailures[i];
        if (failures < 4) {
            const quint64 ticket = track(i); // still out: a verification is scheduled
            QTimer::singleShot(250 * failures, this, [this, i, ticket] {
                const auto it = m_calls.constFind(i);
                if (it == m_calls.cend() || it->ticket != ticket)
                    return;
                m_calls.remove(i);
                verify(i);
            });
            return;
        }
        m_verifyFailures.remove(i);
        m_answers.remove(i);
        setStatus(i, RowStatus::Failed,
            tr("could not verify whether the change took effect (%1); it is read again before any retry")
                .arg(error.userMessage()),
            error.requestId);
        pump();
        return;
    }
    m_verifyFailures.remove(i);
    const ApiError answer = m_answers.take(i);
    const bool add = m_state.operationOf(row) == BulkOperation::Add;
    row.needsVerify = false; // the read settled it
    if (found == ReadBack::TargetGone) {
        setStatus(i, RowStatus::TargetGone,
            tr("%1 no longer exists (read back)").arg(targetLabel(m_state.targetOf(row))), answer.requestId);
        pump();
        return;
    }
    const bool present = found == ReadBack::Present;
    const bool inEffect = add ? present : !present;
    if (inEffect) {
        // A 404 to a DELETE cannot say whether this request, one of the client's retries of it, or someone else
        // removed the owner: the read says it is gone from a target that exists, which is what was asked.
        setStatus(i, RowStatus::Done,
            !add && ownerRules::isNotFound(answer) ? tr("the owner is gone (confirmed by reading it back)")
                                                   : tr("confirmed by reading it back"));
    } else if (m_canceling || m_state.phase == BulkJobState::Phase::Canceled) {
        setStatus(i, RowStatus::Canceled, tr("canceled before it took effect"));
    } else if (add && ownerRules::isNotFound(answer)) {
        setStatus(i, RowStatus::Failed, answer.userMessage(), answer.requestId); // e.g. no such user
    } else if (row.attempts >= m_maxSends) {
        setStatus(
            i, RowStatus::Failed, tr("no effect after %n attempt(s): %1", nullptr, row.attempts).arg(row.message));
    } else if (m_state.phase != BulkJobState::Phase::Running) {
        setStatus(i, RowStatus::Ready, tr("not written yet"));
        m_queue.prepend(i);
    } else {
        send(i);
    }
    pump();
}

void BulkOwnerJob::maybeFinish()
{
    if (!m_started || m_destroying || !m_calls.isEmpty())
        return;
    if (m_canceling) {
        m_canceling = false;
        setPhase(BulkJobState::Phase::Canceled);
    } else if ((m_state.phase == BulkJobState::Phase::Running || m_state.phase == BulkJobState::Phase::Paused)
        && m_queue.isEmpty() && m_claimed.isEmpty()) {
        setPhase(BulkJobState::Phase::Finished);
    } else {
        return;
    }
    if (m_journal)
        m_journal->flush();
    const Counts c = counts();
    qCInfo(lcBulk) << "bulk job" << m_state.spec.id << "ended: done" << c.done << "already" << c.alreadyDone << "failed"
                   << c.failed << "canceled" << c.canceled;
    emitProgress();
    Q_EMIT finished();
}

} // namespace c1

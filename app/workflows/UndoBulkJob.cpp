#include "workflows/UndoBulkJob.h"

#include "api/Session.h"
#include "models/BulkLedger.h"
#include "owners/BulkOwnerJob.h"
#include "owners/JobHistory.h"
#include "owners/JobJournal.h"
#include "workflows/HandoverHistory.h"
#include "workflows/UndoCheck.h"
#include "workflows/WorkflowsLogging.h"

#include <QFileInfo>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace c1 {

UndoBulkJob::UndoBulkJob(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_journalDir(JobJournal::defaultDir())
    , m_ledger(new BulkLedger(this))
{
    connect(m_ledger, &BulkLedger::countsChanged, this, &UndoBulkJob::stateChanged);
}

UndoBulkJob::~UndoBulkJob()
{
    blockSignals(true);
    m_ledger->blockSignals(true);
    delete std::exchange(m_check, nullptr);
    m_ledger->clear(); // lets go of the job's rows before the job goes
}

bool UndoBulkJob::isReadOnly() const
{
    return !m_session || m_session->isReadOnly();
}

bool UndoBulkJob::load(const QString& journalPath, QString* error)
{
    QString message;
    std::optional<BulkJobState> state = JobJournal::load(journalPath, &message);
    return loadState(std::move(state), journalPath, message, error);
}

bool UndoBulkJob::loadHandover(const QString& statePath, QString* error)
{
    QString message;
    std::optional<BulkJobState> state = HandoverHistory::loadJob(statePath, &message);
    if (state && state->phase != BulkJobState::Phase::Finished && state->phase != BulkJobState::Phase::Canceled) {
        if (error)
            *error = tr("This handover has not finished: resume it from Hand Over Ownership… before undoing it.");
        return false;
    }
    return loadState(std::move(state), statePath, message, error);
}

bool UndoBulkJob::loadState(
    std::optional<BulkJobState> state, const QString& journalPath, const QString& readError, QString* error)
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    if (m_state != State::Empty && m_state != State::Loaded)
        return fail(tr("This undo has already started."));
    if (!state)
        return fail(tr("The job cannot be read: %1").arg(readError));
    if (m_session && state->spec.profileId != m_session->profile().id)
        return fail(
            tr("This job belongs to the profile “%1”: connect to it to undo the job.").arg(state->spec.profileName));
    if (!JobHistory::isFinished(*state))
        return fail(tr("This job has not finished: resume it (or discard it) before undoing it."));
    if (!state->updatedAt.isValid())
        state->updatedAt = QFileInfo(journalPath).lastModified().toUTC();
    BulkJobState plan = inversePlan(*state);
    if (plan.rows.isEmpty())
        return fail(tr("This job changed no owner: there is nothing to undo."));
    m_originalPath = journalPath;
    m_original = std::move(*state);
    m_plan = std::move(plan);
    m_changed.clear();
    m_ledger->setContext({ m_plan.spec.targets, m_plan.spec.kind, m_plan.spec.operation, m_plan.spec.roleSlug });
    m_ledger->setRows(m_plan.rows);
    m_ledger->setCheckable(false); // nothing to tick before the check
    qCInfo(lcWorkflows) << "undo of job" << m_original.spec.id << "planned:" << m_plan.rows.size() << "rows";
    setState(State::Loaded);
    return true;
}

void UndoBulkJob::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

bool UndoBulkJob::needsConfirmation() const
{
    return m_session && m_session->profile().production && !m_session->isReadOnly();
}

QString UndoBulkJob::confirmationName() const
{
    return m_session ? m_session->tenantHost() : QString();
}

void UndoBulkJob::setConfirmation(const QString& typed)
{
    if (typed == m_confirmation)
        return;
    m_confirmation = typed;
    Q_EMIT stateChanged();
}

bool UndoBulkJob::isConfirmed() const
{
    if (!needsConfirmation())
        return true;
    const QString name = confirmationName();
    return !name.isEmpty() && m_confirmation.trimmed().compare(name, Qt::CaseInsensitive) == 0;
}

int UndoBulkJob::toUndoCount() const
{
    return m_job ? 0 : m_ledger->count(RowStatus::Ready, true);
}

bool UndoBulkJob::canCheck() const
{
    return m_session && (m_state == State::Loaded || m_state == State::Preview);
}

bool UndoBulkJob::canApply() const
{
    return m_state == State::Preview && !isReadOnly() && isConfirmed() && toUndoCount() > 0;
}

bool UndoBulkJob::canCancel() const
{
    return m_state == State::Checking || (m_state == State::Running && m_job && m_job->isActive());
}

bool UndoBulkJob::canRetry() const
{
    return m_state == State::Ended && m_job && !m_job->isActive() && !isReadOnly() && m_job->counts().failed > 0;
}

void UndoBulkJob::retryFailed()
{
    if (!canRetry())
        return;
    setState(State::Running);
    m_job->retryFailed();
}

bool UndoBulkJob::canClose() const
{
    return !(m_job && m_job->isActive());
}

QString UndoBulkJob::undoJournalPath() const
{
    return m_job && m_job->journal() ? m_job->journal()->path() : QString();
}

void UndoBulkJob::startCheck()
{
    if (!canCheck())
        return;
    m_ledger->setCheckable(false);
    m_ledger->setRows(m_plan.rows); // the plan as loaded: a second check starts from scratch
    m_changed.clear();
    m_check = new UndoCheck(m_session->client(), m_plan, m_original.updatedAt, this);
    m_check->setConcurrency(m_session->profile().concurrency);
    connect(m_check, &UndoCheck::progress, this, &UndoBulkJob::checkProgress);
    connect(m_check, &UndoCheck::finished, this, &UndoBulkJob::onCheckFinished);
    setState(State::Checking);
    m_check->start();
}

void UndoBulkJob::cancelCheck()
{
    if (m_check)
        m_check->cancel();
}

void UndoBulkJob::onCheckFinished(bool canceled)
{
    UndoCheck* check = std::exchange(m_check, nullptr);
    check->deleteLater();
    if (canceled) {
        setState(State::Loaded);
    } else {
        m_changed = check->changedRows();
        m_ledger->setRows(check->rows());
        m_ledger->setCheckable(true);
        setState(State::Preview);
    }
    Q_EMIT checkFinished();
}

void UndoBulkJob::apply()
{
    if (!canApply())
        return;
    const Profile& profile = m_session->profile();
    BulkJobState state;
    state.spec = m_plan.spec;
    state.spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    state.spec.createdAt = QDateTime::currentDateTimeUtc();
    state.spec.profileId = profile.id;
    state.spec.profileName = profile.name;
    state.spec.tenant = m_session->tenantHost();
    BulkOwnerJob* job = m_ledger->handOver([&](QList<BulkRow> rows) {
        // Rows with nothing to write are kept as the check left them: the undo's journal says why.
        state.rows = std::move(rows);
        auto* made = new BulkOwnerJob(m_session->client(), std::move(state), this);
        made->setJournalPath(JobJournal::pathFor(m_journalDir, made->spec().id));
        return made;
    });
    m_job = job;
    job->setConcurrency(profile.concurrency);
    job->setReadOnly(isReadOnly());
    connect(job, &BulkOwnerJob::progress, this, &UndoBulkJob::progressChanged);
    connect(job, &BulkOwnerJob::phaseChanged, this, &UndoBulkJob::stateChanged);
    connect(job, &BulkOwnerJob::journalFailed, this, [this](const QString& text) {
        Q_EMIT message(tr("The undo's journal cannot be written (%1); the undo is paused.").arg(text));
    });
    connect(job, &BulkOwnerJob::finished, this, [this] {
        setState(State::Ended);
        Q_EMIT progressChanged();
        Q_EMIT ownersChanged(m_plan.spec.targets);
        Q_EMIT finished();
    });
    qCInfo(lcWorkflows) << "undo of job" << m_original.spec.id << "runs as job" << job->spec().id;
    setState(State::Running);
    job->start();
}

void UndoBulkJob::cancel()
{
    if (m_check)
        m_check->cancel();
    else if (m_job)
        m_job->cancel();
}

QString UndoBulkJob::summary() const
{
    const BulkLedger& l = *m_ledger;
    if (l.size() == 0)
        return {};
    QStringList parts;
    parts << tr("%n row(s) written by the job", nullptr, l.size());
    if (m_state == State::Loaded || m_state == State::Checking) {
        parts << tr("not checked yet");
        return parts.join(u" · "_s);
    }
    if (!m_job) {
        int adds = 0;
        int removes = 0;
        for (const BulkRow& row : l.rows()) {
            if (row.status == RowStatus::Ready && row.checked)
                ++(m_plan.operationOf(row) == BulkOperation::Add ? adds : removes);
        }
        parts << tr("%n owner(s) to remove", nullptr, removes) << tr("%n owner(s) to add again", nullptr, adds);
        if (const int n = changedCount())
            parts << tr("%n changed since the job (unticked unless you tick them)", nullptr, n);
        if (const int n = l.count(RowStatus::NoOp))
            parts << tr("%n with nothing left to undo", nullptr, n);
        if (const int n = l.count(RowStatus::TargetGone))
            parts << tr("%n on targets that no longer exist", nullptr, n);
        if (const int n = l.count(RowStatus::CheckFailed))
            parts << tr("%n could not be checked", nullptr, n);
    } else {
        parts << tr("%n undone", nullptr, l.count(RowStatus::Done))
              << tr("%n already in place", nullptr, l.count(RowStatus::AlreadyDone))
              << tr("%n failed", nullptr, l.count(RowStatus::Failed) + l.count(RowStatus::TargetGone));
        if (const int n = l.count(RowStatus::Canceled))
            parts << tr("%n canceled", nullptr, n);
    }
    return parts.join(u" · "_s);
}

QString UndoBulkJob::progressText() const
{
    if (!m_job)
        return {};
    const BulkOwnerJob::Counts c = m_job->counts();
    const QLocale locale;
    QString text = tr("%1 of %2 undone").arg(locale.toString(c.done + c.alreadyDone), locale.toString(c.toWrite));
    text += u", "_s + tr("%n failed", nullptr, c.failed);
    if (c.canceled)
        text += u", "_s + tr("%n canceled", nullptr, c.canceled);
    return text;
}

} // namespace c1

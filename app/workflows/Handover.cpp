#include "workflows/Handover.h"

#include "api/C1Client.h"
#include "models/OwnershipModel.h"
#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"
#include "workflows/BulkExport.h"
#include "workflows/HandoverVerifier.h"
#include "workflows/WorkflowsLogging.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace c1 {

Handover::Handover(C1Client* client, Profile profile, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(std::move(profile))
    , m_journal(m_state, HandoverState::defaultDir())
{
    qRegisterMetaType<c1::HandoverStage>();
    if (m_client) {
        const QUrl& base = m_client->config().baseUrl;
        m_tenantName = base.port() > 0 ? base.host() + u':' + QString::number(base.port()) : base.host();
    }
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_state.stage != HandoverStage::Waiting) {
            m_tick.stop();
            return;
        }
        Q_EMIT countdown(secondsLeft());
        Q_EMIT progress();
    });
    connect(&m_journal, &HandoverJournal::failed, this,
        [this](const QString& error) { Q_EMIT message(tr("The handover journal cannot be written: %1").arg(error)); });
}

Handover::~Handover()
{
    blockSignals(true);
    if (m_verifier)
        m_verifier->abort();
    delete m_job; // its journal writes what is pending
    m_job = nullptr;
    m_journal.flush();
}

QString Handover::journalPath() const
{
    return m_journal.path();
}

bool Handover::plan(const QList<OwnershipItem>& owned, const HandoverChoice& choice)
{
    if (m_state.stage != HandoverStage::Planned || isActive())
        return false;
    m_state = HandoverState {};
    m_confirmation.clear(); // it named another plan
    m_state.leaver = choice.leaver;
    m_state.mode = choice.mode;
    m_state.items = planHandover(owned, choice);
    Q_EMIT itemsReset();
    Q_EMIT progress();
    return true;
}

void Handover::setItemChecked(int item, bool checked)
{
    if (m_state.stage != HandoverStage::Planned || item < 0 || item >= m_state.items.size())
        return;
    m_state.items[item].checked = checked;
    Q_EMIT itemChanged(item);
    Q_EMIT progress();
}

QStringList Handover::calls(int index) const
{
    return m_state.calls(index);
}

int Handover::secondsLeft() const
{
    if (m_state.stage != HandoverStage::Waiting)
        return 0;
    return int((m_waitEnd.remainingTime() + 999) / 1000);
}

bool Handover::isActive() const
{
    switch (m_state.stage) {
    case HandoverStage::Adding:
    case HandoverStage::Waiting:
    case HandoverStage::Verifying:
    case HandoverStage::Removing:
        return true;
    default:
        return false;
    }
}

bool Handover::canApply() const
{
    if (isReadOnly() || m_state.stage != HandoverStage::Planned || !isConfirmed())
        return false;
    return std::any_of(m_state.items.cbegin(), m_state.items.cend(),
        [](const HandoverItem& item) { return item.checked && !item.blocked; });
}

bool Handover::canRetry() const
{
    if (isReadOnly() || isActive() || m_state.stage == HandoverStage::Planned)
        return false;
    return std::any_of(m_state.items.cbegin(), m_state.items.cend(),
        [this](const HandoverItem& item) { return !item.isSettled(m_state.mode); });
}

bool Handover::isGone(const HandoverItem& item) const
{
    return item.verify == VerifyState::TargetGone || (item.add && *item.add == RowStatus::TargetGone)
        || (item.remove && *item.remove == RowStatus::TargetGone);
}

void Handover::setStage(HandoverStage stage)
{
    if (m_state.stage == stage)
        return;
    qCInfo(lcWorkflows) << "handover" << m_state.id << "→" << handoverStageKey(stage);
    m_state.stage = stage;
    m_journal.write();
    Q_EMIT stageChanged(stage);
    Q_EMIT progress();
}

void Handover::apply()
{
    if (!canApply())
        return;
    m_state.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_state.profileId = m_profile.id;
    m_state.profileName = m_profile.name;
    m_state.createdAt = QDateTime::currentDateTimeUtc();
    m_state.round = 1;
    qCInfo(lcWorkflows) << "handover" << m_state.id << "of" << m_state.items.size() << "rows, mode"
                        << handoverModeKey(m_state.mode);
    runRound();
}

void Handover::runRound()
{
    m_canceling = false;
    m_addedThisRound = false;
    if (m_state.mode == HandoverMode::RemoveOnly)
        startRemoving();
    else
        startAdding();
}

// ---- the steps ---------------------------------------------------------------------------------------------------

BulkOwnerJob* Handover::makeJob(bool add, const QList<int>& items)
{
    auto* made = new BulkOwnerJob(m_client, m_state.jobPlan(add, items, m_profile.id, m_profile.name), this);
    made->setJournalPath(m_journal.jobPath(add));
    return made;
}

BulkOwnerJob* Handover::loadJob(bool add)
{
    const QString path = m_journal.jobPath(add);
    if (!QFile::exists(path))
        return nullptr; // never started: nothing of it was sent
    QString error;
    std::optional<BulkJobState> state = JobJournal::load(path, &error);
    if (!state) {
        Q_EMIT message(tr("The journal of the interrupted step cannot be read: %1").arg(error));
        return nullptr;
    }
    auto* job = new BulkOwnerJob(m_client, std::move(*state), this);
    job->setJournalPath(path);
    return job;
}

void Handover::attachJob(BulkOwnerJob* job, bool add)
{
    if (m_job) {
        // Perhaps inside the old job's finished(): it goes once that returns.
        disconnect(m_job, nullptr, this, nullptr);
        m_job->deleteLater();
    }
    m_job = job;
    job->setConcurrency(m_profile.concurrency);
    job->setMaxSendsPerRow(m_maxSends);
    job->setReadOnly(isReadOnly());
    for (int r = 0; r < job->rows().size(); ++r)
        onJobRow(job, add, r);
    connect(job, &BulkOwnerJob::rowChanged, this, [this, job, add](int row) { onJobRow(job, add, row); });
    connect(job, &BulkOwnerJob::progress, this, &Handover::progress);
    connect(job, &BulkOwnerJob::journalFailed, this, [this](const QString& text) {
        Q_EMIT message(tr("The job journal cannot be written (%1); the handover is paused.").arg(text));
    });
    connect(job, &BulkOwnerJob::finished, this, [this, add] {
        if (m_canceling) {
            finish();
        } else if (add) {
            startWaiting(false);
        } else {
            afterRemoving();
        }
    });
}

void Handover::onJobRow(BulkOwnerJob* job, bool add, int r)
{
    const BulkRow& row = job->rows().at(r);
    const int i = row.line - 1;
    if (i < 0 || i >= m_state.items.size())
        return;
    HandoverItem& item = m_state.items[i];
    (add ? item.add : item.remove) = row.status;
    item.message = row.message;
    item.requestId = row.requestId;
    if (add && row.status == RowStatus::Done)
        m_addedThisRound = true;
    m_journal.markDirty();
    Q_EMIT itemChanged(i);
}

void Handover::startAdding(BulkOwnerJob* resumed)
{
    BulkOwnerJob* job = resumed;
    if (!job) {
        QList<int> rows;
        for (int i = 0; i < m_state.items.size(); ++i) {
            const HandoverItem& item = m_state.items.at(i);
            if (item.checked && !item.blocked && !item.addInEffect() && !isGone(item))
                rows << i;
        }
        if (rows.isEmpty()) {
            startWaiting(false);
            return;
        }
        job = makeJob(true, rows);
    }
    attachJob(job, true);
    setStage(HandoverStage::Adding); // journaled before the job's first request
    job->start();
}

void Handover::startWaiting(bool forceWait)
{
    const bool expectPresent = m_state.mode != HandoverMode::RemoveOnly;
    int pending = 0;
    for (int i = 0; i < m_state.items.size(); ++i) {
        HandoverItem& item = m_state.items[i];
        const bool inEffect = expectPresent ? item.addInEffect() : item.removeInEffect();
        if (item.checked && !item.blocked && inEffect && item.verify != VerifyState::Verified && !isGone(item)) {
            item.verify = VerifyState::Pending;
            ++pending;
            Q_EMIT itemChanged(i);
        }
    }
    if (pending == 0) {
        if (m_state.mode == HandoverMode::Transfer)
            startRemoving();
        else
            finish();
        return;
    }
    m_verifyEnd = QDeadlineTimer(qint64(m_verifyTimeoutMs) + (expectPresent ? m_propagationWaitMs : 0));
    // A new owner takes the tenant a while to show everywhere: wait it out once, before the first read.
    const bool wait = expectPresent && (m_addedThisRound || forceWait) && m_propagationWaitMs > 0;
    if (!wait) {
        startVerifying();
        return;
    }
    m_waitEnd = QDeadlineTimer(m_propagationWaitMs);
    setStage(HandoverStage::Waiting);
    m_tick.start();
    Q_EMIT countdown(secondsLeft());
    QTimer::singleShot(m_propagationWaitMs, this, [this, end = m_waitEnd] {
        if (m_state.stage == HandoverStage::Waiting && m_waitEnd.deadlineNSecs() == end.deadlineNSecs())
            startVerifying();
    });
}

void Handover::skipWait()
{
    if (m_state.stage == HandoverStage::Waiting)
        startVerifying();
}

void Handover::startVerifying()
{
    m_tick.stop();
    m_waitEnd = QDeadlineTimer(0);
    const bool expectPresent = m_state.mode != HandoverMode::RemoveOnly;
    QList<HandoverVerifier::Check> checks;
    for (int i = 0; i < m_state.items.size(); ++i) {
        const HandoverItem& item = m_state.items.at(i);
        if (item.verify != VerifyState::Pending)
            continue;
        const QString owner = expectPresent ? item.successor.id : m_state.leaver.id;
        checks << HandoverVerifier::Check { i, item.target, item.role, OwnerRef::user(owner), expectPresent };
    }
    if (m_verifier)
        m_verifier->deleteLater();
    m_verifier = new HandoverVerifier(m_client, checks, m_profile.concurrency, this);
    connect(m_verifier, &HandoverVerifier::verified, this, [this](int i, VerifyState state, const QString& text) {
        HandoverItem& item = m_state.items[i];
        item.verify = state;
        if (!text.isEmpty())
            item.message = text;
        else if (state == VerifyState::Verified)
            item.message = tr("verified by reading it back");
        m_journal.markDirty();
        Q_EMIT itemChanged(i);
        Q_EMIT progress();
    });
    connect(m_verifier, &HandoverVerifier::finished, this, &Handover::onVerifyPassDone);
    setStage(HandoverStage::Verifying);
    m_verifier->start();
}

void Handover::onVerifyPassDone()
{
    if (m_canceling) {
        finish();
        return;
    }
    int pending = 0;
    for (const HandoverItem& item : std::as_const(m_state.items))
        pending += item.verify == VerifyState::Pending;
    if (pending > 0 && !m_verifyEnd.hasExpired()) {
        // Not visible yet: read again after the retry interval, with the countdown shown.
        const int ms = int(std::min<qint64>(m_retryIntervalMs, std::max<qint64>(10, m_verifyEnd.remainingTime())));
        m_waitEnd = QDeadlineTimer(ms);
        setStage(HandoverStage::Waiting);
        m_tick.start();
        Q_EMIT countdown(secondsLeft());
        QTimer::singleShot(ms, this, [this, end = m_waitEnd] {
            if (m_state.stage == HandoverStage::Waiting && m_waitEnd.deadlineNSecs() == end.deadlineNSecs())
                startVerifying();
        });
        return;
    }
    for (int i = 0; i < m_state.items.size(); ++i) {
        HandoverItem& item = m_state.items[i];
        if (item.verify == VerifyState::Pending) {
            item.verify = VerifyState::NotVisible;
            item.message = m_state.mode == HandoverMode::RemoveOnly
                ? tr("still listed as an owner after %1 s").arg(m_verifyTimeoutMs / 1000)
                : tr("the successor was not visible after %1 s; the leaver was kept")
                      .arg((m_verifyTimeoutMs + m_propagationWaitMs) / 1000);
            Q_EMIT itemChanged(i);
        }
    }
    m_journal.markDirty();
    if (m_state.mode == HandoverMode::Transfer)
        startRemoving();
    else
        finish();
}

void Handover::startRemoving(BulkOwnerJob* resumed)
{
    BulkOwnerJob* job = resumed;
    if (!job) {
        QList<int> rows;
        for (int i = 0; i < m_state.items.size(); ++i) {
            const HandoverItem& item = m_state.items.at(i);
            const bool ready = m_state.mode == HandoverMode::RemoveOnly || item.verify == VerifyState::Verified;
            if (item.checked && !item.blocked && ready && !item.removeInEffect() && !isGone(item))
                rows << i;
        }
        if (rows.isEmpty()) {
            afterRemoving();
            return;
        }
        job = makeJob(false, rows);
    }
    attachJob(job, false);
    setStage(HandoverStage::Removing);
    job->start();
}

void Handover::afterRemoving()
{
    if (m_state.mode == HandoverMode::RemoveOnly && !m_canceling)
        startWaiting(false); // the same verification: a get-one must no longer find the leaver
    else
        finish();
}

void Handover::finish()
{
    m_tick.stop();
    const bool canceled = m_canceling;
    m_canceling = false;
    if (canceled) {
        for (int i = 0; i < m_state.items.size(); ++i) {
            if (m_state.items[i].verify == VerifyState::Pending) {
                m_state.items[i].verify = VerifyState::None;
                Q_EMIT itemChanged(i);
            }
        }
    }
    setStage(canceled ? HandoverStage::Canceled : HandoverStage::Finished);
    m_journal.write();
    const Counts c = counts();
    qCInfo(lcWorkflows) << "handover" << m_state.id << "ended:" << c.settled << "settled," << c.failed << "not";
    QList<OwnerTarget> targets;
    for (const HandoverItem& item : std::as_const(m_state.items)) {
        if (!targets.contains(item.target))
            targets << item.target;
    }
    Q_EMIT finished();
    Q_EMIT ownersChanged(targets);
}

void Handover::cancel()
{
    if (!isActive() || m_canceling)
        return;
    m_canceling = true;
    switch (m_state.stage) {
    case HandoverStage::Adding:
    case HandoverStage::Removing:
        if (m_job)
            m_job->cancel(); // verifies what was out; finished() then ends the handover
        break;
    case HandoverStage::Verifying:
        if (m_verifier)
            m_verifier->abort();
        finish();
        break;
    default:
        finish();
        break;
    }
}

void Handover::retryFailed()
{
    if (!canRetry())
        return;
    ++m_state.round;
    for (int i = 0; i < m_state.items.size(); ++i) {
        HandoverItem& item = m_state.items[i];
        if (item.isSettled(m_state.mode))
            continue;
        if (item.add && !item.addInEffect())
            item.add.reset();
        if (item.verify != VerifyState::Verified)
            item.verify = VerifyState::None;
        if (item.remove && !item.removeInEffect())
            item.remove.reset();
        Q_EMIT itemChanged(i);
    }
    qCInfo(lcWorkflows) << "handover" << m_state.id << "round" << m_state.round;
    runRound();
}

bool Handover::resume(const QString& path, QString* error)
{
    if (isActive() || m_state.stage != HandoverStage::Planned || !m_state.id.isEmpty()) {
        if (error)
            *error = tr("This handover has already started.");
        return false;
    }
    QString problem;
    std::optional<HandoverState> state = HandoverState::load(path, &problem);
    if (!state) {
        if (error)
            *error = tr("The handover cannot be read: %1").arg(problem);
        return false;
    }
    if (!state->profileId.isEmpty() && state->profileId != m_profile.id) {
        if (error)
            *error
                = tr("This handover belongs to the profile “%1”: connect to it to resume it.").arg(state->profileName);
        return false;
    }
    m_journal.setDir(QFileInfo(path).absolutePath());
    m_state = std::move(*state);
    const HandoverStage stage = m_state.stage;
    qCInfo(lcWorkflows) << "handover" << m_state.id << "resumed at" << handoverStageKey(stage);
    Q_EMIT itemsReset();
    m_canceling = false;
    switch (stage) {
    case HandoverStage::Adding:
        m_addedThisRound = true; // an add may have been written just before the kill: wait before reading
        startAdding(loadJob(true));
        break;
    case HandoverStage::Waiting:
    case HandoverStage::Verifying:
        for (HandoverItem& item : m_state.items) {
            if (item.verify == VerifyState::Pending)
                item.verify = VerifyState::None;
        }
        startWaiting(m_state.mode != HandoverMode::RemoveOnly);
        break;
    case HandoverStage::Removing:
        startRemoving(loadJob(false));
        break;
    default:
        break;
    }
    Q_EMIT progress();
    return true;
}

// ---- reporting ---------------------------------------------------------------------------------------------------

Handover::Counts Handover::counts() const
{
    return m_state.counts();
}

QString Handover::progressText() const
{
    const Counts c = counts();
    const QLocale locale;
    switch (m_state.stage) {
    case HandoverStage::Planned:
        return {};
    case HandoverStage::Adding:
    case HandoverStage::Removing:
        if (m_job) {
            const BulkOwnerJob::Counts j = m_job->counts();
            const QString done = locale.toString(j.finished());
            return (m_state.stage == HandoverStage::Adding ? tr("Adding the successor: %1 of %2")
                                                           : tr("Removing the leaver: %1 of %2"))
                .arg(done, locale.toString(j.toWrite));
        }
        return {};
    case HandoverStage::Waiting:
        return tr("Waiting for the tenant to show the changes: verifying in %n s", nullptr, secondsLeft());
    case HandoverStage::Verifying:
        return tr("Verifying: %1 of %2 read")
            .arg(locale.toString(m_verifier ? m_verifier->done() : 0),
                locale.toString(m_verifier ? m_verifier->total() : 0));
    case HandoverStage::Finished:
        return tr("Finished: %1 of %2 rows done, %3 not done")
            .arg(locale.toString(c.settled), locale.toString(c.toDo), locale.toString(c.failed));
    case HandoverStage::Canceled:
        return tr("Canceled: %1 of %2 rows done").arg(locale.toString(c.settled), locale.toString(c.toDo));
    }
    return {};
}

QString Handover::summary() const
{
    return m_state.summary();
}

QString Handover::suggestedExportPath() const
{
    const QString id = m_state.id.isEmpty() ? u"preview"_s : m_state.id.left(8);
    return BulkExport::suggestedPath(u"handover-%1.csv"_s.arg(id));
}

bool Handover::exportCsv(const QString& path, QString* error) const
{
    return BulkExport::writeFile(
        path, [this](QIODevice* device) { m_state.writeCsv(device); }, error);
}

} // namespace c1

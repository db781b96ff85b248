#include "workflows/BulkAssignment.h"

#include "api/C1Client.h"
#include "api/Session.h"
#include "models/BulkLedger.h"
#include "owners/BulkCheck.h"
#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"
#include "settings/ProfileStore.h"
#include "workflows/BulkExport.h"
#include "workflows/WorkflowsLogging.h"

#include <QFile>
#include <QLocale>
#include <QPromise>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {
constexpr qint64 kMaxCsvBytes = 32 * 1024 * 1024;

} // namespace

BulkAssignment::BulkAssignment(Session* session, QList<OwnerTarget> targets, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_targets(std::move(targets))
    , m_ledger(new BulkLedger(this))
    , m_journalDir(JobJournal::defaultDir())
    , m_roleSlug(u"primary"_s)
{
    updateContext();
    connect(m_ledger, &BulkLedger::rowCheckedChanged, this, &BulkAssignment::onRowChecked);
    connect(m_ledger, &BulkLedger::countsChanged, this, &BulkAssignment::stateChanged);
    connect(&m_parseWatcher, &QFutureWatcher<OwnerParseResult>::finished, this, &BulkAssignment::onParsed);
}

BulkAssignment::~BulkAssignment()
{
    // Nothing is reported while going: whoever listens may be going too (a dialog deletes its assignment last).
    blockSignals(true);
    m_ledger->blockSignals(true);
    m_parseWatcher.cancel(); // the parse stops at its next poll; its result is dropped
    m_ledger->clear(); // lets go of the job's rows before the job goes
}

Session* BulkAssignment::session() const
{
    return m_session;
}

bool BulkAssignment::isReadOnly() const
{
    return !m_session || m_session->isReadOnly();
}

void BulkAssignment::setProfileStore(ProfileStore* store)
{
    m_profiles = store;
    if (store && m_session)
        offerRoles(store->roleSlugs(m_session->profile().id));
}

void BulkAssignment::offerRoles(const QStringList& roles)
{
    QStringList added;
    for (const QString& role : roles) {
        if (!role.isEmpty() && !m_offeredRoles.contains(role))
            added << role;
    }
    if (added.isEmpty())
        return;
    m_offeredRoles << added;
    Q_EMIT rolesOffered(added);
}

void BulkAssignment::setNotes(const QString& notes)
{
    m_notes = notes;
    Q_EMIT notesChanged(notes);
}

BulkPlanner::Input BulkAssignment::plannerInput() const
{
    BulkPlanner::Input in;
    in.targets = m_targets;
    in.kind = m_kind;
    in.operation = m_operation;
    in.roleSlug = m_roleSlug.trimmed();
    in.readOnly = isReadOnly();
    return in;
}

void BulkAssignment::setOwnerKind(OwnerKind kind)
{
    if (kind == m_kind || !canEditInputs())
        return;
    m_kind = kind;
    updateContext();
    invalidatePreview();
}

void BulkAssignment::setOperation(BulkOperation operation)
{
    if (operation == m_operation || !canEditInputs())
        return;
    m_operation = operation;
    updateContext();
    invalidatePreview();
}

void BulkAssignment::setRoleSlug(const QString& slug)
{
    if (slug == m_roleSlug || !canEditInputs())
        return;
    m_roleSlug = slug;
    updateContext();
    invalidatePreview();
}

void BulkAssignment::setPasteText(const QString& text)
{
    if (text == m_pasteText || !canEditInputs())
        return;
    m_pasteText = text;
    invalidatePreview();
}

bool BulkAssignment::loadFile(const QString& path)
{
    if (!canEditInputs())
        return false;
    QFile file(path);
    if (file.size() > kMaxCsvBytes) {
        setNotes(tr("The file is too large (over 32 MB)."));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setNotes(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    setPasteText(QString::fromUtf8(file.readAll()));
    Q_EMIT pasteTextChanged(m_pasteText);
    return true;
}

void BulkAssignment::updateContext()
{
    m_ledger->setContext({ m_targets, m_kind, m_operation, m_roleSlug.trimmed() });
}

void BulkAssignment::invalidatePreview()
{
    if (m_previewValid && !m_job) {
        m_previewValid = false;
        setNotes(tr("The list or the settings changed: check again before applying."));
    }
    Q_EMIT stateChanged();
}

bool BulkAssignment::needsConfirmation() const
{
    return m_session && m_session->profile().production && !m_session->isReadOnly();
}

QString BulkAssignment::confirmationName() const
{
    return m_session ? m_session->tenantHost() : QString();
}

void BulkAssignment::setConfirmation(const QString& typed)
{
    if (typed == m_confirmation)
        return;
    m_confirmation = typed;
    Q_EMIT stateChanged();
}

bool BulkAssignment::isConfirmed() const
{
    if (!needsConfirmation())
        return true;
    // The whole name the band shows (with its port, if any): a first label such as "127" or "acme" is not a name.
    const QString name = confirmationName();
    return !name.isEmpty() && m_confirmation.trimmed().compare(name, Qt::CaseInsensitive) == 0;
}

bool BulkAssignment::canEditInputs() const
{
    return !m_job && !isChecking() && !m_resumed;
}

bool BulkAssignment::canCheck() const
{
    return !isChecking() && !(m_job && m_job->isActive()) && !m_resumed && m_session && !m_targets.isEmpty();
}

bool BulkAssignment::canApply() const
{
    if (isReadOnly() || !isConfirmed() || isChecking())
        return false;
    if (m_job) {
        return m_resumed && m_job->phase() != BulkJobState::Phase::Finished
            && m_job->phase() != BulkJobState::Phase::Canceled && !m_job->isActive();
    }
    return m_previewValid && m_ledger->count(RowStatus::Ready, true) > 0;
}

bool BulkAssignment::canPause() const
{
    return m_job && m_job->phase() == BulkJobState::Phase::Running;
}

bool BulkAssignment::canResumeJob() const
{
    return m_job && m_job->isPaused();
}

bool BulkAssignment::canCancelJob() const
{
    return m_job && (m_job->isActive() || m_job->isPaused());
}

bool BulkAssignment::canRetry() const
{
    return m_job && !m_job->isActive() && !m_job->isPaused() && m_job->phase() != BulkJobState::Phase::Planned
        && m_ledger->count(RowStatus::Failed) > 0 && !isReadOnly();
}

bool BulkAssignment::canExport() const
{
    return m_ledger->size() > 0;
}

bool BulkAssignment::canChooseUser() const
{
    return !m_job && m_previewValid && m_ledger->count(RowStatus::Ambiguous) > 0;
}

bool BulkAssignment::canClose() const
{
    return !(m_job && m_job->isActive());
}

void BulkAssignment::startCheck()
{
    if (!canCheck())
        return;
    if (m_roleSlug.trimmed().isEmpty()) {
        setNotes(tr("Enter a role slug first."));
        return;
    }
    if (m_job) // a finished job: start over with a fresh preview
        dropJob();
    m_previewValid = false;
    m_ledger->clear();
    updateContext();
    m_ledger->setCheckable(true);

    // Parsed on a pool thread: a 2 MB paste must not freeze the window. Canceling the future stops the parser.
    m_parseWatcher.setFuture(
        QtConcurrent::run([text = m_pasteText, kind = m_kind](QPromise<OwnerParseResult>& promise) {
            OwnerIdParser::Options options;
            options.expect = kind;
            options.isCanceled = [&promise] { return promise.isCanceled(); };
            promise.addResult(OwnerIdParser::parse(text, options));
        }));
    m_parsing = true;
    m_checkDone = 0;
    m_checkTotal = 0;
    setNotes(tr("Reading the list…"));
    Q_EMIT checkProgress(0, 0);
    Q_EMIT stateChanged();
}

void BulkAssignment::cancelCheck()
{
    if (m_parsing)
        m_parseWatcher.cancel();
    if (m_check)
        m_check->cancel();
}

void BulkAssignment::onParsed()
{
    m_parsing = false;
    const QFuture<OwnerParseResult> future = m_parseWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0 || future.result().canceled || !m_session) {
        setNotes(tr("Check stopped."));
        Q_EMIT stateChanged();
        Q_EMIT checkFinished();
        return;
    }
    const OwnerParseResult parsed = future.result();
    QStringList notes = parsed.notes();
    // Entitlement references alone (the Owners tab's "Copy ID" form) with user owners chosen: they are entitlement
    // owners, so the owner kind follows the list instead of refusing every row as the wrong kind.
    if (m_kind == OwnerKind::User && parsed.count(ParsedOwner::Type::Entitlement) > 0
        && parsed.count(ParsedOwner::Type::UserId) + parsed.count(ParsedOwner::Type::Email) == 0) {
        m_kind = OwnerKind::Entitlement;
        updateContext();
        Q_EMIT inputsChanged();
        notes.prepend(tr("The list holds entitlement references only: they are added or removed as entitlement "
                         "owners."));
    }
    notes.prepend(tr("%1 read from %2.")
                      .arg(tr("%n entry(ies)", nullptr, int(parsed.owners.size())),
                          tr("%n line(s)", nullptr, parsed.nonEmptyLines)));
    setNotes(notes.join(u' '));
    m_check = new BulkCheck(m_session->client(), plannerInput(), parsed, this);
    m_check->setConcurrency(m_session->profile().concurrency);
    connect(m_check, &BulkCheck::progress, this, [this](int done, int total) {
        m_checkDone = done;
        m_checkTotal = total;
        Q_EMIT checkProgress(done, total);
    });
    connect(m_check, &BulkCheck::finished, this, &BulkAssignment::onCheckFinished);
    Q_EMIT stateChanged();
    m_check->start();
}

void BulkAssignment::onCheckFinished(bool canceled)
{
    BulkCheck* check = std::exchange(m_check, nullptr);
    check->deleteLater();
    if (canceled) {
        setNotes(tr("Check stopped."));
    } else {
        m_planner = check->planner();
        // The roles the targets' owners already hold are offered in the role list, and named.
        if (const QStringList roles = m_planner.rolesSeen(); !roles.isEmpty()) {
            offerRoles(roles);
            setNotes(m_notes + u' '
                + tr("Roles already used on these targets: %1.").arg(QLocale().createSeparatedList(roles)));
        }
        m_ledger->setRows(check->rows());
        m_previewValid = true;
    }
    Q_EMIT stateChanged();
    Q_EMIT checkFinished();
}

void BulkAssignment::onRowChecked()
{
    if (!m_previewValid || m_job)
        return;
    m_ledger->editRows([this](QList<BulkRow>& rows) { m_planner.applyTargetRules(rows); });
    Q_EMIT stateChanged();
}

QList<UserCandidate> BulkAssignment::candidates(int row) const
{
    if (!m_previewValid || m_job || row < 0 || row >= m_ledger->size()
        || m_ledger->row(row).status != RowStatus::Ambiguous)
        return {};
    return m_ledger->row(row).candidates;
}

bool BulkAssignment::chooseUser(int row, const QString& userId)
{
    if (candidates(row).isEmpty())
        return false;
    const QString input = m_ledger->row(row).input;
    bool chosen = false;
    m_ledger->editRows([&](QList<BulkRow>& rows) { chosen = m_planner.choose(rows, input, userId); });
    Q_EMIT stateChanged();
    return chosen;
}

void BulkAssignment::apply()
{
    if (!canApply())
        return;
    if (m_job) { // a resumed job, taken over and not started yet
        m_runBase = writtenNow() + m_ledger->count(RowStatus::Failed);
        m_job->start();
        Q_EMIT stateChanged();
        return;
    }
    const Profile& profile = m_session->profile();
    const BulkPlanner::Input in = plannerInput();
    BulkJobState state;
    state.spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    state.spec.createdAt = QDateTime::currentDateTimeUtc();
    state.spec.profileId = profile.id;
    state.spec.profileName = profile.name;
    state.spec.tenant = m_session->tenantHost();
    state.spec.operation = in.operation;
    state.spec.kind = in.kind;
    state.spec.roleSlug = in.roleSlug;
    state.spec.targets = m_targets;
    if (m_profiles && !profile.id.isEmpty())
        m_profiles->rememberRoleSlug(profile.id, in.roleSlug);

    BulkOwnerJob* job = m_ledger->handOver([&](QList<BulkRow> rows) {
        state.rows = std::move(rows);
        auto* made = new BulkOwnerJob(m_session->client(), std::move(state), this);
        made->setJournalPath(JobJournal::pathFor(m_journalDir, made->spec().id));
        return made;
    });
    attachJob(job);
    m_runBase = 0;
    job->start();
    Q_EMIT stateChanged();
}

bool BulkAssignment::resume(const QString& journalPath, QString* error)
{
    if (m_job || isChecking() || m_previewValid) {
        if (error)
            *error = tr("This bulk change has already started.");
        return false;
    }
    QString message;
    std::optional<BulkJobState> state = JobJournal::load(journalPath, &message);
    if (!state) {
        if (error)
            *error = tr("The job cannot be read: %1").arg(message);
        return false;
    }
    if (m_session && !state->spec.profileId.isEmpty() && state->spec.profileId != m_session->profile().id) {
        if (error)
            *error = tr("This job belongs to the profile “%1”: connect to it to resume the job.")
                         .arg(state->spec.profileName);
        return false;
    }
    m_targets = state->spec.targets;
    m_operation = state->spec.operation;
    m_kind = state->spec.kind;
    m_roleSlug = state->spec.roleSlug;
    m_resumed = true;
    auto* job = new BulkOwnerJob(m_session ? m_session->client() : nullptr, std::move(*state), this);
    job->setJournalPath(journalPath);
    m_ledger->attach(job);
    attachJob(job);
    m_resumedRows = writtenNow();
    qCInfo(lcWorkflows) << "bulk job" << job->spec().id << "taken over from its journal;" << m_resumedRows
                        << "rows were written before";
    setNotes(tr("Resuming job %1. Rows that were being sent are read back before anything is written again.")
                 .arg(job->spec().id));
    Q_EMIT inputsChanged();
    Q_EMIT stateChanged();
    Q_EMIT progressChanged();
    return true;
}

void BulkAssignment::attachJob(BulkOwnerJob* job)
{
    m_job = job;
    if (m_session)
        job->setConcurrency(m_session->profile().concurrency);
    job->setReadOnly(isReadOnly());
    connect(job, &BulkOwnerJob::progress, this, &BulkAssignment::progressChanged);
    connect(job, &BulkOwnerJob::phaseChanged, this, [this] {
        Q_EMIT stateChanged();
        Q_EMIT progressChanged();
    });
    connect(job, &BulkOwnerJob::journalFailed, this, [this](const QString& message) {
        Q_EMIT jobMessage(tr("The job journal cannot be written (%1); the job is paused.").arg(message));
    });
    connect(job, &BulkOwnerJob::finished, this, [this] {
        Q_EMIT stateChanged();
        Q_EMIT ownersChanged(m_targets);
    });
}

void BulkAssignment::dropJob()
{
    m_ledger->clear();
    delete std::exchange(m_job, nullptr);
    m_resumedRows = 0;
    m_runBase = 0;
}

void BulkAssignment::pause()
{
    if (m_job)
        m_job->pause();
}

void BulkAssignment::resumeJob()
{
    if (m_job)
        m_job->resume();
}

void BulkAssignment::cancelJob()
{
    if (m_job)
        m_job->cancel();
}

void BulkAssignment::retryFailed()
{
    if (!canRetry())
        return;
    int retried = 0;
    for (const BulkRow& row : m_ledger->rows())
        retried += row.status == RowStatus::Failed && row.checked;
    m_runBase = writtenNow() + m_ledger->count(RowStatus::Failed) - retried;
    m_job->retryFailed();
    Q_EMIT stateChanged();
}

int BulkAssignment::writtenNow() const
{
    return m_ledger->count(RowStatus::Done) + m_ledger->count(RowStatus::AlreadyDone);
}

BulkAssignment::Progress BulkAssignment::progress() const
{
    Progress p;
    if (!m_job)
        return p;
    const BulkOwnerJob::Counts c = m_job->counts();
    const bool started = m_job->phase() != BulkJobState::Phase::Planned;
    if (started) {
        p.total = m_runBase + c.toWrite;
        p.finished = m_runBase + std::max(0, c.toWrite - c.pending - c.inFlight);
    } else { // taken over, not started: what it will write
        p.total = writtenNow() + m_ledger->count(RowStatus::Failed) + m_ledger->count(RowStatus::Ready, true);
        p.finished = p.total - m_ledger->count(RowStatus::Ready, true);
    }
    p.written = c.done + c.alreadyDone;
    p.resumed = m_resumedRows;
    p.failed = c.failed;
    p.canceled = c.canceled;
    p.rowsPerSecond = m_job->rowsPerSecond();
    p.paused = m_job->isPaused();
    return p;
}

QString BulkAssignment::progressText() const
{
    if (!m_job)
        return {};
    const Progress p = progress();
    const QLocale locale;
    QString text = tr("%1 of %2 written").arg(locale.toString(p.written), locale.toString(p.total));
    if (p.resumed > 0)
        text += u", "_s + tr("%n resumed", nullptr, p.resumed);
    text += u", "_s + tr("%n failed", nullptr, p.failed);
    if (p.canceled)
        text += u", "_s + tr("%n canceled", nullptr, p.canceled);
    if (p.rowsPerSecond > 0)
        text += u" · "_s + tr("%1 rows/s").arg(p.rowsPerSecond, 0, 'f', 1);
    if (p.paused)
        text += u" · "_s + tr("paused");
    return text;
}

QString BulkAssignment::summary() const
{
    const BulkLedger& l = *m_ledger;
    if (l.size() == 0)
        return {};
    QStringList parts;
    parts << tr("%n row(s)", nullptr, l.size()) + u" ("_s + tr("%n line(s)", nullptr, l.lineCount()) + u" × "_s
            + tr("%n target(s)", nullptr, int(l.context().targets.size())) + u')';
    if (!m_job) {
        const bool add = m_operation == BulkOperation::Add;
        const int ready = l.count(RowStatus::Ready, true);
        parts << (add ? tr("%n owner(s) to add", nullptr, ready) : tr("%n owner(s) to remove", nullptr, ready));
        if (const int n = l.count(RowStatus::NoOp))
            parts << (add ? tr("%n already owner(s)", nullptr, n) : tr("%n not owner(s)", nullptr, n));
        if (const int n = l.count(RowStatus::Ambiguous))
            parts << tr("%n ambiguous", nullptr, n);
        if (const int n = l.count(RowStatus::Ready) - ready)
            parts << tr("%n unticked", nullptr, n);
    } else {
        parts << tr("%n done", nullptr, l.count(RowStatus::Done))
              << tr("%n already in place", nullptr, l.count(RowStatus::AlreadyDone))
              << tr("%n failed", nullptr, l.count(RowStatus::Failed));
        if (const int n = l.count(RowStatus::Canceled))
            parts << tr("%n canceled", nullptr, n);
        if (const int n = l.count(RowStatus::NotAttempted))
            parts << tr("%n not attempted", nullptr, n);
    }
    if (const int problemRows = l.problemRowCount()) {
        // A bad line is a problem once per target: say both.
        parts << tr("%n line(s) with problems", nullptr, l.problemLineCount()) + u" ("_s
                + tr("%n row(s)", nullptr, problemRows) + u')';
    }
    return parts.join(u" · "_s);
}

QString BulkAssignment::suggestedExportPath() const
{
    return BulkExport::suggestedPath(
        m_job ? u"bulk-owners-%1.csv"_s.arg(m_job->spec().id.left(8)) : u"bulk-owners-preview.csv"_s);
}

bool BulkAssignment::exportCsv(const QString& path, QString* error)
{
    QString message;
    if (BulkExport::write(*m_ledger, path, &message))
        return true;
    if (error)
        *error = message;
    setNotes(message);
    return false;
}

} // namespace c1

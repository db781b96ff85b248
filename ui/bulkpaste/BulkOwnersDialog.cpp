#include "bulkpaste/BulkOwnersDialog.h"
#include "ui_BulkOwnersDialog.h"

#include "api/C1Client.h"
#include "api/Session.h"
#include "models/BulkRowsModel.h"
#include "owners/BulkCheck.h"
#include "owners/JobJournal.h"
#include "settings/ProfileStore.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QThreadPool>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {
constexpr qint64 kMaxCsvBytes = 32 * 1024 * 1024;
}

BulkOwnersDialog::BulkOwnersDialog(Session* session, QList<OwnerTarget> targets, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkOwnersDialog>())
    , m_session(session)
    , m_targets(std::move(targets))
    , m_journalDir(JobJournal::defaultDir())
    , m_model(new BulkRowsModel(this))
    , m_proxy(new BulkRowsFilterModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"bulkOwnersDialog"_s);

    QStringList names;
    for (const OwnerTarget& t : std::as_const(m_targets))
        names << targetLabel(t);
    m_ui->targetsLabel->setText(names.isEmpty() ? tr("Nothing selected. Close this dialog, select apps or resources "
                                                     "in the tree (Ctrl+click for several) and open it again.")
            : names.size() <= 6
            ? names.join(u", "_s)
            : tr("%n targets: %1, …", nullptr, int(names.size())).arg(names.mid(0, 5).join(u", "_s)));
    m_ui->operationCombo->addItem(tr("Add owners"), int(BulkOperation::Add));
    m_ui->operationCombo->addItem(tr("Remove owners"), int(BulkOperation::Remove));
    m_ui->kindCombo->addItem(tr("Users"), int(OwnerKind::User));
    m_ui->kindCombo->addItem(tr("Entitlements"), int(OwnerKind::Entitlement));
    m_ui->roleCombo->addItem(u"primary"_s); // i18n-ok: a role slug is an API value
    m_ui->roleCombo->lineEdit()->setObjectName(u"roleEdit"_s);
    m_ui->roleCombo->lineEdit()->setAccessibleName(m_ui->roleCombo->accessibleName());
    for (int g = int(BulkRowsFilterModel::StatusGroup::All); g <= int(BulkRowsFilterModel::StatusGroup::NotWritten);
         ++g)
        m_ui->statusFilterCombo->addItem(BulkRowsFilterModel::groupText(BulkRowsFilterModel::StatusGroup(g)), g);

    m_proxy->setSourceModel(m_model);
    m_ui->previewTable->setModel(m_proxy);
    // Room for what each column holds (an ID is 27 characters); the call, last, takes what is left.
    QHeaderView* header = m_ui->previewTable->horizontalHeader();
    header->setStretchLastSection(true);
    const int chars = m_ui->previewTable->fontMetrics().averageCharWidth();
    using Column = BulkRowsModel::Column;
    for (const auto& [column, width] : { std::pair { Column::Line, 9 }, { Column::Input, 34 }, { Column::Owner, 28 },
             { Column::Target, 22 }, { Column::Status, 16 }, { Column::Details, 40 } })
        header->resizeSection(int(column), width * chars);
    m_ui->previewTable->verticalHeader()->hide();
    m_ui->previewTable->sortByColumn(int(BulkRowsModel::Column::Line), Qt::AscendingOrder);
    m_model->setContext(m_targets, OwnerKind::User, BulkOperation::Add, u"primary"_s);

    const bool readOnly = !m_session || m_session->isReadOnly();
    m_ui->readOnlyBanner->setVisible(readOnly);
    if (!m_session)
        m_ui->readOnlyBanner->setText(tr("Not signed in: nothing can be checked or written."));
    const bool production = m_session && m_session->profile().production;
    m_ui->confirmLabel->setVisible(production && !readOnly);
    m_ui->confirmEdit->setVisible(production && !readOnly);
    if (production) {
        m_ui->confirmLabel->setText(
            tr("This is a production tenant. Type its name (%1) to allow writing:").arg(m_session->tenantHost()));
    }

    connect(m_ui->checkButton, &QPushButton::clicked, this, &BulkOwnersDialog::startCheck);
    connect(m_ui->cancelCheckButton, &QPushButton::clicked, this, &BulkOwnersDialog::cancelCheck);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &BulkOwnersDialog::apply);
    connect(m_ui->loadCsvButton, &QPushButton::clicked, this, &BulkOwnersDialog::loadCsv);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BulkOwnersDialog::exportCsv);
    connect(m_ui->chooseUserButton, &QPushButton::clicked, this, &BulkOwnersDialog::chooseForSelection);
    connect(m_ui->previewTable, &QTableView::doubleClicked, this, &BulkOwnersDialog::chooseForSelection);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->pause();
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->resume();
    });
    connect(m_ui->cancelJobButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->retryFailed();
    });
    if (QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("closeButton"));
        close->setAccessibleName(tr("Close the bulk owners dialog"));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BulkOwnersDialog::reject);
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusGroup(BulkRowsFilterModel::StatusGroup(m_ui->statusFilterCombo->currentData().toInt()));
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &BulkOwnersDialog::updateButtons);
    connect(m_ui->pasteEdit, &QPlainTextEdit::textChanged, this, &BulkOwnersDialog::invalidatePreview);
    connect(m_ui->operationCombo, &QComboBox::currentIndexChanged, this, &BulkOwnersDialog::invalidatePreview);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &BulkOwnersDialog::invalidatePreview);
    connect(m_ui->roleCombo, &QComboBox::currentTextChanged, this, &BulkOwnersDialog::invalidatePreview);
    connect(m_model, &BulkRowsModel::rowCheckedChanged, this, &BulkOwnersDialog::onRowChecked);
    connect(m_model, &BulkRowsModel::countsChanged, this, &BulkOwnersDialog::updateSummary);
    connect(&m_parseWatcher, &QFutureWatcher<OwnerParseResult>::finished, this, &BulkOwnersDialog::onParsed);
    connect(m_ui->previewTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BulkOwnersDialog::updateButtons);

    m_ui->checkProgress->setVisible(false);
    m_ui->applyProgress->setVisible(false);
    updateSummary();
    updateButtons();
}

BulkOwnersDialog::~BulkOwnersDialog()
{
    if (m_parseCancel)
        m_parseCancel->store(true);
}

void BulkOwnersDialog::setProfileStore(ProfileStore* store)
{
    m_profiles = store;
    if (!store || !m_session)
        return;
    offerRoleSlugs(store->roleSlugs(m_session->profile().id));
}

void BulkOwnersDialog::offerRoleSlugs(const QStringList& slugs)
{
    // Adding to an empty list would select the first item: keep what the user typed or chose.
    const QSignalBlocker blocker(m_ui->roleCombo);
    const QString current = m_ui->roleCombo->currentText();
    for (const QString& slug : slugs) {
        if (m_ui->roleCombo->findText(slug) < 0)
            m_ui->roleCombo->addItem(slug);
    }
    m_ui->roleCombo->setCurrentText(current);
}

void BulkOwnersDialog::setJournalDir(const QString& dir)
{
    m_journalDir = dir;
}

void BulkOwnersDialog::setOwnerKind(OwnerKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

void BulkOwnersDialog::setOperation(BulkOperation operation)
{
    m_ui->operationCombo->setCurrentIndex(m_ui->operationCombo->findData(int(operation)));
}

void BulkOwnersDialog::setRoleSlug(const QString& slug)
{
    m_ui->roleCombo->setCurrentText(slug);
}

void BulkOwnersDialog::setPasteText(const QString& text)
{
    m_ui->pasteEdit->setPlainText(text);
}

BulkPlanner::Input BulkOwnersDialog::plannerInput() const
{
    BulkPlanner::Input in;
    in.targets = m_targets;
    in.kind = OwnerKind(m_ui->kindCombo->currentData().toInt());
    in.operation = BulkOperation(m_ui->operationCombo->currentData().toInt());
    in.roleSlug = m_ui->roleCombo->currentText().trimmed();
    in.readOnly = !m_session || m_session->isReadOnly();
    return in;
}

void BulkOwnersDialog::startCheck()
{
    if (isChecking() || (m_job && m_job->isActive()) || m_resumed || !m_session || m_targets.isEmpty())
        return;
    if (plannerInput().roleSlug.isEmpty()) {
        m_ui->notesLabel->setText(tr("Enter a role slug first."));
        return;
    }
    if (m_job) { // a finished job: start over with a fresh preview
        delete m_job;
        m_job = nullptr;
        m_model->setCheckable(true);
        m_ui->applyProgress->setVisible(false);
        m_ui->rateLabel->clear();
    }
    m_previewValid = false;
    m_model->clear();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_parseCancel = cancel;
    OwnerIdParser::Options options;
    options.expect = plannerInput().kind;
    options.isCanceled = [cancel] { return cancel->load(); };

    // Parsed on a pool thread: a 2 MB paste must not freeze the window.
    auto promise = std::make_shared<QPromise<OwnerParseResult>>();
    m_parseWatcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, text = m_ui->pasteEdit->toPlainText(), options] {
        promise->addResult(OwnerIdParser::parse(text, options));
        promise->finish();
    });
    m_parsing = true;
    m_ui->checkProgress->setVisible(true);
    m_ui->checkProgress->setRange(0, 0);
    m_ui->notesLabel->setText(tr("Reading the list…"));
    updateButtons();
}

void BulkOwnersDialog::cancelCheck()
{
    if (m_parsing && m_parseCancel)
        m_parseCancel->store(true);
    if (m_check)
        m_check->cancel();
}

void BulkOwnersDialog::onParsed()
{
    m_parsing = false;
    const OwnerParseResult parsed = m_parseWatcher.future().result();
    if (parsed.canceled || !m_session) {
        m_ui->checkProgress->setVisible(false);
        m_ui->notesLabel->setText(tr("Check stopped."));
        updateButtons();
        return;
    }
    QStringList notes = parsed.notes();
    notes.prepend(tr("%1 read from %2.")
                      .arg(tr("%n entry(ies)", nullptr, int(parsed.owners.size())),
                          tr("%n line(s)", nullptr, parsed.nonEmptyLines)));
    m_ui->notesLabel->setText(notes.join(u' '));
    m_check = new BulkCheck(m_session->client(), plannerInput(), parsed, this);
    m_check->setConcurrency(m_session->profile().concurrency);
    connect(m_check, &BulkCheck::progress, this, [this](int done, int total) {
        m_ui->checkProgress->setRange(0, std::max(total, 1));
        m_ui->checkProgress->setValue(done);
    });
    connect(m_check, &BulkCheck::finished, this, &BulkOwnersDialog::onCheckFinished);
    updateButtons();
    m_check->start();
}

void BulkOwnersDialog::onCheckFinished(bool canceled)
{
    BulkCheck* check = m_check;
    m_check = nullptr;
    check->deleteLater();
    m_ui->checkProgress->setVisible(false);
    if (canceled) {
        m_ui->notesLabel->setText(tr("Check stopped."));
    } else {
        m_planner = check->planner();
        // The roles the targets' owners already hold are offered in the role list, and named.
        if (const QStringList roles = m_planner.rolesSeen(); !roles.isEmpty()) {
            offerRoleSlugs(roles);
            m_ui->notesLabel->setText(m_ui->notesLabel->text() + u' '
                + tr("Roles already used on these targets: %1.").arg(QLocale().createSeparatedList(roles)));
        }
        const BulkPlanner::Input in = plannerInput();
        m_model->setContext(m_targets, in.kind, in.operation, in.roleSlug);
        m_model->setRows(check->rows());
        m_previewValid = true;
    }
    updateSummary();
    updateButtons();
    Q_EMIT checkFinished();
}

void BulkOwnersDialog::invalidatePreview()
{
    if (m_resumed || (m_job && m_job->isActive()))
        return;
    if (m_previewValid && !m_job) {
        m_previewValid = false;
        m_ui->notesLabel->setText(tr("The list or the settings changed: check again before applying."));
    }
    if (sender() == m_ui->kindCombo || sender() == m_ui->operationCombo || sender() == m_ui->roleCombo) {
        const BulkPlanner::Input in = plannerInput();
        m_model->setContext(m_targets, in.kind, in.operation, in.roleSlug);
    }
    updateButtons();
}

void BulkOwnersDialog::onRowChecked()
{
    if (!m_previewValid || m_job)
        return;
    QList<BulkRow> rows = m_model->rows();
    m_planner.applyTargetRules(rows);
    for (int i = 0; i < rows.size(); ++i) {
        const BulkRow& old = m_model->row(i);
        if (old.status != rows[i].status || old.message != rows[i].message)
            m_model->setRow(i, rows[i]);
    }
    updateButtons();
}

void BulkOwnersDialog::chooseForSelection()
{
    if (!m_previewValid || m_job)
        return;
    const QModelIndex current = m_proxy->mapToSource(m_ui->previewTable->currentIndex());
    if (!current.isValid() || m_model->row(current.row()).status != RowStatus::Ambiguous)
        return;
    const BulkRow row = m_model->row(current.row());
    auto* menu = new QMenu(this);
    menu->setObjectName(u"chooseUserMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const UserCandidate& c : row.candidates) {
        QAction* action = menu->addAction(tr("%1 <%2> (%3)").arg(c.name, c.email, c.id));
        connect(action, &QAction::triggered, this, [this, input = row.input, id = c.id] {
            QList<BulkRow> rows = m_model->rows();
            if (!m_planner.choose(rows, input, id))
                return;
            for (int i = 0; i < rows.size(); ++i) {
                const BulkRow& old = m_model->row(i);
                if (old.status != rows[i].status || old.owner != rows[i].owner || old.message != rows[i].message)
                    m_model->setRow(i, rows[i]);
            }
            updateButtons();
        });
    }
    menu->popup(m_ui->chooseUserButton->mapToGlobal(QPoint(0, m_ui->chooseUserButton->height())));
}

bool BulkOwnersDialog::confirmationOk() const
{
    if (!m_session || !m_session->profile().production)
        return true;
    const QString typed = m_ui->confirmEdit->text().trimmed();
    const QString host = m_session->tenantHost();
    return !typed.isEmpty()
        && (typed.compare(host, Qt::CaseInsensitive) == 0
            || typed.compare(host.section(u'.', 0, 0), Qt::CaseInsensitive) == 0);
}

void BulkOwnersDialog::apply()
{
    if (!m_session || m_session->isReadOnly() || !confirmationOk())
        return;
    if (m_job) {
        if (m_resumed && m_job->phase() != BulkJobState::Phase::Finished && !m_job->isActive())
            m_job->start();
        return;
    }
    if (!m_previewValid || isChecking())
        return;
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
    state.rows = m_model->rows();
    if (m_profiles && !profile.id.isEmpty())
        m_profiles->rememberRoleSlug(profile.id, in.roleSlug);

    auto* job = new BulkOwnerJob(m_session->client(), std::move(state), this);
    job->setJournalPath(JobJournal::pathFor(m_journalDir, job->spec().id));
    attachJob(job);
    job->start();
}

void BulkOwnersDialog::attachJob(BulkOwnerJob* job)
{
    m_job = job;
    if (m_session)
        job->setConcurrency(m_session->profile().concurrency);
    job->setReadOnly(!m_session || m_session->isReadOnly());
    m_model->setCheckable(false);
    connect(job, &BulkOwnerJob::rowChanged, this, [this](int row) { m_model->setRow(row, m_job->rows().at(row)); });
    connect(job, &BulkOwnerJob::progress, this, &BulkOwnersDialog::onJobProgress);
    connect(job, &BulkOwnerJob::phaseChanged, this, &BulkOwnersDialog::updateButtons);
    connect(job, &BulkOwnerJob::journalFailed, this, [this](const QString& message) {
        m_ui->rateLabel->setText(tr("The job journal cannot be written (%1); the job is paused.").arg(message));
    });
    connect(job, &BulkOwnerJob::finished, this, [this] {
        updateButtons();
        Q_EMIT ownersChanged(m_targets);
    });
    m_ui->applyProgress->setVisible(true);
    updateButtons();
}

void BulkOwnersDialog::onJobProgress(const BulkOwnerJob::Counts& c, double rate)
{
    m_ui->applyProgress->setRange(0, std::max(c.toWrite, 1));
    m_ui->applyProgress->setValue(std::min(c.toWrite, c.toWrite - c.pending - c.inFlight));
    QString text = tr("%1 of %2 written, %3 failed", nullptr, c.toWrite)
                       .arg(c.done + c.alreadyDone)
                       .arg(c.toWrite)
                       .arg(c.failed);
    if (c.canceled)
        text += u", "_s + tr("%n canceled", nullptr, c.canceled);
    if (rate > 0)
        text += u" · "_s + tr("%1 rows/s").arg(rate, 0, 'f', 1);
    if (m_job && m_job->isPaused())
        text += u" · "_s + tr("paused");
    m_ui->rateLabel->setText(text);
}

void BulkOwnersDialog::updateSummary()
{
    const bool add = plannerInput().operation == BulkOperation::Add;
    const int ready = m_model->count(RowStatus::Ready, true);
    QStringList parts;
    if (!m_job) {
        parts << (add ? tr("%n owner(s) to add", nullptr, ready) : tr("%n owner(s) to remove", nullptr, ready));
        if (const int n = m_model->count(RowStatus::NoOp))
            parts << (add ? tr("%n already owner(s)", nullptr, n) : tr("%n not owner(s)", nullptr, n));
        if (const int n = m_model->count(RowStatus::Ambiguous))
            parts << tr("%n ambiguous", nullptr, n);
        if (const int n = m_model->count(RowStatus::Ready) - ready)
            parts << tr("%n unticked", nullptr, n);
    } else {
        parts << tr("%n done", nullptr, m_model->count(RowStatus::Done))
              << tr("%n already in place", nullptr, m_model->count(RowStatus::AlreadyDone))
              << tr("%n failed", nullptr, m_model->count(RowStatus::Failed));
        if (const int n = m_model->count(RowStatus::Canceled))
            parts << tr("%n canceled", nullptr, n);
        if (const int n = m_model->count(RowStatus::NotAttempted))
            parts << tr("%n not attempted", nullptr, n);
    }
    int problems = 0;
    for (RowStatus s : { RowStatus::Invalid, RowStatus::WrongKind, RowStatus::UnknownUser, RowStatus::Disabled,
             RowStatus::EntitlementNotFound, RowStatus::OverLimit, RowStatus::Blocked, RowStatus::CheckFailed })
        problems += m_model->count(s);
    if (problems)
        parts << tr("%n with problems", nullptr, problems);
    m_ui->summaryLabel->setText(m_model->rowCount() ? parts.join(u" · "_s) : QString());
}

void BulkOwnersDialog::updateButtons()
{
    const bool readOnly = !m_session || m_session->isReadOnly();
    const bool checking = isChecking();
    const bool active = m_job && m_job->isActive();
    const bool jobStopped = m_job && !active;
    const bool editable = !m_job && !checking;
    m_ui->pasteEdit->setReadOnly(!editable || m_resumed);
    m_ui->loadCsvButton->setEnabled(editable && !m_resumed);
    m_ui->operationCombo->setEnabled(editable && !m_resumed);
    m_ui->kindCombo->setEnabled(editable && !m_resumed);
    m_ui->roleCombo->setEnabled(editable && !m_resumed);
    m_ui->checkButton->setEnabled(!checking && !active && !m_resumed && m_session && !m_targets.isEmpty());
    m_ui->cancelCheckButton->setEnabled(checking);
    m_ui->cancelCheckButton->setVisible(checking);

    const bool canStartResumed = m_resumed && m_job && m_job->phase() != BulkJobState::Phase::Finished
        && m_job->phase() != BulkJobState::Phase::Canceled && !active;
    const bool canApplyPreview = !m_job && m_previewValid && !checking && m_model->count(RowStatus::Ready, true) > 0;
    m_ui->applyButton->setEnabled(!readOnly && confirmationOk() && (canApplyPreview || canStartResumed));
    m_ui->applyButton->setText(m_resumed ? tr("&Resume job") : tr("&Apply"));
    m_ui->pauseButton->setEnabled(m_job && m_job->phase() == BulkJobState::Phase::Running);
    m_ui->resumeButton->setEnabled(m_job && m_job->isPaused());
    m_ui->cancelJobButton->setEnabled(active || (m_job && m_job->isPaused()));
    m_ui->retryButton->setEnabled(
        jobStopped && !m_job->isPaused() && m_model->count(RowStatus::Failed) > 0 && !readOnly);
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
    m_ui->chooseUserButton->setEnabled(!m_job && m_previewValid && m_model->count(RowStatus::Ambiguous) > 0);
    updateSummary();
}

void BulkOwnersDialog::loadCsv()
{
    auto* dialog = new QFileDialog(this, tr("Load owners from a CSV file"), QString(),
        tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
    dialog->setObjectName(u"loadCsvFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QFile file(path);
        if (file.size() > kMaxCsvBytes) {
            m_ui->notesLabel->setText(tr("The file is too large (over 32 MB)."));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            m_ui->notesLabel->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        m_ui->pasteEdit->setPlainText(QString::fromUtf8(file.readAll()));
    });
    dialog->open();
}

void BulkOwnersDialog::exportCsv()
{
    auto* dialog = new QFileDialog(this, tr("Export results as CSV"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(u"exportCsvFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            m_model->writeCsv(&file);
            if (file.commit())
                return;
        }
        m_ui->notesLabel->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
    });
    dialog->open();
}

void BulkOwnersDialog::reject()
{
    if (m_job && m_job->isActive()) {
        m_ui->rateLabel->setText(tr("The job is still running: pause or cancel it before closing."));
        return;
    }
    cancelCheck();
    QDialog::reject();
}

BulkOwnersDialog* BulkOwnersDialog::resumeJob(
    Session* session, const QString& journalPath, QWidget* parent, QString* error)
{
    QString message;
    std::optional<BulkJobState> state = JobJournal::load(journalPath, &message);
    if (!state) {
        if (error)
            *error = tr("The job cannot be read: %1").arg(message);
        return nullptr;
    }
    if (session && !state->spec.profileId.isEmpty() && state->spec.profileId != session->profile().id) {
        if (error)
            *error = tr("This job belongs to the profile “%1”: connect to it to resume the job.")
                         .arg(state->spec.profileName);
        return nullptr;
    }
    auto* dialog = new BulkOwnersDialog(session, state->spec.targets, parent);
    dialog->setOperation(state->spec.operation);
    dialog->setOwnerKind(state->spec.kind);
    dialog->setRoleSlug(state->spec.roleSlug);
    dialog->m_resumed = true;
    dialog->m_model->setContext(state->spec.targets, state->spec.kind, state->spec.operation, state->spec.roleSlug);
    auto* job = new BulkOwnerJob(session ? session->client() : nullptr, std::move(*state), dialog);
    job->setJournalPath(journalPath);
    dialog->m_model->setRows(job->rows());
    dialog->attachJob(job);
    dialog->m_ui->notesLabel->setText(
        tr("Resuming job %1. Rows that were being sent are read back before anything is written again.")
            .arg(job->spec().id));
    dialog->updateButtons();
    return dialog;
}

} // namespace c1

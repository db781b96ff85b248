#include "bulkpaste/BulkOwnersDialog.h"
#include "ui_BulkOwnersDialog.h"

#include "models/BulkRowsModel.h"
#include "owners/BulkOwnerJob.h"
#include "workflows/BulkAssignment.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {
const auto kSplitKey = u"bulkOwnersDialog/previewSplit"_s;
}

BulkOwnersDialog::BulkOwnersDialog(BulkAssignment* assignment, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkOwnersDialog>())
    , m_assignment(assignment)
    , m_model(new BulkRowsModel(assignment->ledger(), this))
    , m_proxy(new BulkRowsFilterModel(this))
{
    if (!m_assignment->parent())
        m_assignment->setParent(this);
    setUpForm();
    bind();
}

BulkOwnersDialog::BulkOwnersDialog(Session* session, QList<OwnerTarget> targets, QWidget* parent)
    : BulkOwnersDialog(new BulkAssignment(session, std::move(targets)), parent)
{ }

BulkOwnersDialog::~BulkOwnersDialog()
{
    // The assignment (a child, deleted after this body) no longer reaches the form.
    disconnect(m_assignment, nullptr, this, nullptr);
    disconnect(m_assignment->ledger(), nullptr, m_model, nullptr);
}

void BulkOwnersDialog::setUpForm()
{
    m_ui->setupUi(this);
    setObjectName(u"bulkOwnersDialog"_s);
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

    if (QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("closeButton"));
        close->setAccessibleName(tr("Close the bulk owners dialog"));
    }
    // No button is the dialog's default: Enter in a field must never load a file, export or close. Enter in the
    // production confirmation confirms (returnPressed below); everywhere else it does nothing.
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_ui->checkProgress->setVisible(false);
    m_ui->applyProgress->setVisible(false);
}

void BulkOwnersDialog::bind()
{
    BulkAssignment* a = m_assignment;
    QStringList names;
    for (const OwnerTarget& t : a->targets())
        names << targetLabel(t);
    m_ui->targetsLabel->setText(names.isEmpty() ? tr("Nothing selected. Close this dialog, select apps or resources "
                                                     "in the tree (Ctrl+click for several) and open it again.")
            : names.size() <= 6
            ? names.join(u", "_s)
            : tr("%n targets: %1, …", nullptr, int(names.size())).arg(names.mid(0, 5).join(u", "_s)));
    m_ui->readOnlyBanner->setVisible(a->isReadOnly());
    if (!a->session())
        m_ui->readOnlyBanner->setText(tr("Not signed in: nothing can be checked or written."));
    m_ui->confirmLabel->setVisible(a->needsConfirmation());
    m_ui->confirmEdit->setVisible(a->needsConfirmation());
    if (a->needsConfirmation()) {
        m_ui->confirmLabel->setText(
            tr("This is a production tenant. Type its name (%1) to allow writing:").arg(a->confirmationName()));
    }
    offerRoleSlugs(a->offeredRoles());
    showInputs();
    m_ui->pasteEdit->setPlainText(a->pasteText());
    m_ui->notesLabel->setText(a->notes());

    // Intent → the assignment.
    connect(m_ui->checkButton, &QPushButton::clicked, a, &BulkAssignment::startCheck);
    connect(m_ui->cancelCheckButton, &QPushButton::clicked, a, &BulkAssignment::cancelCheck);
    connect(m_ui->applyButton, &QPushButton::clicked, a, &BulkAssignment::apply);
    connect(m_ui->confirmEdit, &QLineEdit::returnPressed, a, &BulkAssignment::apply);
    connect(m_ui->pauseButton, &QPushButton::clicked, a, &BulkAssignment::pause);
    connect(m_ui->resumeButton, &QPushButton::clicked, a, &BulkAssignment::resumeJob);
    connect(m_ui->cancelJobButton, &QPushButton::clicked, a, &BulkAssignment::cancelJob);
    connect(m_ui->retryButton, &QPushButton::clicked, a, &BulkAssignment::retryFailed);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, a, &BulkAssignment::setConfirmation);
    connect(m_ui->pasteEdit, &QPlainTextEdit::textChanged, this,
        [this] { m_assignment->setPasteText(m_ui->pasteEdit->toPlainText()); });
    connect(m_ui->operationCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_assignment->setOperation(BulkOperation(m_ui->operationCombo->currentData().toInt())); });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_assignment->setOwnerKind(OwnerKind(m_ui->kindCombo->currentData().toInt())); });
    connect(m_ui->roleCombo, &QComboBox::currentTextChanged, a, &BulkAssignment::setRoleSlug);
    connect(m_ui->loadCsvButton, &QPushButton::clicked, this, &BulkOwnersDialog::loadCsv);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BulkOwnersDialog::exportCsv);
    connect(m_ui->chooseUserButton, &QPushButton::clicked, this, &BulkOwnersDialog::chooseForSelection);
    connect(m_ui->previewTable, &QTableView::doubleClicked, this, &BulkOwnersDialog::chooseForSelection);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BulkOwnersDialog::reject);
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusGroup(BulkRowsFilterModel::StatusGroup(m_ui->statusFilterCombo->currentData().toInt()));
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->previewTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BulkOwnersDialog::updateButtons);

    // The assignment's state → the form.
    connect(a, &BulkAssignment::stateChanged, this, &BulkOwnersDialog::updateButtons);
    connect(a, &BulkAssignment::inputsChanged, this, &BulkOwnersDialog::showInputs);
    connect(a, &BulkAssignment::pasteTextChanged, this, [this](const QString& text) {
        if (text != m_ui->pasteEdit->toPlainText())
            m_ui->pasteEdit->setPlainText(text);
    });
    connect(a, &BulkAssignment::notesChanged, m_ui->notesLabel, &QLabel::setText);
    connect(a, &BulkAssignment::rolesOffered, this, &BulkOwnersDialog::offerRoleSlugs);
    connect(a, &BulkAssignment::checkProgress, this, [this](int done, int total) {
        m_ui->checkProgress->setRange(0, total > 0 ? total : 0);
        m_ui->checkProgress->setValue(done);
    });
    connect(a, &BulkAssignment::checkFinished, this, &BulkOwnersDialog::onCheckFinished);
    connect(a, &BulkAssignment::progressChanged, this, &BulkOwnersDialog::showProgress);
    connect(a, &BulkAssignment::jobMessage, m_ui->rateLabel, &QLabel::setText);
    connect(a, &BulkAssignment::ownersChanged, this, &BulkOwnersDialog::ownersChanged);

    if (a->ledger()->size() > 0) // a resumed job: its rows are the point
        givePreviewTheRoom();
    showProgress();
    updateButtons();
}

BulkOwnerJob* BulkOwnersDialog::job() const
{
    return m_assignment->job();
}

bool BulkOwnersDialog::isChecking() const
{
    return m_assignment->isChecking();
}

void BulkOwnersDialog::setProfileStore(ProfileStore* store)
{
    m_assignment->setProfileStore(store);
}

void BulkOwnersDialog::setJournalDir(const QString& dir)
{
    m_assignment->setJournalDir(dir);
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

void BulkOwnersDialog::showInputs()
{
    const QSignalBlocker operation(m_ui->operationCombo);
    const QSignalBlocker kind(m_ui->kindCombo);
    const QSignalBlocker role(m_ui->roleCombo);
    m_ui->operationCombo->setCurrentIndex(m_ui->operationCombo->findData(int(m_assignment->operation())));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(m_assignment->ownerKind())));
    m_ui->roleCombo->setCurrentText(m_assignment->roleSlug());
}

void BulkOwnersDialog::startCheck()
{
    m_assignment->startCheck();
}

void BulkOwnersDialog::cancelCheck()
{
    m_assignment->cancelCheck();
}

void BulkOwnersDialog::apply()
{
    m_assignment->apply();
}

void BulkOwnersDialog::onCheckFinished()
{
    if (m_assignment->isPreviewValid())
        givePreviewTheRoom();
    updateButtons();
    Q_EMIT checkFinished();
}

void BulkOwnersDialog::givePreviewTheRoom()
{
    if (m_previewShown)
        return;
    m_previewShown = true;
    QSplitter* splitter = m_ui->splitter;
    if (splitter->restoreState(QSettings().value(kSplitKey).toByteArray()))
        return;
    // The paste box keeps its buttons and notes in view; the preview gets the rest.
    const QList<int> sizes = splitter->sizes();
    int total = 0;
    for (int size : sizes)
        total += size;
    if (total <= 0)
        total = 1000;
    const int paste = std::min(total / 2, std::max(m_ui->pasteGroup->minimumSizeHint().height(), total / 4));
    splitter->setSizes({ paste, total - paste });
}

void BulkOwnersDialog::saveSplit()
{
    if (m_previewShown)
        QSettings().setValue(kSplitKey, m_ui->splitter->saveState());
}

void BulkOwnersDialog::chooseForSelection()
{
    if (!m_assignment->canChooseUser())
        return;
    const int row = m_proxy->mapToSource(m_ui->previewTable->currentIndex()).row();
    const QList<UserCandidate> candidates = m_assignment->candidates(row);
    if (candidates.isEmpty())
        return;
    auto* menu = new QMenu(this);
    menu->setObjectName(u"chooseUserMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const UserCandidate& c : candidates) {
        QAction* action = menu->addAction(tr("%1 <%2> (%3)").arg(c.name, c.email, c.id));
        connect(
            action, &QAction::triggered, m_assignment, [a = m_assignment, row, id = c.id] { a->chooseUser(row, id); });
    }
    menu->popup(m_ui->chooseUserButton->mapToGlobal(QPoint(0, m_ui->chooseUserButton->height())));
}

void BulkOwnersDialog::showProgress()
{
    if (!m_assignment->job())
        return;
    const BulkAssignment::Progress p = m_assignment->progress();
    m_ui->applyProgress->setRange(0, std::max(p.total, 1));
    m_ui->applyProgress->setValue(std::min(p.finished, p.total));
    m_ui->rateLabel->setText(m_assignment->progressText());
}

void BulkOwnersDialog::updateButtons()
{
    const BulkAssignment* a = m_assignment;
    const bool editable = a->canEditInputs();
    m_ui->pasteEdit->setReadOnly(!editable);
    m_ui->loadCsvButton->setEnabled(editable);
    m_ui->operationCombo->setEnabled(editable);
    m_ui->kindCombo->setEnabled(editable);
    m_ui->roleCombo->setEnabled(editable);
    m_ui->checkButton->setEnabled(a->canCheck());
    m_ui->cancelCheckButton->setEnabled(a->isChecking());
    m_ui->cancelCheckButton->setVisible(a->isChecking());
    m_ui->checkProgress->setVisible(a->isChecking());
    m_ui->applyProgress->setVisible(a->job() != nullptr);

    m_ui->applyButton->setEnabled(a->canApply());
    m_ui->applyButton->setText(a->isResumed() ? tr("&Resume job") : tr("&Apply"));
    m_ui->pauseButton->setEnabled(a->canPause());
    m_ui->resumeButton->setEnabled(a->canResumeJob());
    m_ui->cancelJobButton->setEnabled(a->canCancelJob());
    m_ui->retryButton->setEnabled(a->canRetry());
    m_ui->exportButton->setEnabled(a->canExport());
    m_ui->chooseUserButton->setEnabled(a->canChooseUser());
    m_ui->summaryLabel->setText(a->summary());
}

void BulkOwnersDialog::loadCsv()
{
    auto* dialog = new QFileDialog(this, tr("Load owners from a CSV file"), QString(),
        tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
    dialog->setObjectName(u"loadCsvFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_assignment, &BulkAssignment::loadFile);
    dialog->open();
}

void BulkOwnersDialog::exportCsv()
{
    const QString suggested = m_assignment->suggestedExportPath();
    auto* dialog = new QFileDialog(this, tr("Export results as CSV"), suggested, tr("CSV files (*.csv)"));
    dialog->setObjectName(u"exportCsvFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, m_assignment, [a = m_assignment](const QString& path) {
        a->exportCsv(path); // a failure shows in the notes
    });
    dialog->open();
}

void BulkOwnersDialog::reject()
{
    if (!m_assignment->canClose()) {
        m_ui->rateLabel->setText(tr("The job is still running: pause or cancel it before closing."));
        return;
    }
    m_assignment->cancelCheck();
    QDialog::reject();
}

void BulkOwnersDialog::done(int result)
{
    saveSplit();
    QDialog::done(result);
}

} // namespace c1

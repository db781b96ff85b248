#include "bulkpaste/UndoJobDialog.h"
#include "ui_UndoJobDialog.h"

#include "models/BulkLedger.h"
#include "models/BulkRowsModel.h"
#include "owners/BulkOwnerJob.h"
#include "workflows/UndoBulkJob.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace c1 {

UndoJobDialog::UndoJobDialog(UndoBulkJob* undo, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UndoJobDialog>())
    , m_undo(undo)
    , m_model(new BulkRowsModel(undo->ledger(), this))
{
    if (!undo->parent())
        undo->setParent(this);
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("undoJobDialog"));
    m_ui->rowsTable->setModel(m_model);
    m_ui->rowsTable->verticalHeader()->hide();
    m_ui->rowsTable->horizontalHeader()->setStretchLastSection(true);
    const int chars = m_ui->rowsTable->fontMetrics().averageCharWidth();
    using Column = BulkRowsModel::Column;
    for (const auto& [column, width] : { std::pair { Column::Line, 9 }, { Column::Input, 30 }, { Column::Owner, 24 },
             { Column::Target, 20 }, { Column::Status, 14 } })
        m_ui->rowsTable->horizontalHeader()->resizeSection(int(column), width * chars);
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    const BulkJobSpec& spec = undo->original().spec;
    const QLocale locale;
    m_ui->headlineLabel->setText(
        tr("Undo the job of %1 on the profile “%2” (%n target(s)).", nullptr, int(spec.targets.size()))
            .arg(locale.toString(undo->original().updatedAt.toLocalTime(), QLocale::ShortFormat), spec.profileName));
    m_ui->readOnlyBanner->setVisible(undo->isReadOnly());
    m_ui->confirmLabel->setVisible(undo->needsConfirmation());
    m_ui->confirmEdit->setVisible(undo->needsConfirmation());
    if (undo->needsConfirmation()) {
        m_ui->confirmLabel->setText(
            tr("This is a production tenant. Type its name (%1) to allow writing:").arg(undo->confirmationName()));
    }

    connect(m_ui->checkButton, &QPushButton::clicked, undo, &UndoBulkJob::startCheck);
    connect(m_ui->applyButton, &QPushButton::clicked, undo, &UndoBulkJob::apply);
    connect(m_ui->cancelButton, &QPushButton::clicked, undo, &UndoBulkJob::cancel);
    connect(m_ui->retryButton, &QPushButton::clicked, undo, &UndoBulkJob::retryFailed);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &UndoJobDialog::reject);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, undo, &UndoBulkJob::setConfirmation);
    connect(undo, &UndoBulkJob::stateChanged, this, &UndoJobDialog::updateState);
    connect(undo, &UndoBulkJob::progressChanged, this, &UndoJobDialog::showProgress);
    connect(undo, &UndoBulkJob::checkProgress, this, [this](int done, int total) {
        m_ui->checkProgress->setRange(0, std::max(total, 1));
        m_ui->checkProgress->setValue(done);
    });
    connect(undo, &UndoBulkJob::message, m_ui->messageLabel, &QLabel::setText);
    connect(undo, &UndoBulkJob::finished, this,
        [this] { m_ui->messageLabel->setText(tr("The undo has ended: %1").arg(m_undo->summary())); });
    updateState();
    if (undo->canCheck())
        undo->startCheck();
}

UndoJobDialog::~UndoJobDialog() = default;

void UndoJobDialog::reject()
{
    if (!m_undo->canClose())
        return; // the undo runs: stop it first (the journal would resume it, but say what happens instead)
    QDialog::reject();
}

void UndoJobDialog::updateState()
{
    const UndoBulkJob* u = m_undo;
    const bool checking = u->state() == UndoBulkJob::State::Checking;
    m_ui->checkProgress->setVisible(checking);
    m_ui->applyProgress->setVisible(u->job() != nullptr);
    m_ui->checkButton->setEnabled(u->canCheck());
    m_ui->applyButton->setEnabled(u->canApply());
    m_ui->applyButton->setText(u->job() ? tr("&Undo") : tr("&Undo %n change(s)", nullptr, u->toUndoCount()));
    m_ui->cancelButton->setEnabled(u->canCancel());
    m_ui->retryButton->setEnabled(u->canRetry());
    m_ui->retryButton->setVisible(u->state() == UndoBulkJob::State::Ended);
    m_ui->closeButton->setEnabled(u->canClose());
    m_ui->confirmEdit->setEnabled(!u->job());
    m_ui->summaryLabel->setText(u->summary());
    if (u->state() == UndoBulkJob::State::Preview && u->changedCount() > 0) {
        m_ui->messageLabel->setText(tr("%n row(s) changed since the job and are unticked: they are undone only if "
                                       "you tick them.",
            nullptr, u->changedCount()));
    }
    showProgress();
}

void UndoJobDialog::showProgress()
{
    const BulkOwnerJob* job = m_undo->job();
    if (!job)
        return;
    const BulkOwnerJob::Counts c = job->counts();
    m_ui->applyProgress->setRange(0, std::max(c.toWrite, 1));
    m_ui->applyProgress->setValue(std::max(0, c.toWrite - c.pending - c.inFlight));
    m_ui->summaryLabel->setText(m_undo->progressText());
}

} // namespace c1

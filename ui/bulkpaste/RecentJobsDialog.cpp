#include "bulkpaste/RecentJobsDialog.h"
#include "ui_RecentJobsDialog.h"

#include "api/Session.h"
#include "bulkpaste/UndoJobDialog.h"
#include "workflows/RecentBulkJobs.h"
#include "workflows/UndoBulkJob.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kUndoableRole = Qt::UserRole + 2;
constexpr int kUnfinishedRole = Qt::UserRole + 3;
} // namespace

RecentJobsDialog::RecentJobsDialog(RecentBulkJobs* jobs, Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecentJobsDialog>())
    , m_jobs(jobs)
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("recentJobsDialog"));
    m_ui->introLabel->setText(tr("Finished bulk jobs, ownership transfers and undos of this profile are kept for %n "
                                 "day(s) after they end, so that they can be undone; then they are removed. Clearing "
                                 "a job only removes it from this list: the tenant is not changed.",
        nullptr, RecentBulkJobs::retentionDays()));
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_ui->undoButton, &QPushButton::clicked, this, &RecentJobsDialog::undoSelected);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &RecentJobsDialog::clearSelected);
    connect(m_ui->clearAllButton, &QPushButton::clicked, this, &RecentJobsDialog::clearAll);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->jobsList, &QTreeWidget::itemSelectionChanged, this, &RecentJobsDialog::updateButtons);
    connect(m_ui->jobsList, &QTreeWidget::itemActivated, this, &RecentJobsDialog::undoSelected);
    connect(jobs, &RecentBulkJobs::changed, this, &RecentJobsDialog::fill);
    fill();
    jobs->rescan();
}

RecentJobsDialog::~RecentJobsDialog()
{
    // The undo dialog is a child: it goes first, without calling back into this half-destroyed window. An undo still
    // running stops there; its journal offers it for resume.
    if (m_undoDialog) {
        disconnect(m_undoDialog, nullptr, this, nullptr);
        delete m_undoDialog.data();
    }
}

UndoJobDialog* RecentJobsDialog::currentUndo() const
{
    return m_undoDialog;
}

void RecentJobsDialog::fill()
{
    const QString selected = selectedPath();
    QTreeWidget* list = m_ui->jobsList;
    list->clear();
    const QLocale locale;
    for (const JobHistory::Entry& e : m_jobs->jobs()) {
        QStringList changes;
        if (e.added)
            changes << tr("%n added", nullptr, e.added);
        if (e.removed)
            changes << tr("%n removed", nullptr, e.removed);
        if (changes.isEmpty())
            changes << tr("none");
        QStringList notWritten;
        if (e.alreadyDone)
            notWritten << tr("%n already in place", nullptr, e.alreadyDone);
        if (e.failed)
            notWritten << tr("%n failed", nullptr, e.failed);
        if (e.notWritten)
            notWritten << tr("%n not written", nullptr, e.notWritten);
        QStringList notes;
        if (e.handover) {
            notes << (e.successor.isEmpty() ? tr("handover: %1 removed").arg(e.leaver)
                                            : tr("handover of %1 to %2").arg(e.leaver, e.successor));
            if (e.unfinished)
                notes << tr("unfinished: resume it from Hand Over Ownership…");
        }
        if (!e.undoOf.isEmpty())
            notes << tr("undo of job %1").arg(e.undoOf.left(8));
        if (!e.undoneBy.isEmpty())
            notes << tr("undone by job %1").arg(e.undoneBy.left(8));
        if (e.canceled)
            notes << tr("canceled");
        if (!e.unfinished)
            notes << tr("kept until %1")
                         .arg(locale.toString(m_jobs->expiresAt(e).toLocalTime().date(), QLocale::ShortFormat));
        auto* item = new QTreeWidgetItem(list,
            { locale.toString(e.endedAt.toLocalTime(), QLocale::ShortFormat), e.profileName, changes.join(u", "_s),
                notWritten.join(u", "_s), notes.join(u"; "_s) });
        item->setData(0, kPathRole, e.path);
        item->setData(0, kUndoableRole, e.undoable());
        item->setData(0, kUnfinishedRole, e.unfinished);
        item->setToolTip(0,
            e.handover ? tr("Handover %1, %n target(s)", nullptr, e.targets).arg(e.jobId)
                       : tr("Job %1 on %2, %n target(s)", nullptr, e.targets).arg(e.jobId, e.tenant));
        if (e.path == selected)
            item->setSelected(true);
    }
    for (int c = 0; c < list->columnCount() - 1; ++c)
        list->resizeColumnToContents(c);
    if (!list->selectedItems().isEmpty())
        list->setCurrentItem(list->selectedItems().first());
    else if (list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    QString message = m_jobs->error();
    if (message.isEmpty() && list->topLevelItemCount() == 0 && !m_jobs->isScanning())
        message = m_jobs->profileId().isEmpty() ? tr("Connect to a profile to see its recent bulk jobs.")
                                                : tr("No finished bulk jobs of this profile in the last %n day(s).",
                                                    nullptr, RecentBulkJobs::retentionDays());
    m_ui->messageLabel->setText(message);
    updateButtons();
}

QString RecentJobsDialog::selectedPath() const
{
    const QList<QTreeWidgetItem*> items = m_ui->jobsList->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, kPathRole).toString();
}

void RecentJobsDialog::updateButtons()
{
    const QList<QTreeWidgetItem*> items = m_ui->jobsList->selectedItems();
    const bool undoable = !items.isEmpty() && items.first()->data(0, kUndoableRole).toBool();
    const bool unfinished = !items.isEmpty() && items.first()->data(0, kUnfinishedRole).toBool();
    const bool writable = m_session && !m_session->isReadOnly();
    m_ui->undoButton->setEnabled(undoable && m_session && !m_undoDialog);
    m_ui->undoButton->setToolTip(!m_session ? tr("Not connected.")
            : !writable                     ? tr("The profile is read-only: the undo can be previewed, not applied.")
            : unfinished ? tr("This handover did not finish: resume it in the Hand Over Ownership window.")
            : !items.isEmpty() && !undoable ? tr("This job wrote nothing, or has been undone already.")
                                            : tr("Check what the job wrote and undo it."));
    m_ui->clearButton->setEnabled(!items.isEmpty() && !unfinished);
    m_ui->clearAllButton->setEnabled(m_ui->jobsList->topLevelItemCount() > 0);
}

UndoJobDialog* RecentJobsDialog::undoJob(const QString& path)
{
    if (!m_session) {
        m_ui->messageLabel->setText(tr("Not connected."));
        return nullptr;
    }
    auto undo = std::make_unique<UndoBulkJob>(m_session.data());
    undo->setJournalDir(m_jobs->journalDir());
    QString error;
    const JobHistory::Entry* listed = m_jobs->job(path);
    const bool loaded = listed && listed->handover ? undo->loadHandover(path, &error) : undo->load(path, &error);
    if (!loaded) {
        m_ui->messageLabel->setText(error);
        return nullptr;
    }
    auto* dialog = new UndoJobDialog(undo.release(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_undoDialog = dialog;
    connect(dialog->undo(), &UndoBulkJob::finished, m_jobs, &RecentBulkJobs::rescan);
    connect(dialog->undo(), &UndoBulkJob::ownersChanged, this, &RecentJobsDialog::ownersChanged);
    connect(dialog, &QObject::destroyed, this, &RecentJobsDialog::updateButtons);
    dialog->open();
    updateButtons();
    return dialog;
}

void RecentJobsDialog::undoSelected()
{
    const QString path = selectedPath();
    if (!path.isEmpty() && m_ui->undoButton->isEnabled())
        undoJob(path);
}

void RecentJobsDialog::clearSelected()
{
    const QString path = selectedPath();
    if (!path.isEmpty())
        m_jobs->clear(path);
}

void RecentJobsDialog::clearAll()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Clear All Recent Jobs"),
        tr("Remove every finished job of this profile from the list? They can no longer be undone from here. The "
           "tenant is not changed."),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clearAllQuestion"));
    QPushButton* clear = box->addButton(tr("Clear All"), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("clearAllConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(clear, &QPushButton::clicked, m_jobs, [jobs = m_jobs] { jobs->clearAll(); });
    box->open();
}

} // namespace c1

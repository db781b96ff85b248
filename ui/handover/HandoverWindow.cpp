#include "handover/HandoverWindow.h"

#include "handover/UserFinder.h"
#include "shell/Icons.h"
#include "workflows/Handover.h"
#include "workflows/HandoverRowsModel.h"
#include "workflows/OwnershipScan.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

QTableView* makeTable(
    QWidget* parent, const QString& name, const QString& accessible, QAbstractItemModel* model, int sortRole)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the order things came in, until a header is clicked
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(false);
    return view;
}

QPushButton* makeButton(
    const QString& text, const QString& name, const QString& accessible, const QString& iconName, QWidget* parent)
{
    auto* button = new QPushButton(iconName.isEmpty() ? QIcon() : icon(iconName), text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setAutoDefault(false);
    return button;
}

} // namespace

HandoverWindow::HandoverWindow(C1Client* client, Profile profile, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_profile(std::move(profile))
    , m_dir(HandoverState::defaultDir())
    , m_scan(new OwnershipScan(client, this))
{
    setObjectName(u"handoverWindow"_s);
    setWindowTitle(tr("Hand Over Ownership"));
    setModal(false);
    resize(1100, 720);
    m_scan->setConcurrency(m_profile.concurrency);

    m_resumeBar = new QFrame(this);
    m_resumeBar->setObjectName(u"resumeHandoverBar"_s);
    m_resumeBar->setFrameShape(QFrame::StyledPanel);
    m_resumeText = new QLabel(m_resumeBar);
    m_resumeText->setObjectName(u"resumeHandoverText"_s);
    m_resumeText->setWordWrap(true);
    m_resumeButton = makeButton(
        tr("Resume"), u"resumeHandoverButton"_s, tr("Resume the unfinished handover"), u"refresh"_s, m_resumeBar);
    auto* resumeLayout = new QHBoxLayout(m_resumeBar);
    resumeLayout->addWidget(m_resumeText, 1);
    resumeLayout->addWidget(m_resumeButton);
    m_resumeBar->hide();
    connect(m_resumeButton, &QPushButton::clicked, this, &HandoverWindow::resumeOffered);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"handoverTabs"_s);
    auto* owned = new QWidget(m_tabs);
    owned->setObjectName(u"ownedPage"_s);
    auto* hand = new QWidget(m_tabs);
    hand->setObjectName(u"handOverPage"_s);
    buildOwnedPage(owned);
    buildHandoverPage(hand);
    m_tabs->addTab(owned, tr("&What they own"));
    m_tabs->addTab(hand, tr("&Hand over"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the handover window"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HandoverWindow::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_resumeBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_scan, &OwnershipScan::progress, this, &HandoverWindow::updateScan);
    connect(m_scan, &OwnershipScan::finished, this, &HandoverWindow::updateScan);
    newHandover();
    updateScan();
    offerResume();
}

HandoverWindow::~HandoverWindow() = default;

void HandoverWindow::setJournalDir(const QString& dir)
{
    m_dir = dir;
    if (m_handover && m_handover->stage() == HandoverStage::Planned)
        m_handover->setJournalDir(dir);
    offerResume();
}

void HandoverWindow::setPropagationWait(int seconds)
{
    m_wait->setValue(seconds);
}

void HandoverWindow::buildOwnedPage(QWidget* page)
{
    m_leaver = new UserFinder(m_client, tr("person"), page);
    m_leaver->setObjectName(u"leaverFinder"_s);
    m_listButton = makeButton(tr("&List Ownership"), u"listOwnershipButton"_s,
        tr("List everything the chosen person owns"), u"owner"_s, page);
    m_stopButton = makeButton(tr("&Stop"), u"stopListingButton"_s, tr("Stop listing"), u"remove"_s, page);
    m_scanProgress = new QLabel(page);
    m_scanProgress->setObjectName(u"scanProgress"_s);
    m_ownedView
        = makeTable(page, u"ownedView"_s, tr("What the person owns"), m_scan->model(), OwnershipModel::SortRole);
    m_exportOwned = makeButton(
        tr("&Export CSV…"), u"exportOwnershipButton"_s, tr("Export what the person owns as CSV"), u"copy"_s, page);

    auto* find = new QHBoxLayout;
    auto* label = new QLabel(tr("&Person:"), page);
    label->setBuddy(m_leaver->searchField());
    find->addWidget(label);
    find->addWidget(m_leaver, 1);
    find->addWidget(m_listButton);
    find->addWidget(m_stopButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_scanProgress, 1);
    bottom->addWidget(m_exportOwned);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(find);
    layout->addWidget(m_ownedView, 1);
    layout->addLayout(bottom);

    connect(m_leaver, &UserFinder::userChanged, this, &HandoverWindow::updateScan);
    connect(m_listButton, &QPushButton::clicked, this, &HandoverWindow::listOwnership);
    connect(m_stopButton, &QPushButton::clicked, m_scan, &OwnershipScan::cancel);
    connect(m_exportOwned, &QPushButton::clicked, this, &HandoverWindow::exportOwnership);
}

void HandoverWindow::buildHandoverPage(QWidget* page)
{
    m_successor = new UserFinder(m_client, tr("successor"), page);
    m_successor->setObjectName(u"successorFinder"_s);
    m_mode = new QComboBox(page);
    m_mode->setObjectName(u"modeCombo"_s);
    m_mode->setAccessibleName(tr("What to do"));
    m_mode->addItem(tr("Hand over: add the successor, verify, then remove the person"), int(HandoverMode::Transfer));
    m_mode->addItem(tr("Add the successor only (keep the person)"), int(HandoverMode::AddOnly));
    m_mode->addItem(tr("Remove the person only (owns it by mistake)"), int(HandoverMode::RemoveOnly));
    m_wait = new QSpinBox(page);
    m_wait->setObjectName(u"propagationWaitSpin"_s);
    m_wait->setAccessibleName(tr("Seconds to wait before verifying"));
    m_wait->setRange(0, 600);
    m_wait->setValue(m_waitSeconds);
    m_wait->setSuffix(tr(" s"));
    m_wait->setToolTip(tr("C1 takes 45–150 s to show a new owner everywhere: the successor is verified after this "
                          "wait, and the person removed only where the successor is verified."));
    m_previewButton = makeButton(tr("&Preview"), u"previewButton"_s,
        tr("Preview the calls of the handover with their checks"), u"search"_s, page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"handoverSummary"_s);
    m_summary->setWordWrap(true);
    m_rows = nullptr;
    m_handoverView = new QTableView(page); // its model is set with each new handover
    m_handoverView->setObjectName(u"handoverView"_s);
    m_handoverView->setAccessibleName(tr("Rows of the handover"));
    m_handoverView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_handoverView->setAlternatingRowColors(true);
    m_handoverView->verticalHeader()->hide();
    m_handoverView->horizontalHeader()->setStretchLastSection(true);
    m_handoverView->setWordWrap(false);
    m_confirmBox = new QFrame(page);
    m_confirmBox->setObjectName(u"handoverConfirmBox"_s);
    m_confirmBox->setFrameShape(QFrame::StyledPanel);
    m_confirmBox->setStyleSheet(u"QFrame#handoverConfirmBox { background: #fde7e9; border: 1px solid #b3261e; }"
                                u" QLabel { color: #5c0f0a; }"_s);
    m_confirmText = new QLabel(m_confirmBox);
    m_confirmText->setObjectName(u"handoverConfirmText"_s);
    m_confirmText->setWordWrap(true);
    m_confirmPrompt = new QLabel(m_confirmBox);
    m_confirmPrompt->setObjectName(u"handoverConfirmPrompt"_s);
    m_confirmPrompt->setWordWrap(true);
    m_confirmEdit = new QLineEdit(m_confirmBox);
    m_confirmEdit->setObjectName(u"handoverConfirmEdit"_s);
    m_confirmEdit->setAccessibleName(tr("Tenant name to confirm the handover"));
    m_confirmPrompt->setBuddy(m_confirmEdit);
    auto* confirmLayout = new QVBoxLayout(m_confirmBox);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addWidget(m_confirmPrompt);
    confirmLayout->addWidget(m_confirmEdit);
    m_confirmBox->hide();
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(u"handoverProgress"_s);
    m_progressBar->setAccessibleName(tr("Handover progress"));
    m_progressText = new QLabel(page);
    m_progressText->setObjectName(u"handoverProgressText"_s);
    m_applyButton = makeButton(tr("&Apply"), u"applyHandoverButton"_s, tr("Apply the handover"), u"owner"_s, page);
    m_cancelButton
        = makeButton(tr("&Cancel Handover"), u"cancelHandoverButton"_s, tr("Cancel the handover"), u"remove"_s, page);
    m_verifyNowButton
        = makeButton(tr("&Verify Now"), u"verifyNowButton"_s, tr("Stop waiting and verify now"), u"refresh"_s, page);
    m_retryButton = makeButton(
        tr("&Retry Failed"), u"retryHandoverButton"_s, tr("Retry the rows that did not finish"), u"refresh"_s, page);
    m_exportReport = makeButton(
        tr("E&xport Report…"), u"exportReportButton"_s, tr("Export the handover report as CSV"), u"copy"_s, page);

    auto* form = new QFormLayout;
    form->addRow(tr("S&uccessor:"), m_successor);
    qobject_cast<QLabel*>(form->labelForField(m_successor))->setBuddy(m_successor->searchField());
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("Wait &before verifying:"), m_wait);
    auto* previewRow = new QHBoxLayout;
    previewRow->addWidget(m_summary, 1);
    previewRow->addWidget(m_previewButton);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progressBar, 1);
    progress->addWidget(m_progressText, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_verifyNowButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportReport);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(previewRow);
    layout->addWidget(m_handoverView, 1);
    layout->addWidget(m_confirmBox);
    layout->addLayout(progress);
    layout->addLayout(buttons);

    connect(m_successor, &UserFinder::userChanged, this, &HandoverWindow::updateHandover);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &HandoverWindow::updateHandover);
    connect(m_previewButton, &QPushButton::clicked, this, &HandoverWindow::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &HandoverWindow::apply);
    connect(m_exportReport, &QPushButton::clicked, this, &HandoverWindow::exportReport);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, [this](const QString& typed) {
        if (m_handover)
            m_handover->setConfirmation(typed);
        updateHandover();
    });
    connect(m_confirmEdit, &QLineEdit::returnPressed, this, &HandoverWindow::apply);
}

// A fresh handover (after a finished one, or to resume another): the buttons bind to it.
void HandoverWindow::newHandover()
{
    if (m_handover && m_handover->isActive())
        return;
    Handover* old = m_handover;
    m_handover = new Handover(m_client, m_profile, this);
    m_handover->setJournalDir(m_dir);
    auto* rows = new HandoverRowsModel(m_handover, m_handover);
    auto* proxy = new QSortFilterProxyModel(m_handover);
    proxy->setSourceModel(rows);
    proxy->setSortRole(HandoverRowsModel::SortRole);
    m_handoverView->setModel(proxy);
    m_handoverView->setSortingEnabled(true);
    m_handoverView->sortByColumn(-1, Qt::AscendingOrder);
    m_rows = rows;
    connect(m_handover, &Handover::progress, this, &HandoverWindow::updateHandover);
    connect(m_handover, &Handover::stageChanged, this, &HandoverWindow::updateHandover);
    connect(m_handover, &Handover::countdown, this, &HandoverWindow::updateHandover);
    connect(m_handover, &Handover::finished, this, [this] {
        updateHandover();
        offerResume();
    });
    connect(m_handover, &Handover::message, this, [this](const QString& text) { m_progressText->setText(text); });
    connect(m_handover, &Handover::ownersChanged, this, &HandoverWindow::ownersChanged);
    connect(m_cancelButton, &QPushButton::clicked, m_handover, &Handover::cancel);
    connect(m_verifyNowButton, &QPushButton::clicked, m_handover, &Handover::skipWait);
    connect(m_retryButton, &QPushButton::clicked, m_handover, &Handover::retryFailed);
    if (old) {
        for (QPushButton* button : { m_cancelButton, m_verifyNowButton, m_retryButton })
            disconnect(button, nullptr, old, nullptr);
        old->deleteLater();
    }
    updateHandover();
}

void HandoverWindow::listOwnership()
{
    const std::optional<User> user = m_leaver->currentUser();
    if (!user)
        return;
    m_scan->start(*user);
    m_ownedView->resizeColumnsToContents();
}

void HandoverWindow::updateScan()
{
    const bool running = m_scan->isRunning();
    m_listButton->setEnabled(!running && m_leaver->currentUser().has_value());
    m_stopButton->setEnabled(running);
    m_exportOwned->setEnabled(m_scan->found() > 0);
    const bool listed = !m_scan->user().id.isEmpty();
    m_scanProgress->setText(listed ? m_scan->progressText() : tr("Choose a person, then list what they own."));
    m_tabs->setTabEnabled(1, listed && !running && m_scan->found() > 0);
    updateHandover();
}

void HandoverWindow::preview()
{
    if (m_scan->isRunning() || !m_handover || m_handover->isActive())
        return;
    if (m_handover->stage() != HandoverStage::Planned)
        newHandover();
    HandoverChoice choice;
    choice.leaver = m_scan->user();
    choice.mode = HandoverMode(m_mode->currentData().toInt());
    choice.successor = m_successor->currentUser();
    m_handover->plan(m_scan->model()->items(), choice);
    m_confirmEdit->clear(); // the confirmation named the previous plan
    // Objects whose owner list did not show the person (lists lag) or could not be read have no row: say so.
    m_leftOut = 0;
    for (const OwnershipItem& item : m_scan->model()->items())
        m_leftOut += item.state != OwnershipItem::State::Ready || item.rolesOf(choice.leaver.id).isEmpty();
    m_handoverView->resizeColumnsToContents();
    updateHandover();
}

void HandoverWindow::apply()
{
    if (!m_handover || !m_handover->canApply())
        return;
    m_handover->setPropagationWait(m_wait->value() * 1000);
    m_handover->apply();
    updateHandover();
}

void HandoverWindow::updateHandover()
{
    if (!m_handover || !m_previewButton)
        return;
    const bool active = m_handover->isActive();
    const bool removeOnly = HandoverMode(m_mode->currentData().toInt()) == HandoverMode::RemoveOnly;
    m_successor->setEnabled(!active && !removeOnly);
    m_mode->setEnabled(!active);
    m_wait->setEnabled(!active);
    m_previewButton->setEnabled(!active && !m_scan->isRunning() && m_scan->found() > 0
        && (removeOnly || m_successor->currentUser().has_value()));
    m_applyButton->setEnabled(m_handover->canApply());
    const bool confirming = m_handover->needsConfirmation() && m_handover->stage() == HandoverStage::Planned
        && !m_handover->items().isEmpty();
    m_confirmBox->setVisible(confirming);
    if (confirming) {
        m_confirmText->setText(
            tr("Production tenant (%1).").arg(m_handover->confirmationName()) + u' ' + m_handover->confirmationText());
        m_confirmPrompt->setText(
            tr("Type the tenant's name (%1) to confirm the handover:").arg(m_handover->confirmationName()));
    }
    m_applyButton->setToolTip(m_handover->isReadOnly() ? tr("The profile is read-only: nothing can be written.")
            : confirming && !m_handover->isConfirmed()
            ? tr("Production tenant: type its name below to confirm the handover.")
            : QString());
    m_cancelButton->setEnabled(m_handover->canCancel());
    m_verifyNowButton->setEnabled(m_handover->canSkipWait());
    m_retryButton->setEnabled(m_handover->canRetry());
    m_exportReport->setEnabled(!m_handover->items().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!active);
    const Handover::Counts c = m_handover->counts();
    QString summary = m_handover->items().isEmpty() ? tr("Choose the successor and the mode, then preview.")
                                                    : m_handover->summary();
    if (m_leftOut > 0 && m_handover->stage() == HandoverStage::Planned)
        summary += u" · "_s
            + tr("%n object(s) left out: the person is not in their owner lists yet, or they could not be read",
                nullptr, m_leftOut);
    m_summary->setText(summary);
    m_progressBar->setRange(0, std::max(1, c.toDo));
    m_progressBar->setValue(c.settled);
    m_progressBar->setVisible(m_handover->stage() != HandoverStage::Planned);
    m_progressText->setText(m_handover->progressText());
}

void HandoverWindow::offerResume()
{
    const QList<HandoverState> left = HandoverState::unfinished(m_dir, m_profile.id);
    if (left.isEmpty() || (m_handover && m_handover->isActive())) {
        m_resumeBar->hide();
        m_resumePath.clear();
        return;
    }
    const HandoverState& state = left.constFirst();
    m_resumePath = HandoverState::pathFor(m_dir, state.id);
    const QString who = state.leaver.displayName.isEmpty() ? state.leaver.id : state.leaver.displayName;
    m_resumeText->setText(tr("A handover of what %1 owns was interrupted (%n row(s)). Resume it: rows that were being "
                             "written are read back before anything is sent again.",
        nullptr, int(state.items.size()))
                              .arg(who));
    m_resumeBar->show();
}

void HandoverWindow::resumeOffered()
{
    if (m_resumePath.isEmpty())
        return;
    newHandover();
    m_handover->setPropagationWait(m_wait->value() * 1000);
    QString error;
    if (!m_handover->resume(m_resumePath, &error)) {
        m_resumeText->setText(error);
        return;
    }
    m_resumeBar->hide();
    m_tabs->setTabEnabled(1, true);
    m_tabs->setCurrentIndex(1);
    m_handoverView->resizeColumnsToContents();
    updateHandover();
}

void HandoverWindow::saveAs(
    const QString& title, const QString& suggested, const std::function<bool(QString, QString*)>& write)
{
    auto* dialog = new QFileDialog(this, title, suggested, tr("CSV files (*.csv)"));
    dialog->setObjectName(u"exportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this, write](const QString& path) {
        QString error;
        if (!write(path, &error))
            QMessageBox::warning(this, windowTitle(), error);
    });
    dialog->open();
}

void HandoverWindow::exportOwnership()
{
    saveAs(tr("Export what the person owns"), m_scan->suggestedExportPath(),
        [this](const QString& path, QString* error) { return m_scan->exportCsv(path, error); });
}

void HandoverWindow::exportReport()
{
    saveAs(tr("Export the handover report"), m_handover->suggestedExportPath(),
        [this](const QString& path, QString* error) { return m_handover->exportCsv(path, error); });
}

void HandoverWindow::reject()
{
    if (m_handover && m_handover->isActive()) {
        m_progressText->setText(tr("The handover is running: cancel it before closing."));
        return;
    }
    m_scan->cancel();
    QDialog::reject();
}

} // namespace c1

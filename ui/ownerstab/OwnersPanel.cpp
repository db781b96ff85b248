#include "ownerstab/OwnersPanel.h"

#include "ui_OwnersPanel.h"

#include "api/Session.h"
#include "create/FieldStatus.h"
#include "models/OwnersModel.h"
#include "models/RoleSlugs.h"
#include "owners/OwnerRules.h"
#include "workflows/OwnersController.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QStyledItemDelegate>

namespace c1 {

namespace {
// Pending rows look different: added ones in italics and the link colour, removed ones struck out and dimmed.
class OwnersDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(OwnersModel::IsGroupRole).toBool()) {
            option->font.setBold(true);
            return;
        }
        switch (OwnersModel::State(index.data(OwnersModel::StateRole).toInt())) {
        case OwnersModel::State::PendingAdd:
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
            break;
        case OwnersModel::State::PendingRemove:
            option->font.setStrikeOut(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            break;
        case OwnersModel::State::Confirmed:
            break;
        }
    }
};
} // namespace

OwnersPanel::OwnersPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OwnersPanel>())
    , m_controller(new OwnersController(this))
    , m_copyIdAction(new QAction(tr("Copy ID"), this))
{
    m_ui->setupUi(this);
    OwnersModel* model = m_controller->model();
    m_ui->ownersTree->setModel(model);
    m_ui->ownersTree->setItemDelegate(new OwnersDelegate(m_ui->ownersTree));
    m_ui->ownersTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->ownersTree->setColumnWidth(int(OwnersModel::Column::Name), 220);
    m_ui->ownersTree->setColumnWidth(int(OwnersModel::Column::Detail), 200);
    m_ui->ownersTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copyIdAction->setObjectName(QStringLiteral("copyIdAction"));
    m_copyIdAction->setToolTip(tr("Copy the IDs of the selected owners"));
    m_ui->ownersTree->addAction(m_copyIdAction);
    m_ui->userPicker->setMaximum(ownerRules::maxOwnersPerKind);
    m_ui->entitlementPicker->setMaximum(ownerRules::maxOwnersPerKind);
    m_ui->roleSlugCombo->lineEdit()->setPlaceholderText(tr("Role slug, e.g. one listed above"));
    m_ui->roleSlugCombo->lineEdit()->setObjectName(QStringLiteral("roleSlugEdit"));
    m_ui->roleSlugCombo->lineEdit()->setAccessibleName(m_ui->roleSlugCombo->accessibleName());
    m_ui->roleSlugCombo->setToolTip(tr("Role slugs found in this tenant's owner lists and used before; you can "
                                       "type another one."));

    connect(model, &QAbstractItemModel::rowsInserted, m_ui->ownersTree, [this](const QModelIndex& where) {
        if (!where.isValid())
            m_ui->ownersTree->expandAll();
    });
    connect(model, &QAbstractItemModel::modelReset, m_ui->ownersTree, &QTreeView::expandAll);
    connect(m_controller, &OwnersController::stateChanged, this, [this] {
        updateTargetLabel();
        updateActions();
        updateStatus();
    });
    connect(m_controller, &OwnersController::listed, this, &OwnersPanel::listed);
    connect(m_controller, &OwnersController::writeFinished, this, &OwnersPanel::onWriteFinished);
    connect(m_controller, &OwnersController::ownersChanged, this, &OwnersPanel::ownersChanged);
    connect(m_controller, &OwnersController::rowFinished, this,
        [this](const OwnerRecord& record, RowStatus status, const QString&) {
            if (status != RowStatus::Done && status != RowStatus::AlreadyDone)
                return;
            SearchPicker* picker = record.ref.kind == OwnerKind::User
                ? static_cast<SearchPicker*>(m_ui->userPicker)
                : static_cast<SearchPicker*>(m_ui->entitlementPicker);
            picker->removeKey(m_controller->model()->idText(record));
        });
    connect(
        m_ui->ownersTree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OwnersPanel::updateActions);
    connect(m_copyIdAction, &QAction::triggered, this, &OwnersPanel::copySelectedIds);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OwnersPanel::refresh);
    connect(m_ui->addButton, &QPushButton::clicked, this, &OwnersPanel::showAddForm);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &OwnersPanel::removeSelected);
    connect(m_ui->addConfirmButton, &QPushButton::clicked, this, &OwnersPanel::addChosen);
    connect(m_ui->addCancelButton, &QPushButton::clicked, m_ui->addBox, &QWidget::hide);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->pickerStack->setCurrentIndex(index);
        m_showingWriteError = false;
        showFieldProblem(currentPicker()->searchEdit(), m_ui->ownerError, {});
    });
    connect(m_ui->roleSlugCombo, &QComboBox::editTextChanged, this,
        [this] { showFieldProblem(m_ui->roleSlugCombo, m_ui->roleSlugError, {}); });
    for (SearchPicker* picker :
        { static_cast<SearchPicker*>(m_ui->userPicker), static_cast<SearchPicker*>(m_ui->entitlementPicker) }) {
        // A picker also changes on its own (a typed ID's name arrives later): that must not wipe out what the
        // tenant answered to the last add, only the admin's next edit does.
        connect(picker, &SearchPicker::changed, this, [this, picker] {
            if (picker == currentPicker() && !(m_showingWriteError && picker->problem().isEmpty()))
                showFieldProblem(picker->searchEdit(), m_ui->ownerError, picker->problem());
        });
        connect(picker->searchEdit(), &QLineEdit::textEdited, this, [this, picker] {
            m_showingWriteError = false;
            if (picker == currentPicker())
                showFieldProblem(picker->searchEdit(), m_ui->ownerError, picker->problem());
        });
    }
    connect(m_controller->roleSlugs(), &RoleSlugs::changed, this, &OwnersPanel::updateRoleSlugChoices);
    updateTargetLabel();
    updateActions();
    updateStatus();
}

OwnersPanel::~OwnersPanel() = default;

const OwnerTarget& OwnersPanel::target() const
{
    return m_controller->target();
}

bool OwnersPanel::hasTarget() const
{
    return m_controller->hasTarget();
}

OwnersModel* OwnersPanel::model() const
{
    return m_controller->model();
}

RoleSlugs* OwnersPanel::roleSlugs() const
{
    return m_controller->roleSlugs();
}

bool OwnersPanel::isListing() const
{
    return m_controller->isListing();
}

bool OwnersPanel::isWriting() const
{
    return m_controller->isWriting();
}

void OwnersPanel::setPendingRefreshInterval(int ms)
{
    m_controller->setPendingRefreshInterval(ms);
}

void OwnersPanel::refresh()
{
    m_controller->refresh();
}

void OwnersPanel::setSession(Session* session)
{
    C1Client* client = session ? session->client() : nullptr;
    m_ui->userPicker->setClient(client);
    m_ui->entitlementPicker->setClient(client);
    m_ui->addBox->hide();
    m_controller->setSession(session);
}

void OwnersPanel::setProfileStore(ProfileStore* store)
{
    m_controller->setProfileStore(store);
}

void OwnersPanel::setTarget(const OwnerTarget& target)
{
    if (!(hasTarget() && target == this->target())) {
        m_ui->userPicker->clear();
        m_ui->entitlementPicker->clear();
        m_showingWriteError = false;
        showFieldProblem(m_ui->userPicker->searchEdit(), m_ui->ownerError, {});
    }
    m_controller->setTarget(target);
}

void OwnersPanel::clearTarget()
{
    m_ui->addBox->hide();
    m_controller->clearTarget();
}

void OwnersPanel::updateTargetLabel()
{
    if (!hasTarget()) {
        m_ui->targetLabel->setText(tr("Choose an app or a resource in the tree."));
        return;
    }
    const QString what = m_controller->targetText();
    m_ui->targetLabel->setText(tr("Owners of %1").arg(what));
}

void OwnersPanel::updateActions()
{
    const QString why = m_controller->whyNotWritable();
    const bool writable = why.isEmpty();
    const bool busy = isWriting();
    m_ui->addButton->setEnabled(writable);
    m_ui->addButton->setToolTip(writable ? tr("Add user or entitlement owners") : why);
    const QList<OwnerRecord> selected = selectedRecords();
    const bool removable = !m_controller->removable(selected).isEmpty();
    m_ui->removeButton->setEnabled(writable && !busy && removable);
    m_ui->removeButton->setToolTip(writable ? tr("Remove the selected owners") : why);
    m_ui->addConfirmButton->setEnabled(writable && !busy);
    m_ui->addConfirmButton->setToolTip(writable ? QString() : why);
    m_ui->addBusyBar->setVisible(busy && m_adding);
    m_ui->refreshButton->setEnabled(m_controller->isConnected() && hasTarget());
    m_copyIdAction->setEnabled(!selected.isEmpty());
    if (!writable)
        m_ui->addBox->hide();
}

void OwnersPanel::updateStatus()
{
    OwnersModel* model = m_controller->model();
    QStringList parts;
    if (isListing())
        parts.append(tr("Listing owners…"));
    if (!m_controller->listError().isEmpty())
        parts.append(m_controller->listError());
    if (hasTarget() && !isListing() && model->hasListed(OwnerKind::User) && model->hasListed(OwnerKind::Entitlement)) {
        parts.append(tr("%n user owner(s)", nullptr, model->ownerCount(OwnerKind::User)) + QStringLiteral(", ")
            + tr("%n entitlement owner(s)", nullptr, model->ownerCount(OwnerKind::Entitlement)) + QLatin1Char('.'));
    }
    if (isWriting())
        parts.append(tr("Writing owner changes…"));
    const int pending = model->pendingCount();
    if (pending > 0)
        parts.append(
            tr("%n change(s) accepted and pending: the tenant can take minutes to list them.", nullptr, pending));
    if (!m_controller->lastMessage().isEmpty())
        parts.append(m_controller->lastMessage());
    if (m_controller->isConnected() && m_controller->profile().readOnly)
        parts.append(tr("Read-only profile."));
    m_ui->statusLabel->setText(parts.join(QLatin1Char(' ')));
}

void OwnersPanel::updateRoleSlugChoices()
{
    const QString typed = m_ui->roleSlugCombo->currentText();
    const QSignalBlocker blocker(m_ui->roleSlugCombo);
    m_ui->roleSlugCombo->clear();
    m_ui->roleSlugCombo->addItems(roleSlugs()->slugs());
    if (!typed.isEmpty())
        m_ui->roleSlugCombo->setCurrentText(typed);
}

SearchPicker* OwnersPanel::currentPicker() const
{
    if (m_ui->kindCombo->currentIndex() == 1)
        return m_ui->entitlementPicker;
    return m_ui->userPicker;
}

void OwnersPanel::showAddForm()
{
    if (!m_controller->canWrite())
        return;
    updateRoleSlugChoices();
    if (m_ui->roleSlugCombo->currentText().isEmpty() && m_ui->roleSlugCombo->count() > 0)
        m_ui->roleSlugCombo->setCurrentIndex(0);
    m_ui->addBox->show();
    currentPicker()->searchEdit()->setFocus();
}

QList<OwnerRecord> OwnersPanel::selectedRecords() const
{
    QList<OwnerRecord> records;
    for (const QModelIndex& index : m_ui->ownersTree->selectionModel()->selectedRows()) {
        if (auto record = model()->recordAt(index))
            records.append(*record);
    }
    return records;
}

void OwnersPanel::copySelectedIds()
{
    QStringList ids;
    for (const OwnerRecord& record : selectedRecords())
        ids.append(model()->idText(record));
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

// The form's own checks (the slug as a path segment, the picker's input), then the controller decides.
void OwnersPanel::addChosen()
{
    if (!m_controller->canWrite() || isWriting())
        return;
    m_showingWriteError = false;
    const OwnerKind kind = m_ui->kindCombo->currentIndex() == 1 ? OwnerKind::Entitlement : OwnerKind::User;
    SearchPicker* picker = currentPicker();
    const QString slug = m_ui->roleSlugCombo->currentText().trimmed();
    const QString slugProblem = RoleSlugs::problem(slug);
    showFieldProblem(m_ui->roleSlugCombo, m_ui->roleSlugError, slugProblem);
    picker->commitTyped();
    QString ownerProblem = picker->problem();
    const QList<SearchPicker::Entry> entries = picker->entries();
    if (ownerProblem.isEmpty() && entries.isEmpty())
        ownerProblem
            = kind == OwnerKind::User ? tr("Choose at least one user.") : tr("Choose at least one entitlement.");
    if (!slugProblem.isEmpty() || !ownerProblem.isEmpty()) {
        showFieldProblem(picker->searchEdit(), m_ui->ownerError, ownerProblem);
        return;
    }
    QList<OwnerRecord> owners;
    for (const SearchPicker::Entry& entry : entries) {
        OwnerRecord record;
        if (kind == OwnerKind::User) {
            record.ref = OwnerRef::user(entry.key);
            if (entry.value.canConvert<User>())
                record.user = entry.value.value<User>();
        } else {
            const qsizetype slash = entry.key.indexOf(QLatin1Char('/'));
            record.ref = OwnerRef::ofEntitlement(entry.key.left(slash), entry.key.mid(slash + 1));
            if (entry.value.canConvert<AppEntitlement>())
                record.entitlement = entry.value.value<AppEntitlement>();
        }
        owners.append(record);
    }
    m_adding = true;
    const QString problem = m_controller->add(slug, owners);
    if (!problem.isEmpty())
        m_adding = false;
    showFieldProblem(picker->searchEdit(), m_ui->ownerError, problem);
    updateActions();
}

void OwnersPanel::removeSelected()
{
    if (!m_controller->canWrite() || isWriting())
        return;
    const QList<OwnerRecord> records = m_controller->removable(selectedRecords());
    if (records.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove owners"), m_controller->removalQuestion(records),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmBox"));
    box->setAccessibleName(tr("Confirm removing owners"));
    box->setInformativeText(m_controller->removalLines(records).join(QLatin1Char('\n')));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->button(QMessageBox::Yes)->setObjectName(QStringLiteral("removeConfirmYes"));
    box->button(QMessageBox::Yes)->setAccessibleName(tr("Remove"));
    box->button(QMessageBox::Cancel)->setObjectName(QStringLiteral("removeConfirmCancel"));
    box->button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, records](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_adding = false;
        m_controller->remove(records); // refused only when not writable or busy, which the button reflects
    });
    box->open();
}

void OwnersPanel::onWriteFinished()
{
    const QStringList errors = m_controller->lastErrors();
    if (m_adding && !errors.isEmpty() && m_ui->addBox->isVisible()) {
        showFieldProblem(currentPicker()->searchEdit(), m_ui->ownerError, errors.join(QLatin1Char('\n')));
        m_showingWriteError = true;
    }
    m_adding = false;
    updateActions();
    updateStatus();
    Q_EMIT writeFinished();
}

} // namespace c1

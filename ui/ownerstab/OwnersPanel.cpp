#include "ownerstab/OwnersPanel.h"

#include "ui_OwnersPanel.h"

#include "api/Paging.h"
#include "api/Session.h"
#include "create/FieldStatus.h"
#include "models/OwnersModel.h"
#include "models/RoleSlugs.h"
#include "settings/ProfileStore.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>

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

QString ownerName(const OwnerRecord& record)
{
    const QString name = record.displayName();
    if (!name.isEmpty())
        return name;
    return record.ref.kind == OwnerKind::User
        ? record.ref.userId
        : record.ref.entitlement.appId + QLatin1Char('/') + record.ref.entitlement.id;
}
} // namespace

OwnersPanel::OwnersPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OwnersPanel>())
    , m_model(new OwnersModel(this))
    , m_roleSlugs(new RoleSlugs(this))
    , m_pendingTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->ownersTree->setModel(m_model);
    m_ui->ownersTree->setItemDelegate(new OwnersDelegate(m_ui->ownersTree));
    m_ui->ownersTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->ownersTree->setColumnWidth(int(OwnersModel::Column::Name), 220);
    m_ui->ownersTree->setColumnWidth(int(OwnersModel::Column::Detail), 200);
    m_ui->userPicker->setMaximum(OwnersModel::maxOwnersPerKind);
    m_ui->entitlementPicker->setMaximum(OwnersModel::maxOwnersPerKind);
    m_ui->roleSlugCombo->lineEdit()->setPlaceholderText(tr("Role slug, e.g. one listed above"));
    m_ui->roleSlugCombo->lineEdit()->setObjectName(QStringLiteral("roleSlugEdit"));
    m_ui->roleSlugCombo->lineEdit()->setAccessibleName(m_ui->roleSlugCombo->accessibleName());
    m_ui->roleSlugCombo->setToolTip(tr("Role slugs found in this tenant's owner lists and used before; you can "
                                       "type another one."));
    m_pendingTimer->setInterval(20000);
    m_pendingTimer->setSingleShot(true);

    connect(m_model, &QAbstractItemModel::rowsInserted, m_ui->ownersTree, [this](const QModelIndex& where) {
        if (!where.isValid())
            m_ui->ownersTree->expandAll();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_ui->ownersTree, &QTreeView::expandAll);
    connect(m_model, &OwnersModel::pendingChanged, this, [this](int pending) {
        if (pending > 0 && m_pendingTimer->interval() > 0 && !m_pendingTimer->isActive())
            m_pendingTimer->start();
        updateStatus();
    });
    connect(m_pendingTimer, &QTimer::timeout, this, [this] {
        if (m_model->pendingCount() > 0 && !isListing())
            refresh();
    });
    connect(
        m_ui->ownersTree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OwnersPanel::updateActions);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OwnersPanel::refresh);
    connect(m_ui->addButton, &QPushButton::clicked, this, &OwnersPanel::showAddForm);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &OwnersPanel::removeSelected);
    connect(m_ui->addConfirmButton, &QPushButton::clicked, this, &OwnersPanel::addChosen);
    connect(m_ui->addCancelButton, &QPushButton::clicked, m_ui->addBox, &QWidget::hide);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->pickerStack->setCurrentIndex(index);
        showFieldProblem(currentPicker()->searchEdit(), m_ui->ownerError, {});
    });
    connect(m_ui->roleSlugCombo, &QComboBox::editTextChanged, this,
        [this] { showFieldProblem(m_ui->roleSlugCombo, m_ui->roleSlugError, {}); });
    for (SearchPicker* picker :
        { static_cast<SearchPicker*>(m_ui->userPicker), static_cast<SearchPicker*>(m_ui->entitlementPicker) }) {
        connect(picker, &SearchPicker::changed, this, [this, picker] {
            if (picker == currentPicker())
                showFieldProblem(picker->searchEdit(), m_ui->ownerError, picker->problem());
        });
    }
    connect(m_roleSlugs, &RoleSlugs::changed, this, &OwnersPanel::updateRoleSlugChoices);
    updateActions();
    updateStatus();
}

OwnersPanel::~OwnersPanel() = default; // calls end silently with their context, this object

const OwnerTarget& OwnersPanel::target() const
{
    return m_target;
}

void OwnersPanel::setPendingRefreshInterval(int ms)
{
    m_pendingTimer->stop();
    m_pendingTimer->setInterval(ms);
}

void OwnersPanel::setSession(Session* session)
{
    if (m_session == session)
        return;
    for (CallHandle& call : m_lists)
        call.abort();
    m_session = session;
    C1Client* client = session ? session->client() : nullptr;
    m_ui->userPicker->setClient(client);
    m_ui->entitlementPicker->setClient(client);
    m_roleSlugs->setProfile(m_store, session ? session->profile().id : QString());
    m_model->clear();
    m_ui->addBox->hide();
    if (m_hasTarget && session)
        refresh();
    updateActions();
    updateStatus();
}

void OwnersPanel::setProfileStore(ProfileStore* store)
{
    m_store = store;
    m_roleSlugs->setProfile(store, m_session ? m_session->profile().id : QString());
}

void OwnersPanel::setTarget(const OwnerTarget& target)
{
    if (m_hasTarget && target == m_target) {
        m_target.displayName = target.displayName;
    } else {
        for (CallHandle& call : m_lists)
            call.abort();
        m_target = target;
        m_hasTarget = true;
        m_model->setTarget(target);
        m_ui->userPicker->clear();
        m_ui->entitlementPicker->clear();
        showFieldProblem(m_ui->userPicker->searchEdit(), m_ui->ownerError, {});
        m_lastMessage.clear();
        refresh();
    }
    const QString name = target.displayName.isEmpty()
        ? (target.kind == OwnerTarget::Kind::App ? target.appId : target.resourceId)
        : target.displayName;
    m_ui->targetLabel->setText(target.kind == OwnerTarget::Kind::App ? tr("Owners of the app %1").arg(name)
                                                                     : tr("Owners of the resource %1").arg(name));
    updateActions();
}

void OwnersPanel::clearTarget()
{
    for (CallHandle& call : m_lists)
        call.abort();
    m_lists.clear();
    m_hasTarget = false;
    m_target = {};
    m_pendingTimer->stop();
    m_model->clear();
    m_ui->addBox->hide();
    m_ui->targetLabel->setText(tr("Choose an app or a resource in the tree."));
    m_listError.clear();
    m_lastMessage.clear();
    updateActions();
    updateStatus();
}

void OwnersPanel::refresh()
{
    if (!m_hasTarget || !m_session)
        return;
    for (CallHandle& call : m_lists)
        call.abort();
    m_lists.clear();
    m_listError.clear();
    listKind(OwnerKind::User);
    listKind(OwnerKind::Entitlement);
    updateActions();
    updateStatus();
}

void OwnersPanel::listKind(OwnerKind kind)
{
    C1Client* client = m_session->client();
    const OwnerTarget target = m_target;
    auto records = std::make_shared<QList<OwnerRecord>>();
    ++m_listsRunning;
    m_lists.append(PageStream<OwnerRecord>::start(
        [client, target, kind](const QString& token, QObject* context, C1Client::Callback<Page<OwnerRecord>> done) {
            return client->listOwners(target, kind, QString(), token, 100, context, std::move(done));
        },
        this, [records](QList<OwnerRecord> rows) { records->append(rows); },
        [this, records, kind, target](const ApiError& error) {
            --m_listsRunning;
            if (!error.isError() && target == m_target) {
                QStringList slugs;
                for (OwnerRecord& record : *records) {
                    record.target = target; // the list rows do not always carry every ID
                    slugs.append(record.roleSlug);
                }
                m_model->setListed(kind, *records);
                m_roleSlugs->discover(slugs);
            } else if (error.kind != ApiError::Kind::Canceled && target == m_target) {
                m_listError = kind == OwnerKind::User
                    ? tr("Could not list the user owners: %1").arg(serverErrorText(error))
                    : tr("Could not list the entitlement owners: %1").arg(serverErrorText(error));
            }
            if (m_listsRunning == 0) {
                if (m_model->pendingCount() > 0 && m_pendingTimer->interval() > 0)
                    m_pendingTimer->start();
                updateActions();
                updateStatus();
                Q_EMIT listed();
            }
        }));
}

bool OwnersPanel::canWrite(QString* why) const
{
    QString reason;
    if (!m_session)
        reason = tr("Not connected to a tenant.");
    else if (m_session->isReadOnly())
        reason = tr("The profile “%1” is read-only: owners cannot be changed.").arg(m_session->profile().name);
    else if (!m_hasTarget)
        reason = tr("Choose an app or a resource first.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void OwnersPanel::updateActions()
{
    QString why;
    const bool writable = canWrite(&why);
    const bool busy = isWriting();
    m_ui->addButton->setEnabled(writable);
    m_ui->addButton->setToolTip(writable ? tr("Add user or entitlement owners") : why);
    bool removable = false;
    for (const OwnerRecord& record : selectedRecords()) {
        removable = removable
            || m_model->stateOf(record.target, record.roleSlug, record.ref) != OwnersModel::State::PendingRemove;
    }
    m_ui->removeButton->setEnabled(writable && !busy && removable);
    m_ui->removeButton->setToolTip(writable ? tr("Remove the selected owners") : why);
    m_ui->addConfirmButton->setEnabled(writable && !busy);
    m_ui->addConfirmButton->setToolTip(writable ? QString() : why);
    m_ui->refreshButton->setEnabled(m_session && m_hasTarget);
    if (!writable)
        m_ui->addBox->hide();
}

void OwnersPanel::updateStatus()
{
    QStringList parts;
    if (isListing())
        parts.append(tr("Listing owners…"));
    if (!m_listError.isEmpty())
        parts.append(m_listError);
    if (m_hasTarget && !isListing() && m_model->hasListed(OwnerKind::User)
        && m_model->hasListed(OwnerKind::Entitlement)) {
        parts.append(tr("%n user owner(s)", nullptr, m_model->ownerCount(OwnerKind::User)) + QStringLiteral(", ")
            + tr("%n entitlement owner(s)", nullptr, m_model->ownerCount(OwnerKind::Entitlement)) + QLatin1Char('.'));
    }
    const int pending = m_model->pendingCount();
    if (pending > 0)
        parts.append(
            tr("%n change(s) accepted and pending: the tenant can take minutes to list them.", nullptr, pending));
    if (!m_lastMessage.isEmpty())
        parts.append(m_lastMessage);
    if (m_session && m_session->isReadOnly())
        parts.append(tr("Read-only profile."));
    m_ui->statusLabel->setText(parts.join(QLatin1Char(' ')));
}

void OwnersPanel::updateRoleSlugChoices()
{
    const QString typed = m_ui->roleSlugCombo->currentText();
    const QSignalBlocker blocker(m_ui->roleSlugCombo);
    m_ui->roleSlugCombo->clear();
    m_ui->roleSlugCombo->addItems(m_roleSlugs->slugs());
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
    if (!canWrite())
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
        if (auto record = m_model->recordAt(index))
            records.append(*record);
    }
    return records;
}

void OwnersPanel::addChosen()
{
    if (!canWrite() || isWriting())
        return;
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

    QList<OwnerRecord> toAdd;
    QStringList already;
    for (const SearchPicker::Entry& entry : entries) {
        OwnerRecord record;
        record.target = m_target;
        record.roleSlug = slug;
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
        if (m_model->isOwner(m_target, slug, record.ref))
            already.append(entry.title.isEmpty() ? entry.key : entry.title);
        else
            toAdd.append(record);
    }
    if (ownerProblem.isEmpty() && !already.isEmpty())
        ownerProblem = tr("Already an owner in the role “%1”: %2.").arg(slug, already.join(QStringLiteral(", ")));
    if (ownerProblem.isEmpty() && m_model->hasListed(kind)) {
        const int now = m_model->ownerCount(kind);
        if (now + toAdd.size() > OwnersModel::maxOwnersPerKind) {
            ownerProblem = (kind == OwnerKind::User
                    ? tr("At most %1 user owners are allowed; there are %2, adding %3 would make %4.")
                    : tr("At most %1 entitlement owners are allowed; there are %2, adding %3 would make %4."))
                               .arg(OwnersModel::maxOwnersPerKind)
                               .arg(now)
                               .arg(toAdd.size())
                               .arg(now + toAdd.size());
        }
    }
    showFieldProblem(picker->searchEdit(), m_ui->ownerError, ownerProblem);
    if (!slugProblem.isEmpty() || !ownerProblem.isEmpty())
        return;

    auto errors = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(toAdd.size()));
    auto added = std::make_shared<int>(0);
    m_writesRunning += int(toAdd.size());
    m_ui->addBusyBar->show();
    updateActions();
    C1Client* client = m_session->client();
    for (const OwnerRecord& wanted : toAdd) {
        auto accepted = [this, wanted, picker, slug, added](OwnerRecord record) {
            // Keep what the answer lacks (the list rows of the picker have names and emails).
            record.target = wanted.target;
            record.roleSlug = record.roleSlug.isEmpty() ? wanted.roleSlug : record.roleSlug;
            record.ref = wanted.ref;
            if (!record.user)
                record.user = wanted.user;
            if (!record.entitlement)
                record.entitlement = wanted.entitlement;
            m_model->markAdded(record);
            m_roleSlugs->remember(slug);
            picker->removeKey(wanted.ref.kind == OwnerKind::User
                    ? wanted.ref.userId
                    : wanted.ref.entitlement.appId + QLatin1Char('/') + wanted.ref.entitlement.id);
            ++*added;
        };
        auto finishOne = [this, remaining, errors, added] {
            --m_writesRunning;
            if (--*remaining == 0)
                finishWrite(*errors, tr("%n owner(s) added.", nullptr, *added));
        };
        client->addOwner(wanted.target, slug, wanted.ref, this,
            [this, wanted, slug, errors, accepted, finishOne, client](Result<OwnerRecord> result) {
                if (result) {
                    accepted(result.takeValue());
                    finishOne();
                    return;
                }
                const ApiError error = result.error();
                if (!error.isAmbiguous()) {
                    errors->append(tr("%1: %2").arg(ownerName(wanted), serverErrorText(error)));
                    finishOne();
                    return;
                }
                // The add may or may not have reached the tenant: read it back instead of sending it again.
                client->getOwner(wanted.target, slug, wanted.ref, this,
                    [this, wanted, error, errors, accepted, finishOne](Result<OwnerRecord> check) {
                        if (check)
                            accepted(check.takeValue());
                        else
                            errors->append(tr("%1: %2 It is not known whether the tenant added this owner; it may "
                                              "show after a refresh.")
                                               .arg(ownerName(wanted), serverErrorText(error)));
                        finishOne();
                    });
            });
    }
}

void OwnersPanel::removeSelected()
{
    if (!canWrite() || isWriting())
        return;
    QList<OwnerRecord> records;
    for (const OwnerRecord& record : selectedRecords()) {
        if (m_model->stateOf(record.target, record.roleSlug, record.ref) != OwnersModel::State::PendingRemove)
            records.append(record);
    }
    if (records.isEmpty())
        return;
    QStringList names;
    for (const OwnerRecord& record : records)
        names.append(tr("%1 (role %2)").arg(ownerName(record), record.roleSlug));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove owners"),
        tr("Remove %n owner(s)?", nullptr, int(records.size())), QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmBox"));
    box->setAccessibleName(tr("Confirm removing owners"));
    box->setInformativeText(names.join(QLatin1Char('\n')));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->button(QMessageBox::Yes)->setObjectName(QStringLiteral("removeConfirmYes"));
    box->button(QMessageBox::Yes)->setAccessibleName(tr("Remove"));
    box->button(QMessageBox::Cancel)->setObjectName(QStringLiteral("removeConfirmCancel"));
    box->button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, records](int result) {
        if (result == QMessageBox::Yes)
            removeRecords(records);
    });
    box->open();
}

void OwnersPanel::removeRecords(const QList<OwnerRecord>& records)
{
    if (!canWrite() || records.isEmpty())
        return;
    auto errors = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(records.size()));
    auto removed = std::make_shared<int>(0);
    m_writesRunning += int(records.size());
    updateActions();
    for (const OwnerRecord& record : records) {
        m_session->client()->removeOwner(record.target, record.roleSlug, record.ref, this,
            [this, record, errors, remaining, removed](Result<Empty> result) {
                if (result || result.error().httpStatus == 404) { // 404: already gone
                    m_model->markRemoved(record.target, record.roleSlug, record.ref);
                    ++*removed;
                } else {
                    errors->append(tr("%1: %2").arg(ownerName(record), serverErrorText(result.error())));
                }
                --m_writesRunning;
                if (--*remaining == 0)
                    finishWrite(*errors, tr("%n owner(s) removed.", nullptr, *removed));
            });
    }
}

void OwnersPanel::finishWrite(const QStringList& errors, const QString& doneText)
{
    m_ui->addBusyBar->hide();
    m_lastMessage = errors.isEmpty() ? doneText : errors.join(QLatin1Char('\n'));
    if (!errors.isEmpty() && m_ui->addBox->isVisible())
        showFieldProblem(currentPicker()->searchEdit(), m_ui->ownerError, errors.join(QLatin1Char('\n')));
    updateActions();
    updateStatus();
    Q_EMIT ownersChanged(m_target);
    Q_EMIT writeFinished();
}

} // namespace c1

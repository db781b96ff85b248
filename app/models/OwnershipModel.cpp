#include "models/OwnershipModel.h"

#include "models/CsvWriter.h"
#include "owners/BulkTypes.h"
#include "owners/OwnerRules.h"

#include <QIODevice>
#include <QSet>

using namespace Qt::StringLiterals;

namespace c1 {

QStringList OwnershipItem::rolesOf(const QString& userId) const
{
    QStringList roles;
    for (auto it = ownersByRole.cbegin(); it != ownersByRole.cend(); ++it) {
        for (const User& user : it.value()) {
            if (user.id == userId) {
                roles << it.key();
                break;
            }
        }
    }
    return roles; // QMap: sorted
}

bool OwnershipItem::isOwner(const QString& role, const QString& userId) const
{
    const QList<User> owners = ownersByRole.value(role);
    return std::any_of(owners.cbegin(), owners.cend(), [&](const User& u) { return u.id == userId; });
}

bool OwnershipItem::isAnyRoleOwner(const QString& userId) const
{
    for (auto it = ownersByRole.cbegin(); it != ownersByRole.cend(); ++it) {
        if (isOwner(it.key(), userId))
            return true;
    }
    return false;
}

bool OwnershipItem::isSoleOwner(const QString& role, const QString& userId) const
{
    const QList<User> owners = ownersByRole.value(role);
    return std::none_of(owners.cbegin(), owners.cend(), [&](const User& u) { return u.id != userId; });
}

bool OwnershipItem::hasEnabledOtherOwner(const QString& userId) const
{
    for (const QList<User>& owners : ownersByRole) {
        for (const User& user : owners) {
            if (user.id != userId && user.isEnabled())
                return true;
        }
    }
    return false;
}

int OwnershipItem::userOwnerCount() const
{
    QSet<QString> ids;
    for (const QList<User>& owners : ownersByRole) {
        for (const User& user : owners)
            ids.insert(user.id);
    }
    return int(ids.size());
}

QString OwnershipItem::managedBy() const
{
    return annotations.value(u"managed_by"_s);
}

QString OwnershipItem::kindText() const
{
    switch (target.kind) {
    case OwnerTarget::Kind::App:
        break;
    case OwnerTarget::Kind::Resource:
        return OwnershipModel::tr("Resource");
    case OwnerTarget::Kind::Entitlement:
        return OwnershipModel::tr("Entitlement");
    }
    return OwnershipModel::tr("App");
}

OwnershipModel::OwnershipModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void OwnershipModel::setUserId(const QString& userId)
{
    clear();
    m_userId = userId;
}

void OwnershipModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_index.clear();
    endResetModel();
}

int OwnershipModel::append(const QList<OwnershipItem>& items)
{
    QList<OwnershipItem> fresh;
    for (const OwnershipItem& item : items) {
        if (!m_index.contains(item.target.key()))
            fresh << item;
    }
    const int first = int(m_items.size());
    if (fresh.isEmpty())
        return first;
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const OwnershipItem& item : std::as_const(fresh)) {
        m_index.insert(item.target.key(), int(m_items.size()));
        m_items << item;
    }
    endInsertRows();
    return first;
}

void OwnershipModel::update(int row, const OwnershipItem& item)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int OwnershipModel::indexOf(const QString& targetKey) const
{
    return m_index.value(targetKey, -1);
}

int OwnershipModel::countIn(OwnershipItem::State state) const
{
    return int(std::count_if(
        m_items.cbegin(), m_items.cend(), [state](const OwnershipItem& item) { return item.state == state; }));
}

int OwnershipModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OwnershipModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString OwnershipModel::notesText(const OwnershipItem& item) const
{
    switch (item.state) {
    case OwnershipItem::State::Loading:
        return tr("reading its owners…");
    case OwnershipItem::State::Failed:
        return tr("owners not read: %1").arg(item.error);
    case OwnershipItem::State::Gone:
        return tr("no longer exists");
    case OwnershipItem::State::Ready:
        break;
    }
    QStringList notes;
    if (item.rolesOf(m_userId).isEmpty())
        notes << tr("not in its owner list yet (lists can lag)");
    if (!item.hasEnabledOtherOwner(m_userId))
        notes << tr("no other enabled owner");
    if (!item.managedBy().isEmpty())
        notes << tr("managed by %1").arg(item.managedBy());
    if (item.immutableUserIds.contains(m_userId))
        notes << tr("connector-managed owner");
    if (item.userOwnerCount() >= ownerRules::maxOwnersPerKind)
        notes << tr("at the owner limit");
    return notes.join(u"; "_s);
}

QVariant OwnershipModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OwnershipItem& item = m_items.at(index.row());
    const auto column = Column(index.column());
    if (role == StateRole)
        return int(item.state);
    if (role == TargetKeyRole)
        return item.target.key();
    if (role == Qt::ToolTipRole) {
        if (column == Column::Object || column == Column::App)
            return item.target.key();
        if (column == Column::Notes)
            return notesText(item);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool ready = item.state == OwnershipItem::State::Ready;
    switch (column) {
    case Column::Kind:
        return item.kindText();
    case Column::App:
        return item.entry.appDisplayName.isEmpty() ? item.target.appId : item.entry.appDisplayName;
    case Column::Object:
        return targetLabel(item.target);
    case Column::Roles: {
        const QStringList roles = item.rolesOf(m_userId);
        return ready && roles.isEmpty() ? tr("unknown") : roles.join(u", "_s);
    }
    case Column::SoleOwner: {
        if (!ready)
            return QString();
        QStringList sole;
        for (const QString& r : item.rolesOf(m_userId)) {
            if (item.isSoleOwner(r, m_userId))
                sole << r;
        }
        if (role == SortRole)
            return int(sole.size());
        return sole.isEmpty() ? tr("no") : tr("yes (%1)").arg(sole.join(u", "_s));
    }
    case Column::Owners:
        if (!ready)
            return role == SortRole ? QVariant(-1) : QVariant(QString());
        return role == SortRole ? QVariant(item.userOwnerCount()) : QVariant(QString::number(item.userOwnerCount()));
    case Column::Notes:
        return notesText(item);
    case Column::Count:
        break;
    }
    return {};
}

QVariant OwnershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Kind:
        return tr("Kind");
    case Column::App:
        return tr("App");
    case Column::Object:
        return tr("Object");
    case Column::Roles:
        return tr("Role");
    case Column::SoleOwner:
        return tr("Only owner");
    case Column::Owners:
        return tr("User owners");
    case Column::Notes:
        return tr("Notes");
    case Column::Count:
        break;
    }
    return {};
}

void OwnershipModel::writeCsv(QIODevice* device) const
{
    CsvWriter csv(device);
    csv.line({ u"kind"_s, u"app_id"_s, u"app_name"_s, u"object_id"_s, u"object_name"_s, u"target_key"_s, u"role"_s,
        u"only_owner"_s, u"user_owners"_s, u"other_enabled_owner"_s, u"managed_by"_s, u"state"_s, u"notes"_s });
    for (const OwnershipItem& item : m_items) {
        const QString kind = item.target.kind == OwnerTarget::Kind::App ? u"app"_s
            : item.target.kind == OwnerTarget::Kind::Resource           ? u"resource"_s
                                                                        : u"entitlement"_s;
        const QString objectId = item.target.kind == OwnerTarget::Kind::App ? item.target.appId
            : item.target.kind == OwnerTarget::Kind::Resource               ? item.target.resourceId
                                                                            : item.target.entitlementId;
        const QString state = item.state == OwnershipItem::State::Ready ? u"ready"_s
            : item.state == OwnershipItem::State::Failed                ? u"failed"_s
            : item.state == OwnershipItem::State::Gone                  ? u"gone"_s
                                                                        : u"loading"_s;
        QStringList roles = item.rolesOf(m_userId);
        if (roles.isEmpty())
            roles << QString();
        for (const QString& r : std::as_const(roles)) {
            const bool known = item.state == OwnershipItem::State::Ready;
            csv.line({ kind, item.target.appId, item.entry.appDisplayName, objectId, targetLabel(item.target),
                item.target.key(), r,
                known && !r.isEmpty() ? (item.isSoleOwner(r, m_userId) ? u"yes"_s : u"no"_s) : QString(),
                known ? QString::number(item.userOwnerCount()) : QString(),
                known ? (item.hasEnabledOtherOwner(m_userId) ? u"yes"_s : u"no"_s) : QString(), item.managedBy(), state,
                item.state == OwnershipItem::State::Failed ? item.error : QString() });
        }
    }
}

} // namespace c1

#include "models/OwnersModel.h"

#include "models/OwnerNames.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace c1 {

namespace {
QString rowKey(const QString& slug, const QString& ownerKey)
{
    return slug + QLatin1Char('\n') + ownerKey;
}

bool containsOwner(const QList<OwnerRecord>& records, const QString& slug, const OwnerRef& owner)
{
    return std::any_of(
        records.cbegin(), records.cend(), [&](const OwnerRecord& r) { return r.roleSlug == slug && r.ref == owner; });
}
} // namespace

OwnersModel::OwnersModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void OwnersModel::setNames(OwnerNames* names)
{
    if (m_names == names)
        return;
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_names = names;
    if (names) {
        connect(names, &OwnerNames::changed, this, &OwnersModel::namesChanged);
        names->request(currentOwners());
    }
    namesChanged();
}

void OwnersModel::namesChanged()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const int rows = int(m_groups.at(g).rows.size());
        if (rows > 0) {
            const QModelIndex parent = index(g, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, int(Column::Count) - 1, parent));
        }
    }
}

QString OwnersModel::appNameOf(const QString& appId) const
{
    if (m_hasTarget && appId == m_target.appId && m_target.kind == OwnerTarget::Kind::App
        && !m_target.displayName.isEmpty())
        return m_target.displayName;
    return m_names ? m_names->appName(appId) : QString();
}

QString OwnersModel::nameOf(const OwnerRecord& record) const
{
    if (record.ref.kind == OwnerKind::User) {
        if (record.user) {
            const QString name = record.displayName();
            if (!name.isEmpty() && name != record.ref.userId)
                return name;
        }
        return m_names ? m_names->userName(record.ref.userId) : QString();
    }
    if (record.entitlement) {
        const QString name = record.displayName();
        if (!name.isEmpty() && name != record.ref.entitlement.id)
            return name;
    }
    return m_names ? m_names->entitlementName(record.ref.entitlement) : QString();
}

QString OwnersModel::idText(const OwnerRecord& record) const
{
    return record.ref.kind == OwnerKind::User
        ? record.ref.userId
        : record.ref.entitlement.appId + QLatin1Char('/') + record.ref.entitlement.id;
}

QString OwnersModel::ownerText(const OwnerRecord& record) const
{
    const QString name = nameOf(record);
    if (record.ref.kind == OwnerKind::User)
        return name.isEmpty() ? record.ref.userId : name;
    const QString app = appNameOf(record.ref.entitlement.appId);
    return tr("%1 — %2", "entitlement — app")
        .arg(name.isEmpty() ? record.ref.entitlement.id : name, app.isEmpty() ? record.ref.entitlement.appId : app);
}

QString OwnersModel::toolTipOf(const Row& row) const
{
    const OwnerRecord& r = row.record;
    QString ids;
    if (r.ref.kind == OwnerKind::User) {
        ids = tr("User ID: %1").arg(r.ref.userId);
    } else {
        const QString app = appNameOf(r.ref.entitlement.appId);
        ids = tr("Entitlement ID: %1").arg(r.ref.entitlement.id) + QLatin1Char('\n')
            + (app.isEmpty() ? tr("App ID: %1").arg(r.ref.entitlement.appId)
                             : tr("App: %1 (ID %2)").arg(app, r.ref.entitlement.appId));
    }
    if (row.state == State::Confirmed)
        return ids;
    return tr("The tenant accepted this change at %1. Owner lists can take minutes to show it; it is not sent "
              "again.")
               .arg(QLocale().toString(row.acceptedAt.toLocalTime().time(), QLocale::ShortFormat))
        + QLatin1Char('\n') + ids;
}

QList<OwnerRecord> OwnersModel::currentOwners() const
{
    QList<OwnerRecord> records;
    for (const Group& group : m_groups) {
        for (const Row& row : group.rows) {
            if (row.state != State::PendingRemove)
                records.append(row.record);
        }
    }
    return records;
}

QString OwnersModel::pendingKey(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner)
{
    return target.key() + QLatin1Char('|') + roleSlug + QLatin1Char('|') + owner.key();
}

void OwnersModel::setTarget(const OwnerTarget& target)
{
    if (m_hasTarget && target == m_target)
        return;
    beginResetModel();
    m_groups.clear();
    m_listed.clear();
    m_target = target;
    m_hasTarget = true;
    endResetModel();
    reconcile();
    Q_EMIT pendingChanged(pendingCount());
}

void OwnersModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_listed.clear();
    m_target = {};
    m_hasTarget = false;
    endResetModel();
    Q_EMIT pendingChanged(0);
}

bool OwnersModel::hasListed(OwnerKind kind) const
{
    return m_listed.contains(int(kind));
}

void OwnersModel::setListed(OwnerKind kind, const QList<OwnerRecord>& records)
{
    if (!m_hasTarget)
        return;
    QList<OwnerRecord> mine;
    mine.reserve(records.size());
    for (const OwnerRecord& record : records) {
        if (record.ref.kind == kind)
            mine.append(record);
    }
    m_listed.insert(int(kind), mine);
    if (m_names)
        m_names->request(mine);
    const int before = pendingCount();
    reconcile();
    if (pendingCount() != before)
        Q_EMIT pendingChanged(pendingCount());
}

void OwnersModel::markAdded(const OwnerRecord& record)
{
    if (m_names)
        m_names->request({ record });
    const QString key = pendingKey(record.target, record.roleSlug, record.ref);
    const bool current = m_hasTarget && record.target == m_target;
    if (current && containsOwner(m_listed.value(int(record.ref.kind)), record.roleSlug, record.ref)) {
        m_pending.remove(key); // already visible (perhaps a pending removal that the server undid)
    } else {
        m_pending.insert(key, Pending { record, State::PendingAdd, QDateTime::currentDateTimeUtc() });
    }
    if (current) {
        reconcile();
        Q_EMIT pendingChanged(pendingCount());
    }
}

void OwnersModel::markRemoved(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner)
{
    const QString key = pendingKey(target, roleSlug, owner);
    const bool current = m_hasTarget && target == m_target;
    const auto pending = m_pending.constFind(key);
    const bool listed = current && containsOwner(m_listed.value(int(owner.kind)), roleSlug, owner);
    if (pending != m_pending.cend() && pending->state == State::PendingAdd && !listed) {
        m_pending.remove(key); // never became visible: nothing left to confirm
    } else {
        OwnerRecord record;
        if (pending != m_pending.cend()) {
            record = pending->record;
        } else {
            for (const OwnerRecord& r : m_listed.value(int(owner.kind))) {
                if (r.roleSlug == roleSlug && r.ref == owner)
                    record = r;
            }
            record.target = target;
            record.roleSlug = roleSlug;
            record.ref = owner;
        }
        m_pending.insert(key, Pending { record, State::PendingRemove, QDateTime::currentDateTimeUtc() });
    }
    if (current) {
        reconcile();
        Q_EMIT pendingChanged(pendingCount());
    }
}

std::optional<OwnersModel::State> OwnersModel::stateOf(
    const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner) const
{
    const auto pending = m_pending.constFind(pendingKey(target, roleSlug, owner));
    if (pending != m_pending.cend())
        return pending->state;
    if (m_hasTarget && target == m_target && containsOwner(m_listed.value(int(owner.kind)), roleSlug, owner))
        return State::Confirmed;
    return std::nullopt;
}

bool OwnersModel::isOwner(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner) const
{
    const auto state = stateOf(target, roleSlug, owner);
    return state && *state != State::PendingRemove;
}

int OwnersModel::ownerCount(OwnerKind kind) const
{
    int count = 0;
    for (const Group& group : m_groups) {
        for (const Row& row : group.rows) {
            if (row.record.ref.kind == kind && row.state != State::PendingRemove)
                ++count;
        }
    }
    return count;
}

int OwnersModel::pendingCount() const
{
    if (!m_hasTarget)
        return 0;
    const QString prefix = m_target.key() + QLatin1Char('|');
    int count = 0;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.key().startsWith(prefix))
            ++count;
    }
    return count;
}

QStringList OwnersModel::roleSlugs() const
{
    QStringList slugs;
    for (const Group& group : m_groups)
        slugs.append(group.slug);
    return slugs;
}

std::optional<OwnerRecord> OwnersModel::recordAt(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !index.parent().isValid())
        return std::nullopt;
    const int gi = groupIndexById(index.internalId());
    if (gi < 0)
        return std::nullopt;
    return m_groups.at(gi).rows.at(index.row()).record;
}

// Drops pending changes that a complete list confirms, then brings the rows in line with listed + pending.
void OwnersModel::reconcile()
{
    if (!m_hasTarget)
        return;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const OwnerRecord& r = it->record;
        const int kind = int(r.ref.kind);
        if (r.target == m_target && m_listed.contains(kind)) {
            const bool listed = containsOwner(m_listed.value(kind), r.roleSlug, r.ref);
            if ((it->state == State::PendingAdd && listed) || (it->state == State::PendingRemove && !listed)) {
                it = m_pending.erase(it);
                continue;
            }
        }
        ++it;
    }

    const QList<Row> desired = desiredRows();
    QSet<QString> wanted;
    for (const Row& row : desired)
        wanted.insert(rowKey(row.record.roleSlug, row.record.ref.key()));
    QList<std::pair<QString, QString>> stale;
    for (const Group& group : std::as_const(m_groups)) {
        for (const Row& row : group.rows) {
            if (!wanted.contains(rowKey(group.slug, row.record.ref.key())))
                stale.append({ group.slug, row.record.ref.key() });
        }
    }
    for (const auto& [slug, ownerKey] : stale)
        dropRow(slug, ownerKey);
    for (const Row& row : desired)
        applyRow(row);
}

QList<OwnersModel::Row> OwnersModel::desiredRows() const
{
    QList<Row> rows;
    QHash<QString, int> at;
    for (auto kind = m_listed.cbegin(); kind != m_listed.cend(); ++kind) {
        for (const OwnerRecord& record : kind.value()) {
            const QString key = rowKey(record.roleSlug, record.ref.key());
            if (at.contains(key))
                continue; // a repeated row across pages
            at.insert(key, int(rows.size()));
            rows.append(Row { record, State::Confirmed, {} });
        }
    }
    for (const Pending& pending : m_pending) {
        if (!(pending.record.target == m_target))
            continue;
        const QString key = rowKey(pending.record.roleSlug, pending.record.ref.key());
        const auto existing = at.constFind(key);
        if (existing != at.cend()) {
            rows[*existing].state = pending.state;
            rows[*existing].acceptedAt = pending.acceptedAt;
        } else if (pending.state == State::PendingAdd) {
            at.insert(key, int(rows.size()));
            rows.append(Row { pending.record, pending.state, pending.acceptedAt });
        }
    }
    return rows;
}

int OwnersModel::groupIndex(const QString& slug) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).slug == slug)
            return i;
    }
    return -1;
}

int OwnersModel::groupIndexById(quintptr id) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id == id)
            return i;
    }
    return -1;
}

int OwnersModel::rowIndex(const Group& group, const QString& ownerKey)
{
    for (int i = 0; i < group.rows.size(); ++i) {
        if (group.rows.at(i).record.ref.key() == ownerKey)
            return i;
    }
    return -1;
}

QString OwnersModel::sortName(const OwnerRecord& record)
{
    const QString name = record.displayName();
    return (name.isEmpty() ? record.ref.key() : name).toCaseFolded();
}

void OwnersModel::applyRow(const Row& row)
{
    const QString& slug = row.record.roleSlug;
    int gi = groupIndex(slug);
    if (gi < 0) {
        gi = 0;
        while (gi < m_groups.size() && m_groups.at(gi).slug < slug)
            ++gi;
        beginInsertRows(QModelIndex(), gi, gi);
        m_groups.insert(gi, Group { m_nextGroupId++, slug, {} });
        endInsertRows();
    }
    Group& group = m_groups[gi];
    const QModelIndex parent = createIndex(gi, 0, quintptr(0));
    const int ri = rowIndex(group, row.record.ref.key());
    if (ri >= 0) {
        Row& old = group.rows[ri];
        const bool changed = old.state != row.state || old.record.displayName() != row.record.displayName()
            || (row.record.user.has_value() && (!old.record.user || old.record.user->email != row.record.user->email));
        old = row;
        if (changed)
            Q_EMIT dataChanged(index(ri, 0, parent), index(ri, int(Column::Count) - 1, parent));
        return;
    }
    const QString name = sortName(row.record);
    int pos = 0;
    while (pos < group.rows.size() && sortName(group.rows.at(pos).record) <= name)
        ++pos;
    beginInsertRows(parent, pos, pos);
    group.rows.insert(pos, row);
    endInsertRows();
    Q_EMIT dataChanged(index(gi, 0), index(gi, int(Column::Count) - 1));
}

void OwnersModel::dropRow(const QString& slug, const QString& ownerKey)
{
    const int gi = groupIndex(slug);
    if (gi < 0)
        return;
    const int ri = rowIndex(m_groups.at(gi), ownerKey);
    if (ri < 0)
        return;
    beginRemoveRows(index(gi, 0), ri, ri);
    m_groups[gi].rows.removeAt(ri);
    endRemoveRows();
    if (m_groups.at(gi).rows.isEmpty()) {
        beginRemoveRows(QModelIndex(), gi, gi);
        m_groups.removeAt(gi);
        endRemoveRows();
    } else {
        Q_EMIT dataChanged(index(gi, 0), index(gi, int(Column::Count) - 1));
    }
}

QModelIndex OwnersModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= int(Column::Count) || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    const Group& group = m_groups.at(parent.row());
    return row < group.rows.size() ? createIndex(row, column, group.id) : QModelIndex();
}

QModelIndex OwnersModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int gi = groupIndexById(child.internalId());
    return gi < 0 ? QModelIndex() : createIndex(gi, 0, quintptr(0));
}

int OwnersModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int OwnersModel::columnCount(const QModelIndex&) const
{
    return int(Column::Count);
}

QVariant OwnersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto column = Column(index.column());
    if (index.internalId() == 0) {
        const Group& group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (column == Column::Name)
                return group.slug;
            if (column == Column::Detail)
                return tr("%n owner(s)", nullptr, int(group.rows.size()));
            return {};
        case SortRole:
            return column == Column::Name ? QVariant(group.slug) : QVariant(group.rows.size());
        case RoleSlugRole:
            return group.slug;
        case IsGroupRole:
            return true;
        case Qt::ToolTipRole:
            return tr("Role “%1”").arg(group.slug);
        default:
            return {};
        }
    }
    const int gi = groupIndexById(index.internalId());
    if (gi < 0)
        return {};
    const Row& row = m_groups.at(gi).rows.at(index.row());
    const OwnerRecord& r = row.record;
    const bool isUser = r.ref.kind == OwnerKind::User;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case Column::Name: {
            if (role == SortRole)
                return sortName(r);
            const QString name = nameOf(r);
            return name.isEmpty() ? (isUser ? r.ref.userId : r.ref.entitlement.id) : name;
        }
        case Column::Detail: {
            if (isUser)
                return r.user ? r.user->email : QString();
            const QString app = appNameOf(r.ref.entitlement.appId);
            return app.isEmpty() ? r.ref.entitlement.appId : app;
        }
        case Column::Id:
            return idText(r);
        case Column::State:
            if (role == SortRole)
                return int(row.state);
            switch (row.state) {
            case State::Confirmed:
                return isUser ? tr("User owner") : tr("Entitlement owner");
            case State::PendingAdd:
                return tr("Added, pending");
            case State::PendingRemove:
                return tr("Removed, pending");
            }
            return {};
        case Column::Count:
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        return toolTipOf(row);
    case StateRole:
        return int(row.state);
    case KindRole:
        return int(r.ref.kind);
    case RoleSlugRole:
        return r.roleSlug;
    case OwnerKeyRole:
        return r.ref.key();
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant OwnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Owner");
    case Column::Detail:
        return tr("Email / app");
    case Column::Id:
        return tr("ID");
    case Column::State:
        return tr("State");
    case Column::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> OwnersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StateRole, "ownerState");
    names.insert(KindRole, "ownerKind");
    names.insert(RoleSlugRole, "roleSlug");
    names.insert(OwnerKeyRole, "ownerKey");
    names.insert(IsGroupRole, "isGroup");
    names.insert(SortRole, "sortKey");
    return names;
}

} // namespace c1

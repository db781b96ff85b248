#include "models/BulkRowsModel.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace c1 {

BulkRowsModel::BulkRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BulkRowsModel::setContext(
    const QList<OwnerTarget>& targets, OwnerKind kind, BulkOperation operation, const QString& role)
{
    m_targets = targets;
    m_kind = kind;
    m_operation = operation;
    m_role = role;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void BulkRowsModel::setRows(QList<BulkRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    recount();
}

void BulkRowsModel::setRow(int row, const BulkRow& value)
{
    if (row < 0 || row >= m_rows.size())
        return;
    BulkRow& old = m_rows[row];
    --m_counts[size_t(old.status)];
    if (old.checked)
        --m_checkedCounts[size_t(old.status)];
    old = value;
    ++m_counts[size_t(value.status)];
    if (value.checked)
        ++m_checkedCounts[size_t(value.status)];
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    Q_EMIT countsChanged();
}

void BulkRowsModel::setCheckable(bool checkable)
{
    if (m_checkable == checkable)
        return;
    m_checkable = checkable;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void BulkRowsModel::recount()
{
    m_counts.fill(0);
    m_checkedCounts.fill(0);
    for (const BulkRow& row : std::as_const(m_rows)) {
        ++m_counts[size_t(row.status)];
        if (row.checked)
            ++m_checkedCounts[size_t(row.status)];
    }
    Q_EMIT countsChanged();
}

int BulkRowsModel::count(RowStatus status, bool onlyChecked) const
{
    return onlyChecked ? m_checkedCounts[size_t(status)] : m_counts[size_t(status)];
}

QString BulkRowsModel::callText(const BulkRow& row) const
{
    if (row.target < 0 || row.target >= m_targets.size() || !makesCall(row.status))
        return {};
    return ownerCallMethod(m_operation) + u' ' + ownerCallPath(m_targets[row.target], m_kind, m_role, row.owner);
}

QString BulkRowsModel::ownerText(const BulkRow& row) const
{
    if (row.status == RowStatus::Ambiguous) {
        QStringList names;
        for (const UserCandidate& c : row.candidates)
            names << c.name;
        return tr("one of: %1").arg(names.join(u", "_s));
    }
    if (!row.ownerName.isEmpty() && !row.ownerEmail.isEmpty())
        return row.ownerName + u" <"_s + row.ownerEmail + u'>';
    if (!row.ownerName.isEmpty())
        return row.ownerName;
    return row.ownerEmail;
}

QString BulkRowsModel::detailsText(const BulkRow& row) const
{
    if (row.requestId.isEmpty())
        return row.message;
    return tr("%1 (request-id: %2)").arg(row.message, row.requestId);
}

int BulkRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant BulkRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkRow& row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Line:
            return row.line;
        case Column::Input:
            return row.input;
        case Column::Owner:
            return ownerText(row);
        case Column::Target:
            return row.target < m_targets.size() ? targetLabel(m_targets.at(row.target)) : QString();
        case Column::Status:
            return rowStatusText(row.status);
        case Column::Details:
            return detailsText(row);
        case Column::Call:
            return callText(row);
        case Column::Count:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Column::Line:
            return row.line;
        case Column::Status:
            return int(row.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case StatusRole:
        return int(row.status);
    case RequestIdRole:
        return row.requestId;
    case Qt::CheckStateRole:
        if (column == Column::Line)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        break;
    default:
        break;
    }
    return {};
}

bool BulkRowsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::CheckStateRole || Column(index.column()) != Column::Line || !m_checkable)
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    BulkRow& row = m_rows[index.row()];
    if (row.checked == checked)
        return true;
    row.checked = checked;
    m_checkedCounts[size_t(row.status)] += checked ? 1 : -1;
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT rowCheckedChanged(index.row(), checked);
    Q_EMIT countsChanged();
    return true;
}

Qt::ItemFlags BulkRowsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_checkable && Column(index.column()) == Column::Line)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant BulkRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Line:
        return tr("Line");
    case Column::Input:
        return tr("Input");
    case Column::Owner:
        return m_kind == OwnerKind::User ? tr("User") : tr("Entitlement");
    case Column::Target:
        return tr("Target");
    case Column::Status:
        return tr("Status");
    case Column::Details:
        return tr("Details");
    case Column::Call:
        return tr("Call");
    case Column::Count:
        break;
    }
    return {};
}

QString BulkRowsModel::csvField(const QString& value)
{
    QString v = value;
    // A spreadsheet would run a cell that starts like a formula.
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'@'))
        v.prepend(u'\'');
    if (v.contains(u'"') || v.contains(u',') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u';')
        || v.startsWith(u' ') || v.endsWith(u' '))
        return u'"' + QString(v).replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

void BulkRowsModel::writeCsv(QIODevice* device) const
{
    auto line = [device](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& f : fields)
            quoted << csvField(f);
        device->write(QString(quoted.join(u',') + u"\r\n"_s).toUtf8());
    };
    device->write("\xEF\xBB\xBF"); // so spreadsheets read UTF-8
    line({ u"line"_s, u"input"_s, u"owner_kind"_s, u"owner_id"_s, u"owner_name"_s, u"owner_email"_s, u"target"_s,
        u"target_key"_s, u"status"_s, u"message"_s, u"request_id"_s, u"method"_s, u"path"_s });
    for (const BulkRow& row : m_rows) {
        const OwnerTarget target = row.target < m_targets.size() ? m_targets.at(row.target) : OwnerTarget {};
        const QString ownerId = row.owner.kind == OwnerKind::User
            ? row.owner.userId
            : (row.owner.entitlement.id.isEmpty() ? QString()
                                                  : row.owner.entitlement.appId + u'/' + row.owner.entitlement.id);
        const bool hasOwner = !ownerId.isEmpty();
        line({ QString::number(row.line), row.input,
            hasOwner ? (row.owner.kind == OwnerKind::User ? u"user"_s : u"entitlement"_s) : QString(), ownerId,
            row.ownerName, row.ownerEmail, targetLabel(target), target.key(), rowStatusKey(row.status), row.message,
            row.requestId, hasOwner ? ownerCallMethod(m_operation) : QString(),
            hasOwner ? ownerCallPath(target, m_kind, m_role, row.owner) : QString() });
    }
}

BulkRowsFilterModel::BulkRowsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BulkRowsModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortLocaleAware(true);
}

void BulkRowsFilterModel::setStatusGroup(StatusGroup group)
{
    if (m_group == group)
        return;
    m_group = group;
    invalidateFilter();
}

bool BulkRowsFilterModel::inGroup(RowStatus status, StatusGroup group)
{
    switch (group) {
    case StatusGroup::All:
        return true;
    case StatusGroup::ToWrite:
        return status == RowStatus::Ready || status == RowStatus::Sending || status == RowStatus::Verifying;
    case StatusGroup::NoChange:
        return status == RowStatus::NoOp || status == RowStatus::AlreadyDone;
    case StatusGroup::Problems:
        return status == RowStatus::Invalid || status == RowStatus::WrongKind || status == RowStatus::UnknownUser
            || status == RowStatus::Ambiguous || status == RowStatus::Disabled
            || status == RowStatus::EntitlementNotFound || status == RowStatus::OverLimit
            || status == RowStatus::Blocked || status == RowStatus::CheckFailed || status == RowStatus::Failed;
    case StatusGroup::Ambiguous:
        return status == RowStatus::Ambiguous;
    case StatusGroup::Succeeded:
        return status == RowStatus::Done || status == RowStatus::AlreadyDone;
    case StatusGroup::Failed:
        return status == RowStatus::Failed;
    case StatusGroup::NotWritten:
        return status == RowStatus::NotAttempted || status == RowStatus::Canceled;
    }
    return true;
}

QString BulkRowsFilterModel::groupText(StatusGroup group)
{
    switch (group) {
    case StatusGroup::All:
        return tr("All rows");
    case StatusGroup::ToWrite:
        return tr("To write");
    case StatusGroup::NoChange:
        return tr("No change needed");
    case StatusGroup::Problems:
        return tr("Problems");
    case StatusGroup::Ambiguous:
        return tr("Ambiguous");
    case StatusGroup::Succeeded:
        return tr("Succeeded");
    case StatusGroup::Failed:
        return tr("Failed");
    case StatusGroup::NotWritten:
        return tr("Not written");
    }
    return {};
}

bool BulkRowsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = RowStatus(index.data(BulkRowsModel::StatusRole).toInt());
    if (!inGroup(status, m_group))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace c1

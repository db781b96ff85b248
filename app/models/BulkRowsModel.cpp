#include "models/BulkRowsModel.h"

using namespace Qt::StringLiterals;

namespace c1 {

BulkRowsModel::BulkRowsModel(BulkLedger* ledger, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_rowCount(ledger->size())
{
    connect(ledger, &BulkLedger::aboutToReset, this, [this] { beginResetModel(); });
    connect(ledger, &BulkLedger::reset, this, [this] {
        m_rowCount = m_ledger->size();
        endResetModel();
    });
    connect(ledger, &BulkLedger::rowsChanged, this, &BulkRowsModel::onRowsChanged);
    connect(ledger, &BulkLedger::contextChanged, this, [this] {
        if (m_rowCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, int(Column::Owner), int(Column::Owner));
    });
    connect(ledger, &BulkLedger::checkableChanged, this, [this] {
        if (m_rowCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, 0));
    });
}

void BulkRowsModel::onRowsChanged(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, m_rowCount - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

const QList<BulkRow>& BulkRowsModel::rows() const
{
    return m_ledger->rows();
}

const BulkRow& BulkRowsModel::row(int row) const
{
    return m_ledger->row(row);
}

int BulkRowsModel::count(RowStatus status, bool onlyChecked) const
{
    return m_ledger->count(status, onlyChecked);
}

bool BulkRowsModel::isCheckable() const
{
    return m_ledger->isCheckable();
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
    return parent.isValid() ? 0 : m_rowCount;
}

int BulkRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant BulkRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkRow& row = m_ledger->row(index.row());
    const auto column = Column(index.column());
    const QList<OwnerTarget>& targets = m_ledger->context().targets;
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
            return row.target >= 0 && row.target < targets.size() ? targetLabel(targets.at(row.target)) : QString();
        case Column::Status:
            return rowStatusText(row.status);
        case Column::Details:
            return detailsText(row);
        case Column::Call:
            return m_ledger->callText(row);
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
    if (role != Qt::CheckStateRole || Column(index.column()) != Column::Line || !m_ledger->isCheckable())
        return false;
    // The ledger tells the view (rowsChanged) when the tick took.
    return m_ledger->setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
}

Qt::ItemFlags BulkRowsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_ledger->isCheckable() && Column(index.column()) == Column::Line)
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
        return m_ledger->context().kind == OwnerKind::User ? tr("User") : tr("Entitlement");
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

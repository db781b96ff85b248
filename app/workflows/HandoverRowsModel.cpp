#include "workflows/HandoverRowsModel.h"

#include "workflows/Handover.h"

using namespace Qt::StringLiterals;

namespace c1 {

HandoverRowsModel::HandoverRowsModel(Handover* handover, QObject* parent)
    : QAbstractTableModel(parent)
    , m_handover(handover)
    , m_rows(int(handover->items().size()))
{
    connect(handover, &Handover::itemsReset, this, [this] {
        beginResetModel();
        m_rows = m_handover ? int(m_handover->items().size()) : 0;
        endResetModel();
    });
    connect(handover, &Handover::itemChanged, this, [this](int row) {
        if (row >= 0 && row < m_rows)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
    connect(handover, &Handover::stageChanged, this, [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    });
    connect(handover, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

int HandoverRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int HandoverRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString HandoverRowsModel::checkText(const HandoverItem& item) const
{
    if (item.blocked)
        return item.problem;
    QStringList notes;
    if (item.successorAlreadyOwner)
        notes << tr("the successor already holds this role");
    if (!item.warning.isEmpty())
        notes << item.warning;
    return notes.isEmpty() ? tr("ok") : notes.join(u"; "_s);
}

QString HandoverRowsModel::addText(const HandoverItem& item) const
{
    if (item.successorAlreadyOwner)
        return tr("not needed");
    return item.add ? rowStatusText(*item.add) : QString();
}

QString HandoverRowsModel::verifyText(const HandoverItem& item) const
{
    switch (item.verify) {
    case VerifyState::None:
        break;
    case VerifyState::Pending:
        return tr("waiting");
    case VerifyState::Verified:
        return tr("verified");
    case VerifyState::NotVisible:
        return tr("not visible");
    case VerifyState::Failed:
        return tr("could not read");
    case VerifyState::TargetGone:
        return tr("object gone");
    }
    return {};
}

QVariant HandoverRowsModel::data(const QModelIndex& index, int role) const
{
    if (!m_handover || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= m_handover->items().size())
        return {};
    const HandoverItem& item = m_handover->items().at(index.row());
    const auto column = Column(index.column());
    const HandoverMode mode = m_handover->mode();
    switch (role) {
    case BlockedRole:
        return item.blocked;
    case SettledRole:
        return item.isSettled(mode);
    case TargetKeyRole:
        return item.target.key();
    case Qt::CheckStateRole:
        if (column == Column::Object && m_handover->stage() == HandoverStage::Planned && !item.blocked)
            return item.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Object || column == Column::Calls)
            return m_handover->calls(index.row()).join(u'\n');
        if (column == Column::Result || column == Column::Check) {
            const QString text = column == Column::Check ? checkText(item) : item.resultText(mode);
            return item.requestId.isEmpty() ? text : tr("%1 (request-id: %2)").arg(text, item.requestId);
        }
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Column::Object:
        return targetLabel(item.target);
    case Column::App:
        return item.appName.isEmpty() ? item.target.appId : item.appName;
    case Column::Role:
        return item.role;
    case Column::Successor:
        if (mode == HandoverMode::RemoveOnly)
            return QString();
        return item.successor.displayName.isEmpty() ? item.successor.id : item.successor.displayName;
    case Column::Check:
        return checkText(item);
    case Column::Add:
        return addText(item);
    case Column::Verified:
        return verifyText(item);
    case Column::Remove:
        return item.remove ? rowStatusText(*item.remove) : QString();
    case Column::Result:
        return m_handover->stage() == HandoverStage::Planned ? QString() : item.resultText(mode);
    case Column::Calls:
        return m_handover->calls(index.row()).join(u" · "_s);
    case Column::Count:
        break;
    }
    return {};
}

bool HandoverRowsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_handover || role != Qt::CheckStateRole || index.column() != int(Column::Object)
        || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    m_handover->setItemChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags HandoverRowsModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_handover && index.column() == int(Column::Object) && m_handover->stage() == HandoverStage::Planned
        && index.row() < m_handover->items().size() && !m_handover->items().at(index.row()).blocked)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant HandoverRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Object:
        return tr("Object");
    case Column::App:
        return tr("App");
    case Column::Role:
        return tr("Role");
    case Column::Successor:
        return tr("Successor");
    case Column::Check:
        return tr("Check");
    case Column::Add:
        return tr("Add");
    case Column::Verified:
        return tr("Verified");
    case Column::Remove:
        return tr("Remove");
    case Column::Result:
        return tr("Result");
    case Column::Calls:
        return tr("Calls");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace c1

#include "models/TreeFilterProxy.h"

namespace c1 {

namespace {
constexpr qsizetype MinIdPrefix = 4;
}

using NodeKind = AppTreeModel::NodeKind;

TreeFilterProxy::TreeFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(AppTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_matcher.setCaseSensitivity(Qt::CaseInsensitive);
}

void TreeFilterProxy::setSourceModel(QAbstractItemModel* source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_tree = qobject_cast<AppTreeModel*>(source);
    clearCache();
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    // A parent's own match can change with its data or position: forget the one-entry cache then.
    connect(source, &QAbstractItemModel::dataChanged, this, [this] { clearCache(); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { clearCache(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { clearCache(); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { clearCache(); });
}

void TreeFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_matcher.setPattern(m_text);
    clearCache();
    invalidateFilter();
}

void TreeFilterProxy::clearCache() const
{
    m_cachedParent = QPersistentModelIndex();
    m_cachedParentMatches = false;
}

AppTreeModel::NodeKind TreeFilterProxy::kindOf(const QModelIndex& sourceIndex) const
{
    if (m_tree)
        return m_tree->kindAt(sourceIndex);
    return NodeKind(sourceIndex.data(AppTreeModel::KindRole).toInt());
}

QString TreeFilterProxy::nameOf(const QModelIndex& sourceIndex) const
{
    if (m_tree)
        return m_tree->nameAt(sourceIndex);
    return sourceIndex.siblingAtColumn(0).data().toString();
}

bool TreeFilterProxy::matches(const QModelIndex& sourceIndex) const
{
    if (m_text.isEmpty())
        return true;
    if (AppTreeModel::isStatusKind(kindOf(sourceIndex)))
        return false;
    if (m_matcher.indexIn(nameOf(sourceIndex)) >= 0)
        return true;
    if (m_text.size() < MinIdPrefix)
        return false; // every random ID contains a letter or two: IDs match by prefix only
    const QString id = m_tree ? m_tree->idAt(sourceIndex) : sourceIndex.data(AppTreeModel::IdRole).toString();
    return id.startsWith(m_text);
}

bool TreeFilterProxy::ancestorMatches(const QModelIndex& sourceParent) const
{
    if (!sourceParent.isValid())
        return false;
    if (m_cachedParent.isValid() && m_cachedParent == sourceParent)
        return m_cachedParentMatches;
    bool found = false;
    for (QModelIndex p = sourceParent; p.isValid() && !found; p = p.parent())
        found = matches(p);
    m_cachedParent = sourceParent;
    m_cachedParentMatches = found;
    return found;
}

bool TreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!AppTreeModel::isStatusKind(kindOf(index)))
        return matches(index) || ancestorMatches(sourceParent);
    // A status row shows under a container that is shown for its own sake or for one of its direct children.
    if (ancestorMatches(sourceParent))
        return true;
    const int rows = sourceModel()->rowCount(sourceParent);
    for (int row = 0; row < rows; ++row) {
        if (row != sourceRow && matches(sourceModel()->index(row, 0, sourceParent)))
            return true;
    }
    return false;
}

bool TreeFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool descending = sortOrder() == Qt::DescendingOrder;
    const NodeKind leftKind = kindOf(left);
    const NodeKind rightKind = kindOf(right);
    // Status rows last, the Entitlements group after the resource types: in either order.
    const auto rank = [](NodeKind kind) {
        return AppTreeModel::isStatusKind(kind) ? 2 : (kind == NodeKind::EntitlementGroup ? 1 : 0);
    };
    const int leftRank = rank(leftKind);
    const int rightRank = rank(rightKind);
    if (leftRank != rightRank)
        return descending ? leftRank > rightRank : leftRank < rightRank;
    if (leftRank == 2)
        return false;

    if (left.column() == int(AppTreeModel::Column::Name))
        return m_names.compare(nameOf(left), nameOf(right)) < 0;
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.typeId() == QMetaType::QString || rightValue.typeId() == QMetaType::QString)
        return m_names.compare(leftValue.toString(), rightValue.toString()) < 0;
    return leftValue.toLongLong() < rightValue.toLongLong();
}

} // namespace c1

#include "models/TreeFilterProxy.h"

#include <algorithm>

namespace c1 {

using NodeKind = AppTreeModel::NodeKind;

TreeFilterProxy::TreeFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(AppTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
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
    // A parent's own match can change with its data or position: forget the one-entry cache then. The match flags
    // need not go on dataChanged (a count changes with every page): a rename gives its table a new version.
    connect(source, &QAbstractItemModel::dataChanged, this, [this] {
        m_cachedParent = QPersistentModelIndex();
        m_cachedParentMatches = false;
    });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { clearCache(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { clearCache(); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { clearCache(); });
}

void TreeFilterProxy::setFilterText(const QString& text)
{
    NameQuery query(text);
    if (query.text() == m_query.text())
        return;
    m_query = std::move(query);
    clearCache();
    invalidateFilter();
}

void TreeFilterProxy::clearCache() const
{
    m_cachedParent = QPersistentModelIndex();
    m_cachedParentMatches = false;
    m_hits.clear();
    m_lastHits = nullptr;
}

const std::vector<quint8>& TreeFilterProxy::hitsOf(const NameTable& table) const
{
    if (m_lastHits && m_lastHitsVersion == table.version() && int(m_lastHits->size()) == table.size())
        return *m_lastHits;
    std::vector<quint8>& hits = m_hits[table.version()];
    m_lastHits = &hits; // a node's address in the map stays while the map lives
    m_lastHitsVersion = table.version();
    if (int(hits.size()) < table.size())
        table.match(m_query, hits);
    return hits;
}

bool TreeFilterProxy::matches(const QModelIndex& sourceIndex) const
{
    if (m_query.isEmpty())
        return true;
    const NameTable* table = m_tree ? m_tree->siblingNames(sourceIndex) : nullptr;
    const int row = sourceIndex.row();
    return table && row < table->size() && hitsOf(*table)[size_t(row)] != 0; // status rows are not in the table
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
    const NameTable* table = m_tree && !m_query.isEmpty() ? m_tree->childNames(sourceParent) : nullptr;
    if (!table)
        return true;
    const std::vector<quint8>& hits = hitsOf(*table);
    if (sourceRow < table->size())
        return hits[size_t(sourceRow)] != 0 || ancestorMatches(sourceParent);
    // The status row shows under a container shown for its own sake or for one of its direct children.
    return ancestorMatches(sourceParent) || std::find(hits.cbegin(), hits.cend(), 1) != hits.cend();
}

bool TreeFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const NameTable* table = m_tree ? m_tree->siblingNames(left) : nullptr;
    if (!table)
        return QSortFilterProxyModel::lessThan(left, right);
    const bool descending = sortOrder() == Qt::DescendingOrder;
    const auto kindAt = [table](const QModelIndex& index) {
        return index.row() < table->size() ? NodeKind(table->tag(index.row())) : NodeKind::Loading;
    };
    // Status rows last, the Entitlements group after the resource types: in either order.
    const auto rank = [](NodeKind kind) {
        return AppTreeModel::isStatusKind(kind) ? 2 : (kind == NodeKind::EntitlementGroup ? 1 : 0);
    };
    const int leftRank = rank(kindAt(left));
    const int rightRank = rank(kindAt(right));
    if (leftRank != rightRank)
        return descending ? leftRank > rightRank : leftRank < rightRank;
    if (leftRank == 2)
        return false;

    if (left.column() == int(AppTreeModel::Column::Name)) {
        if (m_names.hasFastPath()) {
            if (const std::optional<int> order = table->compareKeys(left.row(), right.row()))
                return *order < 0;
        }
        return m_names.compare(m_tree->nameAt(left), m_tree->nameAt(right)) < 0;
    }
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.typeId() == QMetaType::QString || rightValue.typeId() == QMetaType::QString)
        return m_names.compare(leftValue.toString(), rightValue.toString()) < 0;
    return leftValue.toLongLong() < rightValue.toLongLong();
}

} // namespace c1

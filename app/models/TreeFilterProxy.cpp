#include "models/TreeFilterProxy.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

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
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        clearCache();
        m_ranks.clear();
        m_pendingRanks.clear();
        m_lastRanks = nullptr;
    });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { clearCache(); });
}

void TreeFilterProxy::setFilterText(const QString& text)
{
    NameQuery query(text);
    if (query.text() == m_query.text())
        return;
    m_query = std::move(query);
    clearCache();
    m_filterChanging = true;
    invalidateFilter();
    m_filterChanging = false;
    m_fastParent = nullptr;
}

void TreeFilterProxy::clearCache() const
{
    m_cachedParent = QPersistentModelIndex();
    m_cachedParentMatches = false;
    m_hits.clear();
    m_lastHits = nullptr;
    // The ranks outlive filter changes (that is their point); they go with the tables they were built for.
    if (m_ranks.size() > 64) {
        m_ranks.clear();
        m_lastRanks = nullptr;
    }
}

namespace {

// Each row's place in name order (equal names share one), the Entitlements group after the rest (as lessThan() orders
// them): the ranks alone then decide any two rows of the table. `fallback` compares two rows without sort keys.
std::vector<quint32> rankRows(const NameTable& table, const std::function<int(int, int)>& fallback)
{
    const int n = table.size();
    std::vector<quint32> order;
    order.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        order[size_t(i)] = quint32(i);
    const auto isGroup = [&](quint32 row) { return NodeKind(table.tag(int(row))) == NodeKind::EntitlementGroup; };
    const auto compare = [&](quint32 a, quint32 b) {
        if (isGroup(a) != isGroup(b))
            return isGroup(a) ? 1 : -1;
        if (const std::optional<int> keys = table.compareKeys(int(a), int(b)))
            return *keys;
        return fallback(int(a), int(b));
    };
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return compare(a, b) < 0; });
    std::vector<quint32> rank;
    rank.resize(size_t(n));
    quint32 place = 0;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && compare(order[size_t(i - 1)], order[size_t(i)]) != 0)
            place = quint32(i);
        rank[order[size_t(i)]] = place;
    }
    return rank;
}

// On a worker thread, from a copy of the table: only when every row has a sort key (no collator, no model needed).
std::vector<quint32> rankByKeys(const NameTable& table)
{
    for (int row = 0; row < table.size(); ++row) {
        if (table.sortKey(row).isEmpty())
            return {};
    }
    return rankRows(table, [](int, int) { return 0; });
}

} // namespace

void TreeFilterProxy::prepareRanks(const NameTable& table) const
{
    if (!m_filterChanging || table.size() < MinRankedRows || !m_names.hasFastPath())
        return;
    const auto ready = m_ranks.find(table.version());
    if (ready != m_ranks.end() && ready->second.size == table.size())
        return;
    const auto pending = m_pendingRanks.find(table.version());
    if (pending != m_pendingRanks.end() && pending->second.size == table.size())
        return;
    // The copy (a few flat arrays) is made here; the sort runs beside the UI thread.
    m_pendingRanks.insert_or_assign(
        table.version(), PendingRanks { table.size(), QtConcurrent::run(rankByKeys, table) });
}

const std::vector<quint32>* TreeFilterProxy::ranksOf(
    const NameTable& table, const QModelIndex& index, bool isChild) const
{
    if (table.size() < MinRankedRows || !m_names.hasFastPath())
        return nullptr;
    if (m_lastRanks && m_lastRanksVersion == table.version() && m_lastRanks->size == table.size())
        return &m_lastRanks->rank;
    auto it = m_ranks.find(table.version());
    if (it == m_ranks.end() || it->second.size != table.size()) {
        if (!m_filterChanging || !m_tree)
            return nullptr; // (while rows stream in, rebuilding for every batch would cost more than it saves)
        Ranks ranks;
        ranks.size = table.size();
        const auto pending = m_pendingRanks.find(table.version());
        if (pending != m_pendingRanks.end() && pending->second.size == table.size()) {
            // Built beside the UI thread since the first keystroke; usually long done (else this waits for the rest).
            ranks.rank = pending->second.ranks.result();
            m_pendingRanks.erase(pending);
        }
        if (int(ranks.rank.size()) != ranks.size) {
            const QModelIndex sourceParent = isChild ? index.parent() : index;
            ranks.rank = rankRows(table, [&](int a, int b) {
                return m_names.compare(m_tree->nameAt(m_tree->index(a, 0, sourceParent)),
                    m_tree->nameAt(m_tree->index(b, 0, sourceParent)));
            });
        }
        it = m_ranks.insert_or_assign(table.version(), std::move(ranks)).first;
    }
    m_lastRanks = &it->second;
    m_lastRanksVersion = table.version();
    return &m_lastRanks->rank;
}

const std::vector<quint8>& TreeFilterProxy::hitsOf(const NameTable& table, const QModelIndex& /*sourceParent*/) const
{
    if (m_lastHits && m_lastHitsVersion == table.version() && int(m_lastHits->size()) == table.size())
        return *m_lastHits;
    prepareRanks(table);
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
    return table && row < table->size()
        && hitsOf(*table, sourceIndex.parent())[size_t(row)] != 0; // status rows are not in the table
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
    const std::vector<quint8>& hits = hitsOf(*table, sourceParent);
    if (sourceRow < table->size())
        return hits[size_t(sourceRow)] != 0 || ancestorMatches(sourceParent);
    // The status row shows under a container shown for its own sake or for one of its direct children.
    return ancestorMatches(sourceParent) || std::find(hits.cbegin(), hits.cend(), 1) != hits.cend();
}

bool TreeFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The sort of a big list after a filter change (clearing the filter puts back up to 100,000 rows, some 1.7 million
    // comparisons): two rows of the list whose ranks the last comparison found compare by them alone. Only within
    // setFilterText(), when the source cannot change; the ranks hold the group order and every row of the table.
    if (m_fastParent && left.internalPointer() == m_fastParent && right.internalPointer() == m_fastParent
        && left.column() == int(AppTreeModel::Column::Name)) {
        const int l = left.row();
        const int r = right.row();
        if (l < m_fastRows && r < m_fastRows)
            return m_fastRanks[l] < m_fastRanks[r];
    }
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
        if (const std::vector<quint32>* ranks = ranksOf(*table, left, true)) {
            if (m_filterChanging && !descending) {
                m_fastParent = left.internalPointer();
                m_fastRanks = ranks->data();
                m_fastRows = table->size();
            }
            return (*ranks)[size_t(left.row())] < (*ranks)[size_t(right.row())];
        }
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

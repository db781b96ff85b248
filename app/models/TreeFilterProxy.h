#pragma once

#include "models/AppTreeModel.h"
#include "models/NameCollator.h"
#include "models/NameTable.h"

#include <QFuture>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <unordered_map>
#include <vector>

namespace c1 {

// Filters and sorts the loaded part of an AppTreeModel. The filter is a case-insensitive substring of the name
// (or the start of an ID, from four characters on); a matching node keeps its parents and shows its children.
// "Loading…", "Load more…" and error rows always sort last and stay visible under a shown container.
// Sorting is by the model's SortRole with a numeric, case-insensitive QCollator ("App 2" < "App 10").
//
// Nothing is read node by node: the model's NameTable of each container gives the sort keys, kinds, folded names
// and IDs in flat arrays, and the rows of one container are matched against the filter in one pass whose result is
// kept while rows are only appended. The source must be an AppTreeModel; any other is shown unfiltered, in
// QSortFilterProxyModel's own order.
class TreeFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TreeFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;

    void setFilterText(const QString& text);
    QString filterText() const { return m_query.text(); }

    // True when the source row itself (not its parents or children) matches the filter text.
    bool matches(const QModelIndex& sourceIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // The match flags of every row of `table`, computed once per filter text and table version.
    const std::vector<quint8>& hitsOf(const NameTable& table, const QModelIndex& sourceParent) const;
    // Each row's place in name order (equal names share one), for tables of at least MinRankedRows rows: a sort then
    // compares two integers. Built on a worker thread from the first keystroke (prepareRanks(); building them in the
    // keystroke itself cost it too much on a loaded machine) or else by the first sort of a filter change that needs
    // them, kept per table version and size, so clearing the filter re-sorts 100,000 rows without comparing a single
    // name; nullptr when there are none for this table as it is now (rows appended since: the keys decide).
    // `index` is the table's container (or, with `isChild`, one of its rows).
    const std::vector<quint32>* ranksOf(const NameTable& table, const QModelIndex& index, bool isChild) const;
    bool ancestorMatches(const QModelIndex& sourceParent) const;
    void clearCache() const;

    QPointer<AppTreeModel> m_tree;
    NameQuery m_query;
    NameCollator m_names; // the collator of the locale, with a fast path for plain ASCII names
    mutable QPersistentModelIndex m_cachedParent; // the last parent whose ancestors were checked
    mutable bool m_cachedParentMatches = false;
    // Match flags by NameTable::version(): a keystroke visits containers in turns (a row, then its children).
    mutable std::unordered_map<quint64, std::vector<quint8>> m_hits;
    mutable const std::vector<quint8>* m_lastHits = nullptr;
    mutable quint64 m_lastHitsVersion = 0;
    struct Ranks {
        int size = 0;
        std::vector<quint32> rank;
    };
    static constexpr int MinRankedRows = 2048;
    mutable std::unordered_map<quint64, Ranks> m_ranks; // by NameTable::version()
    // Ranks being built on a worker thread since a keystroke (prepareRanks()), so that clearing the filter finds them.
    struct PendingRanks {
        int size = 0;
        QFuture<std::vector<quint32>> ranks;
    };
    mutable std::unordered_map<quint64, PendingRanks> m_pendingRanks;
    void prepareRanks(const NameTable& table) const;
    mutable const Ranks* m_lastRanks = nullptr;
    mutable quint64 m_lastRanksVersion = 0;
    bool m_filterChanging = false; // ranks may be built
    // While the filter changes: the list whose ranks lessThan() uses directly (its rows' internal pointer).
    mutable const void* m_fastParent = nullptr;
    mutable const quint32* m_fastRanks = nullptr;
    mutable int m_fastRows = 0;
};

} // namespace c1

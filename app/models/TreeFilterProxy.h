#pragma once

#include "models/AppTreeModel.h"
#include "models/NameCollator.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace c1 {

// Filters and sorts the loaded part of an AppTreeModel. The filter is a case-insensitive substring of the name
// (or the start of an ID, from four characters on); a matching node keeps its parents and shows its children.
// "Loading…", "Load more…" and error rows always sort last and stay visible under a shown container.
// Sorting is by the model's SortRole with a numeric, case-insensitive QCollator ("App 2" < "App 10").
// No regular expression per row: one QStringMatcher, and direct access to the tree's names.
class TreeFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TreeFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

    // True when the source row itself (not its parents or children) matches the filter text.
    bool matches(const QModelIndex& sourceIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    AppTreeModel::NodeKind kindOf(const QModelIndex& sourceIndex) const;
    QString nameOf(const QModelIndex& sourceIndex) const;
    bool ancestorMatches(const QModelIndex& sourceParent) const;
    void clearCache() const;

    QPointer<AppTreeModel> m_tree;
    QString m_text;
    QStringMatcher m_matcher;
    NameCollator m_names; // the collator of the locale, with a fast path for plain ASCII names
    mutable QPersistentModelIndex m_cachedParent; // the last parent whose ancestors were checked
    mutable bool m_cachedParentMatches = false;
};

} // namespace c1

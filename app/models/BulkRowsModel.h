#pragma once

#include "models/BulkLedger.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace c1 {

// A view onto a BulkLedger (the one row ledger of a bulk owner change): one row per (owner × target), with the line
// it came from, the input, the resolved owner, the target, the status and its reason or the server's answer (with
// request-id), and the exact call the row makes. Ticking a row (while the ledger allows it) ticks it in the ledger.
class BulkRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Line, Input, Owner, Target, Status, Details, Call, Count };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting (numbers for Line and Status)
        StatusRole, // int(RowStatus)
        RequestIdRole,
    };

    explicit BulkRowsModel(BulkLedger* ledger, QObject* parent = nullptr);

    BulkLedger* ledger() const { return m_ledger; }
    // Read through to the ledger.
    const QList<BulkRow>& rows() const;
    const BulkRow& row(int row) const;
    int count(RowStatus status, bool onlyChecked = false) const;
    bool isCheckable() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString ownerText(const BulkRow& row) const;
    QString detailsText(const BulkRow& row) const;
    void onRowsChanged(int first, int last);

    QPointer<BulkLedger> m_ledger;
    int m_rowCount = 0; // what the view was told
};

// Filters a BulkRowsModel by status group and text; sorts by the raw sort role.
class BulkRowsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StatusGroup { All, ToWrite, NoChange, Problems, Ambiguous, Succeeded, Failed, NotWritten };
    Q_ENUM(StatusGroup)

    explicit BulkRowsFilterModel(QObject* parent = nullptr);
    void setStatusGroup(StatusGroup group);
    StatusGroup statusGroup() const { return m_group; }
    static bool inGroup(RowStatus status, StatusGroup group);
    static QString groupText(StatusGroup group);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StatusGroup m_group = StatusGroup::All;
};

} // namespace c1

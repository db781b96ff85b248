#pragma once

#include "owners/BulkTypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <array>

class QIODevice;

namespace c1 {

// The preview and result ledger of a bulk owner change: one row per (owner × target), with the line it came from,
// the input, the resolved owner, the target, the status and its reason or the server's answer (with request-id),
// and the exact call the row makes. Rows can be unticked before the apply.
class BulkRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Line, Input, Owner, Target, Status, Details, Call, Count };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting (numbers for Line and Status)
        StatusRole, // int(RowStatus)
        RequestIdRole,
    };

    explicit BulkRowsModel(QObject* parent = nullptr);

    // What every row's call depends on.
    void setContext(const QList<OwnerTarget>& targets, OwnerKind kind, BulkOperation operation, const QString& role);
    void setRows(QList<BulkRow> rows);
    void setRow(int row, const BulkRow& value);
    void clear() { setRows({}); }
    const QList<BulkRow>& rows() const { return m_rows; }
    const BulkRow& row(int row) const { return m_rows.at(row); }
    void setCheckable(bool checkable); // false during and after the apply
    bool isCheckable() const { return m_checkable; }

    int count(RowStatus status, bool onlyChecked = false) const;
    QString callText(const BulkRow& row) const; // "POST /api/v2/…"

    // Results as CSV (RFC 4180 quoting, CRLF), one line per row, with a header.
    void writeCsv(QIODevice* device) const;
    static QString csvField(const QString& value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void rowCheckedChanged(int row, bool checked);
    void countsChanged();

private:
    void recount();
    QString ownerText(const BulkRow& row) const;
    QString detailsText(const BulkRow& row) const;

    QList<BulkRow> m_rows;
    QList<OwnerTarget> m_targets;
    OwnerKind m_kind = OwnerKind::User;
    BulkOperation m_operation = BulkOperation::Add;
    QString m_role;
    bool m_checkable = true;
    std::array<int, kRowStatusCount> m_counts {};
    std::array<int, kRowStatusCount> m_checkedCounts {};
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

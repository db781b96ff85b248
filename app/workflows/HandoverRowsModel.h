#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace c1 {

class Handover;
struct HandoverItem;

// A view onto a Handover's rows (one per object × role): the object, its role, the successor, what the checks said,
// the exact calls (tooltip and column), and each step's result as it happens. Rows can be ticked until the apply.
// It lives beside its workflow (it reads Handover's rows; the models layer is below the workflows).
class HandoverRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Object, App, Role, Successor, Check, Add, Verified, Remove, Result, Calls, Count };
    enum Role { SortRole = Qt::UserRole + 1, BlockedRole, SettledRole, TargetKeyRole };

    explicit HandoverRowsModel(Handover* handover, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString checkText(const HandoverItem& item) const;
    QString addText(const HandoverItem& item) const;
    QString verifyText(const HandoverItem& item) const;

    QPointer<Handover> m_handover;
    int m_rows = 0;
};

} // namespace c1

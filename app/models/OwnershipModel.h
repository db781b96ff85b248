#pragma once

#include "api/Types.h"
#include "api/UserOwnership.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>

class QIODevice;

namespace c1 {

// One object a user owns (app, resource or entitlement), as the user-ownership search named it, completed with its
// v2 owner list: the user's role slugs there (the search carries none), every user owner per role (for "the only
// owner of that role", the 32-owner limit and "every other owner has left"), the object's annotations
// (`managed_by`: changes would be reverted by infrastructure as code) and the owners the tenant will not let anyone
// remove (`immutableUserIds`, connector-sourced).
struct OwnershipItem {
    enum class State { Loading, Ready, Failed, Gone };

    UserOwnershipEntry entry;
    OwnerTarget target; // with the object's display name
    State state = State::Loading;
    QString error; // Failed: why the details could not be read
    QMap<QString, QList<User>> ownersByRole; // every user owner per role slug, as listed
    Annotations annotations; // the resource's own, else its app's
    QStringList immutableUserIds;

    QStringList rolesOf(const QString& userId) const; // sorted
    bool isSoleOwner(const QString& role, const QString& userId) const; // no other user owns it in that role
    bool hasEnabledOtherOwner(const QString& userId) const; // in any role
    int userOwnerCount() const; // distinct user owners over every role (the 32-owner limit counts these)
    bool isOwner(const QString& role, const QString& userId) const;
    bool isAnyRoleOwner(const QString& userId) const;
    QString managedBy() const; // the managed_by annotation, or empty
    QString kindText() const; // "App", "Resource", "Entitlement" (translated)
};

// Everything one user owns, one row per object, filled as the user-ownership pages arrive and completed as each
// object's owner list answers (OwnershipScan). Sorted and filtered through proxies; the raw value in SortRole.
class OwnershipModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Kind, App, Object, Roles, SoleOwner, Owners, Notes, Count };
    enum Role { SortRole = Qt::UserRole + 1, StateRole, TargetKeyRole };

    explicit OwnershipModel(QObject* parent = nullptr);

    void setUserId(const QString& userId); // whose ownership this is (clears the rows)
    QString userId() const { return m_userId; }
    void clear();
    int append(const QList<OwnershipItem>& items); // returns the index of the first new row
    void update(int row, const OwnershipItem& item);
    const OwnershipItem& item(int row) const { return m_items.at(row); }
    const QList<OwnershipItem>& items() const { return m_items; }
    int indexOf(const QString& targetKey) const; // -1 when not listed
    int countIn(OwnershipItem::State state) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One line per (object × role) the user holds (one line for an object whose role is not known), RFC 4180, UTF-8
    // with a BOM, CRLF, formula-looking cells quoted as BulkLedger does.
    void writeCsv(QIODevice* device) const;

private:
    QString notesText(const OwnershipItem& item) const;

    QString m_userId;
    QList<OwnershipItem> m_items;
    QHash<QString, int> m_index; // target key → row
};

} // namespace c1

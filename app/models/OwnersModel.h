#pragma once

#include "api/Types.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

namespace c1 {

class OwnerNames;

// The owners of one object (app or resource) as a two-level tree: role slug groups, then one row per owner
// (user or entitlement). Owner changes are asynchronous on the real service (docs/api-facts.md §2): a change the
// server accepted is kept here as "pending" until a full owner list confirms it, and list results are merged with the
// pending changes, so an accepted add that is not yet visible is neither lost nor re-sent.
// Pending changes are keyed by target + role + owner and survive switching targets.
// Owners are named by name (an entitlement by its own and its app's name, through OwnerNames), with the IDs in
// the tooltip and the ID column; an ID shows only while its name is unknown.
class OwnersModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Column { Name, Detail, Id, State, Count };
    enum class State { Confirmed, PendingAdd, PendingRemove };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole + 1, // OwnersModel::State (int) of an owner row
        KindRole, // OwnerKind (int) of an owner row
        RoleSlugRole, // the role slug of a group or owner row
        OwnerKeyRole, // OwnerRef::key() of an owner row
        IsGroupRole, // true for role slug group rows
        SortRole, // raw text for sorting
    };

    explicit OwnersModel(QObject* parent = nullptr);

    // Where names come from (may be null: IDs and the names the records carry). Not owned.
    void setNames(OwnerNames* names);
    // "Member — Salesforce" for an entitlement owner, the user's name for a user; IDs while names are unknown.
    QString ownerText(const OwnerRecord& record) const;
    QString idText(const OwnerRecord& record) const; // "user ID" or "appId/entitlementId"

    const OwnerTarget& target() const { return m_target; }
    // Shows `target`: its pending changes at once, listed owners once setListed() is called for it.
    void setTarget(const OwnerTarget& target);
    void clear();

    // A complete owner list of one kind for the current target (every page, every role). Rows not in it disappear
    // unless an add is pending; pending adds it contains and pending removes it lacks are confirmed and dropped.
    void setListed(OwnerKind kind, const QList<OwnerRecord>& records);
    bool hasListed(OwnerKind kind) const;

    // The server accepted an add (record from its answer) or a removal: shown as pending until a list confirms.
    void markAdded(const OwnerRecord& record);
    void markRemoved(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner);

    // What the console knows, pending changes included (for "already an owner" and the 32-owner limit).
    bool isOwner(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner) const;
    std::optional<State> stateOf(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner) const;
    int ownerCount(OwnerKind kind) const; // current target, all roles, pending adds counted, pending removes not
    int pendingCount() const; // current target
    QStringList roleSlugs() const; // the groups shown, in order
    std::optional<OwnerRecord> recordAt(const QModelIndex& index) const; // owner rows only
    // The owners of the current target as the console knows them: listed and pending adds, not pending removes.
    QList<OwnerRecord> currentOwners() const;

    static QString pendingKey(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void pendingChanged(int count); // pending changes of the current target

private:
    struct Row {
        OwnerRecord record;
        State state = State::Confirmed;
        QDateTime acceptedAt; // pending rows
    };
    struct Group {
        quintptr id = 0; // stable internal id of its child indexes (group positions shift)
        QString slug;
        QList<Row> rows;
    };
    struct Pending {
        OwnerRecord record;
        State state = State::PendingAdd;
        QDateTime acceptedAt;
    };

    void namesChanged();
    QString nameOf(const OwnerRecord& record) const;
    QString appNameOf(const QString& appId) const;
    QString toolTipOf(const Row& row) const;
    void applyRow(const Row& row);
    void dropRow(const QString& slug, const QString& ownerKey);
    void reconcile();
    QList<Row> desiredRows() const;
    int groupIndex(const QString& slug) const;
    int groupIndexById(quintptr id) const;
    static int rowIndex(const Group& group, const QString& ownerKey);
    static QString sortName(const OwnerRecord& record);

    OwnerTarget m_target;
    bool m_hasTarget = false;
    QList<Group> m_groups;
    QHash<int, QList<OwnerRecord>> m_listed; // by OwnerKind, current target
    QHash<QString, Pending> m_pending; // by pendingKey, every target
    quintptr m_nextGroupId = 1;
    QPointer<OwnerNames> m_names;
};

} // namespace c1

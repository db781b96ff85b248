#pragma once

#include "owners/BulkTypes.h"
#include "owners/OwnerIdParser.h"
#include "owners/OwnerRules.h"

#include <QHash>
#include <QSet>

namespace c1 {

// What a bulk change will do, row by row, from what the check learnt (no network here: BulkCheck fetches,
// the planner decides). One row per (owner × target). Owner-level verdicts (malformed, wrong kind, unknown,
// disabled, ambiguous, entitlement not found) come from the lookups; target-level ones (already an owner, not an
// owner, over the 32-owner limit, read-only) from each target's current owners.
class BulkPlanner {
public:
    struct Input {
        QList<OwnerTarget> targets;
        OwnerKind kind = OwnerKind::User;
        BulkOperation operation = BulkOperation::Add;
        QString roleSlug;
        bool readOnly = false;
        int ownerLimit = ownerRules::maxOwnersPerKind; // per object and owner kind
    };

    BulkPlanner() = default;
    explicit BulkPlanner(Input input);
    const Input& input() const { return m_input; }

    // Facts from the check
    void addUsers(const QList<User>& users);
    void addEmailMatches(const QString& email, const QList<User>& users); // email lower-cased
    void addEntitlements(const QList<AppEntitlement>& entitlements);
    void setExistingOwners(int target, const QList<OwnerRecord>& owners); // every role of the owner kind
    QStringList rolesSeen() const; // the role slugs of the owners passed to setExistingOwners(), sorted
    void setTargetError(int target, const QString& message);
    void setLookupError(const QString& message); // users/entitlements could not be looked up

    QList<BulkRow> plan(const OwnerParseResult& parsed) const;
    // Resolves an ambiguous email to one of its candidates on every row of that input, then re-plans.
    bool choose(QList<BulkRow>& rows, const QString& input, const QString& userId) const;
    // Recomputes the target-level verdicts of every resolved row (after untick or choose), in row order.
    void applyTargetRules(QList<BulkRow>& rows) const;

    static bool isResolvedStatus(RowStatus status); // Ready, NoOp, OverLimit or Blocked

private:
    void resolveUser(BulkRow& row, const User& user) const;

    Input m_input;
    QHash<QString, User> m_users; // by id
    QHash<QString, QList<User>> m_emails; // lower-cased email → users
    QHash<QString, AppEntitlement> m_entitlements; // "appId/id"
    QHash<int, QSet<QString>> m_ownersInRole; // target → owner keys in the role
    QHash<int, QSet<QString>> m_ownersAnyRole; // target → owner keys, every role (for the limit)
    QHash<int, QString> m_targetErrors;
    QSet<QString> m_rolesSeen;
    QString m_lookupError;
};

} // namespace c1

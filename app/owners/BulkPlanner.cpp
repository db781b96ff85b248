#include "owners/BulkPlanner.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {
// lupdate reads tr(text, comment, n) as a plural entry; keep the three-argument form for %n texts.
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("c1::BulkPlanner", text, comment, n);
}

QString userName(const User& user)
{
    return user.displayName.isEmpty() ? user.username : user.displayName;
}

bool hasEmail(const User& user, const QString& email)
{
    if (user.email.compare(email, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString& e : user.emails) {
        if (e.compare(email, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

BulkPlanner::BulkPlanner(Input input)
    : m_input(std::move(input))
{ }

void BulkPlanner::addUsers(const QList<User>& users)
{
    for (const User& user : users)
        m_users.insert(user.id, user);
}

void BulkPlanner::addEmailMatches(const QString& email, const QList<User>& users)
{
    QList<User>& list = m_emails[email.toLower()];
    for (const User& user : users) {
        // The search may match loosely; only an exact address counts.
        if (!hasEmail(user, email))
            continue;
        if (std::none_of(list.cbegin(), list.cend(), [&](const User& u) { return u.id == user.id; }))
            list.append(user);
        m_users.insert(user.id, user);
    }
}

void BulkPlanner::addEntitlements(const QList<AppEntitlement>& entitlements)
{
    for (const AppEntitlement& e : entitlements)
        m_entitlements.insert(e.appId + u'/' + e.id, e);
}

void BulkPlanner::setExistingOwners(int target, const QList<OwnerRecord>& owners)
{
    QSet<QString>& inRole = m_ownersInRole[target];
    QSet<QString>& any = m_ownersAnyRole[target];
    for (const OwnerRecord& owner : owners) {
        if (owner.ref.kind != m_input.kind)
            continue;
        if (!owner.roleSlug.isEmpty())
            m_rolesSeen.insert(owner.roleSlug);
        any.insert(owner.ref.key());
        if (owner.roleSlug == m_input.roleSlug)
            inRole.insert(owner.ref.key());
    }
}

QStringList BulkPlanner::rolesSeen() const
{
    QStringList roles(m_rolesSeen.cbegin(), m_rolesSeen.cend());
    roles.sort();
    return roles;
}

void BulkPlanner::setTargetError(int target, const QString& message)
{
    m_targetErrors.insert(target, message);
}

void BulkPlanner::setLookupError(const QString& message)
{
    m_lookupError = message;
}

bool BulkPlanner::isResolvedStatus(RowStatus status)
{
    return status == RowStatus::Ready || status == RowStatus::NoOp || status == RowStatus::OverLimit
        || status == RowStatus::Blocked;
}

void BulkPlanner::resolveUser(BulkRow& row, const User& user) const
{
    row.owner = OwnerRef::user(user.id);
    row.ownerName = userName(user);
    row.ownerEmail = user.email;
    row.candidates.clear();
    if (!user.isEnabled() && m_input.operation == BulkOperation::Add) {
        row.status = RowStatus::Disabled;
        row.message = tr("the user is %1").arg(user.status.toLower());
    } else {
        row.status = RowStatus::Ready;
        row.message.clear();
    }
}

QList<BulkRow> BulkPlanner::plan(const OwnerParseResult& parsed) const
{
    QList<BulkRow> rows;
    const int targetCount = int(m_input.targets.size());
    rows.reserve(parsed.owners.size() * targetCount);
    const bool wantUsers = m_input.kind == OwnerKind::User;

    for (const ParsedOwner& token : parsed.owners) {
        BulkRow base;
        base.line = token.line;
        base.input = token.text;
        base.status = RowStatus::Ready;
        switch (token.type) {
        case ParsedOwner::Type::Invalid:
            base.status = RowStatus::Invalid;
            base.message = token.reason;
            break;
        case ParsedOwner::Type::UserId:
        case ParsedOwner::Type::Email:
            if (!wantUsers) {
                base.status = RowStatus::WrongKind;
                base.message = tr("a user, but entitlement owners are being changed");
            } else if (!m_lookupError.isEmpty()) {
                base.status = RowStatus::CheckFailed;
                base.message = m_lookupError;
            } else if (token.type == ParsedOwner::Type::UserId) {
                base.owner = OwnerRef::user(token.value);
                const auto it = m_users.constFind(token.value);
                if (it == m_users.cend()) {
                    base.status = RowStatus::UnknownUser;
                    base.message = tr("no user has this ID");
                } else {
                    resolveUser(base, it.value());
                }
            } else {
                const QList<User> matches = m_emails.value(token.value);
                if (matches.isEmpty()) {
                    base.status = RowStatus::UnknownUser;
                    base.message = tr("no user has this email");
                } else if (matches.size() == 1) {
                    resolveUser(base, matches.first());
                } else {
                    base.status = RowStatus::Ambiguous;
                    base.message = tr("%n users share this email: choose one", nullptr, int(matches.size()));
                    base.ownerEmail = token.value;
                    for (const User& u : matches)
                        base.candidates.append({ u.id, userName(u), u.email });
                }
            }
            break;
        case ParsedOwner::Type::Entitlement:
            base.owner = OwnerRef::ofEntitlement(token.entitlement.appId, token.entitlement.id);
            if (wantUsers) {
                base.status = RowStatus::WrongKind;
                base.message = tr("an entitlement reference, but user owners are being changed");
            } else if (!m_lookupError.isEmpty()) {
                base.status = RowStatus::CheckFailed;
                base.message = m_lookupError;
            } else {
                const auto it = m_entitlements.constFind(token.value);
                if (it == m_entitlements.cend()) {
                    base.status = RowStatus::EntitlementNotFound;
                    base.message = tr("no entitlement with this ID in that app");
                } else {
                    base.ownerName = it->displayName.isEmpty() ? it->slug : it->displayName;
                }
            }
            break;
        }
        for (int t = 0; t < targetCount; ++t) {
            BulkRow row = base;
            row.target = t;
            rows.append(std::move(row));
        }
    }
    applyTargetRules(rows);
    return rows;
}

bool BulkPlanner::choose(QList<BulkRow>& rows, const QString& input, const QString& userId) const
{
    const auto it = m_users.constFind(userId);
    if (it == m_users.cend())
        return false;
    bool changed = false;
    for (BulkRow& row : rows) {
        if (row.input != input || row.status != RowStatus::Ambiguous)
            continue;
        if (std::none_of(
                row.candidates.cbegin(), row.candidates.cend(), [&](const UserCandidate& c) { return c.id == userId; }))
            continue;
        resolveUser(row, it.value());
        changed = true;
    }
    if (changed)
        applyTargetRules(rows);
    return changed;
}

void BulkPlanner::applyTargetRules(QList<BulkRow>& rows) const
{
    const bool add = m_input.operation == BulkOperation::Add;
    QHash<int, QSet<QString>> planned; // target → owner keys this job writes
    QHash<QString, int> firstLineOf; // "target|owner" → line, to catch an email and an ID of the same user
    for (BulkRow& row : rows) {
        if (!isResolvedStatus(row.status))
            continue;
        const QString ownerKey = row.owner.key();
        const QString rowKey = QString::number(row.target) + u'|' + ownerKey;
        const auto seen = firstLineOf.constFind(rowKey);
        if (seen != firstLineOf.cend()) {
            row.status = RowStatus::NoOp;
            row.message = tr("the same owner as line %1").arg(seen.value());
            continue;
        }
        firstLineOf.insert(rowKey, row.line);

        const auto targetError = m_targetErrors.constFind(row.target);
        if (targetError != m_targetErrors.cend()) {
            row.status = RowStatus::CheckFailed;
            row.message = targetError.value();
            continue;
        }
        const bool isOwner = m_ownersInRole.value(row.target).contains(ownerKey);
        if (add && isOwner) {
            row.status = RowStatus::NoOp;
            row.message = tr("already an owner in role “%1”").arg(m_input.roleSlug);
            continue;
        }
        if (!add && !isOwner) {
            row.status = RowStatus::NoOp;
            row.message = tr("not an owner in role “%1”").arg(m_input.roleSlug);
            continue;
        }
        if (m_input.readOnly) {
            row.status = RowStatus::Blocked;
            row.message = tr("the profile is read-only");
            continue;
        }
        if (add && row.checked) {
            const QSet<QString>& existing = m_ownersAnyRole.value(row.target);
            QSet<QString>& mine = planned[row.target];
            const bool counted = existing.contains(ownerKey) || mine.contains(ownerKey);
            const int total = int(existing.size() + mine.size()) + (counted ? 0 : 1);
            if (total > m_input.ownerLimit) {
                row.status = RowStatus::OverLimit;
                row.message = tr("would exceed %n owners of this kind (%1 already there)", nullptr, m_input.ownerLimit)
                                  .arg(existing.size());
                continue;
            }
            mine.insert(ownerKey);
        }
        row.status = RowStatus::Ready;
        row.message.clear();
    }
}

} // namespace c1

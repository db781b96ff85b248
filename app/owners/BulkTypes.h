#pragma once

#include "api/Types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <optional>

namespace c1 {

Q_DECLARE_LOGGING_CATEGORY(lcBulk)

enum class BulkOperation { Add, Remove };

// The state of one (owner × target) row, from the check through the apply.
enum class RowStatus {
    // After the check
    Ready, // will be written
    NoOp, // already an owner (add) / not an owner (remove): nothing to write
    Invalid, // malformed input (reason says why)
    WrongKind, // e.g. an entitlement reference while user owners are being assigned
    UnknownUser,
    Ambiguous, // an email shared by several users: the admin picks one
    Disabled, // disabled or deleted user
    EntitlementNotFound,
    OverLimit, // would exceed 32 owners of this kind on the object
    Blocked, // read-only profile
    CheckFailed, // the check itself could not be completed (network)
    // During and after the apply
    Sending, // the request may be on the wire (journaled BEFORE it is sent)
    Verifying, // reading whether an ambiguous write took effect
    Done,
    AlreadyDone, // the server already had it (found on verification or answered "already exists")
    Failed, // server's message and request-id in the row
    NotAttempted, // unticked or never reached
    Canceled, // canceled before it took effect (verified)
    TargetGone, // the app or resource (any owner target) no longer exists (read back after a 404)
};
constexpr int kRowStatusCount = int(RowStatus::TargetGone) + 1;

QString rowStatusText(RowStatus status); // translated, short
QString rowStatusKey(RowStatus status); // stable, for the journal and CSV
RowStatus rowStatusFromKey(const QString& key, bool* ok = nullptr);
bool isRunnable(RowStatus status); // Ready: the job writes it
bool isFinal(RowStatus status); // nothing more will happen to it in this job
bool makesCall(RowStatus status); // the row has (or had, or would have) a write call

struct UserCandidate {
    QString id;
    QString name;
    QString email;
};

// One owner change of a plan: who (owner), where (target, an index into the job's targets), what (operation and
// role slug: the row's own when set, else the job's), and its result. A plan may mix adds and removes in several
// roles (an ownership transfer, the inverse of a finished job), so the engine reads both from the row.
struct BulkRow {
    int line = 0; // line of the paste
    QString input; // the token as pasted
    OwnerRef owner; // resolved (user ID or entitlement reference)
    QString ownerName; // resolved display name
    QString ownerEmail;
    QList<UserCandidate> candidates; // Ambiguous: users sharing the email
    int target = 0; // index into the job's targets
    std::optional<BulkOperation> operation; // unset: the job's (BulkJobSpec::operation)
    QString roleSlug; // empty: the job's (BulkJobSpec::roleSlug)
    RowStatus status = RowStatus::Ready;
    QString message; // reason (check) or the server's message (apply)
    QString requestId;
    bool checked = true; // the admin can untick a row
    bool needsVerify = false; // a write may have reached the server: read before writing again
    int attempts = 0;

    QJsonObject toJson() const;
    static BulkRow fromJson(const QJsonObject& json);
};

struct BulkJobSpec {
    QString id; // UUID without braces
    QDateTime createdAt;
    QString profileId;
    QString profileName;
    QString tenant; // host, for display
    BulkOperation operation = BulkOperation::Add;
    OwnerKind kind = OwnerKind::User;
    QString roleSlug;
    QList<OwnerTarget> targets;
};

struct BulkJobState {
    enum class Phase { Planned, Running, Paused, Finished, Canceled };
    BulkJobSpec spec;
    QList<BulkRow> rows;
    Phase phase = Phase::Planned;
    QDateTime updatedAt;

    // What a row does, its own values first, then the job's.
    BulkOperation operationOf(const BulkRow& row) const { return row.operation.value_or(spec.operation); }
    QString roleOf(const BulkRow& row) const { return row.roleSlug.isEmpty() ? spec.roleSlug : row.roleSlug; }
    const OwnerTarget& targetOf(const BulkRow& row) const { return spec.targets.at(row.target); }
};

// The plan that undoes what `state` did: one ready row per row written (Done), with the opposite operation, the
// same owner, target and role. A fresh job id; rows already in place before the job are left alone.
BulkJobState inversePlan(const BulkJobState& state);

// The HTTP call a row makes: "POST /api/v2/apps/…/owners/users/primary/<id>" (docs/api-facts.md §3).
QString ownerCallPath(const OwnerTarget& target, OwnerKind kind, const QString& roleSlug, const OwnerRef& owner);
QString ownerCallMethod(BulkOperation operation);
QString targetLabel(const OwnerTarget& target); // display name, else the key

QJsonObject ownerTargetToJson(const OwnerTarget& target);
OwnerTarget ownerTargetFromJson(const QJsonObject& json);
QJsonObject ownerRefToJson(const OwnerRef& ref);
OwnerRef ownerRefFromJson(const QJsonObject& json);

} // namespace c1

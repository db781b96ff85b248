#pragma once

#include "api/Types.h"
#include "owners/BulkTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace c1 {

struct OwnershipItem;

// What a handover does with each (object × role) the leaver holds, and how far it got. Its rows are written by the
// owner-change engine (BulkOwnerJob): the add of the successor and the removal of the leaver are rows of two jobs,
// each journaled by JobJournal; the handover keeps the verification between them.
enum class HandoverMode {
    Transfer, // add the successor, verify, then remove the leaver where the successor is verified
    AddOnly, // add the successor and verify; the leaver keeps the ownership
    RemoveOnly, // remove the leaver (owns it by mistake) and verify the removal
};

enum class HandoverStage { Planned, Adding, Waiting, Verifying, Removing, Finished, Canceled };

enum class VerifyState {
    None, // not asked (yet)
    Pending, // to be read
    Verified, // the successor is there (or, removing only, the leaver is gone), read with a get-one
    NotVisible, // not there when the verification gave up: the leaver is kept
    Failed, // could not be read
    TargetGone,
};

struct HandoverItem {
    OwnerTarget target;
    QString appName;
    QString role;
    User successor; // id, name, email, status (empty when removing only)
    QStringList ownersBefore; // user IDs in the role before the handover (the leaver included)
    bool successorAlreadyOwner = false; // nothing to add; verified like an add
    bool blocked = false; // a check failed: nothing is sent for this row
    QString problem; // why blocked
    QString warning; // e.g. managed by infrastructure as code
    bool checked = true;
    std::optional<RowStatus> add; // the engine's result of the add row
    VerifyState verify = VerifyState::None;
    std::optional<RowStatus> remove; // the engine's result of the removal row
    QString message; // the latest result's message
    QString requestId;

    bool addInEffect() const; // successor in place (added, already there, or was before)
    bool removeInEffect() const;
    bool isSettled(HandoverMode mode) const; // nothing more to do for this row
    QStringList ownersAfter(const QString& leaverId, HandoverMode mode) const;
    QString resultText(HandoverMode mode) const; // translated one-line outcome

    QJsonObject toJson() const;
    static HandoverItem fromJson(const QJsonObject& json);
};

// The checks of the plan before anything is sent (docs/architecture.md, "Handover"), one row per (object × role).
struct HandoverChoice {
    User leaver;
    HandoverMode mode = HandoverMode::Transfer;
    std::optional<User> successor; // the default
    QHash<QString, User> successorByRole; // role slug → successor (before the default)
    QHash<QString, User> successorByApp; // app ID → successor (before the role's)
};
QList<HandoverItem> planHandover(const QList<OwnershipItem>& owned, const HandoverChoice& choice);

struct HandoverCounts {
    int rows = 0, blocked = 0, toDo = 0, settled = 0, failed = 0, warnings = 0;
};

// The handover's own journal: <dir>/<id>.json (atomic, QSaveFile), beside its jobs' journals <id>-add-<round>.json and
// <id>-remove-<round>.json (JobJournal). The jobs' journals say what was sent; this one what was verified and where
// the handover is, so a killed handover resumes where it was, and nothing is written twice.
struct HandoverState {
    QString id;
    QString profileId;
    QString profileName;
    QDateTime createdAt;
    QDateTime updatedAt;
    User leaver;
    HandoverMode mode = HandoverMode::Transfer;
    HandoverStage stage = HandoverStage::Planned;
    int round = 0; // each apply or retry is a round with its own job journals
    QList<HandoverItem> items;

    QStringList calls(int item) const;
    HandoverCounts counts() const; // failed: rows not settled once the handover stopped
    QString
    summary() const; // translated: rows, blocked, warnings // "POST /api/v2/…" of each step of the row, in order
    // Translated: what applying does, naming the leaver, the successor(s) and the counts of the rows to send (the
    // production confirmation says it before the tenant's name is typed).
    QString confirmationText() const;
    // The report: one line per row with the owners of its role before and after (RFC 4180, UTF-8 with a BOM).
    void writeCsv(QIODevice* device) const;

    QJsonObject toJson() const;
    static std::optional<HandoverState> fromJson(const QJsonObject& json, QString* error = nullptr);
    static bool write(const QString& path, const HandoverState& state, QString* error = nullptr);
    static std::optional<HandoverState> load(const QString& path, QString* error = nullptr);
    static QString defaultDir(); // <AppDataLocation>/handovers
    static QString pathFor(const QString& dir, const QString& id);
    static QString jobPathFor(const QString& dir, const QString& id, bool add, int round);
    // The plan of this round's add job (the successors) or remove job (the leaver) over `rows` (indexes into
    // items): one row per item, its line the item's index + 1, for the owner-change engine (BulkOwnerJob).
    BulkJobState jobPlan(
        bool add, const QList<int>& rows, const QString& jobProfileId, const QString& jobProfileName) const;
    bool isUnfinished() const; // stopped between Planned and Finished (a kill, a crash)
    // The profile's unfinished handovers in `dir`, newest first.
    static QList<HandoverState> unfinished(const QString& dir, const QString& profileId);
};

QString handoverPersonLabel(const User& user); // translated "name (email)", else the name or ID
QString handoverStageKey(HandoverStage stage);
QString handoverModeKey(HandoverMode mode);

} // namespace c1

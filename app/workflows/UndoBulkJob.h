#pragma once

#include "owners/BulkTypes.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace c1 {

class BulkLedger;
class BulkOwnerJob;
class Session;
class UndoCheck;

// Undo of a finished owner-change job (a bulk change, an ownership transfer, an undo) from its journal, below any
// widget: load the journal → the inverse plan (inversePlan: remove what was added, add again what was removed, same
// owner, target and role; rows that wrote nothing are left out) → check every row against the tenant (UndoCheck:
// rows that changed since the job are unticked, rows with nothing left to undo are not written) → preview with
// ticks (a tick on a "changed since" row is the admin's consent) → apply on the owner-change engine (BulkOwnerJob:
// journaled before every send, read back after ambiguous answers) under a journal of its own, so that an undo killed
// halfway is offered for resume like any unfinished job. UndoJobDialog renders it; tests drive it without widgets.
class UndoBulkJob : public QObject {
    Q_OBJECT
public:
    enum class State { Empty, Loaded, Checking, Preview, Running, Ended };

    explicit UndoBulkJob(Session* session, QObject* parent = nullptr);
    ~UndoBulkJob() override;

    // Where the undo is journaled (default JobJournal::defaultDir(): beside the jobs it undoes).
    void setJournalDir(const QString& dir) { m_journalDir = dir; }
    QString journalDir() const { return m_journalDir; }

    // Loads a finished job's journal and builds its inverse plan; false and a translated *error when the file is
    // unreadable, the job has not finished, belongs to another profile, or wrote nothing. startCheck() follows.
    bool load(const QString& journalPath, QString* error = nullptr);
    // The same for a handover, from its state file (HandoverHistory::loadJob: its steps' rows as one job); refused
    // while the handover is unfinished (it is resumed in its window first).
    bool loadHandover(const QString& statePath, QString* error = nullptr);
    const BulkJobState& original() const { return m_original; }
    QString originalPath() const { return m_originalPath; }

    State state() const { return m_state; }
    bool isReadOnly() const; // read-only profile or no session: checks and previews, never writes
    BulkLedger* ledger() const { return m_ledger; }
    BulkOwnerJob* job() const { return m_job; }
    QString undoJournalPath() const; // once applied

    // Production confirmation, as for a bulk change: the tenant's whole name.
    bool needsConfirmation() const;
    QString confirmationName() const;
    void setConfirmation(const QString& typed);
    bool isConfirmed() const;

    bool isChangedSince(int row) const { return m_changed.contains(row); }
    const QList<int>& changedRows() const { return m_changed; } // ledger rows, after the check
    int changedCount() const { return int(m_changed.size()); }
    int toUndoCount() const; // ready and ticked
    QString summary() const;
    QString progressText() const;

    bool canCheck() const;
    bool canApply() const;
    bool canCancel() const;
    bool canRetry() const; // the undo ended with failed rows
    bool canClose() const;

public Q_SLOTS:
    void startCheck();
    void cancelCheck();
    void apply();
    void cancel(); // the running undo: what is out is verified, the rest is not written
    void retryFailed(); // the failed rows again (each read back first where its write was ambiguous)

Q_SIGNALS:
    void stateChanged();
    void checkProgress(int done, int total);
    void checkFinished();
    void progressChanged();
    void message(const QString& text); // e.g. the journal cannot be written
    void finished(); // the undo job ended
    void ownersChanged(const QList<c1::OwnerTarget>& targets);

private:
    void setState(State state);
    bool loadState(std::optional<BulkJobState> state, const QString& path, const QString& readError, QString* error);
    void onCheckFinished(bool canceled);

    QPointer<Session> m_session;
    QString m_journalDir;
    QString m_originalPath;
    BulkJobState m_original;
    BulkJobState m_plan;
    BulkLedger* m_ledger;
    UndoCheck* m_check = nullptr;
    BulkOwnerJob* m_job = nullptr;
    QList<int> m_changed;
    QString m_confirmation;
    State m_state = State::Empty;
};

} // namespace c1

#pragma once

#include "api/C1Client.h"
#include "settings/Profile.h"
#include "workflows/HandoverJournal.h"
#include "workflows/HandoverPlan.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace c1 {

class BulkOwnerJob;
class HandoverVerifier;

// "Hand over ownership" as a workflow, below any widget. From what a leaver owns (OwnershipScan's model) and the
// chosen successor(s), plan() makes one row per (object × role) with the checks made before anything is sent
// (planHandover). apply() then runs, on the one owner-change engine (BulkOwnerJob, journaled by JobJournal):
//  1. ADD the successor with the same role everywhere (one job);
//  2. WAIT out the tenant's propagation delay (a countdown; nothing blocks) and VERIFY each add with a get-one,
//     reading again every retry interval until the verification timeout;
//  3. REMOVE the leaver only where the successor is verified (a second job).
// Add only keeps the leaver; remove only removes the leaver and verifies the removal. Each step's rows and results
// are journaled (HandoverState beside the jobs' journals), so a killed handover resumes (resume()) to the same end
// state with nothing sent twice: rows caught mid-write are read back by the engine before anything is re-sent.
// retryFailed() runs another round over the rows that did not settle. HandoverWindow renders it.
class Handover : public QObject {
    Q_OBJECT
public:
    Handover(C1Client* client, Profile profile, QObject* parent = nullptr);
    ~Handover() override;

    void setJournalDir(const QString& dir) { m_journal.setDir(dir); }
    QString journalDir() const { return m_journal.dir(); }
    void setPropagationWait(int ms) { m_propagationWaitMs = std::max(0, ms); } // default 60 s
    int propagationWait() const { return m_propagationWaitMs; }
    void setVerifyTimeout(int ms) { m_verifyTimeoutMs = std::max(0, ms); } // default 180 s after the wait
    void setRetryInterval(int ms) { m_retryIntervalMs = std::max(10, ms); } // default 5 s
    void setMaxSendsPerRow(int n) { m_maxSends = n; }

    // The plan: replaces any earlier plan (only before apply).
    bool plan(const QList<OwnershipItem>& owned, const HandoverChoice& choice);
    bool resume(const QString& journalPath, QString* error = nullptr);

    const HandoverState& state() const { return m_state; }
    const QList<HandoverItem>& items() const { return m_state.items; }
    HandoverMode mode() const { return m_state.mode; }
    HandoverStage stage() const { return m_state.stage; }
    QString journalPath() const;
    void setItemChecked(int item, bool checked); // before apply
    QStringList calls(int item) const; // "POST /api/v2/…" of each step of the row
    int secondsLeft() const; // of the wait, 0 when not waiting
    bool isActive() const; // a step is under way
    bool isReadOnly() const { return m_profile.readOnly || !m_client; }

    // Production confirmation, as for the other production writes: on a production profile apply() waits until the
    // tenant's whole name (as the profile band shows it) is typed; confirmationText() names the leaver, the
    // successor(s) and the counts. A new plan asks again.
    bool needsConfirmation() const { return m_profile.production && !isReadOnly(); }
    QString confirmationName() const { return m_tenantName; }
    QString confirmationText() const { return m_state.confirmationText(); }
    void setConfirmation(const QString& typed) { m_confirmation = typed; }
    bool isConfirmed() const
    {
        return !needsConfirmation()
            || (!m_tenantName.isEmpty() && m_confirmation.trimmed().compare(m_tenantName, Qt::CaseInsensitive) == 0);
    }

    bool canApply() const;
    bool canCancel() const { return isActive(); }
    bool canRetry() const;
    bool canSkipWait() const { return m_state.stage == HandoverStage::Waiting; }

    using Counts = HandoverCounts;
    Counts counts() const;
    QString progressText() const;
    QString summary() const;

    bool exportCsv(const QString& path, QString* error = nullptr) const;
    QString suggestedExportPath() const;

public Q_SLOTS:
    void apply();
    void cancel();
    void retryFailed();
    void skipWait(); // verify now

Q_SIGNALS:
    void itemsReset();
    void itemChanged(int item);
    void stageChanged(c1::HandoverStage stage);
    void countdown(int secondsLeft);
    void progress();
    void finished();
    void message(const QString& text); // e.g. a journal that cannot be written
    void ownersChanged(const QList<c1::OwnerTarget>& targets);

private:
    void setStage(HandoverStage stage);
    void runRound();
    void startAdding(BulkOwnerJob* resumed = nullptr);
    void startWaiting(bool forceWait);
    void startVerifying();
    void onVerifyPassDone();
    void startRemoving(BulkOwnerJob* resumed = nullptr);
    void afterRemoving();
    void finish();
    BulkOwnerJob* makeJob(bool add, const QList<int>& items);
    void attachJob(BulkOwnerJob* job, bool add);
    void onJobRow(BulkOwnerJob* job, bool add, int row);
    BulkOwnerJob* loadJob(bool add);
    bool isGone(const HandoverItem& item) const;

    QPointer<C1Client> m_client;
    Profile m_profile;
    QString m_tenantName; // host[:port] of the client's base URL
    QString m_confirmation; // typed
    HandoverState m_state;
    HandoverJournal m_journal; // of m_state
    int m_propagationWaitMs = 60000;
    int m_verifyTimeoutMs = 180000;
    int m_retryIntervalMs = 5000;
    int m_maxSends = 3;
    BulkOwnerJob* m_job = nullptr; // the step's job (add or remove)
    HandoverVerifier* m_verifier = nullptr;
    QTimer m_tick; // the countdown
    QDeadlineTimer m_waitEnd;
    QDeadlineTimer m_verifyEnd;
    bool m_addedThisRound = false;
    bool m_canceling = false;
};

} // namespace c1

Q_DECLARE_METATYPE(c1::HandoverStage)

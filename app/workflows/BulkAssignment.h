#pragma once

#include "owners/BulkPlanner.h"
#include "owners/BulkTypes.h"
#include "owners/OwnerIdParser.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace c1 {

class BulkCheck;
class BulkLedger;
class BulkOwnerJob;
class ProfileStore;
class Session;

// The bulk owner change as one workflow, below any widget: paste (or load a CSV) → parse (QtConcurrent, cancelable)
// → check against the tenant (BulkCheck) → plan (BulkPlanner) → preview with ticks and chosen users → apply
// (BulkOwnerJob, journaled) → pause/resume/cancel → retry failed → CSV export. The rows live in one BulkLedger: the
// plan until the apply, then the job's. A journaled job that did not finish is taken over with resume().
// Read-only profiles can check and preview but never apply; production profiles need the tenant's whole name typed
// first. BulkOwnersDialog renders this state and forwards the user's intent; tests drive it without widgets.
class BulkAssignment : public QObject {
    Q_OBJECT
public:
    // The apply's progress, counted one way from start to end: a resumed job's rows written before it was taken over
    // count as written and in the total ("43 of 60 written, 17 resumed"); a retry counts what was written before.
    struct Progress {
        int total = 0; // rows the job writes, including those written before this run
        int written = 0; // done or already in place
        int resumed = 0; // written before a resumed job was taken over (part of `written`)
        int failed = 0;
        int canceled = 0;
        int finished = 0; // rows settled, for a progress bar out of `total`
        double rowsPerSecond = 0;
        bool paused = false;
    };

    BulkAssignment(Session* session, QList<OwnerTarget> targets, QObject* parent = nullptr);
    ~BulkAssignment() override;

    Session* session() const;
    bool isReadOnly() const; // read-only profile, or no session: never writes
    const QList<OwnerTarget>& targets() const { return m_targets; }
    BulkLedger* ledger() const { return m_ledger; }
    BulkOwnerJob* job() const { return m_job; }

    // Where new jobs are journaled (default JobJournal::defaultDir()).
    void setJournalDir(const QString& dir) { m_journalDir = dir; }
    QString journalDir() const { return m_journalDir; }
    // Role slugs this profile used before are offered; the slug of an applied job is remembered.
    void setProfileStore(ProfileStore* store);
    QStringList offeredRoles() const { return m_offeredRoles; }

    // What to do. Each change outdates a checked preview (check again before applying); ignored once a job exists.
    OwnerKind ownerKind() const { return m_kind; }
    BulkOperation operation() const { return m_operation; }
    QString roleSlug() const { return m_roleSlug; }
    QString pasteText() const { return m_pasteText; }
    void setOwnerKind(OwnerKind kind);
    void setOperation(BulkOperation operation);
    void setRoleSlug(const QString& slug);
    void setPasteText(const QString& text);
    bool loadFile(const QString& path); // a CSV or text file becomes the paste (at most 32 MB); notes say why not

    // Takes over a job journaled by an earlier run (JobJournal::unfinishedJobs): rows caught "sending" are read back
    // before anything is written again; apply() continues it. False and a translated *error when the file is
    // unreadable or belongs to another profile. Only before a check or apply.
    bool resume(const QString& journalPath, QString* error = nullptr);
    bool isResumed() const { return m_resumed; }

    // Production confirmation: the tenant's whole name, as the profile band shows it, must be typed.
    bool needsConfirmation() const;
    QString confirmationName() const;
    void setConfirmation(const QString& typed);
    bool isConfirmed() const;

    // State for the view.
    bool isParsing() const { return m_parsing; }
    bool isChecking() const { return m_parsing || m_check; }
    bool isPreviewValid() const { return m_previewValid; }
    int checkDone() const { return m_checkDone; }
    int checkTotal() const { return m_checkTotal; } // 0 while the total is not known
    QString notes() const { return m_notes; }
    QString summary() const; // counts of the preview or the results, lines and rows told apart
    Progress progress() const;
    QString progressText() const;
    QList<UserCandidate> candidates(int row) const; // an ambiguous email's users (preview only)

    bool canEditInputs() const;
    bool canCheck() const;
    bool canApply() const;
    bool canPause() const;
    bool canResumeJob() const;
    bool canCancelJob() const;
    bool canRetry() const;
    bool canExport() const;
    bool canChooseUser() const;
    bool canClose() const; // false while the job is running

    // Export (BulkExport): in the documents folder first, then in the folder of the last export.
    QString suggestedExportPath() const;
    bool exportCsv(const QString& path, QString* error = nullptr);

public Q_SLOTS:
    void startCheck();
    void cancelCheck();
    void apply(); // starts the job of the preview, or continues a resumed one
    void pause();
    void resumeJob();
    void cancelJob();
    void retryFailed();
    bool chooseUser(int row, const QString& userId); // for every row of that ambiguous input

Q_SIGNALS:
    void stateChanged(); // anything the buttons depend on
    void inputsChanged(); // kind, operation or role changed from here (resume; entitlement references alone)
    void pasteTextChanged(const QString& text); // loadFile()
    void notesChanged(const QString& notes);
    void rolesOffered(const QStringList& roles);
    void checkProgress(int done, int total);
    void checkFinished();
    void progressChanged();
    void jobMessage(const QString& message); // e.g. the journal cannot be written
    // After a job ends: the targets whose owner lists changed.
    void ownersChanged(const QList<c1::OwnerTarget>& targets);

private:
    BulkPlanner::Input plannerInput() const;
    void invalidatePreview();
    void updateContext(); // what the ledger's calls depend on, from the settings
    void setNotes(const QString& notes);
    void offerRoles(const QStringList& roles);
    void onParsed();
    void onCheckFinished(bool canceled);
    void onRowChecked();
    void attachJob(BulkOwnerJob* job);
    void dropJob();
    int writtenNow() const;

    QPointer<Session> m_session;
    QList<OwnerTarget> m_targets;
    BulkLedger* m_ledger;
    ProfileStore* m_profiles = nullptr;
    QString m_journalDir;
    QStringList m_offeredRoles;
    OwnerKind m_kind = OwnerKind::User;
    BulkOperation m_operation = BulkOperation::Add;
    QString m_roleSlug;
    QString m_pasteText;
    QString m_confirmation;
    QString m_notes;

    QFutureWatcher<OwnerParseResult> m_parseWatcher;
    bool m_parsing = false;
    BulkCheck* m_check = nullptr;
    int m_checkDone = 0;
    int m_checkTotal = 0;
    BulkPlanner m_planner;
    bool m_previewValid = false;

    BulkOwnerJob* m_job = nullptr;
    bool m_resumed = false;
    int m_resumedRows = 0; // written before the resumed job was taken over
    int m_runBase = 0; // settled before the current run (start or retry) and not part of it
};

} // namespace c1

#pragma once

#include "api/Types.h"
#include "owners/BulkOwnerJob.h"
#include "owners/BulkPlanner.h"
#include "owners/OwnerIdParser.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

namespace Ui {
class BulkOwnersDialog;
}

namespace c1 {

class BulkCheck;
class BulkRowsFilterModel;
class BulkRowsModel;
class ProfileStore;
class Session;

// Bulk-paste owners (ui/forms/BulkOwnersDialog.ui): paste or load a CSV, parse (on a pool thread) and check against
// the tenant (cancelable), preview every (owner × target) row with filters and ticks, then apply with progress,
// pause/resume/cancel, per-row results, "Retry failed" and CSV export. Read-only profiles can preview but never
// apply; production profiles ask for the tenant name first. Every job is journaled so it can be resumed.
class BulkOwnersDialog : public QDialog {
    Q_OBJECT
public:
    BulkOwnersDialog(Session* session, QList<OwnerTarget> targets, QWidget* parent = nullptr);
    ~BulkOwnersDialog() override;

    void setProfileStore(ProfileStore* store); // role slug suggestions, and remembers the slug used
    void setJournalDir(const QString& dir); // default JobJournal::defaultDir()
    void setOwnerKind(OwnerKind kind);
    void setOperation(BulkOperation operation);
    void setRoleSlug(const QString& slug);
    void offerRoleSlugs(const QStringList& slugs); // adds missing slugs to the role list, keeping the current text
    void setPasteText(const QString& text);

    // Opens a job journaled by an earlier run (JobJournal::unfinishedJobs) ready to resume: rows caught "sending"
    // are read back before anything is written again. nullptr and a translated *error when the file is unreadable
    // or belongs to another profile. The dialog is not shown.
    static BulkOwnersDialog* resumeJob(
        Session* session, const QString& journalPath, QWidget* parent = nullptr, QString* error = nullptr);

    BulkRowsModel* rowsModel() const { return m_model; }
    BulkOwnerJob* job() const { return m_job; }
    bool isChecking() const { return m_parsing || m_check; }

public Q_SLOTS:
    void startCheck();
    void cancelCheck();
    void apply();
    void reject() override;

Q_SIGNALS:
    void checkFinished();
    // After a job ends: the targets whose owner lists changed, for the main window to refresh.
    void ownersChanged(const QList<c1::OwnerTarget>& targets);

private:
    BulkPlanner::Input plannerInput() const;
    void onParsed();
    void onCheckFinished(bool canceled);
    void onRowChecked();
    void chooseForSelection();
    void loadCsv();
    void exportCsv();
    void invalidatePreview();
    void attachJob(BulkOwnerJob* job);
    void onJobProgress(const BulkOwnerJob::Counts& counts, double rate);
    void updateSummary();
    void updateButtons();
    bool confirmationOk() const;

    std::unique_ptr<Ui::BulkOwnersDialog> m_ui;
    QPointer<Session> m_session;
    QList<OwnerTarget> m_targets;
    ProfileStore* m_profiles = nullptr;
    QString m_journalDir;
    BulkRowsModel* m_model;
    BulkRowsFilterModel* m_proxy;
    QFutureWatcher<OwnerParseResult> m_parseWatcher;
    std::shared_ptr<std::atomic_bool> m_parseCancel;
    bool m_parsing = false;
    BulkCheck* m_check = nullptr;
    BulkPlanner m_planner;
    bool m_previewValid = false;
    bool m_resumed = false;
    BulkOwnerJob* m_job = nullptr;
};

} // namespace c1

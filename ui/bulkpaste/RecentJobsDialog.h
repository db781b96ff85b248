#pragma once

#include "api/Types.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class RecentJobsDialog;
}

namespace c1 {

class RecentBulkJobs;
class Session;
class UndoJobDialog;

// Recent Bulk Jobs (RecentJobsDialog.ui): the connected profile's finished bulk jobs, transfers and undos, kept for
// JobHistory::kRetentionDays (said in the window), with date, profile and counts; per job "Undo…" (opens an
// UndoJobDialog over an UndoBulkJob) and "Clear", and "Clear All". A view of RecentBulkJobs (app/workflows).
class RecentJobsDialog : public QDialog {
    Q_OBJECT
public:
    RecentJobsDialog(RecentBulkJobs* jobs, Session* session, QWidget* parent = nullptr);
    ~RecentJobsDialog() override;

    // Opens the undo of the job journaled at `path` (also "Undo this job…" of the bulk dialog). Returns the dialog,
    // or nullptr with the reason shown in the window.
    UndoJobDialog* undoJob(const QString& path);
    UndoJobDialog* currentUndo() const; // the undo opened from this window, while it is open

Q_SIGNALS:
    void ownersChanged(const QList<c1::OwnerTarget>& targets); // an undo opened from here ended

private:
    void fill();
    void updateButtons();
    QString selectedPath() const;
    void undoSelected();
    void clearSelected();
    void clearAll();

    std::unique_ptr<Ui::RecentJobsDialog> m_ui;
    RecentBulkJobs* m_jobs;
    QPointer<Session> m_session;
    QPointer<UndoJobDialog> m_undoDialog;
};

} // namespace c1

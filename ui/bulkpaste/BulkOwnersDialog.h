#pragma once

#include "api/Types.h"
#include "owners/BulkOwnerJob.h" // job() is the assignment's job
#include "owners/BulkTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BulkOwnersDialog;
}

namespace c1 {

class BulkAssignment;
class BulkRowsFilterModel;
class BulkRowsModel;
class ProfileStore;
class Session;

// Bulk-paste owners (BulkOwnersDialog.ui), a view of one BulkAssignment (app/workflows): the paste box, the
// settings, the check's progress and notes, the preview (a BulkRowsModel over the assignment's ledger, with filters
// and ticks), the apply's progress and buttons. Every button forwards to the assignment; nothing here talks to the
// tenant. Once a check has run, the preview takes most of the height (the split is remembered).
class BulkOwnersDialog : public QDialog {
    Q_OBJECT
public:
    // Shows `assignment` (adopted: deleted with the dialog unless it has a parent).
    explicit BulkOwnersDialog(BulkAssignment* assignment, QWidget* parent = nullptr);
    // A new assignment of `targets` on `session`.
    BulkOwnersDialog(Session* session, QList<OwnerTarget> targets, QWidget* parent = nullptr);
    ~BulkOwnersDialog() override;

    BulkAssignment* assignment() const { return m_assignment; }
    BulkRowsModel* rowsModel() const { return m_model; }
    BulkOwnerJob* job() const;
    bool isChecking() const;

    // Forwarded to the assignment.
    void setProfileStore(ProfileStore* store);
    void setJournalDir(const QString& dir);
    void setOwnerKind(OwnerKind kind);
    void setOperation(BulkOperation operation);
    void setRoleSlug(const QString& slug);
    void setPasteText(const QString& text);
    void offerRoleSlugs(const QStringList& slugs); // adds missing slugs to the role list, keeping the current text

public Q_SLOTS:
    void startCheck();
    void cancelCheck();
    void apply();
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void checkFinished();
    // After a job ends: the targets whose owner lists changed, for the main window to refresh.
    void ownersChanged(const QList<c1::OwnerTarget>& targets);

private:
    void setUpForm();
    void bind();
    void showInputs();
    void onCheckFinished();
    void chooseForSelection();
    void loadCsv();
    void exportCsv();
    void showProgress();
    void updateButtons();
    void givePreviewTheRoom();
    void saveSplit();

    std::unique_ptr<Ui::BulkOwnersDialog> m_ui;
    BulkAssignment* m_assignment;
    BulkRowsModel* m_model;
    BulkRowsFilterModel* m_proxy;
    bool m_previewShown = false; // a check ran: the split is the preview's
};

} // namespace c1

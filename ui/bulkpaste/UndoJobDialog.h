#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class UndoJobDialog;
}

namespace c1 {

class BulkRowsModel;
class UndoBulkJob;

// Undo Bulk Job (UndoJobDialog.ui), a view of one UndoBulkJob (app/workflows): what the job was, the check's
// progress, the inverse plan's rows with ticks (a tick on a "changed since" row is consent), the production
// confirmation, the undo's progress and result. The check starts when the dialog opens. Every button forwards to the
// workflow; nothing here talks to the tenant.
class UndoJobDialog : public QDialog {
    Q_OBJECT
public:
    // Shows `undo` (a loaded UndoBulkJob; adopted: deleted with the dialog unless it has a parent).
    explicit UndoJobDialog(UndoBulkJob* undo, QWidget* parent = nullptr);
    ~UndoJobDialog() override;

    UndoBulkJob* undo() const { return m_undo; }
    BulkRowsModel* rowsModel() const { return m_model; }

public Q_SLOTS:
    void reject() override; // not while the undo runs

private:
    void updateState();
    void showProgress();

    std::unique_ptr<Ui::UndoJobDialog> m_ui;
    UndoBulkJob* m_undo;
    BulkRowsModel* m_model;
};

} // namespace c1

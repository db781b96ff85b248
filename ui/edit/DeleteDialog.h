#pragma once

#include "edit/DialogParts.h"
#include "workflows/EditTarget.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace c1 {

class DeleteFlow;
class Session;

// "Delete App / Resource Type / Resource": names the object and what goes with it (a type's resources, an app's
// types, resources and entitlements), asks for the name on a production profile, and says why when the object
// cannot be deleted (synced by a connector, read-only profile). A view of a DeleteFlow (app/workflows): read fresh
// first, sent once, read back after an ambiguous failure. On success deleted() is emitted and the dialog closes.
class DeleteDialog : public QDialog {
    Q_OBJECT
public:
    // `resourceCount` (types only): the resources the tree has loaded, -1 when none; `complete` when that is all.
    DeleteDialog(const EditTarget& target, Session* session, int resourceCount = -1, bool complete = false,
        QWidget* parent = nullptr);
    ~DeleteDialog() override;

    DeleteFlow* flow() const { return m_flow; }
    QLineEdit* nameEdit() const { return m_typedName; }

public Q_SLOTS:
    void submit();
    void reject() override;

Q_SIGNALS:
    void deleted(const c1::EditTarget& target);

private:
    void render();

    DeleteFlow* m_flow;
    QLabel* m_consequences;
    QLabel* m_refusal;
    QLabel* m_typePrompt;
    QLineEdit* m_typedName;
    DialogParts m_parts;
};

} // namespace c1

#pragma once

#include "edit/DialogParts.h"
#include "workflows/EditTarget.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>

class QGroupBox;
class QLabel;
class QTableWidget;

namespace c1 {

class EditFlow;
class FormProblems;
class Session;

// "Edit App / Resource Type / Resource": every field the update accepts (an app: the create form's fields the
// update takes, and annotations), opened on fresh values. A view of an EditFlow (app/workflows): it lists what
// changed, sends only those fields (the update mask), stops to show both values when someone changed the object
// meanwhile, reads back after an ambiguous failure and says when the object was deleted meanwhile. A managed_by
// style annotation gets a warning at the top. A problem shows under its field and beside the buttons, and scrolls
// into view. On success saved() carries the tenant's answer and the dialog closes.
class EditDialog : public QDialog {
    Q_OBJECT
public:
    EditDialog(const EditTarget& target, Session* session, QWidget* parent = nullptr);
    ~EditDialog() override;

    EditFlow* flow() const { return m_flow; }
    QVariantMap values() const; // the form's values, by update-mask path
    QWidget* field(const QString& path) const { return m_fields.value(path); }
    QString problem() const { return m_problem; }

public Q_SLOTS:
    void submit();
    void reject() override;

Q_SIGNALS:
    // App, AppResourceType or AppResource, as the tenant answered.
    void saved(const QVariant& value);

private:
    void buildForm(QWidget* form);
    void setValues(const QVariantMap& values);
    void validate();
    void render();
    void showConflict();

    EditFlow* m_flow;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_fieldErrors; // the problem line under the name and policy ID fields
    FormProblems* m_problems = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_managedBy = nullptr;
    QLabel* m_changes = nullptr;
    QGroupBox* m_conflictBox = nullptr;
    QTableWidget* m_conflictTable = nullptr;
    DialogParts m_parts;
    QString m_problem;
    bool m_filling = false;
};

} // namespace c1

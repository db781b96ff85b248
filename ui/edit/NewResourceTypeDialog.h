#pragma once

#include "api/UpdateRequests.h"
#include "edit/DialogParts.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace c1 {

class ResourceTypeFlow;
class Session;

// "New Resource Type": a manually managed resource type of one app (display name and kind). A view of a
// ResourceTypeFlow (app/workflows): validated before sending (the one-per-app rule for every kind but Custom,
// from the types the tree has loaded), sent once, read back after an ambiguous failure. On success created() is
// emitted with the tenant's answer and the dialog closes.
class NewResourceTypeDialog : public QDialog {
    Q_OBJECT
public:
    NewResourceTypeDialog(Session* session, const QString& appId, const QString& appName,
        const QList<AppResourceType>& existingTypes, QWidget* parent = nullptr);
    ~NewResourceTypeDialog() override;

    ResourceTypeFlow* flow() const { return m_flow; }
    CreateResourceTypeRequest request() const;
    QString problem() const { return m_problem; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindCombo() const { return m_kind; }

public Q_SLOTS:
    void submit();
    void reject() override;

Q_SIGNALS:
    void created(const c1::AppResourceType& type);

private:
    void validate();
    void render();

    ResourceTypeFlow* m_flow;
    QString m_appId;
    QLineEdit* m_name;
    QLabel* m_nameError;
    QComboBox* m_kind;
    QLabel* m_kindError;
    DialogParts m_parts;
    QString m_problem;
    bool m_touched = false;
};

} // namespace c1

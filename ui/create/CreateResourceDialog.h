#pragma once

#include "api/C1Client.h"
#include "workflows/CreateFlow.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>

class QPushButton;

namespace Ui {
class CreateResourceDialog;
}

namespace c1 {

class CreateFormBinding;
class FormProblems;
class Session;

// "Create Resource": a manually managed resource (POST …/resource_types/{type}/resources, seeds 000/001).
// Given an app and resource type it creates there; without them (or without the type) it offers combo boxes
// filled from the tenant (listApps, then listResourceTypes of the chosen app). Same live validation as
// CreateAppDialog; like it a view of a CreateFlow (sending, the check after an ambiguous failure, Cancel, server
// errors). On success resourceCreated() is emitted and the dialog closes.
class CreateResourceDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateResourceDialog(
        Session* session, const QString& appId = {}, const QString& resourceTypeId = {}, QWidget* parent = nullptr);
    ~CreateResourceDialog() override;

    // Names for the header when app and type were given (IDs are shown otherwise).
    void setTargetNames(const QString& appName, const QString& resourceTypeName);

    QString appId() const;
    QString resourceTypeId() const;
    CreateResourceRequest request() const;
    QString problem() const { return m_problem; }
    bool isBusy() const { return m_flow->isBusy(); }
    CreateFlow* flow() const { return m_flow; }
    CreatedCheck* createdCheck() const { return m_flow->createdCheck(); } // for tests (its delays)
    bool isLoadingChoices() const { return m_appsCall.isRunning() || m_typesCall.isRunning(); }

public Q_SLOTS:
    void submit();
    void reject() override;

Q_SIGNALS:
    void resourceCreated(const c1::AppResource& resource);
    void choicesLoaded(); // app or type combo filled (tests, status)
    // A type made through "Create a Resource Type First…" (for the tree; the dialog selects it itself).
    void resourceTypeCreated(const c1::AppResourceType& type);

private:
    void loadApps();
    void loadTypes(const QString& appId);
    void validate();
    void updateTargetLabel();
    void createTypeFirst();

    std::unique_ptr<Ui::CreateResourceDialog> m_ui;
    QPointer<Session> m_session;
    QString m_fixedAppId;
    QString m_fixedTypeId;
    QString m_appName;
    QString m_typeName;
    CreateFlow* m_flow;
    CreateFormBinding* m_binding = nullptr;
    CallHandle m_appsCall;
    CallHandle m_typesCall;
    QString m_problem;
    QString m_loadError;
    QSet<QWidget*> m_touched;
    FormProblems* m_problems = nullptr; // the summary beside the buttons, scrolling to new problems
    QPushButton* m_createType = nullptr; // shown while the chosen app has no resource type
};

} // namespace c1

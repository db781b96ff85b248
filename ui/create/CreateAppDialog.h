#pragma once

#include "api/C1Client.h"
#include "workflows/CreateFlow.h"

#include <QDialog>
#include <QSet>

#include <memory>

namespace Ui {
class CreateAppDialog;
}

namespace c1 {

class CreateFormBinding;
class FormProblems;
class Session;

// "Create App" (POST /api/v1/apps, seed 002): every field of CreateAppRequest, validated live at each field;
// Create is enabled only while the form is valid. A view of a CreateFlow (app/workflows), which sends the request
// once, looks for the app by name after an ambiguous failure before Create is offered again, and keeps the input
// on a server error. On success appCreated() is emitted with the tenant's answer and the dialog closes (accept()).
class CreateAppDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateAppDialog(Session* session, QWidget* parent = nullptr);
    ~CreateAppDialog() override;

    CreateAppRequest request() const; // what Create sends, from the current input
    QString problem() const { return m_problem; } // first problem, empty when the form is valid
    bool isBusy() const { return m_flow->isBusy(); }
    CreateFlow* flow() const { return m_flow; }
    CreatedCheck* createdCheck() const { return m_flow->createdCheck(); } // for tests (its delays)

public Q_SLOTS:
    void submit(); // what the Create button does
    void reject() override; // while busy: cancel the request, keep the dialog

Q_SIGNALS:
    void appCreated(const c1::App& app);

private:
    void validate();

    std::unique_ptr<Ui::CreateAppDialog> m_ui;
    CreateFlow* m_flow;
    CreateFormBinding* m_binding = nullptr;
    QString m_problem;
    QSet<QWidget*> m_touched; // fields edited at least once: only they show "required"
    FormProblems* m_problems = nullptr; // the summary beside the buttons, scrolling to new problems
};

} // namespace c1

#pragma once

#include "api/C1Client.h"
#include "workflows/CreatedCheck.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>

namespace Ui {
class CreateAppDialog;
}

namespace c1 {

class FormProblems;
class Session;

// "Create App" (POST /api/v1/apps, seed 002): every field of CreateAppRequest, validated live at each field;
// Create is enabled only while the form is valid. While the request runs the form is busy and Cancel aborts
// it; a server error is shown with its request ID and the form keeps its input. On success appCreated() is
// emitted with the tenant's answer and the dialog closes (accept()).
// A failure that may have come after the tenant created the app (dropped connection, timeout, 5xx) is never
// answered by sending again: the dialog first looks for an app of that name created since the request (three
// searches over a few seconds, as search indexes lag). Found: it is the created app. Not found: the form says the
// app was most likely not created and Create is offered again.
class CreateAppDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateAppDialog(Session* session, QWidget* parent = nullptr);
    ~CreateAppDialog() override;

    CreateAppRequest request() const; // what Create sends, from the current input
    QString problem() const { return m_problem; } // first problem, empty when the form is valid
    bool isBusy() const;
    CreatedCheck* createdCheck() const { return m_check; } // for tests (its delays)

public Q_SLOTS:
    void submit(); // what the Create button does
    void reject() override; // while busy: cancel the request, keep the dialog

Q_SIGNALS:
    void appCreated(const c1::App& app);

private:
    void validate();
    void setBusy(bool busy);
    void showServerError(const QString& text);
    void onChecked(CreatedCheck::Outcome outcome, const QString& error);

    std::unique_ptr<Ui::CreateAppDialog> m_ui;
    QPointer<Session> m_session;
    CallHandle m_call;
    CreatedCheck* m_check = nullptr;
    CreateAppRequest m_sent;
    ApiError m_sendError;
    App m_found; // what the check found
    QString m_problem;
    QSet<QWidget*> m_touched; // fields edited at least once: only they show "required"
    FormProblems* m_problems = nullptr; // the summary beside the buttons, scrolling to new problems
};

} // namespace c1

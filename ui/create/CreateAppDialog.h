#pragma once

#include "api/C1Client.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>

namespace Ui {
class CreateAppDialog;
}

namespace c1 {

class Session;

// "Create App" (POST /api/v1/apps, seed 002): every field of CreateAppRequest, validated live at each field;
// Create is enabled only while the form is valid. While the request runs the form is busy and Cancel aborts
// it; a server error is shown with its request ID and the form keeps its input. On success appCreated() is
// emitted with the tenant's answer and the dialog closes (accept()).
class CreateAppDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateAppDialog(Session* session, QWidget* parent = nullptr);
    ~CreateAppDialog() override;

    CreateAppRequest request() const; // what Create sends, from the current input
    QString problem() const { return m_problem; } // first problem, empty when the form is valid
    bool isBusy() const { return m_call.isRunning(); }

public Q_SLOTS:
    void submit(); // what the Create button does
    void reject() override; // while busy: cancel the request, keep the dialog

Q_SIGNALS:
    void appCreated(const c1::App& app);

private:
    void validate();
    void setBusy(bool busy);
    void showServerError(const QString& text);

    std::unique_ptr<Ui::CreateAppDialog> m_ui;
    QPointer<Session> m_session;
    CallHandle m_call;
    QString m_problem;
    QSet<QWidget*> m_touched; // fields edited at least once: only they show "required"
};

} // namespace c1

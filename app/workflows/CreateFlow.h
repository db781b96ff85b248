#pragma once

#include "api/C1Client.h"
#include "api/Session.h"
#include "workflows/CreatedCheck.h"
#include "workflows/FlowState.h"

#include <QObject>
#include <QPointer>

namespace c1 {

// The "create" workflow behind both create dialogs (an app: POST /api/v1/apps; a manually managed resource:
// POST …/resource_types/{type}/resources). A dialog collects the input and its field problems, asks the flow
// whether Create is possible (blocker()), and forwards Create and Cancel; it renders state(), statusText() and
// errorText(). The flow
//  - refuses what cannot be sent (no session, a read-only profile, an invalid request) and sends nothing then;
//  - sends a request once: never while another one or a check runs;
//  - after an ambiguous failure (dropped, timed out, 5xx: the tenant may have created it) never sends again
//    blindly: it looks for the object by name, created since the request (CreatedCheck, three searches as search
//    indexes lag). Found: that is the created object. Not found: it was most likely not created, and Create is
//    offered again;
//  - on Cancel aborts the request (the tenant may still have created it: the error text says so) or the check;
//  - keeps the input: the dialog's fields are never touched; a server error only sets errorText().
class CreateFlow : public QObject {
    Q_OBJECT
public:
    enum class Kind { App, Resource };
    Q_ENUM(Kind)
    enum class State { Idle, Sending, Checking };
    Q_ENUM(State)

    CreateFlow(Kind kind, Session* session, QObject* parent = nullptr);
    ~CreateFlow() override;

    Kind kind() const { return m_kind; }
    Session* session() const { return m_session; }
    State state() const { return m_state.state(); }
    bool isBusy() const { return state() != State::Idle; }
    CreatedCheck* createdCheck() const { return m_check; } // its delays can be set (tests)
    int sends() const { return m_sends; } // creates sent by this flow

    // What the view shows: while busy what happens; after a failure why (with the request ID), else empty.
    QString statusText() const { return m_state.status(); }
    QString errorText() const { return m_state.error(); }

    // The rules every create form shares. Each returns a translated problem, empty when fine.
    static int maxOwnersPerKind();
    static QString displayNameProblem(const QString& displayName);
    static QString policyIdProblem(const QString& policyId);
    static QString ownersProblem(int count);
    QString problem(const CreateAppRequest& request) const;
    QString problem(const QString& appId, const QString& typeId, const CreateResourceRequest& request) const;
    // Why Create cannot be pressed now: not connected, read-only profile, the form's first problem. Empty = it can.
    QString blocker(const QString& formProblem) const;
    bool canCreate(const QString& formProblem) const { return !isBusy() && blocker(formProblem).isEmpty(); }

    // The text of an API error for a form: the translated message and, when known, the request ID.
    static QString errorTextFor(const ApiError& error);

    // Sends the create once. False (and nothing sent) while busy or when the request is refused (errorText()).
    bool createApp(const CreateAppRequest& request);
    bool createResource(const QString& appId, const QString& typeId, const CreateResourceRequest& request);
    // Aborts the request or the check; the flow ends Idle with an error text saying what may have happened.
    void cancel();

Q_SIGNALS:
    void stateChanged(c1::CreateFlow::State state);
    void textChanged(); // statusText() or errorText()
    void appCreated(const c1::App& app);
    void resourceCreated(const c1::AppResource& resource);
    // After a failure or a cancel (errorText() says which); the input is kept for another try.
    void failed();

private:
    using Search = CreatedCheck::Search;
    void sent(const ApiError& error, const QDateTime& sentAt, const Search& search);
    void onChecked(CreatedCheck::Outcome outcome, const QString& error);
    bool refuse(const QString& problem);

    const Kind m_kind;
    QPointer<Session> m_session;
    CreatedCheck* m_check;
    CallHandle m_call;
    FlowState<CreateFlow, State> m_state { this, State::Idle };
    QString m_sentName;
    ApiError m_sendError;
    App m_foundApp;
    AppResource m_foundResource;
    int m_sends = 0;
};

} // namespace c1

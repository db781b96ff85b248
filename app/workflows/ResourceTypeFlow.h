#pragma once

#include "api/C1Client.h"
#include "workflows/CreatedCheck.h"
#include "workflows/FlowState.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace c1 {

class Session;

// The "New Resource Type" workflow (POST /api/v1/apps/{app_id}/resource_types {displayName, resourceType}). Like
// CreateFlow: the dialog asks problem()/blocker() and forwards Create and Cancel; the flow
//  - refuses what cannot be sent: no session, a read-only profile, an empty or over-long name, a kind C1 does not
//    know, and a second type of a kind other than CUSTOM on one app (C1 answers that with a 500). The app's types
//    come from the loaded tree (setExistingTypes()); the API does not return a type's kind, so the flow knows the
//    kinds of the types created through the console (kindOf()), and a type it cannot place is left to the tenant;
//  - sends once; after an ambiguous failure (dropped, timed out, 5xx: the tenant may have created it) lists the
//    app's resource types and looks for the name, created since the request, before Create is offered again (a
//    create has no idempotency key). A 500 for a second GROUP … is read back the same way, and then said plainly.
class ResourceTypeFlow : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Sending, Checking };
    Q_ENUM(State)

    explicit ResourceTypeFlow(Session* session, QObject* parent = nullptr);
    ~ResourceTypeFlow() override;

    State state() const { return m_state.state(); }
    bool isBusy() const { return state() != State::Idle; }
    QString statusText() const { return m_state.status(); }
    QString errorText() const { return m_state.error(); }
    int sends() const { return m_sends; }
    CreatedCheck* createdCheck() const { return m_check; }

    // The app's resource types as far as the tree has loaded them (id, displayName; traitIds when known).
    void setExistingTypes(const QList<AppResourceType>& types) { m_existing = types; }
    // What the console knows of a type's kind (ROLE, GROUP …): learned from the types it created. "" = unknown.
    static QString kindOf(const AppResourceType& type);
    static QString kindLabel(const QString& kind); // translated name of a kind

    QString problem(const QString& appId, const CreateResourceTypeRequest& request) const;
    QString blocker(const QString& formProblem) const;
    bool canCreate(const QString& formProblem) const { return !isBusy() && blocker(formProblem).isEmpty(); }

    bool create(const QString& appId, const CreateResourceTypeRequest& request);
    void cancel();

Q_SIGNALS:
    void stateChanged(c1::ResourceTypeFlow::State state);
    void textChanged();
    void created(const c1::AppResourceType& type);
    void failed();

private:
    void sent(const ApiError& error, const QDateTime& sentAt);
    void onChecked(CreatedCheck::Outcome outcome, const QString& error);
    void remember(const AppResourceType& type);

    QPointer<Session> m_session;
    CreatedCheck* m_check;
    CallHandle m_call;
    FlowState<ResourceTypeFlow, State> m_state { this, State::Idle };
    QList<AppResourceType> m_existing;
    QString m_appId;
    CreateResourceTypeRequest m_sent;
    ApiError m_sendError;
    AppResourceType m_found;
    int m_sends = 0;
};

} // namespace c1

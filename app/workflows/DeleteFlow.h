#pragma once

#include "api/C1Client.h"
#include "workflows/EditTarget.h"
#include "workflows/FlowState.h"

#include <QObject>
#include <QPointer>

namespace c1 {

class Session;

// The "delete" workflow behind Delete… for an app (a soft delete), a manually managed resource type (with all its
// resources) and a manually managed resource. The dialog shows what prepare() found and forwards the decision:
//  - prepare() reads the object and its app fresh: a 404 means it is already gone; an app synced by a connector
//    (not manually managed) and its types and resources cannot be deleted here (refusal() says why);
//  - consequences() names the object and what goes with it (a type's resources: the loaded count, or "at least N"
//    while the tree has not loaded them all); on a production profile the admin must type the name;
//  - remove() sends the DELETE once; after an ambiguous failure it reads the object back: a 404 (or a deletedAt)
//    means it was deleted, else Delete is offered again. Nothing is sent twice by the flow.
class DeleteFlow : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Loading, Ready, Sending, ReadingBack, Deleted };
    Q_ENUM(State)

    DeleteFlow(const EditTarget& target, Session* session, QObject* parent = nullptr);
    ~DeleteFlow() override;

    const EditTarget& target() const { return m_target; }
    State state() const { return m_state.state(); }
    bool isBusy() const
    {
        return state() == State::Loading || state() == State::Sending || state() == State::ReadingBack;
    }
    QString statusText() const { return m_state.status(); }
    QString errorText() const { return m_state.error(); }
    int sends() const { return m_sends; }

    // A resource type's resources as the tree knows them: `count` loaded, `complete` when that is all of them.
    void setResourceCount(int count, bool complete);

    QString refusal() const; // why it cannot be deleted at all (read-only, synced, gone); "" when it can
    QString consequences() const; // what Delete does, naming the object
    bool needsTypedName() const; // a production profile: the admin types the name to confirm
    QString nameToType() const { return m_target.displayName(); }
    bool nameMatches(const QString& typed) const;
    QString blocker(const QString& typedName) const; // why Delete cannot be pressed now; "" when it can
    bool canDelete(const QString& typedName) const { return !isBusy() && blocker(typedName).isEmpty(); }

    void prepare();
    bool remove(const QString& typedName); // false (nothing sent) when refused
    void cancel();

Q_SIGNALS:
    void stateChanged(c1::DeleteFlow::State state);
    void textChanged();
    void prepared();
    void deleted(const c1::EditTarget& target); // also when it turned out to be gone already
    void failed();

private:
    void onAppRead(Result<App> result);
    void readObject();
    void onSent(const ApiError& error);
    void readBack();
    void finishDeleted(const QString& how);

    EditTarget m_target;
    QPointer<Session> m_session;
    CallHandle m_call;
    FlowState<DeleteFlow, State> m_state { this, State::Idle };
    QString m_refusal;
    App m_app;
    int m_resourceCount = -1;
    bool m_countComplete = false;
    ApiError m_sendError;
    int m_sends = 0;
};

} // namespace c1

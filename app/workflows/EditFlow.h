#pragma once

#include "api/C1Client.h"
#include "workflows/EditTarget.h"
#include "workflows/FlowState.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

namespace c1 {

class Session;

// The "edit" workflow behind Edit App…, Edit Resource Type… and Edit Resource… (POST …/{id} with an update mask).
// The dialog renders the fields (EditFields maps: update-mask path → value) and forwards intent; the flow
//  - opens on fresh values: load() reads the object (GET) and emits loaded(); a 404 ends Gone;
//  - computes what changed against those values (changedPaths()): exactly these paths are the update mask;
//  - refuses what cannot be sent (no session, a read-only profile, nothing changed, an invalid value);
//  - just before sending reads the object again and compares updatedAt (C1 has no ETag): when someone changed it
//    meanwhile it stops in Conflict with both values of every field (conflicts()) and sends nothing until the
//    person chooses overwrite() (their edits win for the fields they changed) or useTheirs() (the form reloads);
//  - sends once; after an ambiguous failure (dropped, timed out, 5xx) reads the object back and compares: the
//    values are there (saved), a 404 (deleted meanwhile), or not applied (Save is offered again);
//  - never sends anything twice by itself.
class EditFlow : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Loading, Ready, Checking, Conflict, Sending, ReadingBack, Gone };
    Q_ENUM(State)

    struct Conflict {
        QString path;
        QVariant original; // what the form opened on
        QVariant theirs; // what the tenant holds now
        QVariant mine; // what the form would send
        bool mineChanged = false; // false: the form left this field alone, so theirs stays after an overwrite
    };

    EditFlow(const EditTarget& target, Session* session, QObject* parent = nullptr);
    ~EditFlow() override;

    const EditTarget& target() const { return m_target; }
    State state() const { return m_state.state(); }
    bool isBusy() const
    {
        return state() == State::Loading || state() == State::Checking || state() == State::Sending
            || state() == State::ReadingBack;
    }
    QString statusText() const { return m_state.status(); }
    QString errorText() const { return m_state.error(); }
    int sends() const { return m_sends; } // updates sent by this flow

    // The values the form opened on (after load()), their updatedAt, and the object as read.
    QVariantMap original() const { return m_original; }
    QDateTime originalUpdatedAt() const { return m_updatedAt; }
    QVariant fresh() const { return m_fresh; } // App, AppResourceType or AppResource
    // A managed_by style annotation of the object (Terraform reverts edits at its next apply); empty when none.
    QString managedByKey() const;

    QStringList changedPaths(const QVariantMap& edited) const;
    QString problem(const QVariantMap& edited) const; // the first problem of the edited values, "" when fine
    QString blocker(const QVariantMap& edited) const; // why Save cannot be pressed now, "" when it can
    bool canSave(const QVariantMap& edited) const { return !isBusy() && blocker(edited).isEmpty(); }
    QList<Conflict> conflicts() const { return m_conflicts; }
    QVariantMap theirs() const { return m_theirs; }

    void load();
    bool save(const QVariantMap& edited); // false (nothing sent) when refused: errorText() says why
    void overwrite(); // in Conflict: send the form's changes over the tenant's newer values
    void useTheirs(); // in Conflict: the tenant's values become the form's (loaded() again), nothing sent
    void cancel(); // aborts a read or the request (the error text says the update may still have happened)

Q_SIGNALS:
    void stateChanged(c1::EditFlow::State state);
    void textChanged();
    void loaded(const QVariantMap& values);
    void conflictFound();
    // The tenant's answer (App, AppResourceType or AppResource) after a save that took effect.
    void saved(const QVariant& value);
    void gone(); // 404: deleted meanwhile
    void failed();

private:
    using Fetched = std::function<void(Result<QVariant>)>;
    CallHandle fetch(Fetched done);
    void onLoaded(Result<QVariant> result);
    void onChecked(Result<QVariant> result);
    void send();
    void onSent(Result<QVariant> result);
    void onReadBack(Result<QVariant> result);
    bool refuse(const QString& problem);
    void goneNow();
    void takeTheirsAsBase(); // after a conflict: the tenant's values become what the form is compared with
    // A read that failed: a 404 ends Gone; anything else shows `why`, goes to `state` and fails.
    void readFailed(const ApiError& error, const QString& why, State state);

    EditTarget m_target;
    QPointer<Session> m_session;
    CallHandle m_call;
    FlowState<EditFlow, State> m_state { this, State::Idle };
    QVariant m_fresh;
    QVariantMap m_original;
    QDateTime m_updatedAt;
    QVariantMap m_edited; // what is being saved
    QStringList m_mask;
    QVariantMap m_theirs;
    QList<Conflict> m_conflicts;
    ApiError m_sendError;
    int m_sends = 0;
};

} // namespace c1

#pragma once

#include "api/C1Client.h"
#include "owners/BulkTypes.h"
#include "settings/Profile.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace c1 {

class BulkOwnerJob;
class OwnerNames;
class OwnersModel;
class ProfileStore;
class RoleSlugs;
class Session;

// The Owners tab's workflow, without widgets: the owners of one target (users and entitlements, every role) in an
// OwnersModel, and adding or removing owners through the owner-change engine. Every write is a plan run by a
// BulkOwnerJob: BulkPlanner decides "already an owner", "not an owner" and the 32-owner limit before anything is
// sent, the job sends with the profile's bounded concurrency, reads back after every ambiguous answer or 404, and
// reports each row. A change the tenant accepted shows as pending in the model until a list confirms it (the
// target is re-listed on a timer while any change is pending); nothing is sent twice.
class OwnersController : public QObject {
    Q_OBJECT
public:
    // One owner change of the last write and how it ended.
    struct RowResult {
        OwnerRecord record;
        BulkOperation operation = BulkOperation::Add;
        RowStatus status = RowStatus::Ready;
        QString message;
        QString requestId;
        bool inEffect() const { return status == RowStatus::Done || status == RowStatus::AlreadyDone; }
    };

    explicit OwnersController(QObject* parent = nullptr);
    ~OwnersController() override;

    void setSession(Session* session); // nullptr = disconnected
    // The same without a Session: the client to write through and its profile (read-only, concurrency, name).
    void setClient(C1Client* client, const Profile& profile);
    bool isConnected() const { return !m_client.isNull(); }
    const Profile& profile() const { return m_profile; }
    void setProfileStore(ProfileStore* store); // where role slugs are remembered per profile
    void setTarget(const OwnerTarget& target); // lists its owners
    void clearTarget();
    const OwnerTarget& target() const { return m_target; }
    bool hasTarget() const { return m_hasTarget; }

    OwnersModel* model() const { return m_model; }
    RoleSlugs* roleSlugs() const { return m_roleSlugs; }
    OwnerNames* names() const { return m_names; }

    bool isListing() const { return m_listsRunning > 0; }
    bool isWriting() const { return m_job != nullptr; }
    QString listError() const { return m_listError; }
    // After a write: what it did ("2 owners added."), or one line per owner that did not end as asked.
    QString lastMessage() const { return m_lastMessage; }
    QStringList lastErrors() const { return m_lastErrors; }
    const QList<RowResult>& lastResults() const { return m_results; }
    // Empty when owners can be changed now, else why not (translated).
    QString whyNotWritable() const;
    bool canWrite() const { return whyNotWritable().isEmpty(); }
    // How often owners are re-listed while a change is pending (default 20 s; 0 = only on refresh()).
    void setPendingRefreshInterval(int ms);
    void setMaxSendsPerRow(int sends) { m_maxSends = sends; }

    // Adds `owners` (their ref, and user/entitlement for display) in `roleSlug`. Nothing is sent, and the problem
    // is returned (translated), when the slug is malformed, the list is empty, one of them is already an owner in
    // that role, or they would exceed the 32-owner limit; otherwise the write starts and "" is returned.
    QString add(const QString& roleSlug, const QList<OwnerRecord>& owners);
    // Removes `records` (any kinds and roles); those already pending removal or no longer owners are skipped.
    QString remove(const QList<OwnerRecord>& records);
    QList<OwnerRecord> removable(const QList<OwnerRecord>& records) const;

    // Words for people: "the app “Salesforce”", the confirmation of a removal, an owner by name.
    QString targetText() const;
    QString removalQuestion(const QList<OwnerRecord>& records) const;
    QStringList removalLines(const QList<OwnerRecord>& records) const;
    QString ownerText(const OwnerRecord& record) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void stateChanged(); // listing, writing, messages or pending changes changed
    void listed(); // both owner lists of the target finished (successfully or not)
    void writeStarted();
    void rowFinished(const c1::OwnerRecord& record, c1::RowStatus status, const QString& message);
    void writeFinished(); // an add or remove finished; lastResults() has every row
    void ownersChanged(const c1::OwnerTarget& target); // the tenant has a change now

private:
    void listKind(OwnerKind kind);
    QString start(BulkJobState state, QList<OwnerRecord> records);
    void onRowChanged(int row);
    void onJobFinished();
    QString checkPlanned(const QList<BulkRow>& rows, OwnerKind kind, const QString& roleSlug) const;

    QPointer<C1Client> m_client;
    Profile m_profile;
    QString m_tenantHost;
    QPointer<ProfileStore> m_store;
    OwnersModel* m_model;
    RoleSlugs* m_roleSlugs;
    OwnerNames* m_names;
    QTimer* m_pendingTimer;
    OwnerTarget m_target;
    bool m_hasTarget = false;
    QList<CallHandle> m_lists;
    int m_listsRunning = 0;
    QString m_listError;
    QString m_lastMessage;
    QStringList m_lastErrors;
    QList<RowResult> m_results;
    QList<OwnerRecord> m_jobRecords; // the record of each row of the running job
    BulkOwnerJob* m_job = nullptr;
    int m_maxSends = 3;
};

} // namespace c1

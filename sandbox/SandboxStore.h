#pragma once

#include "sandbox/SandboxEntities.h"
#include "sandbox/SandboxPaging.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator64>

namespace c1 {

// The tenant's data with the indexes its lists and searches page over (by app, by type, global order), the
// owners of every app, resource and entitlement (keyed by the object's ID, which is unique across kinds), and its
// JSON form. A soft-deleted app is not found by app() (nor listed) but keeps its rows (appIncludingDeleted()).
// Lookups that take a parent check it: a resource asked for under another app or type is not found.
class SandboxStore : public QObject {
    Q_OBJECT
public:
    explicit SandboxStore(quint64 seed, QObject* parent = nullptr);
    ~SandboxStore() override;

    void reseed(quint64 seed) { m_random.seed(seed ^ 0x5eed5a4db0c5ULL); }
    QString newId(); // 27 alphanumeric characters, deterministic from the seed
    quint64 nextSeq() { return ++m_seq; }
    void clear();
    bool isEmpty() const { return m_apps.isEmpty() && m_users.isEmpty(); }

    const SandboxApp* app(const QString& id) const; // nullptr for a soft-deleted app
    const SandboxApp* appIncludingDeleted(const QString& id) const;
    SandboxApp* mutableApp(const QString& id); // nullptr for a soft-deleted app
    const SandboxApp& addApp(SandboxApp app);
    void softDeleteApp(const QString& id, qint64 now); // sets deletedAt, leaves the app order
    const SandboxSeqIndex& appOrder() const { return m_appOrder; }
    const QHash<QString, SandboxApp>& apps() const { return m_apps; }

    const SandboxResourceType* resourceType(const QString& appId, const QString& id) const;
    SandboxResourceType* mutableResourceType(const QString& appId, const QString& id);
    const SandboxResourceType& addResourceType(SandboxResourceType type);
    void removeResourceType(const QString& id); // with all its resources (see removeResource)
    const SandboxSeqIndex* typesOf(const QString& appId) const;
    const QHash<QString, SandboxResourceType>& resourceTypes() const { return m_types; }

    const SandboxResource* resource(const QString& appId, const QString& typeId, const QString& id) const;
    const SandboxResource* resourceById(const QString& id) const;
    SandboxResource* mutableResource(const QString& id);
    const SandboxResource& addResource(SandboxResource resource);
    void removeResource(const QString& id); // with its owners, its entitlements and their owners
    const SandboxSeqIndex* resourcesOf(const QString& typeId) const;
    const SandboxSeqIndex& resourceOrder() const { return m_resourceOrder; }
    const QHash<QString, SandboxResource>& resources() const { return m_resources; }

    const SandboxEntitlement* entitlement(const QString& appId, const QString& id) const;
    const SandboxEntitlement& addEntitlement(SandboxEntitlement entitlement);
    const SandboxSeqIndex* entitlementsOf(const QString& appId) const;
    const SandboxSeqIndex& entitlementOrder() const { return m_entitlementOrder; }
    const QHash<QString, SandboxEntitlement>& entitlements() const { return m_entitlements; }

    const SandboxUser* user(const QString& id) const;
    const SandboxUser* userByEmail(const QString& email) const; // case-insensitive
    const SandboxUser* userByUsername(const QString& username) const;
    const SandboxUser& addUser(SandboxUser user);
    const SandboxSeqIndex& userOrder() const { return m_userOrder; }
    const QHash<QString, SandboxUser>& users() const { return m_users; }

    // Owners of an app, resource or entitlement (by its ID), every role, visible or not yet.
    const QList<SandboxOwner>& owners(const QString& objectId) const;
    QList<SandboxOwner>& mutableOwners(const QString& objectId) { return m_owners[objectId]; }
    const QHash<QString, QList<SandboxOwner>>& allOwners() const { return m_owners; }
    int ownerWrites(const QString& objectId, const QString& ownerKey) const;
    void countOwnerWrite(const QString& objectId, const QString& ownerKey);

    // Called after every change; SandboxServer saves the state file (debounced) on changed().
    void markChanged() { Q_EMIT changed(); }

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject& json, QString* error);

Q_SIGNALS:
    void changed();

private:
    QRandomGenerator64 m_random;
    quint64 m_seq = 0;
    QHash<QString, SandboxApp> m_apps;
    SandboxSeqIndex m_appOrder;
    QHash<QString, SandboxResourceType> m_types;
    QHash<QString, SandboxSeqIndex> m_typesByApp;
    QHash<QString, SandboxResource> m_resources;
    QHash<QString, SandboxSeqIndex> m_resourcesByType;
    SandboxSeqIndex m_resourceOrder;
    QHash<QString, SandboxEntitlement> m_entitlements;
    QHash<QString, SandboxSeqIndex> m_entitlementsByApp;
    SandboxSeqIndex m_entitlementOrder;
    QHash<QString, SandboxUser> m_users;
    QHash<QString, QString> m_userByEmail; // lower-case email → id
    QHash<QString, QString> m_userByUsername;
    SandboxSeqIndex m_userOrder;
    QHash<QString, QList<SandboxOwner>> m_owners;
    QHash<QString, int> m_ownerWrites; // "<objectId>|<ownerKey>"
};

} // namespace c1

#pragma once

#include "api/C1Client.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace c1 {

// Names for the IDs an owner list shows: apps (the app of an entitlement owner, the target), entitlements and
// users. Looked up lazily through the API (searches by ID, batched, each ID asked at most once per client) and
// cached; until a name is known the callers show the ID. Owner records teach the names they carry.
class OwnerNames : public QObject {
    Q_OBJECT
public:
    explicit OwnerNames(QObject* parent = nullptr);

    void setClient(C1Client* client); // forgets everything (another tenant)

    // Empty while unknown.
    QString appName(const QString& appId) const;
    QString entitlementName(const EntitlementRef& ref) const;
    QString userName(const QString& userId) const;

    void learn(const OwnerRecord& record); // the user or entitlement a record carries
    // Asks for what the records need and is not known: each record's entitlement app and a name it lacks.
    void request(const QList<OwnerRecord>& records);
    void requestApp(const QString& appId);
    bool isResolving() const { return m_running > 0 || m_flushQueued; }

    static constexpr int batchSize = 50;

Q_SIGNALS:
    void changed(); // new names arrived

private:
    void queueFlush();
    void flush();
    void finishedOne(bool learnt);

    QPointer<C1Client> m_client;
    QHash<QString, QString> m_apps; // appId → name
    QHash<QString, QString> m_entitlements; // "appId/id" → name
    QHash<QString, QString> m_users; // userId → name
    QSet<QString> m_asked; // "app/…", "ent/…", "user/…": never asked twice
    QStringList m_wantApps;
    QList<EntitlementRef> m_wantEntitlements;
    QStringList m_wantUsers;
    QList<CallHandle> m_calls;
    int m_running = 0;
    bool m_flushQueued = false;
    bool m_learnt = false;
};

} // namespace c1

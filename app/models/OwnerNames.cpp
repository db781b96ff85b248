#include "models/OwnerNames.h"

#include <QTimer>

#include <algorithm>

namespace c1 {

namespace {
QString entitlementKey(const EntitlementRef& ref)
{
    return ref.appId + QLatin1Char('/') + ref.id;
}

QString nameOf(const User& user)
{
    for (const QString& name : { user.displayName, user.email, user.username }) {
        if (!name.isEmpty())
            return name;
    }
    return {};
}

QString nameOf(const AppEntitlement& entitlement)
{
    for (const QString& name : { entitlement.displayName, entitlement.alias, entitlement.slug }) {
        if (!name.isEmpty())
            return name;
    }
    return {};
}
} // namespace

OwnerNames::OwnerNames(QObject* parent)
    : QObject(parent)
{ }

void OwnerNames::setClient(C1Client* client)
{
    if (m_client == client)
        return;
    for (CallHandle& call : m_calls)
        call.abort();
    m_calls.clear();
    m_client = client;
    m_apps.clear();
    m_entitlements.clear();
    m_users.clear();
    m_asked.clear();
    m_wantApps.clear();
    m_wantEntitlements.clear();
    m_wantUsers.clear();
    m_running = 0;
}

QString OwnerNames::appName(const QString& appId) const
{
    return m_apps.value(appId);
}

QString OwnerNames::entitlementName(const EntitlementRef& ref) const
{
    return m_entitlements.value(entitlementKey(ref));
}

QString OwnerNames::userName(const QString& userId) const
{
    return m_users.value(userId);
}

void OwnerNames::learn(const OwnerRecord& record)
{
    if (record.user && !record.user->id.isEmpty()) {
        const QString name = nameOf(*record.user);
        if (!name.isEmpty())
            m_users.insert(record.user->id, name);
    }
    if (record.entitlement && !record.entitlement->id.isEmpty()) {
        const QString name = nameOf(*record.entitlement);
        if (!name.isEmpty())
            m_entitlements.insert(entitlementKey({ record.entitlement->appId, record.entitlement->id }), name);
    }
}

void OwnerNames::requestApp(const QString& appId)
{
    if (appId.isEmpty() || m_apps.contains(appId) || m_asked.contains(QStringLiteral("app/") + appId))
        return;
    m_asked.insert(QStringLiteral("app/") + appId);
    m_wantApps.append(appId);
    queueFlush();
}

void OwnerNames::request(const QList<OwnerRecord>& records)
{
    for (const OwnerRecord& record : records) {
        learn(record);
        if (record.ref.kind == OwnerKind::User) {
            const QString& id = record.ref.userId;
            if (!id.isEmpty() && !m_users.contains(id) && !m_asked.contains(QStringLiteral("user/") + id)) {
                m_asked.insert(QStringLiteral("user/") + id);
                m_wantUsers.append(id);
                queueFlush();
            }
            continue;
        }
        const EntitlementRef& ref = record.ref.entitlement;
        requestApp(ref.appId);
        const QString key = entitlementKey(ref);
        if (!ref.id.isEmpty() && !m_entitlements.contains(key) && !m_asked.contains(QStringLiteral("ent/") + key)) {
            m_asked.insert(QStringLiteral("ent/") + key);
            m_wantEntitlements.append(ref);
            queueFlush();
        }
    }
}

void OwnerNames::queueFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QTimer::singleShot(0, this, &OwnerNames::flush);
}

void OwnerNames::flush()
{
    m_flushQueued = false;
    C1Client* client = m_client;
    if (!client) {
        m_wantApps.clear();
        m_wantEntitlements.clear();
        m_wantUsers.clear();
        return;
    }
    while (!m_wantApps.isEmpty()) {
        AppSearch search;
        search.appIds = m_wantApps.mid(0, batchSize);
        m_wantApps.remove(0, search.appIds.size());
        ++m_running;
        m_calls.append(client->searchApps(search, QString(), batchSize, this, [this](Result<Page<App>> result) {
            bool learnt = false;
            if (result) {
                for (const App& app : result.value().items) {
                    if (!app.displayName.isEmpty()) {
                        m_apps.insert(app.id, app.displayName);
                        learnt = true;
                    }
                }
            }
            finishedOne(learnt);
        }));
    }
    while (!m_wantEntitlements.isEmpty()) {
        EntitlementSearch search;
        search.refs = m_wantEntitlements.mid(0, batchSize);
        m_wantEntitlements.remove(0, search.refs.size());
        ++m_running;
        m_calls.append(
            client->searchEntitlements(search, QString(), batchSize, this, [this](Result<Page<AppEntitlement>> result) {
                bool learnt = false;
                if (result) {
                    for (const AppEntitlement& e : result.value().items) {
                        const QString name = nameOf(e);
                        if (!name.isEmpty()) {
                            m_entitlements.insert(entitlementKey({ e.appId, e.id }), name);
                            learnt = true;
                        }
                    }
                }
                finishedOne(learnt);
            }));
    }
    while (!m_wantUsers.isEmpty()) {
        UserSearch search;
        search.ids = m_wantUsers.mid(0, batchSize);
        m_wantUsers.remove(0, search.ids.size());
        ++m_running;
        m_calls.append(client->searchUsers(search, QString(), batchSize, this, [this](Result<Page<User>> result) {
            bool learnt = false;
            if (result) {
                for (const User& user : result.value().items) {
                    const QString name = nameOf(user);
                    if (!name.isEmpty()) {
                        m_users.insert(user.id, name);
                        learnt = true;
                    }
                }
            }
            finishedOne(learnt);
        }));
    }
}

void OwnerNames::finishedOne(bool learnt)
{
    m_running = std::max(0, m_running - 1);
    m_learnt = m_learnt || learnt;
    m_calls.removeIf([](const CallHandle& call) { return !call.isRunning(); });
    if (m_learnt && (m_running == 0 || learnt)) {
        m_learnt = false;
        Q_EMIT changed();
    }
}

} // namespace c1

#pragma once

#include "api/RetryPolicy.h"
#include "api/Types.h"
#include "api/UpdateRequests.h"
#include "api/UserOwnership.h"
#include "base/ApiError.h"
#include "base/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace c1 {

class BearerProvider;
class RequestLog;
class TokenSource;

// Something under way that can be cancelled: one logical call (perhaps several HTTP attempts) or a page stream.
class Abortable : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Cancels; the pending callback then receives ApiError::Kind::Canceled (exactly once, as always).
    virtual void abort() = 0;
};

// A weak handle to an Abortable. Safe to keep after the call finished (abort() becomes a no-op).
class CallHandle {
public:
    CallHandle() = default;
    explicit CallHandle(Abortable* call)
        : m_call(call)
    { }
    void abort()
    {
        if (m_call)
            m_call->abort();
    }
    bool isRunning() const { return !m_call.isNull(); }

private:
    QPointer<Abortable> m_call;
};

struct ClientConfig {
    QUrl baseUrl; // https://tenant.conductor.one or the profile's override
    int timeoutMs = 30000; // per HTTP attempt
    RetryPolicy retry;
    QList<QSslCertificate> extraCaCertificates; // added to the system CAs, never replacing verification
    // Over https, HTTP/2 is used whenever the server offers it (ALPN), else HTTP/1.1. This asks for cleartext HTTP/2
    // with prior knowledge on an http:// base URL instead (tests and benchmarks against the sandbox only).
    bool http2PriorKnowledge = false;
};

// Searches (POST /api/v1/search/...): only the fields the console uses; empty fields are not sent.
struct AppSearch {
    QString query;
    QString displayName;
    QStringList appIds;
};
struct ResourceSearch {
    QString query;
    QStringList appIds;
    QStringList resourceTypeIds;
    QStringList resourceIds;
    bool unownedOnly = false; // only resources without a primary-role owner; not together with ownerUserIds
    QStringList ownerUserIds = {}; // only resources owned by one of these users; "none" matches resources without owner
    bool excludeDeletedApps = false; // leave out resources of soft-deleted apps
};
struct EntitlementSearch {
    QString query;
    QStringList appIds;
    QList<EntitlementRef> refs;
};
struct UserSearch {
    QString query;
    QString email;
    QStringList ids; // sent as refs [{id}]
    QStringList userStatuses; // ENABLED, DISABLED …
};
struct UserOwnershipSearch {
    QString userId; // required
    QStringList ownershipTypes; // USER_OWNERSHIP_TYPE_APP, _RESOURCE, _ENTITLEMENT; empty = every type
};

// The one API client (docs/architecture.md): every URL from the base URL, bearer only to the tenant host, no redirect
// following, one reply-mapping order, every exchange recorded in the RequestLog (secrets redacted),
// 401 → one fresh token and one retry, 429/503 (and 5xx for GET/PUT/DELETE) through RetryPolicy.
// Every call answers exactly once through `callback`, delivered only while `context` is alive.
class C1Client : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    // `tokens` may be null: then no Authorization header is sent (tests, anonymous endpoints).
    C1Client(QNetworkAccessManager* network, BearerProvider* tokens, ClientConfig config, RequestLog* log = nullptr,
        QObject* parent = nullptr);
    // The real TokenSource, wrapped in a TokenSourceBearer owned by the client (defined in TokenSourceBearer.cpp).
    C1Client(QNetworkAccessManager* network, TokenSource* tokens, ClientConfig config, RequestLog* log = nullptr,
        QObject* parent = nullptr);
    ~C1Client() override; // aborts what is pending

    const ClientConfig& config() const { return m_config; }
    // Takes effect for the next retry decision of every call, pending ones included.
    void setRetryPolicy(const RetryPolicy& retry) { m_config.retry = retry; }
    RequestLog* requestLog() const { return m_log; }
    int inFlight() const { return m_inFlight; }
    QNetworkAccessManager* network() const { return m_network; }
    // True when `url` has the base URL's scheme, host and port: the only place a bearer token may go.
    bool isTenantUrl(const QUrl& url) const;

    // Who am I
    CallHandle introspect(QObject* context, Callback<Introspection> callback);

    // Apps. pageSize 0 = server default. AppFields::Summary fills only what a list row shows (App::summaryFromJson).
    enum class AppFields { All, Summary };
    CallHandle listApps(const QString& pageToken, int pageSize, QObject* context, Callback<Page<App>> callback,
        AppFields fields = AppFields::All);
    CallHandle searchApps(const AppSearch& search, const QString& pageToken, int pageSize, QObject* context,
        Callback<Page<App>> callback);
    CallHandle getApp(const QString& appId, QObject* context, Callback<App> callback);
    CallHandle createApp(const CreateAppRequest& request, QObject* context, Callback<App> callback);
    // POST /api/v1/apps/{id} {app, updateMask}: only the masked fields; the answer is the app's new values.
    CallHandle updateApp(const QString& appId, const AppUpdate& update, QObject* context, Callback<App> callback);
    // DELETE /api/v1/apps/{id}: a soft delete. A 404 counts as success (already gone).
    CallHandle deleteApp(const QString& appId, QObject* context, Callback<Empty> callback);

    // Resource types and resources
    CallHandle listResourceTypes(const QString& appId, const QString& pageToken, int pageSize, QObject* context,
        Callback<Page<AppResourceType>> callback);
    CallHandle getResourceType(
        const QString& appId, const QString& typeId, QObject* context, Callback<AppResourceType> callback);
    // A manually managed resource type; only CUSTOM may occur more than once on an app (C1 answers 500 otherwise).
    CallHandle createResourceType(const QString& appId, const CreateResourceTypeRequest& request, QObject* context,
        Callback<AppResourceType> callback);
    CallHandle updateResourceType(const QString& appId, const QString& typeId, const ResourceTypeUpdate& update,
        QObject* context, Callback<AppResourceType> callback);
    // Deletes the type and all its resources. A 404 counts as success (already gone).
    CallHandle deleteResourceType(
        const QString& appId, const QString& typeId, QObject* context, Callback<Empty> callback);
    CallHandle listResources(const QString& appId, const QString& typeId, const QString& pageToken, int pageSize,
        QObject* context, Callback<Page<AppResource>> callback);
    CallHandle getResource(const QString& appId, const QString& typeId, const QString& resourceId, QObject* context,
        Callback<AppResource> callback);
    CallHandle searchResources(const ResourceSearch& search, const QString& pageToken, int pageSize, QObject* context,
        Callback<Page<AppResource>> callback);
    CallHandle createResource(const QString& appId, const QString& typeId, const CreateResourceRequest& request,
        QObject* context, Callback<AppResource> callback);
    CallHandle updateResource(const QString& appId, const QString& typeId, const QString& resourceId,
        const ResourceUpdate& update, QObject* context, Callback<AppResource> callback);
    CallHandle deleteResource(const QString& appId, const QString& typeId, const QString& resourceId, QObject* context,
        Callback<Empty> callback); // a 404 counts as success (already gone)

    // Entitlements
    CallHandle listEntitlements(const QString& appId, const QString& pageToken, int pageSize, QObject* context,
        Callback<Page<AppEntitlement>> callback);
    CallHandle searchEntitlements(const EntitlementSearch& search, const QString& pageToken, int pageSize,
        QObject* context, Callback<Page<AppEntitlement>> callback);

    // Users
    CallHandle searchUsers(const UserSearch& search, const QString& pageToken, int pageSize, QObject* context,
        Callback<Page<User>> callback);
    CallHandle getUser(const QString& userId, QObject* context, Callback<User> callback);
    // POST /api/v1/search/user-ownership: what one user owns (apps, resources, entitlements), without role slugs.
    CallHandle searchUserOwnership(const UserOwnershipSearch& search, const QString& pageToken, int pageSize,
        QObject* context, Callback<Page<UserOwnershipEntry>> callback);

    // v2 owners of apps, resources and entitlements: users and entitlements. roleSlug empty in listOwners = every
    // role.
    CallHandle listOwners(const OwnerTarget& target, OwnerKind kind, const QString& roleSlug, const QString& pageToken,
        int pageSize, QObject* context, Callback<Page<OwnerRecord>> callback);
    CallHandle addOwner(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner, QObject* context,
        Callback<OwnerRecord> callback); // POST, never re-sent blindly
    CallHandle getOwner(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner, QObject* context,
        Callback<OwnerRecord> callback); // 404 → ApiError Http 404
    CallHandle removeOwner(const OwnerTarget& target, const QString& roleSlug, const OwnerRef& owner, QObject* context,
        Callback<Empty> callback);
    CallHandle replaceOwners(const OwnerTarget& target, const QString& roleSlug, const QStringList& userIds,
        const QList<EntitlementRef>& entitlementRefs, QObject* context, Callback<Empty> callback);

Q_SIGNALS:
    void inFlightChanged(int count);
    // Every HTTP attempt of every call, as it comes back (AdaptiveLimiter listens): the status (0 = transport
    // failure), the attempt's duration, Retry-After in ms (-1 = none) and whether it was sub-second precise
    // (fractional seconds or an HTTP date rather than whole seconds), and the attempt number within its call.
    void exchangeFinished(int httpStatus, int durationMs, int retryAfterMs, bool retryAfterExact, int attempt);

private:
    // Implementation details are the API layer's own (see C1Client.cpp).
    friend class ApiCall;
    void callStarted();
    void callFinished();
    // Connection health (C1Client.cpp): milliseconds on the client's clock, when an attempt went out or an answer came.
    qint64 clockMs() const { return m_clock.elapsed(); }
    void answered(bool http2);
    void attemptTimedOut(qint64 attemptStartedMs);

    QNetworkAccessManager* m_network;
    BearerProvider* m_tokens;
    ClientConfig m_config;
    RequestLog* m_log;
    int m_inFlight = 0;
    bool m_destroying = false;
    QElapsedTimer m_clock;
    qint64 m_lastAnswerMs = -1;
    qint64 m_connectionsResetMs = -1;
    bool m_lastAnswerHttp2 = false;
};

} // namespace c1

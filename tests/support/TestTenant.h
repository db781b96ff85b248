#pragma once
// The one fixture of the suites and the benchmarks: an in-process sandbox tenant (on this thread, or on its own
// thread for the benchmarks) with demo data, and a Session signed in to it over loopback through the real
// TokenSource, QNetworkAccessManager and C1Client. Every suite that needs a tenant uses it.

#include "api/C1Client.h"
#include "api/Session.h"
#include "sandbox/SandboxServer.h"
#include "settings/Profile.h"
#include "support/Answer.h"

#include <QJsonObject>
#include <QSslCertificate>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace c1 {
class RequestLog;
class TokenSource;
} // namespace c1

namespace c1::test {

struct TenantSetup {
    SandboxOptions sandbox;
    SandboxDataSize data;
    // The client's retry policy; unset: the product's default (the Session's own client).
    std::optional<RetryPolicy> retry;
    int timeoutMs = 20000; // per HTTP attempt
    bool readOnly = false; // the profile's read-only flag
    bool ownThread = false; // the sandbox on a thread of its own (benchmarks: the client's figures are its own)
    QString clientName; // the issued credential's name; empty: the sandbox's default
    // With TLS: the client trusts the sandbox's self-signed certificate (false: only the system's CAs).
    bool trustCertificate = true;
    // Cleartext HTTP/2 with prior knowledge (the sandbox must allow it: SandboxHttp2::PriorKnowledge).
    bool http2PriorKnowledge = false;
    // Generates the data on the sandbox's thread instead of SandboxServer::generateData (benchmarks time it).
    std::function<void(SandboxServer&, const SandboxDataSize&)> generate;

    static TenantSetup readOnlyProfile()
    {
        TenantSetup setup;
        setup.readOnly = true;
        return setup;
    }
    static TenantSetup withRetry(const RetryPolicy& retry)
    {
        TenantSetup setup;
        setup.retry = retry;
        return setup;
    }
};

class TestTenant {
public:
    TestTenant();
    ~TestTenant();
    TestTenant(const TestTenant&) = delete;
    TestTenant& operator=(const TestTenant&) = delete;

    // Starts the sandbox, generates its data and signs a session in. False (with a warning and errorString()) when
    // it cannot.
    bool start(const TenantSetup& setup = {});
    bool start(const SandboxOptions& options, const SandboxDataSize& data = {}, std::optional<RetryPolicy> retry = {});
    // Signs in to a tenant that runs elsewhere (another process's sandbox), without starting one.
    bool connectTo(
        const QUrl& baseUrl, const QString& clientId, const QString& clientSecret, const TenantSetup& setup = {});
    QString errorString() const { return m_error; }
    // Signs in again with the setup as `adjust` changes it: a new session (network manager, token source, client,
    // request log) against the same tenant.
    bool reconnect(const std::function<void(TenantSetup&)>& adjust = {});

    // A retry policy that keeps fault-injecting suites fast: short backoff, several attempts.
    static RetryPolicy fastRetry();
    // No retries: a failure answers at once.
    static RetryPolicy noRetry();

    // The sandbox (nullptr when it runs on its own thread: use inSandbox()).
    SandboxServer* server() const { return m_setup.ownThread ? nullptr : m_server; }
    // Runs `work` with the sandbox on its thread and waits for it.
    void inSandbox(const std::function<void(SandboxServer&)>& work);
    // A restart in two steps: stopServer() stops the sandbox (server() is then nullptr; the old server is kept,
    // with its counters, until the fixture ends) and returns its options with its port; startServer() starts a new
    // one with them (same port, same state file). Not with ownThread.
    SandboxOptions stopServer();
    bool startServer(const SandboxOptions& options);
    const std::vector<SandboxServer*>& retiredServers() const { return m_retired; }

    const SandboxClient& credentials() const { return m_credentials; }
    const Profile& profile() const { return m_profile; }
    ProfileSecrets secrets() const;
    QUrl baseUrl() const { return m_baseUrl; }

    Session* session() const { return m_session.get(); }
    // Another session signed in to the same tenant (a fresh token and request log), with the fixture's profile as
    // `adjust` changes it (read-only, production, concurrency, a name …).
    std::unique_ptr<Session> newSession(const std::function<void(Profile&)>& adjust = {}) const;
    C1Client* client() const { return m_client ? m_client.get() : m_session->client(); }
    TokenSource* tokens() const;
    QNetworkAccessManager* network() const;
    RequestLog* requestLog() const;

    // Runs one API call to its end.
    template <typename T, typename Start> Result<T> call(Start start) { return await<T>(std::move(start)); }

    // Reads of the tenant through the client, for a suite's setup and checks (empty on failure).
    QList<App> apps(int count = 50);
    QList<User> users(int count = 50);
    QList<User> enabledUsers(); // every enabled user, all pages
    QList<AppEntitlement> entitlements(const QString& appId);
    QList<AppResourceType> resourceTypes(const QString& appId);
    QList<AppResource> resources(const QString& appId, const QString& typeId);
    // A bearer token for raw requests (waits for the sign-in); empty on failure.
    QByteArray bearer();

    // The JSON body of the last logged request whose method matches and whose URL path ends with `pathEnd`.
    QJsonObject lastBody(const QString& method, const QString& pathEnd) const;
    // Logged requests whose method matches and whose URL path contains `pathPart`.
    int countRequests(const QString& method, const QString& pathPart) const;

private:
    bool signIn(const QUrl& baseUrl, const QString& clientId, const QString& clientSecret);

    TenantSetup m_setup;
    QString m_error;
    std::unique_ptr<QThread> m_thread; // ownThread only
    std::unique_ptr<QObject> m_anchor; // lives on m_thread: the context of inSandbox()
    SandboxServer* m_server = nullptr; // owned; deleted on its own thread
    std::vector<SandboxServer*> m_retired; // restarted servers, deleted with the fixture
    SandboxClient m_credentials;
    QList<QSslCertificate> m_certificates; // the sandbox's own, with TLS
    QUrl m_baseUrl;
    Profile m_profile;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<C1Client> m_client; // with the setup's retry policy, when one is set
};

} // namespace c1::test

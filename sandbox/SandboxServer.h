#pragma once

#include "sandbox/SandboxHttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace c1 {

// Whether the sandbox speaks HTTP/2 beside HTTP/1.1 (nghttp2; every route and fault knob works over both).
enum class SandboxHttp2 {
    Off, // HTTP/1.1 only; TLS without ALPN
    Alpn, // TLS offers "h2" then "http/1.1" by ALPN; cleartext is HTTP/1.1
    PriorKnowledge, // as Alpn, and a cleartext connection opening with the HTTP/2 preface speaks HTTP/2
};

// Knobs for tests, benchmarks and the demo (docs/sandbox.md). All timing is served with timers, never by sleeping.
struct SandboxOptions {
    bool tls = false; // HTTPS with a generated self-signed certificate (see certificatePem())
    quint16 port = 0; // 0 = a free port
    SandboxHttp2 http2 = SandboxHttp2::Alpn;
    // Advertised in SETTINGS_MAX_CONCURRENT_STREAMS, and enforced by nghttp2 (RST_STREAM REFUSED_STREAM beyond it,
    // counted in refusedStreams()). Qt 6.4's client treats more than 100 as a protocol error, so values above 100 are
    // sent as 100. A client that opens more streams before the server's SETTINGS reach it (a burst on a new
    // connection) has the excess refused, which Qt 6.4 reports as ProtocolFailure: tests warm the connection first.
    int maxConcurrentStreams = 100;
    bool refuseHttp2 = false; // live: new TLS connections are offered only "http/1.1", prior knowledge is not heard
    int latencyMs = 0; // added to every /api and /auth answer
    int jitterMs = 0; // ± uniformly
    int rateLimitPerSecond = 0; // 0 = none; above it: 429 with Retry-After
    double failureRate = 0.0; // fraction of /api requests answered 503 (before any effect)
    double dropRate = 0.0; // fraction of /api requests whose connection is closed without an answer
    bool dropAfterEffect = false; // when dropping a write, apply it first (the ambiguous case)
    double latencySpikeRate = 0.0; // fraction of /api and /auth answers delayed by latencySpikeMs more
    int latencySpikeMs = 0;
    double redirectRate = 0.0; // fraction of /api requests answered 301 (before any effect)
    QString redirectLocation; // where such a 301 points; empty = "/moved" + the request's path on this host
    double truncateRate = 0.0; // fraction of /api answers cut off mid-body, then the connection closed (after effect)
    double htmlErrorRate = 0.0; // fraction of /api answers replaced by a proxy's HTML 502 page (after effect)
    // Empty: the fault knobs above (rate limit, failures, redirects, drops, truncation, HTML errors) apply to every
    // /api request. "DELETE", "POST" …: only to requests of that method (e.g. removals fail while reads work).
    QByteArray faultMethod;
    int tokenLifetimeSeconds = 3600;
    int ownerVisibilityDelayMs = 0; // new owners appear in owner lists only after this
    QStringList roleSlugs { QStringLiteral("primary"), QStringLiteral("secondary") };
    QString stateFile; // JSON state, written atomically after changes, reloaded on start; empty = memory only
    quint64 seed = 1; // deterministic demo data and fault dice
};

// How much deterministic demo data to generate (only when no state file exists yet).
struct SandboxDataSize {
    int apps = 12;
    int resourceTypesPerApp = 3; // of several kinds (ROLE, GROUP, PROJECT …)
    int resourcesPerType = 20;
    int entitlementsPerApp = 6;
    int users = 50; // with emails; a few disabled; two sharing a name for "ambiguous" cases
    int ownersPerObject = 1; // existing owners on apps and resources
    // One app, resource type and resource count that overrides the per-type size (e.g. 100,000 in one type).
    int bigTypeResources = 0;
};

struct SandboxClient {
    QString clientId; // "<name>@127.0.0.1:<port>/pcc"
    QString clientSecret; // "secret-token:conductorone.com:v1:<base64url JWK>"
    QString userId; // the C1 user this credential acts as (introspect)
};

// A local C1 tenant speaking the subset of the public API the console uses (docs/api-facts.md §3), for tests
// (in-process), benchmarks, `c1console --demo` and the c1-sandbox executable.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; false (and errorString()) if it cannot.
    bool start();
    void stop();
    QString errorString() const;

    QUrl baseUrl() const; // http(s)://127.0.0.1:<port>
    quint16 port() const;
    QByteArray certificatePem() const; // the self-signed certificate when tls
    QString writeCertificate(const QString& path) const; // writes the PEM, returns the path

    void generateData(const SandboxDataSize& size); // deterministic from options.seed
    SandboxClient issueClient(const QString& name = QStringLiteral("sandbox-admin"));

    // Live knobs (tests change them between steps).
    SandboxOptions& options();

    // Moves the sandbox's clock (token expiry, assertion time window, owner visibility) forward, for tests of
    // expiry that must not wait. Assertions must then be made for the shifted time (see now()).
    void advanceClock(qint64 msecs);
    // Every connection open now stops reading and answering but stays open (a connection a NAT or load balancer
    // dropped silently); new connections are served as before. Counted in stalledConnections().
    void stallOpenConnections();
    qint64 now() const; // the sandbox clock: milliseconds since the epoch, plus any advanceClock()
    // Writes the state file now if a change is pending (stop() and the destructor do so as well).
    void saveNow();

    // Test introspection (not over HTTP): counts and state, for asserting effects.
    int requestCount() const; // /api and /auth requests received
    int requestCount(SandboxProtocol protocol) const; // of those, the ones that came in this protocol
    int connectionCount(SandboxProtocol protocol) const; // connections accepted that speak it
    // HTTP/2: the most streams one connection had open at once, and streams refused beyond the advertised limit.
    int peakConcurrentStreams() const;
    int refusedStreams() const;
    int stalledConnections() const;
    int count429() const;
    int count503() const;
    int countDropped() const;
    int countRedirected() const;
    int countTruncated() const;
    int countHtmlErrors() const;
    int countLatencySpikes() const;
    // The most answers that were waiting out their latency at the same moment (1 would mean one at a time).
    int peakDelayedAtOnce() const;
    QStringList appIds() const;
    // Current owners of an object, including not-yet-visible ones: "user/<id>" or "ent/<appId>/<id>" keys
    // per role slug: {"primary": ["user/…", …]}.
    QMap<QString, QStringList> ownersOf(
        const QString& appId, const QString& typeId = {}, const QString& resourceId = {}) const;
    // The same for the owners of an entitlement.
    QMap<QString, QStringList> entitlementOwnersOf(const QString& appId, const QString& entitlementId) const;
    // The last client assertion (JWT) received at /auth/v1/token and the last bearer token issued (secret-hygiene
    // tests search the console's output for them).
    QByteArray lastAssertion() const;
    QString lastIssuedToken() const;
    // Marks a user owner of an app or resource as sourced by the app's connector (immutableUserIds); false when
    // there is no such owner.
    bool setConnectorOwner(
        const QString& appId, const QString& typeId, const QString& resourceId, const QString& userId);
    int ownerWrites(const QString& appId, const QString& typeId, const QString& resourceId,
        const QString& ownerKey) const; // how many times a POST added this owner (for "never applied twice");
                                        // for an entitlement's owners, pass its ID as resourceId

Q_SIGNALS:
    void requestServed(const QString& method, const QString& path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace c1

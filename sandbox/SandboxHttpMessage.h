#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <utility>

namespace c1 {

class SandboxHttpConnection;

// The protocol a request arrived in: HTTP/1.1, or HTTP/2 (ALPN "h2" over TLS, or cleartext with prior knowledge).
enum class SandboxProtocol { Http1 = 0, Http2 = 1 };

// What a new connection may speak, asked again for every connection (the knobs are live).
struct SandboxHttpSettings {
    bool offerHttp2 = true; // over TLS: ALPN offers "h2" before "http/1.1"; false: only "http/1.1"
    bool alpn = true; // over TLS: negotiate with ALPN at all (false: no ALPN, HTTP/1.1 as before)
    bool priorKnowledge = false; // cleartext: a connection opening with the HTTP/2 preface speaks HTTP/2
    quint32 maxConcurrentStreams = 100; // advertised in SETTINGS_MAX_CONCURRENT_STREAMS (and enforced)
};

// What the HTTP layer observed, shared by the server and its connections (which may outlive a restart).
struct SandboxHttpStats {
    int connections[2] = { 0, 0 }; // by SandboxProtocol
    int openStreams = 0; // HTTP/2 streams open right now, over all connections
    int peakStreamsPerConnection = 0; // the most streams one HTTP/2 connection had open at once
    int refusedStreams = 0; // RST_STREAM(REFUSED_STREAM) sent: a client opened more than it was allowed
    int resetStreams = 0; // streams the sandbox reset (drops and truncations over HTTP/2)
    int stalledConnections = 0; // connections silenced by SandboxHttpServer::stallOpenConnections()
};

// One parsed request (HTTP/1.1 or one HTTP/2 stream) as the sandbox's own server received it.
struct SandboxHttpRequest {
    QByteArray method; // upper case as sent: GET, POST …
    QString path; // the raw path, without the query
    QStringList segments; // percent-decoded path segments, without the leading empty one ("api", "v1", …)
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    SandboxProtocol protocol = SandboxProtocol::Http1;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    // Sets path, query and segments from a request target ("/api/v1/apps?page_size=10"); false if it is not a path.
    bool setTarget(const QByteArray& target);
};

struct SandboxHttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Length/Connection, which the server adds
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value) { headers.append({ name, value }); }
};

// The pending answer to one request: the handler may keep it (shared) and answer later from a timer.
// Answering twice, or after the client went away, does nothing. Dropped unanswered, the request is dropped: over
// HTTP/1.1 the connection is closed, over HTTP/2 the stream is reset (RST_STREAM INTERNAL_ERROR), see drop().
class SandboxHttpExchange {
public:
    // streamId 0: an HTTP/1.1 request; otherwise the HTTP/2 stream it answers.
    explicit SandboxHttpExchange(SandboxHttpConnection* connection, qint32 streamId = 0);
    ~SandboxHttpExchange();
    SandboxHttpExchange(const SandboxHttpExchange&) = delete;
    SandboxHttpExchange& operator=(const SandboxHttpExchange&) = delete;

    void respond(const SandboxHttpResponse& response);
    // No answer: HTTP/1.1 closes the connection; HTTP/2 resets the stream with INTERNAL_ERROR, which QNetworkReply
    // reports as an error without an HTTP status (like a closed connection), leaving the connection's other streams.
    void drop();
    // Sends the head (with the full Content-Length) and only the first `bodyBytes` of the body, then closes the
    // connection (HTTP/1.1) or resets the stream (HTTP/2).
    void respondTruncated(const SandboxHttpResponse& response, qsizetype bodyBytes);
    bool isDone() const { return m_done; }
    QObject* context() const; // the connection, for timers that must not outlive it (may be null)

private:
    QPointer<SandboxHttpConnection> m_connection;
    qint32 m_streamId = 0;
    bool m_done = false;
};

} // namespace c1

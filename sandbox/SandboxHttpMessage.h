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

// One parsed HTTP/1.1 request as the sandbox's own server received it.
struct SandboxHttpRequest {
    QByteArray method; // upper case as sent: GET, POST …
    QString path; // the raw path, without the query
    QStringList segments; // percent-decoded path segments, without the leading empty one ("api", "v1", …)
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct SandboxHttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Length/Connection, which the server adds
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value) { headers.append({ name, value }); }
};

// The pending answer to one request: the handler may keep it (shared) and answer later from a timer.
// Answering twice, or after the client went away, does nothing. Dropped unanswered, the connection is closed.
class SandboxHttpExchange {
public:
    explicit SandboxHttpExchange(SandboxHttpConnection* connection);
    ~SandboxHttpExchange();
    SandboxHttpExchange(const SandboxHttpExchange&) = delete;
    SandboxHttpExchange& operator=(const SandboxHttpExchange&) = delete;

    void respond(const SandboxHttpResponse& response);
    void drop(); // closes the connection without an answer
    // Sends the head (with the full Content-Length) and only the first `bodyBytes` of the body, then closes.
    void respondTruncated(const SandboxHttpResponse& response, qsizetype bodyBytes);
    bool isDone() const { return m_done; }
    QObject* context() const; // the connection, for timers that must not outlive it (may be null)

private:
    QPointer<SandboxHttpConnection> m_connection;
    bool m_done = false;
};

} // namespace c1

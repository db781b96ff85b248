#pragma once

#include "sandbox/SandboxHttpMessage.h"

#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;

namespace c1 {

class SandboxHttp2Session;

// One connection. It speaks HTTP/2 when TLS negotiated "h2" (ALPN) or, on a cleartext connection that allows it,
// when the client opens with the HTTP/2 preface (prior knowledge); then SandboxHttp2Session (nghttp2) turns every
// stream into a request and an exchange. Otherwise HTTP/1.1: parses requests (Content-Length bodies), hands each to
// the handler, writes the answer and keeps the connection alive unless told otherwise; one request at a time
// (QNetworkAccessManager does not pipeline), a request that arrives early waits in the buffer.
class SandboxHttpConnection : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const SandboxHttpRequest&, std::shared_ptr<SandboxHttpExchange>)>;

    SandboxHttpConnection(QTcpSocket* socket, Handler handler, const SandboxHttpSettings& settings,
        std::shared_ptr<SandboxHttpStats> stats, QObject* parent = nullptr);
    ~SandboxHttpConnection() override;

    // streamId 0 = the HTTP/1.1 request being answered. bodyBytes < 0: the whole answer; otherwise only that much of
    // the body, then the connection is closed (HTTP/1.1) or the stream reset (HTTP/2).
    void respond(qint32 streamId, const SandboxHttpResponse& response, qsizetype bodyBytes = -1);
    void drop(qint32 streamId);
    bool isHttp2() const { return m_http2 != nullptr; }
    // From now on this connection reads nothing and answers nothing, and keeps its socket open: a connection that a
    // NAT or a load balancer forgot without telling either end. Answers already waiting go nowhere.
    void stall();

private:
    void readAvailable();
    void startHttp2();
    void processBuffer();
    bool parseHead(qsizetype headEnd);
    void failParse(int status);
    void respondHttp1(const SandboxHttpResponse& response, qsizetype bodyBytes);
    void dropHttp1();

    QTcpSocket* m_socket;
    Handler m_handler;
    SandboxHttpSettings m_settings;
    std::shared_ptr<SandboxHttpStats> m_stats;
    std::unique_ptr<SandboxHttp2Session> m_http2;
    QByteArray m_buffer;
    SandboxHttpRequest m_request;
    qint64 m_bodyLength = -1; // -1: reading the head
    bool m_sniffing = false; // cleartext with prior knowledge allowed: the first bytes decide the protocol
    bool m_busy = false; // a request is being answered
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_stalled = false;
};

} // namespace c1

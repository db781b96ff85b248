#pragma once

#include "sandbox/SandboxHttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QTcpServer;

namespace c1 {

// A small HTTP/1.1 and HTTP/2 server on QTcpServer, or on QSslServer for HTTPS (ALPN "h2", then "http/1.1"). The
// sandbox serves HTTP itself (rather than through QHttpServer 6.4) so that it can answer later from timers, drop a
// request without an answer, redirect empty path segments and route every method and path the way C1's gateway
// does. Every connection asks `settings` what it may speak when it is accepted (the knobs are live).
class SandboxHttpServer : public QObject {
    Q_OBJECT
public:
    using Settings = std::function<SandboxHttpSettings()>;

    explicit SandboxHttpServer(SandboxHttpConnection::Handler handler, Settings settings = {},
        std::shared_ptr<SandboxHttpStats> stats = {}, QObject* parent = nullptr);
    ~SandboxHttpServer() override;

    // A null configuration serves plain HTTP.
    bool listen(const QHostAddress& address, quint16 port, const QSslConfiguration& tls = {});
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const;
    // Every connection open now goes silent (SandboxHttpConnection::stall); later connections are served.
    void stallOpenConnections();

private:
    void acceptPending();

    SandboxHttpSettings settings() const;

    SandboxHttpConnection::Handler m_handler;
    Settings m_settings;
    std::shared_ptr<SandboxHttpStats> m_stats;
    QTcpServer* m_server = nullptr;
    QString m_error;
};

} // namespace c1

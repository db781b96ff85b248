#pragma once

#include "sandbox/SandboxHttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QTcpServer;

namespace c1 {

// A small HTTP/1.1 server on QTcpServer, or on QSslServer for HTTPS. The sandbox serves HTTP itself (rather
// than through QHttpServer 6.4) so that it can answer later from timers, drop a connection without an answer,
// redirect empty path segments and route every method and path the way C1's gateway does.
class SandboxHttpServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxHttpServer(SandboxHttpConnection::Handler handler, QObject* parent = nullptr);
    ~SandboxHttpServer() override;

    // A null configuration serves plain HTTP.
    bool listen(const QHostAddress& address, quint16 port, const QSslConfiguration& tls = {});
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const;

private:
    void acceptPending();

    SandboxHttpConnection::Handler m_handler;
    QTcpServer* m_server = nullptr;
    QString m_error;
};

} // namespace c1

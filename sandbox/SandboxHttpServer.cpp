#include "sandbox/SandboxHttpServer.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace c1 {

SandboxHttpServer::SandboxHttpServer(SandboxHttpConnection::Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

SandboxHttpServer::~SandboxHttpServer() = default;

bool SandboxHttpServer::listen(const QHostAddress& address, quint16 port, const QSslConfiguration& tls)
{
    close();
    if (tls.isNull()) {
        m_server = new QTcpServer(this);
    } else {
        auto* sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(tls);
        m_server = sslServer;
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &SandboxHttpServer::acceptPending);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_error.clear();
    return true;
}

void SandboxHttpServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    // Open connections are children of the server: closing it ends them all.
    delete m_server;
    m_server = nullptr;
}

bool SandboxHttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 SandboxHttpServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString SandboxHttpServer::errorString() const
{
    return m_error;
}

void SandboxHttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        new SandboxHttpConnection(socket, m_handler, m_server);
    }
}

} // namespace c1

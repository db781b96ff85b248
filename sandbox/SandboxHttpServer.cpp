#include "sandbox/SandboxHttpServer.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace c1 {

namespace {

// QSslServer copies its configuration into each socket before the handshake: setting the ALPN list here, per
// connection, lets "refuse HTTP/2" change while the server runs.
class AlpnSslServer : public QSslServer {
public:
    AlpnSslServer(std::function<SandboxHttpSettings()> settings, QObject* parent)
        : QSslServer(parent)
        , m_settings(std::move(settings))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        const SandboxHttpSettings settings = m_settings();
        QSslConfiguration tls = sslConfiguration();
        QList<QByteArray> protocols;
        if (settings.alpn && settings.offerHttp2)
            protocols << QSslConfiguration::ALPNProtocolHTTP2;
        if (settings.alpn)
            protocols << QSslConfiguration::NextProtocolHttp1_1;
        tls.setAllowedNextProtocols(protocols);
        setSslConfiguration(tls);
        QSslServer::incomingConnection(descriptor);
    }

private:
    std::function<SandboxHttpSettings()> m_settings;
};

} // namespace

SandboxHttpServer::SandboxHttpServer(
    SandboxHttpConnection::Handler handler, Settings settings, std::shared_ptr<SandboxHttpStats> stats, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_settings(std::move(settings))
    , m_stats(stats ? std::move(stats) : std::make_shared<SandboxHttpStats>())
{ }

SandboxHttpSettings SandboxHttpServer::settings() const
{
    return m_settings ? m_settings() : SandboxHttpSettings {};
}

SandboxHttpServer::~SandboxHttpServer() = default;

bool SandboxHttpServer::listen(const QHostAddress& address, quint16 port, const QSslConfiguration& tls)
{
    close();
    if (tls.isNull()) {
        m_server = new QTcpServer(this);
    } else {
        auto* sslServer = new AlpnSslServer([this] { return settings(); }, this);
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

void SandboxHttpServer::stallOpenConnections()
{
    if (!m_server)
        return;
    for (SandboxHttpConnection* connection : m_server->findChildren<SandboxHttpConnection*>(Qt::FindDirectChildrenOnly))
        connection->stall();
}

void SandboxHttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        new SandboxHttpConnection(socket, m_handler, settings(), m_stats, m_server);
    }
}

} // namespace c1

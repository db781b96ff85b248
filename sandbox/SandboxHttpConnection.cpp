#include "sandbox/SandboxHttpConnection.h"

#include "sandbox/SandboxHttp2Session.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace c1 {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
// RFC 9113 §3.4: what a client speaking HTTP/2 with prior knowledge sends first.
constexpr char Http2Preface[] = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
constexpr qsizetype Http2PrefaceSize = sizeof(Http2Preface) - 1;
constexpr qint64 MaxBodyBytes = 16 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

SandboxHttpConnection::SandboxHttpConnection(QTcpSocket* socket, Handler handler, const SandboxHttpSettings& settings,
    std::shared_ptr<SandboxHttpStats> stats, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_settings(settings)
    , m_stats(std::move(stats))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    // QSslServer hands the socket over once the handshake is done: ALPN has decided.
    auto* tls = qobject_cast<QSslSocket*>(m_socket);
    if (tls && tls->sslConfiguration().nextNegotiatedProtocol() == QSslConfiguration::ALPNProtocolHTTP2)
        startHttp2();
    else if (!tls && m_settings.priorKnowledge)
        m_sniffing = true;
    else
        ++m_stats->connections[int(SandboxProtocol::Http1)];
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
}

SandboxHttpConnection::~SandboxHttpConnection() = default;

void SandboxHttpConnection::startHttp2()
{
    ++m_stats->connections[int(SandboxProtocol::Http2)];
    m_http2 = std::make_unique<SandboxHttp2Session>(
        m_socket, m_settings.maxConcurrentStreams, m_stats, [this](qint32 streamId, const SandboxHttpRequest& request) {
            m_handler(request, std::make_shared<SandboxHttpExchange>(this, streamId));
        });
}

void SandboxHttpConnection::readAvailable()
{
    m_buffer.append(m_socket->readAll());
    if (m_sniffing) {
        const qsizetype n = std::min(m_buffer.size(), Http2PrefaceSize);
        if (m_buffer.left(n) != QByteArray::fromRawData(Http2Preface, n)) {
            m_sniffing = false; // not the preface: HTTP/1.1
            ++m_stats->connections[int(SandboxProtocol::Http1)];
        } else if (n == Http2PrefaceSize) {
            m_sniffing = false;
            startHttp2();
        } else {
            return; // wait for the rest of the preface
        }
    }
    if (m_http2) {
        const QByteArray data = std::exchange(m_buffer, {});
        if (!m_http2->receive(data))
            m_socket->disconnectFromHost();
        return;
    }
    processBuffer();
}

void SandboxHttpConnection::stall()
{
    if (m_stalled)
        return;
    m_stalled = true;
    ++m_stats->stalledConnections;
    disconnect(m_socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::readAvailable);
}

void SandboxHttpConnection::respond(qint32 streamId, const SandboxHttpResponse& response, qsizetype bodyBytes)
{
    if (m_stalled)
        return;
    if (m_http2)
        m_http2->respond(streamId, response, bodyBytes);
    else if (streamId == 0)
        respondHttp1(response, bodyBytes);
}

void SandboxHttpConnection::drop(qint32 streamId)
{
    if (m_stalled)
        return;
    if (m_http2)
        m_http2->reset(streamId);
    else if (streamId == 0)
        dropHttp1();
}

void SandboxHttpConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        if (m_bodyLength < 0) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > MaxHeadBytes)
                    failParse(431);
                return;
            }
            if (!parseHead(headEnd))
                return;
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_bodyLength = -1;
        m_busy = true;
        const SandboxHttpRequest request = std::move(m_request);
        m_request = {};
        m_handler(request, std::make_shared<SandboxHttpExchange>(this));
    }
}

bool SandboxHttpConnection::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        failParse(400);
        return false;
    }
    m_request = {};
    m_request.method = requestLine.at(0);
    if (!m_request.setTarget(requestLine.at(1))) {
        failParse(400);
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        m_request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive = http10 ? connection == "keep-alive" : connection != "close";
    if (m_request.headers.contains("transfer-encoding")) {
        failParse(411); // chunked request bodies are not supported: QNAM sends Content-Length
        return false;
    }
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_bodyLength < 0 || m_bodyLength > MaxBodyBytes) {
        failParse(ok && m_bodyLength > MaxBodyBytes ? 413 : 400);
        return false;
    }
    return true;
}

void SandboxHttpConnection::failParse(int status)
{
    m_keepAlive = false;
    m_busy = true;
    SandboxHttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/plain");
    response.body = reasonPhrase(status);
    respondHttp1(response, -1);
}

void SandboxHttpConnection::respondHttp1(const SandboxHttpResponse& response, qsizetype bodyBytes)
{
    if (m_closing)
        return;
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!m_keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    const bool truncated = bodyBytes >= 0 && bodyBytes < response.body.size();
    out += truncated ? response.body.left(bodyBytes) : response.body;
    m_socket->write(out);
    m_busy = false;
    if (!m_keepAlive || truncated) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        processBuffer();
}

void SandboxHttpConnection::dropHttp1()
{
    if (m_closing)
        return;
    m_closing = true;
    m_busy = false;
    m_socket->disconnectFromHost();
}

} // namespace c1

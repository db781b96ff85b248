#include "sandbox/SandboxHttpConnection.h"

#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace c1 {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
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

SandboxHttpExchange::SandboxHttpExchange(SandboxHttpConnection* connection)
    : m_connection(connection)
{ }

SandboxHttpExchange::~SandboxHttpExchange()
{
    if (!m_done && m_connection)
        m_connection->drop();
}

void SandboxHttpExchange::respond(const SandboxHttpResponse& response)
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->respond(response);
}

void SandboxHttpExchange::respondTruncated(const SandboxHttpResponse& response, qsizetype bodyBytes)
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->respond(response, std::max<qsizetype>(0, bodyBytes));
}

void SandboxHttpExchange::drop()
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->drop();
}

QObject* SandboxHttpExchange::context() const
{
    return m_connection.data();
}

SandboxHttpConnection::SandboxHttpConnection(QTcpSocket* socket, Handler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
}

SandboxHttpConnection::~SandboxHttpConnection() = default;

void SandboxHttpConnection::readAvailable()
{
    m_buffer.append(m_socket->readAll());
    processBuffer();
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
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    if (!rawPath.startsWith('/')) {
        failParse(400);
        return false;
    }
    m_request.path = QString::fromLatin1(rawPath);
    if (question >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    const QList<QByteArray> parts = rawPath.mid(1).split('/');
    for (const QByteArray& part : parts)
        m_request.segments.append(QUrl::fromPercentEncoding(part));
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
    respond(response);
}

void SandboxHttpConnection::respond(const SandboxHttpResponse& response, qsizetype bodyBytes)
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

void SandboxHttpConnection::drop()
{
    if (m_closing)
        return;
    m_closing = true;
    m_busy = false;
    m_socket->disconnectFromHost();
}

} // namespace c1

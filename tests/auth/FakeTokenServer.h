#pragma once

// A tiny HTTP/1.1 server on loopback that answers token requests with canned responses, for the tests of
// TokenSource that must not depend on the sandbox tenant (errors the sandbox never gives, held answers).

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <deque>

namespace c1::test {

struct CannedResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool hold = false; // kept until releaseHeld()
    bool drop = false; // the connection is closed without an answer
};

struct ReceivedRequest {
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class FakeTokenServer : public QTcpServer {
public:
    int lifetimeSeconds = 3600; // of the good tokens answered when no canned response is queued
    int issued = 0;
    QList<ReceivedRequest> requests;

    FakeTokenServer() { connect(this, &QTcpServer::newConnection, this, &FakeTokenServer::acceptAll); }

    bool start() { return listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    void enqueue(CannedResponse response) { m_queue.push_back(std::move(response)); }
    qsizetype heldCount() const { return m_held.size(); }
    static QString tokenName(int n) { return QStringLiteral("opaque-token-%1").arg(n); }

    void releaseHeld()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto& [socket, response] : held) {
            if (socket)
                answer(socket, response);
        }
    }

private:
    void acceptAll()
    {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void readFrom(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        ReceivedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        requests.append(request);

        CannedResponse response;
        if (!m_queue.empty()) {
            response = std::move(m_queue.front());
            m_queue.pop_front();
        } else {
            response.body = QStringLiteral(R"({"access_token":"%1","token_type":"Bearer","expires_in":%2})")
                                .arg(tokenName(++issued))
                                .arg(lifetimeSeconds)
                                .toUtf8();
        }
        if (response.drop) {
            socket->disconnectFromHost();
        } else if (response.hold) {
            response.hold = false;
            m_held.append({ socket, response });
        } else {
            answer(socket, response);
        }
    }

    static void answer(QTcpSocket* socket, const CannedResponse& response)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\n";
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "Connection: close\r\n";
        for (const auto& [name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n" + response.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    std::deque<CannedResponse> m_queue;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<std::pair<QPointer<QTcpSocket>, CannedResponse>> m_held;
};

} // namespace c1::test

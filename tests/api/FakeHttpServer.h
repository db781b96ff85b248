#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <deque>
#include <functional>

class QTcpSocket;

namespace c1::test {

// A scripted HTTP/1.1 server on loopback for the API client's tests: canned, delayed, hanging, truncated and
// dropped responses, answered in the order they were queued. Records every request it read.
class FakeHttpServer : public QObject {
    Q_OBJECT
public:
    struct Response {
        enum class Mode {
            Normal,
            Drop, // close the connection without answering
            Truncate, // announce the whole body, send half of it, close
            Hang, // never answer
        };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        Mode mode = Mode::Normal;

        static Response json(int status, const QByteArray& body);
        Response& header(const QByteArray& name, const QByteArray& value);
    };

    struct Request {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
        QString path() const; // decoded path without query
    };

    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    void enqueue(Response response);
    // Answers every request the queue does not cover (default: 500 "no scripted response").
    void setFallback(std::function<Response(const Request&)> fallback);
    const QList<Request>& requests() const { return m_requests; }
    qsizetype pending() const { return qsizetype(m_queue.size()); }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Request& request);
    void write(QTcpSocket* socket, const Response& response);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    std::deque<Response> m_queue;
    std::function<Response(const Request&)> m_fallback;
    QList<Request> m_requests;
};

} // namespace c1::test

#pragma once

#include "sandbox/SandboxHttpMessage.h"

#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;

namespace c1 {

// One HTTP/1.1 connection: parses requests (Content-Length bodies), hands each to the handler, writes the
// answer and keeps the connection alive unless told otherwise. One request at a time per connection
// (QNetworkAccessManager does not pipeline); a request that arrives early waits in the buffer.
class SandboxHttpConnection : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const SandboxHttpRequest&, std::shared_ptr<SandboxHttpExchange>)>;

    SandboxHttpConnection(QTcpSocket* socket, Handler handler, QObject* parent = nullptr);
    ~SandboxHttpConnection() override;

    // bodyBytes < 0: the whole answer; otherwise only that much of the body, then the connection is closed.
    void respond(const SandboxHttpResponse& response, qsizetype bodyBytes = -1);
    void drop();

private:
    void readAvailable();
    void processBuffer();
    bool parseHead(qsizetype headEnd);
    void failParse(int status);

    QTcpSocket* m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    SandboxHttpRequest m_request;
    qint64 m_bodyLength = -1; // -1: reading the head
    bool m_busy = false; // a request is being answered
    bool m_keepAlive = true;
    bool m_closing = false;
};

} // namespace c1

#pragma once

#include "sandbox/SandboxHttpMessage.h"

#include <QByteArray>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QTcpSocket;
struct nghttp2_session;

namespace c1 {

// The HTTP/2 side of one sandbox connection, on nghttp2's server session (no framing of our own): bytes from the
// socket go through nghttp2_session_mem_recv, every complete request stream is handed on as a SandboxHttpRequest,
// answers go out with nghttp2_submit_response and a data provider reading from the stream's own copy of the body,
// and nghttp2_session_mem_send's output is written to the socket. A stream the client reset, or that closed, is
// forgotten; a later answer to it is ignored. Owned by SandboxHttpConnection (which owns the socket and outlives
// it); never re-entered from its own nghttp2 callbacks.
class SandboxHttp2Session {
public:
    using Dispatch = std::function<void(qint32 streamId, const SandboxHttpRequest& request)>;

    SandboxHttp2Session(
        QTcpSocket* socket, quint32 maxConcurrentStreams, std::shared_ptr<SandboxHttpStats> stats, Dispatch dispatch);
    ~SandboxHttp2Session();
    SandboxHttp2Session(const SandboxHttp2Session&) = delete;
    SandboxHttp2Session& operator=(const SandboxHttp2Session&) = delete;

    // false: the session is over (protocol error, or both sides are done): close the connection.
    bool receive(const QByteArray& data);
    // bodyBytes >= 0 and less than the body: sends that much of it, then resets the stream (INTERNAL_ERROR).
    void respond(qint32 streamId, const SandboxHttpResponse& response, qsizetype bodyBytes = -1);
    // RST_STREAM with INTERNAL_ERROR: the request gets no answer; the connection's other streams go on.
    void reset(qint32 streamId);

    struct Stream {
        SandboxHttpRequest request;
        QByteArray responseBody;
        qsizetype sent = 0;
        qsizetype limit = -1; // >= 0: truncated there
        bool badTarget = false;
        bool tooLarge = false;
        bool dispatched = false;
        bool answered = false;
    };
    Stream* stream(qint32 streamId);
    // nghttp2 callbacks (static trampolines in the .cpp) report here.
    void streamOpened(qint32 streamId);
    void streamClosed(qint32 streamId);
    void requestComplete(qint32 streamId) { m_ready.push_back(streamId); }
    void refused() { ++m_stats->refusedStreams; }

private:
    bool flush();
    void dispatchReady();

    QTcpSocket* m_socket;
    nghttp2_session* m_session = nullptr;
    std::shared_ptr<SandboxHttpStats> m_stats;
    Dispatch m_dispatch;
    std::map<qint32, Stream> m_streams; // open streams; nodes stay put while nghttp2 reads their bodies
    std::vector<qint32> m_ready; // complete requests seen during one mem_recv, dispatched after it returns
    int m_peak = 0;
    bool m_failed = false;
};

} // namespace c1

#include "sandbox/SandboxHttp2Session.h"

#include "sandbox/SandboxLog.h"

#include <QTcpSocket>

#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <cstring>

namespace c1 {

namespace {

constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

SandboxHttp2Session* self(void* userData)
{
    return static_cast<SandboxHttp2Session*>(userData);
}

QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

int onBeginHeaders(nghttp2_session*, const nghttp2_frame* frame, void* userData)
{
    if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST)
        self(userData)->streamOpened(frame->hd.stream_id);
    return 0;
}

int onHeader(nghttp2_session*, const nghttp2_frame* frame, const uint8_t* name, size_t nameLength, const uint8_t* value,
    size_t valueLength, uint8_t, void* userData)
{
    if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST)
        return 0;
    SandboxHttp2Session::Stream* stream = self(userData)->stream(frame->hd.stream_id);
    if (!stream)
        return 0;
    const QByteArray key = bytes(name, nameLength); // HTTP/2 header names are lower case (nghttp2 checks)
    const QByteArray text = bytes(value, valueLength);
    if (key == ":method")
        stream->request.method = text;
    else if (key == ":path")
        stream->badTarget = !stream->request.setTarget(text);
    else if (key == ":authority")
        stream->request.headers.insert("host", text);
    else if (!key.startsWith(':'))
        stream->request.headers.insert(key, text);
    return 0;
}

int onDataChunk(nghttp2_session*, uint8_t, int32_t streamId, const uint8_t* data, size_t length, void* userData)
{
    SandboxHttp2Session::Stream* stream = self(userData)->stream(streamId);
    if (!stream)
        return 0;
    if (stream->request.body.size() + qsizetype(length) > MaxBodyBytes)
        stream->tooLarge = true;
    else
        stream->request.body.append(reinterpret_cast<const char*>(data), qsizetype(length));
    return 0;
}

int onFrameReceived(nghttp2_session*, const nghttp2_frame* frame, void* userData)
{
    const bool requestPart = frame->hd.type == NGHTTP2_DATA
        || (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST);
    if (requestPart && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM))
        self(userData)->requestComplete(frame->hd.stream_id);
    return 0;
}

int onFrameSent(nghttp2_session*, const nghttp2_frame* frame, void* userData)
{
    if (frame->hd.type == NGHTTP2_RST_STREAM && frame->rst_stream.error_code == NGHTTP2_REFUSED_STREAM)
        self(userData)->refused();
    return 0;
}

int onStreamClose(nghttp2_session*, int32_t streamId, uint32_t, void* userData)
{
    self(userData)->streamClosed(streamId);
    return 0;
}

// The data provider: the stream's own copy of the body, up to its limit. A truncated answer ends with
// NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE once its bytes are out, which makes nghttp2 reset the stream with
// INTERNAL_ERROR: the client has a status and part of the body, then an error.
ssize_t readBody(nghttp2_session*, int32_t streamId, uint8_t* buffer, size_t length, uint32_t* dataFlags,
    nghttp2_data_source*, void* userData)
{
    SandboxHttp2Session::Stream* stream = self(userData)->stream(streamId);
    if (!stream)
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    const qsizetype end = stream->limit >= 0 ? stream->limit : stream->responseBody.size();
    const qsizetype n = std::min(qsizetype(length), end - stream->sent);
    if (n <= 0 && stream->limit >= 0)
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    if (n > 0)
        std::memcpy(buffer, stream->responseBody.constData() + stream->sent, size_t(n));
    stream->sent += std::max<qsizetype>(0, n);
    if (stream->limit < 0 && stream->sent >= stream->responseBody.size())
        *dataFlags |= NGHTTP2_DATA_FLAG_EOF;
    return ssize_t(std::max<qsizetype>(0, n));
}

// Connection-specific fields have no place in HTTP/2 (RFC 9113 §8.2.2); the length is added by respond().
bool connectionSpecific(const QByteArray& lowerName)
{
    return lowerName == "connection" || lowerName == "keep-alive" || lowerName == "transfer-encoding"
        || lowerName == "upgrade" || lowerName == "proxy-connection" || lowerName == "content-length";
}

} // namespace

SandboxHttp2Session::SandboxHttp2Session(
    QTcpSocket* socket, quint32 maxConcurrentStreams, std::shared_ptr<SandboxHttpStats> stats, Dispatch dispatch)
    : m_socket(socket)
    , m_stats(std::move(stats))
    , m_dispatch(std::move(dispatch))
{
    nghttp2_session_callbacks* callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, onBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, onHeader);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, onDataChunk);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, onFrameReceived);
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks, onFrameSent);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, onStreamClose);
    if (nghttp2_session_server_new(&m_session, callbacks, this) != 0)
        m_session = nullptr;
    nghttp2_session_callbacks_del(callbacks);
    if (!m_session) {
        m_failed = true;
        return;
    }
    // The server's preface: its SETTINGS, with the advertised stream limit (which nghttp2 then enforces).
    const nghttp2_settings_entry settings[] = { { NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, maxConcurrentStreams } };
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, 1);
    flush();
}

SandboxHttp2Session::~SandboxHttp2Session()
{
    m_stats->openStreams -= int(m_streams.size());
    m_streams.clear();
    if (m_session)
        nghttp2_session_del(m_session); // calls no callback
}

SandboxHttp2Session::Stream* SandboxHttp2Session::stream(qint32 streamId)
{
    const auto it = m_streams.find(streamId);
    return it == m_streams.end() ? nullptr : &it->second;
}

void SandboxHttp2Session::streamOpened(qint32 streamId)
{
    Stream& stream = m_streams[streamId];
    stream.request.protocol = SandboxProtocol::Http2;
    ++m_stats->openStreams;
    m_peak = std::max(m_peak, int(m_streams.size()));
    m_stats->peakStreamsPerConnection = std::max(m_stats->peakStreamsPerConnection, m_peak);
}

void SandboxHttp2Session::streamClosed(qint32 streamId)
{
    if (m_streams.erase(streamId) > 0)
        --m_stats->openStreams;
}

bool SandboxHttp2Session::receive(const QByteArray& data)
{
    if (m_failed)
        return false;
    const ssize_t read
        = nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
    if (read < 0) {
        qCDebug(lcSandbox) << "HTTP/2 session failed:" << nghttp2_strerror(int(read));
        flush(); // a GOAWAY nghttp2 may have queued
        m_failed = true;
        return false;
    }
    dispatchReady();
    return flush();
}

void SandboxHttp2Session::dispatchReady()
{
    const std::vector<qint32> ready = std::exchange(m_ready, {});
    for (const qint32 id : ready) {
        Stream* s = stream(id);
        if (!s || s->dispatched)
            continue;
        s->dispatched = true;
        if (s->badTarget || s->tooLarge || s->request.method.isEmpty()) {
            SandboxHttpResponse response;
            response.status = s->tooLarge ? 413 : 400;
            response.setHeader("Content-Type", "text/plain");
            response.body = s->tooLarge ? "Payload Too Large" : "Bad Request";
            respond(id, response);
            continue;
        }
        // A copy: the handler may answer at once, and the answer may close (and forget) the stream.
        const SandboxHttpRequest request = s->request;
        m_dispatch(id, request);
    }
}

void SandboxHttp2Session::respond(qint32 streamId, const SandboxHttpResponse& response, qsizetype bodyBytes)
{
    Stream* s = m_failed ? nullptr : stream(streamId);
    if (!s || s->answered)
        return; // the client reset the stream, or the connection is gone
    s->answered = true;
    s->responseBody = response.body;
    s->limit = bodyBytes >= 0 && bodyBytes < response.body.size() ? bodyBytes : -1;
    if (s->limit >= 0)
        ++m_stats->resetStreams;

    std::vector<std::pair<QByteArray, QByteArray>> fields;
    fields.reserve(size_t(response.headers.size()) + 2);
    fields.emplace_back(":status", QByteArray::number(response.status));
    for (const auto& [name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        if (!connectionSpecific(lower))
            fields.emplace_back(lower, value);
    }
    fields.emplace_back("content-length", QByteArray::number(response.body.size()));
    std::vector<nghttp2_nv> nva;
    nva.reserve(fields.size());
    for (const auto& [name, value] : fields) {
        // nghttp2_submit_response copies names and values: `fields` need not outlive the call.
        nva.push_back({ reinterpret_cast<uint8_t*>(const_cast<char*>(name.constData())),
            reinterpret_cast<uint8_t*>(const_cast<char*>(value.constData())), size_t(name.size()), size_t(value.size()),
            NGHTTP2_NV_FLAG_NONE });
    }
    nghttp2_data_provider provider {};
    provider.read_callback = readBody;
    const bool hasBody = !s->responseBody.isEmpty();
    if (nghttp2_submit_response(m_session, streamId, nva.data(), nva.size(), hasBody ? &provider : nullptr) != 0)
        nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_INTERNAL_ERROR);
    if (!flush())
        m_socket->disconnectFromHost();
}

void SandboxHttp2Session::reset(qint32 streamId)
{
    Stream* s = m_failed ? nullptr : stream(streamId);
    if (!s || s->answered)
        return;
    s->answered = true;
    ++m_stats->resetStreams;
    nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_INTERNAL_ERROR);
    if (!flush())
        m_socket->disconnectFromHost();
}

bool SandboxHttp2Session::flush()
{
    if (!m_session)
        return false;
    for (;;) {
        const uint8_t* data = nullptr;
        const ssize_t n = nghttp2_session_mem_send(m_session, &data);
        if (n < 0) {
            qCDebug(lcSandbox) << "HTTP/2 send failed:" << nghttp2_strerror(int(n));
            m_failed = true;
            return false;
        }
        if (n == 0)
            break;
        m_socket->write(reinterpret_cast<const char*>(data), qint64(n));
    }
    return nghttp2_session_want_read(m_session) || nghttp2_session_want_write(m_session);
}

} // namespace c1

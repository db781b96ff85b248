#include "api/ApiCall.h"

#include "api/BearerProvider.h"
#include "api/OneShotUpload.h"
#include "api/RequestLog.h"
#include "base/ReplyMapping.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "c1.api")

namespace c1 {

namespace {

constexpr qsizetype kExcerpt = 512;

QString excerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(RequestLog::redact(body.left(kExcerpt)));
    if (body.size() > kExcerpt)
        text += u"…"_s;
    return text;
}

// What the exchange spoke: HTTP/2 when Qt says so, HTTP/1.1 for any other HTTP answer, nothing without an answer.
QString protocolOf(QNetworkReply* reply, int status)
{
    if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
        return u"HTTP/2"_s;
    return status != 0 ? u"HTTP/1.1"_s : QString();
}

} // namespace

const char* ApiCall::methodName(RetryPolicy::Method method)
{
    switch (method) {
    case RetryPolicy::Method::Get:
        return "GET";
    case RetryPolicy::Method::Post:
        return "POST";
    case RetryPolicy::Method::Put:
        return "PUT";
    case RetryPolicy::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

ApiCall::ApiCall(C1Client* client, ApiRequest request, QObject* context, Done done)
    : Abortable(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{
    m_retryTimer.setSingleShot(true);
    // Precise: a Retry-After is a lower bound, and a coarse timer may fire up to 5% early (the retry of a request
    // refused with "Retry-After: 1" would leave after 950 ms and be refused again).
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::requestToken);
    if (context) {
        // Nobody is left to answer: stop the work (the callback is not called).
        connect(context, &QObject::destroyed, this, [this] {
            m_context = nullptr;
            abort();
        });
    }
    if (m_request.method != RetryPolicy::Method::Get && m_request.body.isEmpty())
        m_request.body = QByteArrayLiteral("{}"); // C1 answers 400 to a missing body
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    m_client->callStarted();
    if (m_request.refused.isError()) {
        // Never synchronously: the caller has not even received its CallHandle yet.
        QTimer::singleShot(0, this, [this] { finish(m_request.refused); });
        return;
    }
    requestToken();
}

void ApiCall::requestToken()
{
    if (m_finished || !m_client)
        return;
    BearerProvider* tokens = m_client->m_tokens;
    if (!tokens || !m_client->isTenantUrl(m_request.url)) {
        m_token.clear();
        // Keep the path asynchronous and uniform with the token case.
        QTimer::singleShot(0, this, &ApiCall::send);
        return;
    }
    tokens->token(this, [this](const Result<QString>& token) {
        if (m_finished)
            return;
        if (!token) {
            // A sign-in that failed on the way (dropped, timed out, 429, 5xx) is asked again like a GET: a token
            // request changes nothing on the tenant. A refusal of the credentials is final.
            const ApiError& error = token.error();
            const bool transient = error.kind == ApiError::Kind::Transport || error.kind == ApiError::Kind::Timeout
                || error.kind == ApiError::Kind::Http;
            const int delay = transient ? m_client->config().retry.delayBeforeRetry(RetryPolicy::Method::Get,
                                  ++m_tokenAttempts, error.kind == ApiError::Kind::Http ? error.httpStatus : 0, {})
                                        : -1;
            if (delay >= 0) {
                qCDebug(lcApi) << "no token for" << m_request.url.toDisplayString() << "- asking again in" << delay
                               << "ms";
                m_retryTimer.start(delay); // requestToken() again
                return;
            }
            finish(error);
            return;
        }
        m_token = token.value();
        send();
    });
}

void ApiCall::send()
{
    if (m_finished || !m_client)
        return;
    const ClientConfig& config = m_client->config();
    ++m_attempt;

    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(config.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, reply::userAgent());
    if (!m_token.isEmpty() && m_client->isTenantUrl(m_request.url))
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (config.http2PriorKnowledge && m_request.url.scheme() == u"http"_s)
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    if (m_request.url.scheme() == u"https"_s) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!config.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(config.extraCaCertificates); // added to the system CAs; verification stays on
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(ssl);
    }

    QNetworkAccessManager* network = m_client->network();
    switch (m_request.method) {
    case RetryPolicy::Method::Get:
        m_reply = network->get(request);
        break;
    case RetryPolicy::Method::Post: {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* upload = new OneShotUpload(m_request.body, nullptr); // never re-sent by Qt
        m_reply = network->post(request, upload);
        upload->setParent(m_reply);
        break;
    }
    case RetryPolicy::Method::Put:
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        m_reply = network->put(request, m_request.body);
        break;
    case RetryPolicy::Method::Delete:
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        m_reply = network->sendCustomRequest(request, "DELETE", m_request.body);
        break;
    }
    m_sslErrors.clear();
    m_attemptStarted = QDateTime::currentDateTimeUtc();
    m_attemptStartedMs = m_client->clockMs();
    m_clock.start();
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    qCDebug(lcApi) << methodName(m_request.method) << m_request.url.toDisplayString() << "attempt" << m_attempt;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    reply->disconnect(this);
    if (m_finished || !m_client)
        return;

    const int durationMs = int(m_clock.elapsed());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QString method = QString::fromLatin1(methodName(m_request.method));

    // Transport → HTTP status → error body: the mapping the token request shares (base/ReplyMapping).
    ApiError error = reply::map(reply, body, m_sslErrors);
    QJsonObject json;
    if (error.kind == ApiError::Kind::Timeout) {
        error.message = u"No answer within %1 ms."_s.arg(m_client->config().timeoutMs);
    } else if (error.kind == ApiError::Kind::Http) {
        error.detail = u"%1 %2\n%3"_s.arg(method, m_request.url.toDisplayString(), excerpt(body));
        error.retryAfterMs = RetryPolicy::parseRetryAfter(retryAfter);
    } else if (!error.isError() && !body.trimmed().isEmpty()) {
        // 4. JSON shape
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            error.kind = ApiError::Kind::BadJson;
            error.httpStatus = status;
            error.message = parseError.error != QJsonParseError::NoError
                ? u"Invalid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString())
                : u"The answer is not a JSON object."_s;
            error.detail = u"%1 %2\n%3"_s.arg(method, m_request.url.toDisplayString(), excerpt(body));
        } else {
            json = doc.object();
        }
    }

    if (RequestLog* log = m_client->requestLog()) {
        RequestLogEntry entry;
        entry.time = m_attemptStarted;
        entry.method = method;
        entry.url = m_request.url.toString(QUrl::FullyEncoded);
        entry.httpStatus = status;
        entry.error = error.isError() ? (error.message.isEmpty() ? error.userMessage() : error.message) : QString();
        entry.durationMs = durationMs;
        entry.attempt = m_attempt;
        entry.requestId = error.requestId;
        entry.requestBytes = m_request.body.size();
        entry.responseBytes = body.size();
        entry.requestBody = m_request.body;
        entry.responseExcerpt = body.left(4096);
        entry.protocol = protocolOf(reply, status);
        log->append(std::move(entry));
    }

    if (error.isError()) {
        qCInfo(lcApi).noquote() << method << m_request.url.toDisplayString() << "→" << status << error.message.left(200)
                                << "request-id" << error.requestId;
    }

    if (status != 0)
        m_client->answered(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
    else if (error.kind == ApiError::Kind::Timeout)
        m_client->attemptTimedOut(m_attemptStartedMs);

    Q_EMIT m_client->exchangeFinished(
        error.kind == ApiError::Kind::Transport || error.kind == ApiError::Kind::Timeout ? 0 : status, durationMs,
        RetryPolicy::parseRetryAfter(retryAfter), !RetryPolicy::isWholeSeconds(retryAfter), m_attempt);

    // 401: the token may have expired or been revoked; one fresh token, one retry.
    if (status == 401 && !m_refreshedToken && !m_token.isEmpty() && m_client->m_tokens) {
        m_refreshedToken = true;
        m_client->m_tokens->invalidate(m_token);
        m_token.clear();
        requestToken();
        return;
    }

    const bool retriable = error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::Transport
        || error.kind == ApiError::Kind::Timeout;
    if (retriable) {
        const RetryPolicy::Method retryAs = m_request.readOnly ? RetryPolicy::Method::Get : m_request.method;
        const int delay = m_client->config().retry.delayBeforeRetry(
            retryAs, m_attempt, error.kind == ApiError::Kind::Http ? status : 0, retryAfter);
        if (delay >= 0) {
            scheduleRetry(delay);
            return;
        }
    }

    if (m_request.notFoundIsSuccess && status == 404) {
        finish(ApiError {});
        return;
    }
    finish(error, json);
}

void ApiCall::scheduleRetry(int delayMs)
{
    qCDebug(lcApi) << "retrying" << m_request.url.toDisplayString() << "in" << delayMs << "ms";
    m_retryTimer.start(delayMs);
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    ApiError error;
    error.kind = ApiError::Kind::Canceled;
    error.message = u"Canceled."_s;
    finish(error);
}

void ApiCall::finish(const ApiError& error, const QJsonObject& body)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    deleteLater();
    if (m_client)
        m_client->callFinished();
    // The callback may destroy the client (and with it this object): touch no member after it.
    const bool deliver = !m_hasContext || m_context;
    Done done = std::move(m_done);
    if (deliver && done)
        done(error, body);
}

} // namespace c1

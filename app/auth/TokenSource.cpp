#include "auth/TokenSource.h"

#include "auth/AuthLogging.h"
#include "auth/JwtAssertion.h"
#include "base/ReplyMapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>

namespace c1 {

namespace {

constexpr int kRenewalMarginSeconds = 10;
constexpr qint64 kDefaultLifetimeSeconds = 300; // when a token answer carries no expires_in
constexpr qsizetype kMaxServerText = 300;

QByteArray formValue(const QByteArray& name, const QByteArray& value)
{
    return name + '=' + QUrl::toPercentEncoding(QString::fromLatin1(value));
}

// Does an OAuth2 error description talk about the assertion's time window? Then the clock is likely off.
bool looksLikeClockSkew(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\b(exp|nbf|iat)\b|not yet valid|not valid yet|expired|in the future|issued at|clock|skew)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

} // namespace

TokenSource::TokenSource(
    QNetworkAccessManager* network, ClientCredentials credentials, QUrl tokenUrlBase, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(std::move(credentials))
    , m_tokenUrl(std::move(tokenUrlBase))
{
    QString path = m_tokenUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_tokenUrl.setPath(path + QStringLiteral("/auth/v1/token"));
    m_tokenUrl.setQuery(QString());
    m_tokenUrl.setFragment(QString());
}

TokenSource::~TokenSource()
{
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->abort();
        m_inFlight->deleteLater();
    }
}

int TokenSource::renewalMarginSeconds() const
{
    return int(std::min<qint64>(kRenewalMarginSeconds, m_lifetimeSeconds / 2));
}

bool TokenSource::hasValidToken() const
{
    return !m_token.isEmpty() && QDateTime::currentDateTimeUtc().addSecs(renewalMarginSeconds()) < m_expiresAt;
}

void TokenSource::token(QObject* context, Callback callback)
{
    if (!context)
        context = this;
    if (hasValidToken()) {
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback), token = m_token.value()] { callback(token); },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.push_back({ context, std::move(callback) });
    if (!m_inFlight)
        startRequest();
}

void TokenSource::invalidate(const QString& token)
{
    if (token.isEmpty() || token != m_token.value())
        return;
    qCDebug(lcAuth) << "token invalidated after a refusal";
    m_token.wipe();
    m_expiresAt = {};
}

void TokenSource::startRequest()
{
    m_assertion.reset(JwtAssertion::create(m_credentials));
    if (m_assertion.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Auth;
        error.message = tr("Could not sign the sign-in request with the client secret.");
        QMetaObject::invokeMethod(
            this, [this, error] { deliver(error); }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(m_tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, reply::userAgent()); // as the API calls
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_timeoutMs);
    if (m_http2PriorKnowledge && m_tokenUrl.scheme() == QLatin1String("http"))
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    if (!m_extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(ssl);
    }

    // Credentials travel only in the body (docs/api-facts.md §1), never in a header or the URL.
    SecretBytes body(formValue("client_id", m_credentials.clientId().toUtf8()) + '&'
        + formValue("grant_type", "client_credentials") + '&'
        + formValue("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") + '&'
        + formValue("client_assertion", m_assertion.value()));
    m_loggedBody = redactSecrets(body.value());
    m_requestBytes = body.size();

    m_sslErrors.clear();
    m_requestStarted = QDateTime::currentDateTimeUtc();
    qCDebug(lcAuth) << "requesting a token from" << m_tokenUrl.toDisplayString();
    QNetworkReply* reply = m_network->post(request, body.value());
    m_inFlight = reply;
    // Which certificates were refused, for the error (base/ReplyMapping describes them as for any API call).
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors << errors; });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finishRequest(reply); });
}

void TokenSource::finishRequest(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_inFlight)
        return;
    m_inFlight = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const SecretBytes body(reply->isOpen() ? reply->readAll() : QByteArray());
    // Transport → HTTP status → error body, as for every API call; then read as a sign-in answer.
    ApiError error = reply::map(reply, body.value(), m_sslErrors);
    if (error.isError()) {
        error = signInError(reply, std::move(error), body.value());
        report(reply, error, body.value());
        m_assertion.wipe();
        qCWarning(lcAuth) << "sign-in failed:" << int(error.kind) << error.httpStatus << error.message;
        deliver(error);
        return;
    }
    m_assertion.wipe();

    QJsonParseError parseError;
    const QJsonObject answer = QJsonDocument::fromJson(body.value(), &parseError).object();
    const QString accessToken = answer.value(u"access_token").toString();
    const QString tokenType = answer.value(u"token_type").toString();
    const QJsonValue expiresIn = answer.value(u"expires_in");
    qint64 lifetime = kDefaultLifetimeSeconds;
    bool lifetimeOk = true;
    if (expiresIn.isDouble())
        lifetime = qint64(expiresIn.toDouble());
    else if (expiresIn.isString())
        lifetime = expiresIn.toString().toLongLong(&lifetimeOk);
    else if (!expiresIn.isUndefined() && !expiresIn.isNull())
        lifetimeOk = false;

    if (parseError.error != QJsonParseError::NoError || accessToken.isEmpty() || !lifetimeOk || lifetime <= 0
        || (!tokenType.isEmpty() && tokenType.compare(u"Bearer", Qt::CaseInsensitive) != 0)) {
        error.kind = ApiError::Kind::BadJson;
        error.httpStatus = status;
        error.message = tr("The tenant's sign-in answer is not a usable access token.");
        error.detail = QStringLiteral("POST ") + m_tokenUrl.toDisplayString(); // never the body: it may hold a token
        qCWarning(lcAuth) << "sign-in answer is not a token (HTTP" << status << ")";
        report(reply, error, {}); // nor in the request log: whatever it is, it may be a token
        deliver(error);
        return;
    }
    report(reply, error, body.value());

    m_token.reset(accessToken);
    m_lifetimeSeconds = lifetime;
    m_expiresAt = m_requestStarted.addSecs(lifetime);
    ++m_minted;
    qCInfo(lcAuth) << "signed in to" << m_credentials.tenant().audience << "token valid for" << lifetime << "s";
    Q_EMIT tokenMinted();
    deliver(m_token.value());
}

void TokenSource::report(const QNetworkReply* reply, const ApiError& error, const QByteArray& body) const
{
    if (!m_observer)
        return;
    TokenExchange exchange;
    exchange.time = m_requestStarted;
    exchange.method = QStringLiteral("POST");
    exchange.url = m_tokenUrl.toString(QUrl::FullyEncoded);
    exchange.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.error = error.isError() ? error.message : QString();
    exchange.durationMs = int(m_requestStarted.msecsTo(QDateTime::currentDateTimeUtc()));
    exchange.requestId
        = error.requestId.isEmpty() ? QString::fromLatin1(reply->rawHeader("X-Request-Id")) : error.requestId;
    exchange.requestBytes = m_requestBytes;
    exchange.requestBody = m_loggedBody;
    exchange.responseBytes = body.size();
    SecretBytes excerpt(body.left(4096));
    if (!m_assertion.isEmpty()) // an echo of the assertion, whatever its shape
        excerpt.reset(QByteArray(excerpt.value()).replace(m_assertion.value(), "[redacted]"));
    exchange.responseExcerpt = redactSecrets(excerpt.value());
    m_observer(exchange);
}

ApiError TokenSource::signInError(const QNetworkReply* reply, ApiError error, const QByteArray& body) const
{
    const QString host = m_tokenUrl.host();
    const QString where = QStringLiteral("POST ") + m_tokenUrl.toDisplayString();

    switch (error.kind) {
    case ApiError::Kind::Timeout:
        error.message = tr("The tenant %1 did not answer the sign-in request in time.").arg(host);
        error.detail = where;
        return error;
    case ApiError::Kind::Tls:
        // The reasons, as for any API call (ApiError::userMessage() and the sign-in text say where); the refused
        // certificates after the request.
        error.detail = error.detail.isEmpty() ? where : where + u'\n' + error.detail;
        return error;
    case ApiError::Kind::Transport:
        error.message = tr("Could not reach the tenant %1: %2").arg(host, reply->errorString());
        error.detail = error.detail.isEmpty() ? where : where + u'\n' + error.detail;
        return error;
    case ApiError::Kind::Redirect: {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        error.message = tr("The sign-in request to %1 was redirected to %2; redirects are not followed. Check the "
                           "tenant address.")
                            .arg(host, target.toDisplayString());
        error.detail = where;
        return error;
    }
    default:
        break;
    }

    // An HTTP error: OAuth2 {"error","error_description"} or google.rpc.Status {"code","message"} (the mapping
    // read the code, the message and the request ID). Which of them refuses the credentials is the sign-in's call.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    auto serverText = [this](QString text) {
        if (!m_assertion.isEmpty())
            text.replace(QString::fromLatin1(m_assertion.value()), QStringLiteral("[assertion]"));
        if (text.size() > kMaxServerText)
            text = text.left(kMaxServerText) + QStringLiteral("…");
        return text;
    };
    const bool refused = error.httpStatus == 400 || error.httpStatus == 401 || error.httpStatus == 403;
    const QString oauthError = serverText(object.value(u"error").toString());
    const QString description = serverText(object.value(u"error_description").toString());
    const QString rpcMessage = serverText(object.value(u"message").toString());
    if (!oauthError.isEmpty()) {
        error.kind = ApiError::Kind::Auth;
        error.message = description.isEmpty()
            ? tr("The tenant refused the client credentials: %1.").arg(oauthError)
            : tr("The tenant refused the client credentials: %1 (%2).").arg(oauthError, description);
        if (looksLikeClockSkew(description))
            error.message += u' '
                + tr("Check the computer's clock: a sign-in request is only valid for two minutes around the "
                     "current time.");
    } else if (!rpcMessage.isEmpty()) {
        error.kind = refused ? ApiError::Kind::Auth : ApiError::Kind::Http;
        error.message = refused
            ? tr("The tenant refused the sign-in (HTTP %1): %2").arg(error.httpStatus).arg(rpcMessage)
            : tr("The tenant could not sign in (HTTP %1): %2").arg(error.httpStatus).arg(rpcMessage);
    } else {
        error.kind = refused ? ApiError::Kind::Auth : ApiError::Kind::Http;
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        error.message
            = tr("The tenant answered the sign-in request with HTTP %1 %2.").arg(error.httpStatus).arg(reason);
        if (error.httpStatus == 404)
            error.message += u' ' + tr("Check the tenant address and the URL override.");
    }
    error.detail = where + QStringLiteral(" → HTTP ") + QString::number(error.httpStatus) + QStringLiteral(": ")
        + serverText(QString::fromUtf8(redactSecrets(body)).simplified());
    return error;
}

void TokenSource::deliver(const Result<QString>& result)
{
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (const Waiter& waiter : waiters) {
        if (waiter.context)
            waiter.callback(result);
    }
}

} // namespace c1

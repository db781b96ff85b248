#include "auth/TokenSource.h"

#include "auth/AuthLogging.h"
#include "auth/JwtAssertion.h"

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

QString requestIdFrom(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(request-id:\s*([A-Za-z0-9._-]+))"));
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
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
    secureWipe(m_token);
    secureWipe(m_assertion);
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
            context, [callback = std::move(callback), token = m_token] { callback(token); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.push_back({ context, std::move(callback) });
    if (!m_inFlight)
        startRequest();
}

void TokenSource::invalidate(const QString& token)
{
    if (token.isEmpty() || token != m_token)
        return;
    qCDebug(lcAuth) << "token invalidated after a refusal";
    secureWipe(m_token);
    m_expiresAt = {};
}

void TokenSource::startRequest()
{
    m_assertion = JwtAssertion::create(m_credentials);
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

    // Credentials travel only in the body (API-NOTES §1), never in a header or the URL.
    QByteArray body = formValue("client_id", m_credentials.clientId().toUtf8()) + '&'
        + formValue("grant_type", "client_credentials") + '&'
        + formValue("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") + '&'
        + formValue("client_assertion", m_assertion);

    m_sslErrors.clear();
    m_sslCertificates.clear();
    m_peerCertificates.clear();
    m_requestStarted = QDateTime::currentDateTimeUtc();
    qCDebug(lcAuth) << "requesting a token from" << m_tokenUrl.toDisplayString();
    QNetworkReply* reply = m_network->post(request, body);
    secureWipe(body);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            m_sslErrors.append(error.errorString());
            // Which certificate was refused, for the error's detail (a person must be able to tell a proxy's
            // interception certificate from the tenant's own).
            if (const QSslCertificate certificate = error.certificate(); !certificate.isNull()) {
                m_sslCertificates.append(error.errorString() + QStringLiteral(" [subject: ")
                    + certificate.subjectDisplayName() + QStringLiteral("; issuer: ") + certificate.issuerDisplayName()
                    + QStringLiteral("; expires: ") + certificate.expiryDate().toString(Qt::ISODate) + u']');
            }
            if (!error.certificate().isNull() && !m_peerCertificates.contains(error.certificate()))
                m_peerCertificates.append(error.certificate());
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finishRequest(reply); });
}

void TokenSource::finishRequest(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_inFlight)
        return;
    m_inFlight = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
        const ApiError error = errorFor(reply);
        secureWipe(m_assertion);
        qCWarning(lcAuth) << "sign-in failed:" << int(error.kind) << error.httpStatus << error.message;
        deliver(error);
        return;
    }
    secureWipe(m_assertion);

    QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonObject answer = QJsonDocument::fromJson(body, &parseError).object();
    secureWipe(body);
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
        ApiError error;
        error.kind = ApiError::Kind::BadJson;
        error.httpStatus = status;
        error.message = tr("The tenant's sign-in answer is not a usable access token.");
        error.detail = QStringLiteral("POST ") + m_tokenUrl.toDisplayString(); // never the body: it may hold a token
        qCWarning(lcAuth) << "sign-in answer is not a token (HTTP" << status << ")";
        deliver(error);
        return;
    }

    secureWipe(m_token);
    m_token = accessToken;
    m_lifetimeSeconds = lifetime;
    m_expiresAt = m_requestStarted.addSecs(lifetime);
    ++m_minted;
    qCInfo(lcAuth) << "signed in to" << m_credentials.tenant().audience << "token valid for" << lifetime << "s";
    Q_EMIT tokenMinted();
    deliver(m_token);
}

ApiError TokenSource::errorFor(QNetworkReply* reply) const
{
    ApiError error;
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    error.detail = QStringLiteral("POST ") + m_tokenUrl.toDisplayString();
    const QString host = m_tokenUrl.host();

    if (error.httpStatus == 0) {
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError: // what setTransferTimeout() reports
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            error.message = tr("The tenant %1 did not answer the sign-in request in time.").arg(host);
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownNetworkError:
            if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
                error.kind = ApiError::Kind::Tls;
                error.peerCertificates = m_peerCertificates;
                if (!m_sslCertificates.isEmpty())
                    error.detail += u'\n' + m_sslCertificates.join(u'\n');
                // Only the reason, as ApiCall gives it: ApiError::userMessage() and the sign-in text say where.
                error.message = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QStringLiteral("; "));
                break;
            }
            Q_FALLTHROUGH();
        default:
            error.kind = ApiError::Kind::Transport;
            error.message = tr("Could not reach the tenant %1: %2").arg(host, reply->errorString());
            break;
        }
        return error;
    }

    if (error.httpStatus >= 300 && error.httpStatus < 400) {
        error.kind = ApiError::Kind::Redirect;
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        error.message = tr("The sign-in request to %1 was redirected to %2; redirects are not followed. Check the "
                           "tenant address.")
                            .arg(host, target.toDisplayString());
        return error;
    }

    // Error bodies: OAuth2 {"error","error_description"} or google.rpc.Status {"code","message"}.
    const QByteArray body = reply->readAll();
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    auto serverText = [this](QString text) {
        if (!m_assertion.isEmpty())
            text.replace(QString::fromLatin1(m_assertion), QStringLiteral("[assertion]"));
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
        if (object.value(u"code").isDouble())
            error.grpcCode = object.value(u"code").toInt();
        error.message = refused
            ? tr("The tenant refused the sign-in (HTTP %1): %2").arg(error.httpStatus).arg(rpcMessage)
            : tr("The tenant could not sign in (HTTP %1): %2").arg(error.httpStatus).arg(rpcMessage);
        if (error.requestId.isEmpty())
            error.requestId = requestIdFrom(rpcMessage);
    } else {
        error.kind = refused ? ApiError::Kind::Auth : ApiError::Kind::Http;
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        error.message
            = tr("The tenant answered the sign-in request with HTTP %1 %2.").arg(error.httpStatus).arg(reason);
        if (error.httpStatus == 404)
            error.message += u' ' + tr("Check the tenant address and the URL override.");
    }
    error.detail += QStringLiteral(" → HTTP ") + QString::number(error.httpStatus) + QStringLiteral(": ")
        + serverText(QString::fromUtf8(body).simplified());
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

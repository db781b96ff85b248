#include "base/ReplyMapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace c1 {

namespace reply {

QString userAgent()
{
    return u"C1Console/"_s + QCoreApplication::applicationVersion();
}

bool isTransportError(QNetworkReply::NetworkError error, int status)
{
    if (error == QNetworkReply::NoError)
        return false;
    // Codes below 200 are connection, TLS and proxy failures even when a status line was read (a body cut
    // short); the codes from 200 on are Qt's names for HTTP statuses, which the status mapping handles. A 2xx
    // status with an error is a transfer cut short too: over HTTP/2 a stream reset mid-body (RST_STREAM) reports
    // the reset's code (e.g. InternalServerError) beside the 200 already received.
    return status == 0 || int(error) < 200 || (status >= 200 && status < 300);
}

ApiError transportError(const QNetworkReply* reply, const QList<QSslError>& sslErrors)
{
    ApiError error;
    error.message = reply->errorString();
    const QNetworkReply::NetworkError code = reply->error();
    // A refused certificate can end as "unknown network error" when the handshake is cut after the refusal.
    const bool tls = code == QNetworkReply::SslHandshakeFailedError
        || (code == QNetworkReply::UnknownNetworkError && !sslErrors.isEmpty());
    if (tls) {
        error.kind = ApiError::Kind::Tls;
        QStringList reasons;
        QStringList lines;
        for (const QSslError& ssl : sslErrors) {
            if (!reasons.contains(ssl.errorString()))
                reasons << ssl.errorString();
            QString line = ssl.errorString();
            const QSslCertificate cert = ssl.certificate();
            if (!cert.isNull()) {
                line += u" [subject: "_s + cert.subjectDisplayName() + u"; issuer: "_s + cert.issuerDisplayName()
                    + u"; expires: "_s + cert.expiryDate().toString(Qt::ISODate) + u']';
                if (!error.peerCertificates.contains(cert))
                    error.peerCertificates << cert;
            }
            lines << line;
        }
        // Only the reason: ApiError::userMessage() and the sign-in text say where.
        if (!reasons.isEmpty())
            error.message = reasons.join(u"; "_s);
        for (const QSslCertificate& cert : reply->sslConfiguration().peerCertificateChain()) {
            if (!error.peerCertificates.contains(cert))
                error.peerCertificates << cert;
        }
        error.detail = lines.join(u'\n');
        return error;
    }
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout; the callers' own aborts never get here
        error.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::ContentReSendError: // QNAM wanted to send the body again; a one-shot upload refused
    case QNetworkReply::RemoteHostClosedError:
        error.kind = ApiError::Kind::Transport;
        error.message = QCoreApplication::translate("c1::ApiCall", "the connection closed before the tenant answered");
        break;
    default:
        error.kind = ApiError::Kind::Transport;
        break;
    }
    return error;
}

QString requestIdFrom(const QString& message)
{
    static const QRegularExpression re(u"request-id:\\s*([^)\\s,;]+)"_s);
    const QRegularExpressionMatch match = re.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

ApiError map(const QNetworkReply* reply, const QByteArray& body, const QList<QSslError>& sslErrors)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error;
    if (isTransportError(reply->error(), status)) {
        // 1. transport
        error = transportError(reply, sslErrors);
        if (status != 0)
            error.detail = u"The connection failed after HTTP %1 (%2 bytes read)."_s.arg(status).arg(body.size());
    } else if (status >= 300 && status < 400) {
        // 2. HTTP status: never follow a redirect
        error.kind = ApiError::Kind::Redirect;
        error.httpStatus = status;
        error.message = u"Redirect to %1"_s.arg(QString::fromUtf8(reply->rawHeader("Location")));
    } else if (status < 200 || status >= 300) {
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
        // 3. google.rpc.Status body (or an OAuth2-style error from a proxy or the token endpoint)
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject()) {
            const QJsonObject rpc = doc.object();
            if (rpc.value("code"_L1).isDouble())
                error.grpcCode = rpc.value("code"_L1).toInt();
            error.message = rpc.value("message"_L1).toString();
            if (error.message.isEmpty())
                error.message = rpc.value("error_description"_L1).toString();
        }
        if (error.message.isEmpty())
            error.message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    }
    error.requestId = requestIdFrom(error.message);
    if (error.requestId.isEmpty())
        error.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    return error;
}

} // namespace reply

QByteArray redactSecrets(const QByteArray& text)
{
    // Each pattern keeps its prefix (group 1) and replaces the secret that follows.
    static const QRegularExpression patterns[] = {
        // Authorization header (any scheme), in header form or as a JSON/curl string.
        QRegularExpression(u"((?:^|[\\s\"'{,])Authorization\\s*[:=]\\s*\"?(?:Bearer|Basic)?\\s*)[^\\s\"'\\r\\n,}]+"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption),
        // A bare "Bearer <token>".
        QRegularExpression(
            u"(\\bBearer\\s+)(?!\\[redacted\\])[A-Za-z0-9._~+/=-]+"_s, QRegularExpression::CaseInsensitiveOption),
        // JSON fields.
        QRegularExpression(
            u"(\"(?:access_token|refresh_token|id_token|client_assertion|client_secret|clientSecret|secret|token|password)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*"_s,
            QRegularExpression::CaseInsensitiveOption),
        // Form / query fields.
        QRegularExpression(
            u"((?:^|[?&\\s])(?:access_token|refresh_token|id_token|client_assertion|client_secret|password)=)[^&\\s\"]*"_s,
            QRegularExpression::CaseInsensitiveOption),
        // C1 client secrets wherever they appear.
        QRegularExpression(u"(secret-token:)[^\\s\"'&,}]+"_s),
        // Anything shaped like a JWS (header.payload.signature, base64url JSON header).
        QRegularExpression(u"()\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"_s),
    };
    if (text.isEmpty())
        return text;
    QString out = QString::fromUtf8(text);
    for (const QRegularExpression& re : patterns)
        out.replace(re, u"\\1[redacted]"_s);
    return out.toUtf8();
}

} // namespace c1

#include "base/ApiError.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(c1::ApiError)
};

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return u"None"_s;
    case ApiError::Kind::Transport:
        return u"Transport"_s;
    case ApiError::Kind::Tls:
        return u"Tls"_s;
    case ApiError::Kind::Timeout:
        return u"Timeout"_s;
    case ApiError::Kind::Canceled:
        return u"Canceled"_s;
    case ApiError::Kind::Http:
        return u"Http"_s;
    case ApiError::Kind::BadJson:
        return u"BadJson"_s;
    case ApiError::Kind::Redirect:
        return u"Redirect"_s;
    case ApiError::Kind::Auth:
        return u"Auth"_s;
    case ApiError::Kind::Paging:
        return u"Paging"_s;
    case ApiError::Kind::InvalidInput:
        return u"InvalidInput"_s;
    }
    return {};
}

// google.rpc.Code names, for the log.
QString grpcName(int code)
{
    static const char* const names[] = { "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
        "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED",
        "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED" };
    if (code >= 0 && code < int(std::size(names)))
        return QString::fromLatin1(names[code]);
    return QString::number(code);
}

// The server's message without its "(request-id: …)" suffix, which userMessage() adds itself.
QString serverMessage(const QString& message)
{
    static const QRegularExpression requestId(u"\\s*\\(request-id:[^)]*\\)\\s*$"_s);
    QString text = message;
    text.remove(requestId);
    return text.trimmed();
}

QString httpSummary(int status)
{
    switch (status) {
    case 400:
        return Tr::tr("The tenant refused the request as invalid");
    case 401:
        return Tr::tr("The tenant did not accept the sign-in");
    case 403:
        return Tr::tr("Permission denied");
    case 404:
        return Tr::tr("Not found");
    case 409:
        return Tr::tr("Conflict with the current state");
    case 429:
        return Tr::tr("The tenant is limiting the request rate");
    case 503:
        return Tr::tr("The tenant is unavailable");
    default:
        break;
    }
    if (status >= 500)
        return Tr::tr("The tenant had an internal error");
    return Tr::tr("The tenant refused the request");
}

} // namespace

bool ApiError::isAmbiguous() const
{
    switch (kind) {
    case Kind::Transport:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus >= 500;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    QString text;
    const QString server = serverMessage(message);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Transport:
        text = server.isEmpty() ? Tr::tr("Could not reach the tenant.")
                                : Tr::tr("Could not reach the tenant: %1").arg(server);
        break;
    case Kind::Tls:
        text = server.isEmpty() ? Tr::tr("The secure connection to the tenant failed.")
                                : Tr::tr("The secure connection to the tenant failed: %1").arg(server);
        break;
    case Kind::Timeout:
        text = Tr::tr("The tenant did not answer in time.");
        break;
    case Kind::Canceled:
        text = Tr::tr("Canceled.");
        break;
    case Kind::Http:
        text = server.isEmpty() ? Tr::tr("%1 (HTTP %2).").arg(httpSummary(httpStatus)).arg(httpStatus)
                                : Tr::tr("%1 (HTTP %2): %3").arg(httpSummary(httpStatus)).arg(httpStatus).arg(server);
        break;
    case Kind::BadJson:
        text = Tr::tr("The tenant sent an answer the console could not read.");
        break;
    case Kind::Redirect:
        text = Tr::tr("The tenant answered with a redirect (HTTP %1), which the console does not follow.")
                   .arg(httpStatus);
        break;
    case Kind::Auth:
        text = server.isEmpty() ? Tr::tr("Sign-in failed.") : Tr::tr("Sign-in failed: %1").arg(server);
        break;
    case Kind::Paging:
        text = Tr::tr("The listing was stopped: the tenant repeated a page token.");
        break;
    case Kind::InvalidInput:
        text = server.isEmpty() ? Tr::tr("The input is not valid.") : server;
        break;
    }
    if (!requestId.isEmpty())
        text += u' ' + Tr::tr("(request-id %1)").arg(requestId);
    return text;
}

QString ApiError::fullDetail() const
{
    QStringList lines;
    lines << u"kind: "_s + kindName(kind);
    if (httpStatus != 0)
        lines << u"HTTP status: "_s + QString::number(httpStatus);
    if (grpcCode >= 0)
        lines << u"gRPC code: "_s + QString::number(grpcCode) + u" ("_s + grpcName(grpcCode) + u')';
    if (!message.isEmpty())
        lines << u"message: "_s + message;
    if (!requestId.isEmpty())
        lines << u"request-id: "_s + requestId;
    if (retryAfterMs >= 0)
        lines << u"retry after: "_s + QString::number(retryAfterMs) + u" ms"_s;
    if (!detail.isEmpty())
        lines << detail;
    return lines.join(u'\n');
}

ApiError ApiError::invalidInput(const QString& message)
{
    ApiError error;
    error.kind = Kind::InvalidInput;
    error.message = message;
    return error;
}

} // namespace c1

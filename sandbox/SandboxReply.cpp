#include "sandbox/SandboxReply.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace c1 {

SandboxHttpResponse SandboxReply::json(const QJsonObject& body, int status)
{
    SandboxHttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json");
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

SandboxHttpResponse SandboxReply::error(Code code, const QString& message, const QString& requestId, int status)
{
    const QString text = requestId.isEmpty() ? message : message + u" (request-id: "_s + requestId + u')';
    return json(QJsonObject { { u"code"_s, int(code) }, { u"message"_s, text }, { u"details"_s, QJsonArray() } },
        status ? status : httpStatus(code));
}

SandboxHttpResponse SandboxReply::oauthError(int status, const QString& error, const QString& description)
{
    SandboxHttpResponse response
        = json(QJsonObject { { u"error"_s, error }, { u"error_description"_s, description } }, status);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

int SandboxReply::httpStatus(Code code)
{
    switch (code) {
    case Ok:
        return 200;
    case InvalidArgument:
        return 400;
    case FailedPrecondition:
        return 400;
    case NotFound:
        return 404;
    case AlreadyExists:
        return 409;
    case PermissionDenied:
        return 403;
    case ResourceExhausted:
        return 429;
    case Unimplemented:
        return 501;
    case Unavailable:
        return 503;
    case Unauthenticated:
        return 401;
    case Internal:
        return 500;
    }
    return 500;
}

} // namespace c1

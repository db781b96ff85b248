#pragma once

#include "sandbox/SandboxHttpMessage.h"

#include <QJsonObject>

#include <functional>
#include <vector>

namespace c1 {

// What a route handler sees of one authenticated /api request.
struct SandboxCall {
    const SandboxHttpRequest* request = nullptr;
    QStringList args; // the path's placeholders in order
    QJsonObject body; // the JSON body (POST, PUT, DELETE); checked to be an object before the handler runs
    QString requestId;
    QString userId; // the principal of the bearer token
    qint64 now = 0; // the sandbox clock, milliseconds since the epoch

    QString query(const QString& name) const { return request->query.queryItemValue(name, QUrl::FullyDecoded); }
    bool hasQuery(const QString& name) const { return request->query.hasQueryItem(name); }
};

// Routes by method and path segments; "*" in a pattern matches one non-empty segment.
class SandboxRouter {
public:
    using Handler = std::function<SandboxHttpResponse(SandboxCall&)>;

    struct Match {
        const Handler* handler = nullptr;
        QStringList args;
        bool pathKnown = false; // some route has this path, maybe with another method (→ 405)
    };

    void add(const QByteArray& method, const QString& pattern, Handler handler);
    Match match(const QByteArray& method, const QStringList& segments) const;

private:
    struct Route {
        QByteArray method;
        QStringList pattern;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace c1

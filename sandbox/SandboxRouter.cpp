#include "sandbox/SandboxRouter.h"

namespace c1 {

void SandboxRouter::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    m_routes.push_back({ method, pattern.split(QLatin1Char('/')), std::move(handler) });
}

SandboxRouter::Match SandboxRouter::match(const QByteArray& method, const QStringList& segments) const
{
    Match result;
    for (const Route& route : m_routes) {
        if (route.pattern.size() != segments.size())
            continue;
        QStringList args;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.pattern.at(i) == QLatin1String("*"))
                args.append(segments.at(i));
            else
                matches = route.pattern.at(i) == segments.at(i);
        }
        if (!matches)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.handler = &route.handler;
            result.args = args;
            return result;
        }
    }
    return result;
}

} // namespace c1

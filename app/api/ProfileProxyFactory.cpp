#include "api/ProfileProxyFactory.h"

using namespace Qt::StringLiterals;

namespace c1 {

ProfileProxyFactory::ProfileProxyFactory(Profile::Proxy mode, const QString& host, int port, const QString& exclusions)
    : m_mode(mode)
    , m_host(host.trimmed())
    , m_port(port)
{
    for (const QString& item : exclusions.split(u',', Qt::SkipEmptyParts)) {
        QString entry = item.trimmed().toLower();
        if (entry.startsWith(u"*."_s))
            entry.remove(0, 1); // "*.example.com" → ".example.com"
        if (!entry.isEmpty())
            m_exclusions << entry;
    }
}

bool ProfileProxyFactory::isExcluded(const QString& host) const
{
    const QString h = host.toLower();
    for (const QString& entry : m_exclusions) {
        if (entry.startsWith(u'.') ? (h.endsWith(entry) || h == QStringView(entry).mid(1)) : h == entry)
            return true;
    }
    return false;
}

QList<QNetworkProxy> ProfileProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    switch (m_mode) {
    case Profile::Proxy::System:
        return systemProxyForQuery(query);
    case Profile::Proxy::None:
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    case Profile::Proxy::Manual:
        if (m_host.isEmpty() || isExcluded(query.peerHostName()))
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        return { QNetworkProxy(QNetworkProxy::HttpProxy, m_host, quint16(m_port)) };
    }
    return { QNetworkProxy(QNetworkProxy::NoProxy) };
}

} // namespace c1

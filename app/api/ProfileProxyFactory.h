#pragma once

#include "settings/Profile.h"

#include <QNetworkProxyFactory>
#include <QStringList>

namespace c1 {

// The proxy of one profile for its QNetworkAccessManager: the system's settings, none, or a manual HTTP proxy
// with a list of excluded hosts ("host", ".domain" or "*.domain"). Per manager, never global.
class ProfileProxyFactory : public QNetworkProxyFactory {
public:
    ProfileProxyFactory(Profile::Proxy mode, const QString& host, int port, const QString& exclusions);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query = QNetworkProxyQuery()) override;
    bool isExcluded(const QString& host) const;

private:
    Profile::Proxy m_mode;
    QString m_host;
    int m_port;
    QStringList m_exclusions;
};

} // namespace c1

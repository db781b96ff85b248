#include "api/NetworkManager.h"

#include "api/TcpNoDelay.h"

#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

using namespace Qt::StringLiterals;

namespace c1 {

QNetworkReply* NetworkManager::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    const QUrl url = request.url();
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return reply;
    auto opened = std::make_shared<bool>(false); // this reply's request opened a connection
    connect(reply, &QNetworkReply::socketStartedConnecting, reply, [opened] { *opened = true; });
    connect(reply, &QNetworkReply::encrypted, this, [this, url, opened] {
        *opened = false;
        disableNagle(url);
    });
    connect(reply, &QNetworkReply::finished, this, [this, url, opened] {
        if (*opened)
            disableNagle(url);
    });
    return reply;
}

void NetworkManager::disableNagle(const QUrl& url)
{
    // The TCP peer is the tenant, or the proxy in front of it.
    QList<quint16> ports { quint16(url.port(url.scheme() == u"https"_s ? 443 : 80)) };
    const QList<QNetworkProxy> proxies
        = proxyFactory() ? proxyFactory()->queryProxy(QNetworkProxyQuery(url)) : QList<QNetworkProxy> { proxy() };
    for (const QNetworkProxy& candidate : proxies) {
        if (candidate.type() == QNetworkProxy::HttpProxy || candidate.type() == QNetworkProxy::Socks5Proxy)
            ports.append(candidate.port());
    }
    const int changed = TcpNoDelay::applyToPeers(ports);
    if (changed > 0)
        qCDebug(lcApi) << "TCP_NODELAY on" << changed << "new connection(s) to port(s)" << ports;
}

} // namespace c1

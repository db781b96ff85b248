#pragma once

#include <QNetworkAccessManager>

namespace c1 {

// The session's QNetworkAccessManager: a plain one, except that each connection it opens to the tenant (or to the
// proxy in front of it) gets Nagle's algorithm turned off (TcpNoDelay says why), the sign-in's as the API calls'.
// Over TLS that happens when the handshake is done, before the first request is written (Qt's HTTP thread waits
// for the reply's encrypted() handlers); in cleartext (tests, benchmarks) once the answer that opened it is in.
class NetworkManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    void disableNagle(const QUrl& url);
};

} // namespace c1

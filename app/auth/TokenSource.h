#pragma once

#include "auth/ClientCredentials.h"
#include "base/ApiError.h"
#include "base/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace c1 {

// Mints and caches the bearer token of C1's client-credentials flow (API-NOTES §1).
// All callers that ask while a token request is in flight share it. Renewed ~10 s before expiry;
// invalidate() after a 401 forces the next call to mint a new one. The token never leaves memory.
class TokenSource : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QString>& token)>;

    // tokenUrlBase: the tenant base URL (or the profile's override); POST <base>/auth/v1/token.
    TokenSource(
        QNetworkAccessManager* network, ClientCredentials credentials, QUrl tokenUrlBase, QObject* parent = nullptr);
    ~TokenSource() override;

    // Calls back (through `context`, never synchronously re-entrant) with a valid token or an ApiError.
    void token(QObject* context, Callback callback);
    // Drops the cached token if it is still `token` (so two 401s racing mint only one new token).
    void invalidate(const QString& token);
    bool hasValidToken() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    const ClientCredentials& credentials() const { return m_credentials; }
    int tokensMinted() const { return m_minted; }
    QUrl tokenUrl() const { return m_tokenUrl; }
    // Transfer timeout of the token request (QNetworkRequest::setTransferTimeout); default 30 s.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // CA certificates trusted in addition to the system's for an https token URL (the profile's CA file); the
    // same list C1Client gets in ClientConfig::extraCaCertificates. Verification is never turned off.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCaCertificates = certificates; }
    // Cleartext HTTP/2 with prior knowledge for an http token URL, as ClientConfig::http2PriorKnowledge (tests and
    // benchmarks): Qt shares one connection per host, so the token request must ask for the same protocol.
    void setHttp2PriorKnowledge(bool on) { m_http2PriorKnowledge = on; }
    // How long before expiry a cached token stops being handed out: 10 s, or half the lifetime of a short one.
    int renewalMarginSeconds() const;

Q_SIGNALS:
    void tokenMinted(); // never carries the token

private:
    void startRequest();
    void finishRequest(QNetworkReply* reply);
    void deliver(const Result<QString>& result);
    ApiError errorFor(QNetworkReply* reply) const;

    struct Waiter {
        QPointer<QObject> context;
        Callback callback;
    };

    QNetworkAccessManager* m_network;
    ClientCredentials m_credentials;
    QUrl m_tokenUrl;
    QString m_token;
    QDateTime m_expiresAt;
    QPointer<QNetworkReply> m_inFlight;
    std::vector<Waiter> m_waiters;
    int m_minted = 0;
    int m_timeoutMs = 30000;
    qint64 m_lifetimeSeconds = 0;
    QList<QSslCertificate> m_extraCaCertificates;
    bool m_http2PriorKnowledge = false;
    QStringList m_sslErrors; // of the request in flight (descriptions only)
    QStringList m_sslCertificates; // the same with the refused certificate's subject, issuer, expiry (for detail)
    QList<QSslCertificate> m_peerCertificates; // the certificates those errors are about (for ApiError)
    QByteArray m_assertion; // of the request in flight, to redact it from any echo; wiped when it ends
    QDateTime m_requestStarted;
};

} // namespace c1

#pragma once

#include "auth/ClientCredentials.h"
#include "base/ApiError.h"
#include "base/Result.h"
#include "base/Secret.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace c1 {

// One token exchange as the request log shows it. Holds no secret: the client assertion in the request body and
// every token in the answer are redacted before it is made (base/ReplyMapping's redactSecrets).
struct TokenExchange {
    QDateTime time;
    QString method; // "POST"
    QString url;
    int httpStatus = 0; // 0 = no HTTP answer
    QString error; // short error text, empty on success
    int durationMs = 0;
    QString requestId;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;
    QByteArray requestBody; // redacted
    QByteArray responseExcerpt; // redacted, at most 4 KiB
};

// Mints and caches the bearer token of C1's client-credentials flow (docs/api-facts.md §1).
// All callers that ask while a token request is in flight share it. Renewed ~10 s before expiry;
// invalidate() after a 401 forces the next call to mint a new one. The token never leaves memory.
// The reply is mapped to an ApiError by the mapping the API calls use (base/ReplyMapping), then read as a sign-in
// answer; the request carries the same User-Agent, and each exchange is reported, redacted, to the observer (the
// Session puts it in its RequestLog).
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
    // Called with each finished exchange (redacted), e.g. to add it to a request log.
    void setExchangeObserver(std::function<void(const TokenExchange&)> observer) { m_observer = std::move(observer); }

Q_SIGNALS:
    void tokenMinted(); // never carries the token

private:
    void startRequest();
    void finishRequest(QNetworkReply* reply);
    void deliver(const Result<QString>& result);
    ApiError signInError(const QNetworkReply* reply, ApiError mapped, const QByteArray& body) const;
    void report(const QNetworkReply* reply, const ApiError& error, const QByteArray& body) const;

    struct Waiter {
        QPointer<QObject> context;
        Callback callback;
    };

    QNetworkAccessManager* m_network;
    ClientCredentials m_credentials;
    QUrl m_tokenUrl;
    SecretString m_token;
    QDateTime m_expiresAt;
    QPointer<QNetworkReply> m_inFlight;
    std::vector<Waiter> m_waiters;
    int m_minted = 0;
    int m_timeoutMs = 30000;
    qint64 m_lifetimeSeconds = 0;
    QList<QSslCertificate> m_extraCaCertificates;
    bool m_http2PriorKnowledge = false;
    QList<QSslError> m_sslErrors; // of the request in flight
    SecretBytes m_assertion; // of the request in flight, to redact it from any echo; wiped when it ends
    QByteArray m_loggedBody; // the request body as the log shows it (assertion redacted)
    qint64 m_requestBytes = 0;
    QDateTime m_requestStarted;
    std::function<void(const TokenExchange&)> m_observer;
};

} // namespace c1

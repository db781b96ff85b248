#pragma once

#include "api/C1Client.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace c1 {

// What one logical call sends (internal to the API layer).
struct ApiRequest {
    ApiRequest(RetryPolicy::Method m, QUrl u, QByteArray b = {})
        : method(m)
        , url(std::move(u))
        , body(std::move(b))
    { }

    RetryPolicy::Method method = RetryPolicy::Method::Get;
    QUrl url;
    QByteArray body; // JSON; POST/PUT/DELETE send "{}" at least
    ApiError refused; // set when the call is refused before sending (bad ID …)
    bool notFoundIsSuccess = false; // DELETE of something already gone
    bool readOnly = false; // a POST that only reads (the searches): retried like a GET
};

// One logical API call: token → HTTP attempt(s) → one answer. Handles the 401 refresh, retries through the
// RetryPolicy on a QTimer, records every attempt in the RequestLog, maps every reply in one order
// (transport → HTTP status → google.rpc.Status → JSON shape). Answers exactly once, only while its context
// lives; deletes itself afterwards. Owned by the C1Client, which aborts it when destroyed.
class ApiCall : public Abortable {
    Q_OBJECT
public:
    // `body` is the parsed JSON object of a 2xx answer (empty for an empty body).
    using Done = std::function<void(const ApiError& error, const QJsonObject& body)>;

    ApiCall(C1Client* client, ApiRequest request, QObject* context, Done done);
    ~ApiCall() override;

    void start();
    // Aborts the reply and any retry timer; answers Canceled (synchronously) unless already answered.
    void abort() override;

    static const char* methodName(RetryPolicy::Method method);

private:
    void requestToken();
    void send();
    void onReplyFinished();
    void scheduleRetry(int delayMs);
    void finish(const ApiError& error, const QJsonObject& body = {});

    QPointer<C1Client> m_client;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    qint64 m_attemptStartedMs = 0; // on the client's clock (C1Client::clockMs)
    QDateTime m_attemptStarted;
    QString m_token;
    QList<QSslError> m_sslErrors;
    int m_attempt = 0;
    int m_tokenAttempts = 0; // sign-ins that failed on the way for this call
    bool m_refreshedToken = false;
    bool m_finished = false;
};

} // namespace c1

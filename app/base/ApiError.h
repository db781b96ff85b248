#pragma once

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>

namespace c1 {

// Everything that can go wrong with one API exchange, in the order a reply is examined:
// transport → HTTP status → google.rpc.Status body → JSON shape.
struct ApiError {
    enum class Kind {
        None,
        Transport, // connection refused, dropped, DNS, proxy …
        Tls, // certificate or handshake failure
        Timeout,
        Canceled,
        Http, // non-2xx status (grpcCode/message from the body when present)
        BadJson, // 2xx but the body is not the JSON shape expected
        Redirect, // 3xx: never followed
        Auth, // sign-in failed (token endpoint: OAuth2 error, bad credentials)
        Paging, // a repeated nextPageToken
        InvalidInput, // refused before sending (bad ID, validation)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer
    int grpcCode = -1; // google.rpc.Status code, -1 when absent
    QString message; // server or transport message, English (developer-facing)
    QString requestId; // from the body "(request-id: …)" or the X-Request-Id header
    QString detail; // extra detail for the log: method, path, body excerpt (never secrets)
    int retryAfterMs = -1; // parsed Retry-After, -1 when absent
    // Kind::Tls: the certificates the server presented (the one that failed verification first), so that people
    // can see what they are asked to trust (subject, issuer, validity, fingerprint). Empty otherwise.
    QList<QSslCertificate> peerCertificates;

    bool isError() const { return kind != Kind::None; }
    // True when a write may or may not have reached the server (dropped connection, timeout, 5xx).
    bool isAmbiguous() const;
    // Short, translated, for people ("The tenant refused the request: not found (request-id …)").
    QString userMessage() const;
    // Everything, for the request log and the details of an error dialog.
    QString fullDetail() const;

    static ApiError invalidInput(const QString& message);
};

} // namespace c1

Q_DECLARE_METATYPE(c1::ApiError)

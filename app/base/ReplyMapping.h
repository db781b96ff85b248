#pragma once

#include "base/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace c1 {

// The one mapping from a network reply to an ApiError, shared by the API calls (ApiCall) and the token request
// (TokenSource), in the order a reply is examined: transport (connection, TLS, timeout) → HTTP status (3xx is
// never followed) → the error body (google.rpc.Status "code"/"message", or OAuth2 "error_description"). The JSON
// shape of a 2xx answer is each caller's own business. What crosses the wire is described the same way for both:
// the same User-Agent, the same refused-certificate text, the same request ID.
namespace reply {

// "C1Console/<version>": every request the console sends carries it.
QString userAgent();

// True when the reply failed below HTTP: connection, TLS, proxy, timeout (also when a status line was read and
// the body was then cut short).
bool isTransportError(QNetworkReply::NetworkError error, int status);

// Kind Transport, Tls or Timeout. For TLS: the refusal reasons (message), one line per refused certificate with
// subject, issuer and expiry (detail), and the certificates themselves (peerCertificates). `sslErrors` are the
// ones QNetworkReply::sslErrors reported for this reply.
ApiError transportError(const QNetworkReply* reply, const QList<QSslError>& sslErrors);

// The request ID in a google.rpc.Status message ("… (request-id: abc)"), empty when none.
QString requestIdFrom(const QString& message);

// The whole mapping but the 2xx JSON shape: an error (kind None for a 2xx answer). `body` is what was read from the
// reply. The request ID comes from the message or else the X-Request-Id header.
ApiError map(const QNetworkReply* reply, const QByteArray& body, const QList<QSslError>& sslErrors);

} // namespace reply

// Replaces secrets in a body or header text: bearer tokens, Authorization values, access/refresh/ID tokens,
// client assertions and secrets in JSON or form fields, C1 client secrets, anything shaped like a JWS.
QByteArray redactSecrets(const QByteArray& text);

} // namespace c1

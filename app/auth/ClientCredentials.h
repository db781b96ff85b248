#pragma once

#include "auth/Ed25519Key.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace c1 {

// Where a client ID says its tenant lives (docs/api-facts.md §1): "<id>@<host>[:port]/<use>".
struct TenantAddress {
    QUrl baseUrl; // https://host[:port], lower-case host; a dot-less host gets ".conductor.one"
    QString audience; // the host without port: the JWT "aud"
};

// A parsed C1 API credential: client ID plus the Ed25519 private key from the client secret.
// Parsing never puts the secret (or any part of it) into an error message.
class ClientCredentials {
public:
    enum class Error {
        None,
        EmptyClientId,
        ClientIdNoAt, // no "@" separator
        ClientIdNoUse, // no "/<use>" suffix
        ClientIdBadHost, // empty or invalid host / port
        EmptySecret,
        SecretBadPrefix, // does not start with "secret-token:conductorone.com:"
        SecretWrongPartCount, // not exactly four ':'-separated parts
        SecretBadVersion, // third part is not "v1"
        SecretBadBase64,
        SecretBadJson,
        SecretNotOkp, // kty is not "OKP"
        SecretWrongCurve, // crv is not "Ed25519"
        SecretPublicOnly, // no "d"
        SecretBadKey, // d or x of the wrong size or not base64url
        ClientIdBadName, // nothing before the "@"
        SecretKeyMismatch, // x is not the public key that belongs to d
    };

    // Both accept values as pasted: surrounding whitespace and line breaks are ignored.
    static std::optional<TenantAddress> tenantFromClientId(const QString& clientId, Error* error = nullptr);
    static std::optional<ClientCredentials> parse(
        const QString& clientId, const QString& clientSecret, Error* error = nullptr);
    // A human, translated explanation of an error (never containing the secret).
    static QString describe(Error error);

    QString clientId() const { return m_clientId; }
    TenantAddress tenant() const { return m_tenant; }
    const Ed25519Key& key() const { return m_key; }
    QString keyId() const { return m_keyId; } // JWK "kid" if present

    // The secret in C1's form for a key (used by the sandbox to issue credentials).
    static QString formatSecret(const Ed25519Key& key);

private:
    QString m_clientId;
    TenantAddress m_tenant;
    Ed25519Key m_key;
    QString m_keyId;
};

} // namespace c1

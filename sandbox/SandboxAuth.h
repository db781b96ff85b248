#pragma once

#include "sandbox/SandboxHttpMessage.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace c1 {

class Ed25519Key;

// The sandbox's identity provider (docs/api-facts.md §1): issues client credentials (Ed25519 key pairs; it keeps only
// the public key, as C1 does), verifies private_key_jwt assertions at POST /auth/v1/token, issues opaque bearer
// tokens with a lifetime and checks them on /api.
class SandboxAuth {
public:
    struct Issued {
        QString clientId;
        QString clientSecret;
    };

    // A new credential "<name>@<host>:<port>/pcc" acting as userId; the name gets a suffix if already taken.
    Issued issue(const QString& name, const QString& host, quint16 port, const QString& userId);

    // Answers the token request (form-encoded). audience is the tenant host without port.
    SandboxHttpResponse token(
        const SandboxHttpRequest& request, qint64 nowMs, int lifetimeSeconds, const QString& audience);
    // The user a valid "Authorization: Bearer …" acts as; nullopt if missing, unknown or expired.
    std::optional<QString> authenticate(const QByteArray& authorization, qint64 nowMs) const;

    void clearTokens() { m_tokens.clear(); }
    // Test introspection: the last client assertion received at /auth/v1/token and the last token issued.
    QByteArray lastAssertion() const { return m_lastAssertion; }
    QString lastIssuedToken() const { return m_lastIssuedToken; }
    QJsonArray clientsJson() const;
    void loadClients(const QJsonArray& clients);

    // "secret-token:conductorone.com:v1:<base64url of the JWK>"
    static QString formatSecret(const Ed25519Key& key);

    static constexpr qint64 LeewaySeconds = 10;

private:
    struct Client {
        QByteArray publicKey;
        QString userId;
    };
    struct Token {
        QString userId;
        qint64 expiresAtMs = 0;
    };
    // Why an assertion is refused, for error_description (never echoes the assertion).
    QString verifyAssertion(const QByteArray& assertion, const QString& clientId, qint64 nowMs, const QString& audience,
        qint64* expiresAt) const;

    QHash<QString, Client> m_clients;
    QHash<QString, Token> m_tokens;
    QHash<QByteArray, qint64> m_usedAssertions; // SHA-256 of the assertion → when it can be forgotten (ms)
    QByteArray m_lastAssertion;
    QString m_lastIssuedToken;
};

} // namespace c1

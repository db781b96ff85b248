#pragma once

#include "auth/ClientCredentials.h"

#include <QByteArray>
#include <QDateTime>

namespace c1 {

// The RFC 7523 client assertion of docs/api-facts.md §1: a compact JWS signed with Ed25519.
class JwtAssertion {
public:
    // Header {"alg":"EdDSA","nonce":<32 hex>} (+ "kid" when the JWK has one); claims iss = sub = client ID,
    // aud = [audience], iat = now, nbf = now - 120, exp = now + 120. nonce empty → 16 random bytes.
    static QByteArray create(const ClientCredentials& credentials,
        const QDateTime& now = QDateTime::currentDateTimeUtc(), const QByteArray& nonceHex = {});
    // Signs an exact header and payload JSON text (for the reference vectors).
    static QByteArray sign(const Ed25519Key& key, const QByteArray& headerJson, const QByteArray& payloadJson);

    static QByteArray base64Url(QByteArrayView data);
};

} // namespace c1

#include "auth/JwtAssertion.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/rand.h>

namespace c1 {

namespace {

// A JSON string literal (quotes and escapes included) for text that goes into a hand-ordered JSON object.
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray randomNonceHex()
{
    QByteArray bytes(16, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), int(bytes.size())) != 1)
        return {};
    return bytes.toHex();
}

} // namespace

QByteArray JwtAssertion::create(const ClientCredentials& credentials, const QDateTime& now, const QByteArray& nonceHex)
{
    const QByteArray nonce = nonceHex.isEmpty() ? randomNonceHex() : nonceHex;
    if (nonce.isEmpty())
        return {};
    QByteArray header = R"({"alg":"EdDSA","nonce":)" + jsonString(QString::fromLatin1(nonce));
    if (!credentials.keyId().isEmpty())
        header += R"(,"kid":)" + jsonString(credentials.keyId());
    header += '}';

    // The member order is the one of C1's own clients and of auth-vectors.json: iss, sub, aud, exp, nbf, iat.
    const qint64 iat = now.toSecsSinceEpoch();
    const QByteArray subject = jsonString(credentials.clientId());
    const QByteArray payload = R"({"iss":)" + subject + R"(,"sub":)" + subject + R"(,"aud":[)"
        + jsonString(credentials.tenant().audience) + R"(],"exp":)" + QByteArray::number(iat + 120) + R"(,"nbf":)"
        + QByteArray::number(iat - 120) + R"(,"iat":)" + QByteArray::number(iat) + '}';
    return sign(credentials.key(), header, payload);
}

QByteArray JwtAssertion::sign(const Ed25519Key& key, const QByteArray& headerJson, const QByteArray& payloadJson)
{
    const QByteArray signingInput = base64Url(headerJson) + '.' + base64Url(payloadJson);
    const QByteArray signature = key.sign(signingInput);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + base64Url(signature);
}

QByteArray JwtAssertion::base64Url(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace c1

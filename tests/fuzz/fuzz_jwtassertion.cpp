// libFuzzer target: the client assertion (JwtAssertion::create and ::sign) with fuzzed inputs.
// Input: 8 bytes of "now" (seconds, little endian), then "<client ID>\n<kid>\n<nonce>\n<header JSON>\n<payload>".
// create() must always produce a compact JWS whose header and claims are valid JSON naming exactly the client ID,
// audience, kid and nonce it was given, with a signature that verifies; sign() must round-trip any bytes.

#include "auth/ClientCredentials.h"
#include "auth/JwtAssertion.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstring>

using namespace c1;

namespace {

QByteArray fromBase64Url(const QByteArray& text)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    C1_FUZZ_CHECK(static_cast<bool>(decoded));
    return decoded.decoded;
}

QJsonObject objectOf(const QByteArray& segment)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(fromBase64Url(segment), &error);
    C1_FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject());
    return document.object();
}

void checkSign(const Ed25519Key& key, const QByteArray& header, const QByteArray& payload)
{
    const QByteArray jws = JwtAssertion::sign(key, header, payload);
    const QList<QByteArray> parts = jws.split('.');
    C1_FUZZ_CHECK(parts.size() == 3);
    C1_FUZZ_CHECK(fromBase64Url(parts[0]) == header && fromBase64Url(parts[1]) == payload);
    C1_FUZZ_CHECK(Ed25519Key::verify(key.publicKey(), QByteArray(parts[0] + '.' + parts[1]), fromBase64Url(parts[2])));
}

void checkCreate(
    const Ed25519Key& key, const QString& clientId, const QString& kid, qint64 nowSeconds, const QByteArray& nonce)
{
    // A secret carrying the fuzzed kid, parsed as a person would paste it.
    QJsonObject jwk { { QStringLiteral("kty"), QStringLiteral("OKP") },
        { QStringLiteral("crv"), QStringLiteral("Ed25519") },
        { QStringLiteral("d"), QString::fromLatin1(JwtAssertion::base64Url(key.seed())) } };
    if (!kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), kid);
    const QString secret = QStringLiteral("secret-token:conductorone.com:v1:")
        + QString::fromLatin1(JwtAssertion::base64Url(QJsonDocument(jwk).toJson(QJsonDocument::Compact)));
    const std::optional<ClientCredentials> credentials = ClientCredentials::parse(clientId, secret);
    if (!credentials)
        return;
    C1_FUZZ_CHECK(credentials->keyId() == kid);

    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSeconds, QTimeZone::utc());
    const QByteArray jws = JwtAssertion::create(*credentials, now, nonce);
    const QList<QByteArray> parts = jws.split('.');
    C1_FUZZ_CHECK(parts.size() == 3);

    const QJsonObject header = objectOf(parts[0]);
    C1_FUZZ_CHECK(header.value(QStringLiteral("alg")).toString() == QStringLiteral("EdDSA"));
    const QString expectedNonce = nonce.isEmpty() ? QString() : QString::fromLatin1(nonce);
    if (nonce.isEmpty())
        C1_FUZZ_CHECK(header.value(QStringLiteral("nonce")).toString().size() == 32); // 16 random bytes in hex
    else
        C1_FUZZ_CHECK(header.value(QStringLiteral("nonce")).toString() == expectedNonce);
    C1_FUZZ_CHECK(header.value(QStringLiteral("kid")).toString() == kid);
    C1_FUZZ_CHECK(header.size() == (kid.isEmpty() ? 2 : 3));

    const QJsonObject claims = objectOf(parts[1]);
    const QString id = credentials->clientId();
    C1_FUZZ_CHECK(claims.value(QStringLiteral("iss")).toString() == id);
    C1_FUZZ_CHECK(claims.value(QStringLiteral("sub")).toString() == id);
    C1_FUZZ_CHECK(claims.value(QStringLiteral("aud")).toArray() == QJsonArray { credentials->tenant().audience });
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    C1_FUZZ_CHECK(iat == nowSeconds);
    C1_FUZZ_CHECK(claims.value(QStringLiteral("exp")).toInteger() == iat + 120);
    C1_FUZZ_CHECK(claims.value(QStringLiteral("nbf")).toInteger() == iat - 120);
    C1_FUZZ_CHECK(claims.size() == 6);

    C1_FUZZ_CHECK(Ed25519Key::verify(key.publicKey(), QByteArray(parts[0] + '.' + parts[1]), fromBase64Url(parts[2])));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const Ed25519Key key = fuzz::vectorKey();
    if (size < 8)
        return 0;
    qint64 raw = 0;
    std::memcpy(&raw, data, sizeof raw);
    // Any second from year 1 to year 9999: a clock can be very wrong, but QDateTime's range is the limit.
    constexpr qint64 kFirst = -62135596800;
    constexpr qint64 kSpan = 253402300799 - kFirst;
    const qint64 nowSeconds = kFirst + qint64(quint64(raw) % quint64(kSpan));

    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data + 8, size - 8), 5);
    checkCreate(key, QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]), nowSeconds, parts[2]);
    checkSign(key, parts[3], parts[4]);
    return 0;
}

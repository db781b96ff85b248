#include "sandbox/SandboxAuth.h"

#include "auth/Ed25519Key.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/SandboxReply.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray& text)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> jsonObject(const QByteArray& segment)
{
    const auto bytes = fromBase64Url(segment);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// NumericDate: an integer number of seconds (fractions tolerated, as RFC 7519 allows). Beyond year 9999 it is not
// a date (and converting it to an integer would overflow).
std::optional<qint64> numericDate(const QJsonValue& value)
{
    constexpr double kLastSecond = 253402300799.0; // 9999-12-31T23:59:59Z
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || std::abs(seconds) > kLastSecond)
        return std::nullopt;
    return static_cast<qint64>(seconds);
}

} // namespace

SandboxAuth::Issued SandboxAuth::issue(const QString& name, const QString& host, quint16 port, const QString& userId)
{
    const QString base = name.isEmpty() ? u"sandbox-admin"_s : name;
    const QString suffix = u"@"_s + host + u':' + QString::number(port) + u"/pcc"_s;
    QString clientId = base + suffix;
    for (int n = 2; m_clients.contains(clientId); ++n)
        clientId = base + u'-' + QString::number(n) + suffix;
    const Ed25519Key key = Ed25519Key::generate();
    m_clients.insert(clientId, Client { key.publicKey(), userId });
    return Issued { clientId, formatSecret(key) };
}

QString SandboxAuth::formatSecret(const Ed25519Key& key)
{
    const QJsonObject jwk { { u"kty"_s, u"OKP"_s }, { u"crv"_s, u"Ed25519"_s },
        { u"x"_s, QString::fromLatin1(base64Url(key.publicKey())) },
        { u"d"_s, QString::fromLatin1(base64Url(key.seed())) } };
    const SecretBytes json(QJsonDocument(jwk).toJson(QJsonDocument::Compact));
    return u"secret-token:conductorone.com:v1:"_s + QString::fromLatin1(base64Url(json.value()));
}

SandboxHttpResponse SandboxAuth::token(
    const SandboxHttpRequest& request, qint64 nowMs, int lifetimeSeconds, const QString& audience)
{
    if (request.method != "POST")
        return SandboxReply::oauthError(405, u"invalid_request"_s, u"the token endpoint accepts POST only"_s);
    const QByteArray contentType = request.header("content-type").split(';').value(0).trimmed().toLower();
    if (contentType != "application/x-www-form-urlencoded")
        return SandboxReply::oauthError(
            400, u"invalid_request"_s, u"the body must be application/x-www-form-urlencoded"_s);
    // Form encoding writes spaces as '+'.
    QByteArray body = request.body;
    body.replace('+', "%20");
    const QUrlQuery form(QString::fromUtf8(body));
    auto field = [&form](const QString& name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    const QString grantType = field(u"grant_type"_s);
    const QString clientId = field(u"client_id"_s);
    const QString assertionType = field(u"client_assertion_type"_s);
    const QByteArray assertion = field(u"client_assertion"_s).toLatin1();
    if (!assertion.isEmpty())
        m_lastAssertion = assertion;
    if (grantType.isEmpty())
        return SandboxReply::oauthError(400, u"invalid_request"_s, u"grant_type is missing"_s);
    if (grantType != u"client_credentials"_s)
        return SandboxReply::oauthError(400, u"unsupported_grant_type"_s, u"only client_credentials is supported"_s);
    if (clientId.isEmpty() || assertion.isEmpty())
        return SandboxReply::oauthError(400, u"invalid_request"_s, u"client_id and client_assertion are required"_s);
    if (assertionType != u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s)
        return SandboxReply::oauthError(400, u"invalid_request"_s,
            u"client_assertion_type must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
    if (assertion.count('.') != 2)
        return SandboxReply::oauthError(400, u"invalid_request"_s, u"client_assertion is not a compact JWS"_s);

    // Forget used assertions once they could no longer be valid anyway.
    for (auto it = m_usedAssertions.begin(); it != m_usedAssertions.end();)
        it = it.value() < nowMs ? m_usedAssertions.erase(it) : std::next(it);
    const QByteArray fingerprint = QCryptographicHash::hash(assertion, QCryptographicHash::Sha256);
    if (m_usedAssertions.contains(fingerprint))
        return SandboxReply::oauthError(401, u"invalid_client"_s, u"the client assertion was already used"_s);

    qint64 expiresAt = 0;
    const QString problem = verifyAssertion(assertion, clientId, nowMs, audience, &expiresAt);
    if (!problem.isEmpty()) {
        qCInfo(lcSandbox) << "token request refused:" << problem;
        return SandboxReply::oauthError(problem.startsWith(u"malformed"_s) ? 400 : 401,
            problem.startsWith(u"malformed"_s) ? u"invalid_request"_s : u"invalid_client"_s, problem);
    }
    m_usedAssertions.insert(fingerprint, (expiresAt + LeewaySeconds) * 1000);

    for (auto it = m_tokens.begin(); it != m_tokens.end();)
        it = it->expiresAtMs < nowMs ? m_tokens.erase(it) : std::next(it);
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    const QString accessToken = QString::fromLatin1(base64Url(random));
    const int lifetime = std::max(1, lifetimeSeconds);
    m_tokens.insert(accessToken, Token { m_clients.value(clientId).userId, nowMs + qint64(lifetime) * 1000 });
    m_lastIssuedToken = accessToken;
    SandboxHttpResponse response = SandboxReply::json(QJsonObject {
        { u"access_token"_s, accessToken }, { u"token_type"_s, u"Bearer"_s }, { u"expires_in"_s, lifetime } });
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QString SandboxAuth::verifyAssertion(const QByteArray& assertion, const QString& clientId, qint64 nowMs,
    const QString& audience, qint64* expiresAt) const
{
    const QList<QByteArray> parts = assertion.split('.');
    const auto header = jsonObject(parts.at(0));
    const auto claims = jsonObject(parts.at(1));
    const auto signature = fromBase64Url(parts.at(2));
    if (!header || !claims || !signature)
        return u"malformed client assertion: a segment is not base64url JSON"_s;
    if (header->value(u"alg"_s).toString() != u"EdDSA"_s)
        return u"the assertion must be signed with alg EdDSA"_s;
    const auto client = m_clients.constFind(clientId);
    if (client == m_clients.cend())
        return u"unknown client"_s;
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (!Ed25519Key::verify(client->publicKey, signingInput, *signature))
        return u"the assertion signature does not verify with the client's key"_s;
    if (claims->value(u"iss"_s).toString() != clientId || claims->value(u"sub"_s).toString() != clientId)
        return u"iss and sub must both be the client ID"_s;
    const QJsonValue aud = claims->value(u"aud"_s);
    bool audienceOk = aud.isString() && aud.toString() == audience;
    if (aud.isArray()) {
        const QJsonArray list = aud.toArray();
        audienceOk = !list.isEmpty()
            && std::any_of(list.cbegin(), list.cend(), [&](const QJsonValue& v) { return v.toString() == audience; });
    }
    if (!audienceOk)
        return u"aud must name this tenant (%1)"_s.arg(audience);
    const qint64 now = nowMs / 1000;
    const auto exp = numericDate(claims->value(u"exp"_s));
    if (!exp)
        return u"exp is missing or not a NumericDate"_s;
    if (now > *exp + LeewaySeconds)
        return u"the assertion has expired"_s;
    if (const QJsonValue nbf = claims->value(u"nbf"_s); !nbf.isUndefined()) {
        const auto notBefore = numericDate(nbf);
        if (!notBefore || now + LeewaySeconds < *notBefore)
            return u"the assertion is not valid yet"_s;
    }
    if (const QJsonValue iat = claims->value(u"iat"_s); !iat.isUndefined()) {
        const auto issuedAt = numericDate(iat);
        if (!issuedAt || *issuedAt > now + LeewaySeconds)
            return u"the assertion was issued in the future"_s;
    }
    const QString nonce = header->value(u"nonce"_s).toString(claims->value(u"nonce"_s).toString());
    if (nonce.isEmpty())
        return u"the assertion carries no nonce"_s;
    *expiresAt = *exp;
    return {};
}

std::optional<QString> SandboxAuth::authenticate(const QByteArray& authorization, qint64 nowMs) const
{
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return std::nullopt;
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || it->expiresAtMs <= nowMs)
        return std::nullopt;
    return it->userId;
}

QJsonArray SandboxAuth::clientsJson() const
{
    QJsonArray clients;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        clients.append(QJsonObject { { u"clientId"_s, it.key() },
            { u"publicKey"_s, QString::fromLatin1(base64Url(it->publicKey)) }, { u"userId"_s, it->userId } });
    }
    return clients;
}

void SandboxAuth::loadClients(const QJsonArray& clients)
{
    for (const QJsonValue& value : clients) {
        const QJsonObject client = value.toObject();
        const auto key = fromBase64Url(client.value(u"publicKey"_s).toString().toLatin1());
        if (key && key->size() == 32)
            m_clients.insert(
                client.value(u"clientId"_s).toString(), Client { *key, client.value(u"userId"_s).toString() });
    }
}

} // namespace c1

#include "auth/ClientCredentials.h"

#include "auth/AuthLogging.h"
#include "auth/JwtAssertion.h"
#include "auth/ProcessHardening.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace c1 {

namespace {

constexpr QStringView kSecretScheme = u"secret-token";
constexpr QStringView kSecretIssuer = u"conductorone.com";
constexpr QStringView kSecretVersion = u"v1";
constexpr QStringView kDefaultDomain = u".conductor.one";

std::nullopt_t fail(ClientCredentials::Error* error, ClientCredentials::Error value)
{
    if (error)
        *error = value;
    return std::nullopt;
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Base64url or standard base64, padded or not (C1's secrets are unpadded base64url; people paste both).
// Strict otherwise: a mix of the two alphabets, stray characters or wrong padding are refused.
std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    qsizetype padding = 0;
    while (padding < text.size() && text[text.size() - 1 - padding] == '=')
        ++padding;
    const QByteArrayView body = text.first(text.size() - padding);
    if (body.isEmpty() || padding > 2 || body.size() % 4 == 1 || (padding > 0 && text.size() % 4 != 0))
        return std::nullopt;
    bool url = false;
    bool standard = false;
    for (const char c : body) {
        if (c == '-' || c == '_')
            url = true;
        else if (c == '+' || c == '/')
            standard = true;
        else if (!isBase64Char(c))
            return std::nullopt;
    }
    if (url && standard)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(body.toByteArray(),
        (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

bool isHostLabelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

// A DNS name of letters, digits and hyphens, no empty label.
bool isValidHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QStringView label : host.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!isHostLabelChar(c))
                return false;
        }
    }
    return true;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("c1::ClientCredentials", text);
}

} // namespace

std::optional<TenantAddress> ClientCredentials::tenantFromClientId(const QString& clientId, Error* error)
{
    const QString id = clientId.trimmed();
    if (id.isEmpty())
        return fail(error, Error::EmptyClientId);
    const qsizetype at = id.indexOf(u'@');
    if (at < 0)
        return fail(error, Error::ClientIdNoAt);
    if (at == 0)
        return fail(error, Error::ClientIdBadName);
    const qsizetype slash = id.indexOf(u'/', at + 1);
    if (slash < 0 || slash == id.size() - 1)
        return fail(error, Error::ClientIdNoUse);

    const QString authority = id.mid(at + 1, slash - at - 1).toLower();
    QString host = authority;
    int port = -1;
    // "[v6]:port", "host:port" or "host"
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail(error, Error::ClientIdBadHost);
        host = authority.mid(1, close - 1);
        const QStringView rest = QStringView(authority).mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return fail(error, Error::ClientIdBadHost);
        const QHostAddress address(host);
        if (address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(error, Error::ClientIdBadHost);
        // The canonical form ("::" for "::0"), as QUrl writes it: the JWT audience must be the URL's own host.
        host = address.toString();
        if (!rest.isEmpty()) {
            bool ok = false;
            port = rest.mid(1).toInt(&ok);
            if (!ok || port < 1 || port > 65535 || rest.mid(1).startsWith(u'+'))
                return fail(error, Error::ClientIdBadHost);
        }
    } else {
        const qsizetype colon = authority.indexOf(u':');
        if (colon >= 0) {
            host = authority.left(colon);
            const QStringView portText = QStringView(authority).mid(colon + 1);
            bool ok = false;
            port = portText.toInt(&ok);
            if (!ok || port < 1 || port > 65535 || portText.startsWith(u'+') || portText.startsWith(u'-'))
                return fail(error, Error::ClientIdBadHost);
        }
        if (!isValidHostName(host))
            return fail(error, Error::ClientIdBadHost);
        if (!host.contains(u'.'))
            host += kDefaultDomain;
    }

    TenantAddress tenant;
    tenant.baseUrl.setScheme(QStringLiteral("https"));
    tenant.baseUrl.setHost(host);
    if (port > 0)
        tenant.baseUrl.setPort(port);
    // QUrl reads "070.0.0.1", "0x7f.1" or "127.1" as IPv4 addresses and rewrites them ("56.0.0.1", "127.0.0.1"): a
    // host it would change is ambiguous (the connection and the JWT audience would name different hosts): refuse it.
    if (!tenant.baseUrl.isValid() || tenant.baseUrl.host() != host)
        return fail(error, Error::ClientIdBadHost);
    tenant.audience = host;
    if (error)
        *error = Error::None;
    return tenant;
}

std::optional<ClientCredentials> ClientCredentials::parse(
    const QString& clientId, const QString& clientSecret, Error* error)
{
    // The secret is about to be decoded into buffers of our own: keep them out of core dumps.
    ProcessHardening::disableCoreDumps();
    auto tenant = tenantFromClientId(clientId, error);
    if (!tenant)
        return std::nullopt;

    // Work on views of the caller's string: no copy of the secret is made until the payload is decoded.
    const QStringView secret = QStringView(clientSecret).trimmed();
    if (secret.isEmpty())
        return fail(error, Error::EmptySecret);
    const QList<QStringView> parts = secret.split(u':');
    if (parts.size() < 2 || parts[0] != kSecretScheme || parts[1] != kSecretIssuer)
        return fail(error, Error::SecretBadPrefix);
    if (parts.size() != 4)
        return fail(error, Error::SecretWrongPartCount);
    if (parts[2] != kSecretVersion)
        return fail(error, Error::SecretBadVersion);

    std::optional<SecretBytes> json;
    {
        const SecretBytes payload(parts[3].toLatin1());
        if (auto decoded = decodeBase64(payload.value()))
            json.emplace(std::move(*decoded));
    }
    if (!json)
        return fail(error, Error::SecretBadBase64);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json->value(), &parseError);
    json.reset();
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(error, Error::SecretBadJson);
    const QJsonObject jwk = document.object();

    if (jwk.value(u"kty").toString() != QLatin1StringView("OKP"))
        return fail(error, Error::SecretNotOkp);
    if (jwk.value(u"crv").toString() != QLatin1StringView("Ed25519"))
        return fail(error, Error::SecretWrongCurve);
    const QJsonValue dValue = jwk.value(u"d");
    if (dValue.isUndefined() || dValue.isNull())
        return fail(error, Error::SecretPublicOnly);
    if (!dValue.isString())
        return fail(error, Error::SecretBadKey);
    const QJsonValue kid = jwk.value(u"kid");
    if (!kid.isUndefined() && !kid.isString())
        return fail(error, Error::SecretBadJson);

    std::optional<SecretBytes> seed;
    {
        const SecretBytes dText(dValue.toString().toLatin1());
        if (auto decoded = decodeBase64(dText.value()))
            seed.emplace(std::move(*decoded));
    }
    if (!seed)
        return fail(error, Error::SecretBadKey);
    auto key = Ed25519Key::fromSeed(seed->value());
    seed.reset();
    if (!key)
        return fail(error, Error::SecretBadKey);

    const QJsonValue xValue = jwk.value(u"x");
    if (!xValue.isUndefined()) {
        const auto x = decodeBase64(xValue.toString().toLatin1());
        if (!xValue.isString() || !x || x->size() != 32)
            return fail(error, Error::SecretBadKey);
        if (*x != key->publicKey())
            return fail(error, Error::SecretKeyMismatch);
    }

    ClientCredentials credentials;
    credentials.m_clientId = clientId.trimmed();
    credentials.m_tenant = std::move(*tenant);
    credentials.m_key = std::move(*key);
    credentials.m_keyId = kid.toString();
    if (error)
        *error = Error::None;
    qCDebug(lcAuth) << "parsed credentials for" << credentials.m_tenant.audience
                    << (credentials.m_keyId.isEmpty() ? "without kid" : "with kid");
    return credentials;
}

QString ClientCredentials::describe(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::EmptyClientId:
        return tr("The client ID is empty. Paste the client ID shown when the API credential was created.");
    case Error::ClientIdNoAt:
        return tr("The client ID has no \"@\": it should look like name@tenant.conductor.one/pcc.");
    case Error::ClientIdBadName:
        return tr("The client ID has nothing before the \"@\": it should look like name@tenant.conductor.one/pcc.");
    case Error::ClientIdNoUse:
        return tr("The client ID does not end with \"/pcc\" or \"/spc\": it should look like "
                  "name@tenant.conductor.one/pcc.");
    case Error::ClientIdBadHost:
        return tr("The tenant address in the client ID (between \"@\" and \"/\") is not a valid host name "
                  "or port.");
    case Error::EmptySecret:
        return tr("The client secret is empty. Paste the secret shown when the API credential was created.");
    case Error::SecretBadPrefix:
        return tr("The client secret does not start with \"secret-token:conductorone.com:\". Check that the "
                  "whole secret was copied.");
    case Error::SecretWrongPartCount:
        return tr("The client secret should have four parts separated by \":\" "
                  "(secret-token:conductorone.com:v1:…). Part of it may be missing.");
    case Error::SecretBadVersion:
        return tr("The client secret is not a version 1 secret (\"v1\"); this version of C1 Console cannot use it.");
    case Error::SecretBadBase64:
        return tr("The last part of the client secret is not valid base64. Part of it may be missing or "
                  "mistyped.");
    case Error::SecretBadJson:
        return tr("The client secret does not contain a valid key (the decoded text is not a JSON key object).");
    case Error::SecretNotOkp:
        return tr("The key in the client secret is not an Ed25519 key (its type is not \"OKP\").");
    case Error::SecretWrongCurve:
        return tr("The key in the client secret uses another curve than Ed25519.");
    case Error::SecretPublicOnly:
        return tr("The client secret holds only a public key; the private part (\"d\") is missing.");
    case Error::SecretBadKey:
        return tr("The key in the client secret is damaged: its private or public part has the wrong size.");
    case Error::SecretKeyMismatch:
        return tr("The key in the client secret is damaged: its public part does not belong to its private part.");
    }
    return tr("The client credentials are not valid.");
}

QString ClientCredentials::formatSecret(const Ed25519Key& key)
{
    if (key.isNull())
        return {};
    // Written by hand so that the member order is C1's (kty, crv, x, d); QJsonDocument would sort the keys.
    const SecretBytes seed(key.seed());
    const SecretBytes d(JwtAssertion::base64Url(seed.value()));
    const SecretBytes jwk(QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":")") + JwtAssertion::base64Url(key.publicKey())
        + R"(","d":")" + d.value() + R"("})");
    const SecretBytes payload(JwtAssertion::base64Url(jwk.value()));
    return QStringLiteral("secret-token:conductorone.com:v1:") + QLatin1StringView(payload.value());
}

} // namespace c1

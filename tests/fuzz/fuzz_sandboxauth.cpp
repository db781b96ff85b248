// libFuzzer target: the sandbox tenant's token endpoint and its client-assertion verifier (SandboxAuth::token).
// Input: one mode character, then
//   '0' <form body>                  the raw application/x-www-form-urlencoded body
//   '1' <assertion>                  a compact JWS sent as client_assertion for the registered client
//   '2' <header JSON>\n<claims JSON>  signed with the registered client's key, so that the checks after the
//                                    signature (iss/sub, aud, exp/nbf/iat, nonce) see fuzzed claims
// Invariants: only 200/400/401 answers; an answer never echoes the assertion; a 200 only for claims that name the
// client and the tenant, and its token authenticates; an assertion is accepted once.

#include "auth/Ed25519Key.h"
#include "auth/JwtAssertion.h"
#include "fuzz/FuzzSupport.h"
#include "sandbox/SandboxAuth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace c1;

namespace {

constexpr qint64 kNowMs = 1700000000000;
const QString kClientId = QStringLiteral("fuzz-client@127.0.0.1:8443/pcc");
const QString kAudience = QStringLiteral("127.0.0.1");
const QString kUserId = QStringLiteral("2Xq1bL0fzUserId000000000000");

SandboxHttpRequest tokenRequest(const QByteArray& body)
{
    SandboxHttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/auth/v1/token");
    request.segments = QStringList { QStringLiteral("auth"), QStringLiteral("v1"), QStringLiteral("token") };
    request.headers.insert("content-type", "application/x-www-form-urlencoded");
    request.body = body;
    return request;
}

QByteArray formFor(const QByteArray& assertion)
{
    return "grant_type=client_credentials&client_id=" + kClientId.toUtf8().toPercentEncoding()
        + "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
        + "&client_assertion=" + assertion.toPercentEncoding();
}

bool claimsAreAcceptable(const QByteArray& claimsJson)
{
    const QJsonObject claims = QJsonDocument::fromJson(claimsJson).object();
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    const bool audienceOk = aud.toString() == kAudience || aud.toArray().contains(kAudience);
    return claims.value(QStringLiteral("iss")).toString() == kClientId
        && claims.value(QStringLiteral("sub")).toString() == kClientId && audienceOk
        && claims.value(QStringLiteral("exp")).isDouble();
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
    if (size < 1)
        return 0;
    const char mode = char(data[0]);
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);

    SandboxAuth auth;
    auth.loadClients(QJsonArray { QJsonObject { { QStringLiteral("clientId"), kClientId },
        { QStringLiteral("publicKey"), QString::fromLatin1(JwtAssertion::base64Url(key.publicKey())) },
        { QStringLiteral("userId"), kUserId } } });

    QByteArray body;
    QByteArray assertion;
    QByteArray claims;
    switch (mode) {
    case '0':
        body = rest;
        break;
    case '1':
        assertion = rest;
        body = formFor(assertion);
        break;
    case '2': {
        const QList<QByteArray> parts = fuzz::fields(rest, 2);
        claims = parts[1];
        assertion = JwtAssertion::sign(key, parts[0], claims);
        body = formFor(assertion);
        break;
    }
    default:
        return 0;
    }

    const SandboxHttpRequest request = tokenRequest(body);
    const SandboxHttpResponse response = auth.token(request, kNowMs, 3600, kAudience);
    C1_FUZZ_CHECK(response.status == 200 || response.status == 400 || response.status == 401);
    if (assertion.size() >= 16)
        C1_FUZZ_CHECK(!response.body.contains(assertion));
    if (response.status != 200)
        return 0;

    if (mode == '2')
        C1_FUZZ_CHECK(claimsAreAcceptable(claims));
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    const QString token = answer.value(QStringLiteral("access_token")).toString();
    C1_FUZZ_CHECK(!token.isEmpty());
    C1_FUZZ_CHECK(auth.authenticate("Bearer " + token.toLatin1(), kNowMs) == std::optional<QString>(kUserId));
    // Single use: the very same request is refused now.
    C1_FUZZ_CHECK(auth.token(request, kNowMs, 3600, kAudience).status == 401);
    return 0;
}

#pragma once

// Test helper: talks to an in-process SandboxServer over real loopback HTTP(S) with QNetworkAccessManager,
// waiting on signals (never sleeping). Builds JWT assertions by hand (header/payload JSON + Ed25519Key).

#include "auth/Ed25519Key.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace c1::test {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const QByteArray& name) const { return headers.value(name); }
    QString message() const { return json.value(QStringLiteral("message")).toString(); }
    int code() const { return json.value(QStringLiteral("code")).toInt(-1); }
};

inline QByteArray b64u(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The Ed25519 key inside a "secret-token:conductorone.com:v1:<base64url JWK>" secret.
inline Ed25519Key keyFromSecret(const QString& secret)
{
    const QString payload = secret.section(QLatin1Char(':'), 3);
    const QJsonObject jwk
        = QJsonDocument::fromJson(QByteArray::fromBase64(payload.toLatin1(), QByteArray::Base64UrlEncoding)).object();
    const QByteArray seed
        = QByteArray::fromBase64(jwk.value(QStringLiteral("d")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    return Ed25519Key::fromSeed(seed).value_or(Ed25519Key());
}

inline QByteArray signJwt(const QJsonObject& header, const QJsonObject& claims, const Ed25519Key& key)
{
    const QByteArray input = b64u(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + b64u(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + b64u(key.sign(input));
}

inline QJsonObject standardHeader()
{
    QByteArray nonce(16, Qt::Uninitialized);
    for (char& c : nonce)
        c = char(QRandomGenerator::global()->bounded(256));
    return QJsonObject { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("nonce"), QString::fromLatin1(nonce.toHex()) } };
}

inline QJsonObject standardClaims(const QString& clientId, qint64 nowSeconds)
{
    return QJsonObject { { QStringLiteral("iss"), clientId }, { QStringLiteral("sub"), clientId },
        { QStringLiteral("aud"), QJsonArray { QStringLiteral("127.0.0.1") } },
        { QStringLiteral("iat"), double(nowSeconds) }, { QStringLiteral("nbf"), double(nowSeconds - 120) },
        { QStringLiteral("exp"), double(nowSeconds + 120) } };
}

class SandboxTestClient {
public:
    explicit SandboxTestClient(SandboxServer& server)
        : m_server(server)
    { }

    // Generates demo data of `size` in `server`, starts it and signs a client in: the sandbox suites' fixture.
    // nullptr (with a warning) when something fails.
    static std::unique_ptr<SandboxTestClient> startSignedIn(SandboxServer& server, const SandboxDataSize& size = {})
    {
        server.generateData(size);
        if (!server.start()) {
            qWarning("sandbox: %s", qPrintable(server.errorString()));
            return nullptr;
        }
        auto client = std::make_unique<SandboxTestClient>(server);
        return client->signIn() ? std::move(client) : nullptr;
    }

    QNetworkAccessManager& manager() { return m_manager; }

    Reply send(const QByteArray& method, const QString& path, const std::optional<QByteArray>& body = std::nullopt,
        const QByteArray& contentType = "application/json", int timeoutMs = 10000)
    {
        QUrl url = m_server.baseUrl();
        const qsizetype question = path.indexOf(QLatin1Char('?'));
        url.setPath(question < 0 ? path : path.left(question), QUrl::TolerantMode);
        if (question >= 0)
            url.setQuery(path.mid(question + 1));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (body)
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (m_server.options().tls) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(QSslCertificate::fromData(m_server.certificatePem(), QSsl::Pem));
            request.setSslConfiguration(tls);
        }
        QNetworkReply* reply
            = body ? m_manager.sendCustomRequest(request, method, *body) : m_manager.sendCustomRequest(request, method);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs)) {
            reply->abort();
            reply->deleteLater();
            return Reply { -1, QNetworkReply::TimeoutError, {}, {}, {} };
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

    Reply get(const QString& path) { return send("GET", path); }
    // The ID of the first resource type listed for an app (empty if none or on error).
    QString firstResourceTypeId(const QString& appId)
    {
        return get(QStringLiteral("/api/v1/apps/%1/resource_types").arg(appId))
            .json.value(QStringLiteral("list"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("appResourceType"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }
    Reply post(const QString& path, const QJsonObject& body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply put(const QString& path, const QJsonObject& body)
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply del(const QString& path, const QJsonObject& body = {})
    {
        return send("DELETE", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    Reply requestToken(const QString& clientId, const QByteArray& assertion)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_assertion_type"),
            QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        form.addQueryItem(QStringLiteral("client_assertion"), QString::fromLatin1(assertion));
        return send("POST", QStringLiteral("/auth/v1/token"), form.toString(QUrl::FullyEncoded).toUtf8(),
            "application/x-www-form-urlencoded");
    }

    // Signs in with a freshly issued client; the token is then sent on every request.
    bool signIn(const QString& name = QStringLiteral("tester"))
    {
        m_client = m_server.issueClient(name);
        const QByteArray assertion = signJwt(standardHeader(), standardClaims(m_client.clientId, m_server.now() / 1000),
            keyFromSecret(m_client.clientSecret));
        const Reply reply = requestToken(m_client.clientId, assertion);
        m_token = reply.json.value(QStringLiteral("access_token")).toString().toLatin1();
        return reply.status == 200 && !m_token.isEmpty();
    }

    void setToken(const QByteArray& token) { m_token = token; }
    QByteArray token() const { return m_token; }
    const SandboxClient& client() const { return m_client; }

private:
    SandboxServer& m_server;
    QNetworkAccessManager m_manager;
    QByteArray m_token;
    SandboxClient m_client;
};

} // namespace c1::test

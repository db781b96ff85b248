#include "api/Session.h"

#include "api/ApiCall.h"
#include "api/C1Client.h"
#include "api/NetworkManager.h"
#include "api/ProfileProxyFactory.h"
#include "api/RequestLog.h"
#include "auth/ClientCredentials.h"
#include "auth/TokenSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(c1::Session)
};

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback(); // 127.0.0.0/8 and ::1
}

// The base URL from a profile's override: https to anywhere, http only to this machine.
std::optional<QUrl> overrideBaseUrl(const QUrl& url, QString* error)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
        *error = Tr::tr("The URL override “%1” is not an http:// or https:// address.").arg(url.toDisplayString());
        return std::nullopt;
    }
    if (scheme == u"http"_s && !isLoopbackHost(url.host())) {
        *error = Tr::tr("The URL override “%1” uses plain http:// to another machine; only https:// is allowed "
                        "there (http:// is accepted for 127.0.0.1, ::1 and localhost).")
                     .arg(url.toDisplayString());
        return std::nullopt;
    }
    QUrl base
        = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    base.setScheme(scheme);
    if (base.path() == u"/"_s)
        base.setPath(QString());
    return base;
}

std::optional<QList<QSslCertificate>> loadCaFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The CA certificate file “%1” cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        *error = Tr::tr("The file “%1” holds no PEM or DER certificate.").arg(path);
        return std::nullopt;
    }
    return certificates;
}

} // namespace

Session::Session(const Profile& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
{ }

Session::~Session()
{
    // The client first: it aborts its calls while the network manager and token source still exist.
    delete m_client;
    m_client = nullptr;
}

std::unique_ptr<Session> Session::create(
    const Profile& profile, const ProfileSecrets& secrets, QString* error, QObject* parent)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    message.clear();

    ClientCredentials::Error credentialError = ClientCredentials::Error::None;
    std::optional<ClientCredentials> credentials
        = ClientCredentials::parse(secrets.clientId.trimmed(), secrets.clientSecret.trimmed(), &credentialError);
    if (!credentials) {
        message = ClientCredentials::describe(credentialError);
        return nullptr;
    }

    QUrl baseUrl = credentials->tenant().baseUrl;
    if (!profile.urlOverride.isEmpty()) {
        const std::optional<QUrl> base = overrideBaseUrl(profile.urlOverride, &message);
        if (!base)
            return nullptr;
        baseUrl = *base;
    } else if (!secrets.tenantDomain.trimmed().isEmpty()) {
        QString domain = secrets.tenantDomain.trimmed().toLower();
        if (!domain.contains(u'.') && !domain.contains(u':'))
            domain += u".conductor.one"_s;
        const QString clientHost
            = baseUrl.host() + (baseUrl.port() > 0 ? u":"_s + QString::number(baseUrl.port()) : QString());
        if (domain != clientHost) {
            qCWarning(lcApi).noquote() << "The tenant domain" << domain << "differs from the client ID's host"
                                       << clientHost << "; using the client ID's.";
        }
    }

    ClientConfig config;
    config.baseUrl = baseUrl;
    if (!profile.caFile.trimmed().isEmpty()) {
        const std::optional<QList<QSslCertificate>> certificates = loadCaFile(profile.caFile.trimmed(), &message);
        if (!certificates)
            return nullptr;
        config.extraCaCertificates = *certificates;
    }

    std::unique_ptr<Session> session(new Session(profile, parent));
    session->m_network = new NetworkManager(session.get());
    session->m_network->setProxyFactory(
        new ProfileProxyFactory(profile.proxy, profile.proxyHost, profile.proxyPort, profile.proxyExclusions));
    session->m_log = new RequestLog(5000, session.get());
    session->m_tokens = new TokenSource(session->m_network, std::move(*credentials), baseUrl, session.get());
    // One network manager reuses a host's connections whatever a request's TLS settings: the token request must
    // trust exactly the CAs the API calls trust.
    session->m_tokens->setExtraCaCertificates(config.extraCaCertificates);
    session->m_tokens->setTimeout(config.timeoutMs);
    // The sign-in exchange is listed with the API calls (redacted by TokenSource and again by the log).
    session->m_tokens->setExchangeObserver([log = QPointer<RequestLog>(session->m_log)](const TokenExchange& exchange) {
        if (!log)
            return;
        RequestLogEntry entry;
        entry.time = exchange.time;
        entry.method = exchange.method;
        entry.url = exchange.url;
        entry.httpStatus = exchange.httpStatus;
        entry.error = exchange.error;
        entry.durationMs = exchange.durationMs;
        entry.requestId = exchange.requestId;
        entry.requestBytes = exchange.requestBytes;
        entry.responseBytes = exchange.responseBytes;
        entry.requestBody = exchange.requestBody;
        entry.responseExcerpt = exchange.responseExcerpt;
        log->append(std::move(entry));
    });
    session->m_client = new C1Client(session->m_network, session->m_tokens, config, session->m_log, session.get());
    return session;
}

QString Session::tenantHost() const
{
    if (!m_client)
        return {};
    const QUrl& base = m_client->config().baseUrl;
    return base.port() > 0 ? base.host() + u':' + QString::number(base.port()) : base.host();
}

} // namespace c1

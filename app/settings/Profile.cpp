#include "settings/Profile.h"

#include "base/Secret.h"
#include "settings/ConcurrencyLimits.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUuid>

#include <utility>

namespace c1 {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("c1::Profile", text);
}

constexpr int kMaxNameLength = 80;

} // namespace

QString Profile::createId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Profile::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Profile::proxyName(Proxy proxy)
{
    switch (proxy) {
    case Proxy::None:
        return QStringLiteral("none");
    case Proxy::Manual:
        return QStringLiteral("manual");
    case Proxy::System:
        break;
    }
    return QStringLiteral("system");
}

Profile::Proxy Profile::proxyFromName(const QString& name)
{
    if (name == u"none")
        return Proxy::None;
    if (name == u"manual")
        return Proxy::Manual;
    return Proxy::System;
}

QString Profile::validate() const
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return tr("The profile needs a name.");
    if (trimmedName.size() > kMaxNameLength)
        return tr("The profile name is too long (at most %1 characters).").arg(kMaxNameLength);

    if (!urlOverride.isEmpty()) {
        if (!urlOverride.isValid() || urlOverride.host().isEmpty())
            return tr("The URL override is not a valid address.");
        const QString scheme = urlOverride.scheme();
        if (scheme != u"https" && scheme != u"http")
            return tr("The URL override must start with https://.");
        if (scheme == u"http" && !isLoopback(urlOverride))
            return tr("The URL override uses plain http:// to %1: only https:// is allowed, except to this "
                      "computer (localhost or 127.0.0.1).")
                .arg(urlOverride.host());
        if (!urlOverride.userInfo().isEmpty())
            return tr("The URL override must not contain a user name or password.");
        if (urlOverride.hasQuery() || urlOverride.hasFragment())
            return tr("The URL override must not contain a query (?…) or a fragment (#…).");
    }

    if (!caFile.isEmpty()) {
        const QFileInfo info(caFile);
        if (!info.isFile() || !info.isReadable())
            return tr("The CA certificate file %1 cannot be read.").arg(caFile);
    }

    if (proxy == Proxy::Manual) {
        if (proxyHost.trimmed().isEmpty())
            return tr("A manual proxy needs a host name.");
        if (proxyPort < 1 || proxyPort > 65535)
            return tr("The proxy port must be between 1 and 65535.");
    }

    if (concurrency != requestConcurrency::clamp(concurrency))
        return tr("The number of parallel requests must be between %1 and %2.")
            .arg(requestConcurrency::minimum)
            .arg(requestConcurrency::maximum);

    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.isEmpty() && !colorPattern.match(color).hasMatch())
        return tr("The profile colour must look like #rrggbb.");

    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}([_-][A-Z]{2})?$"));
    if (!language.isEmpty() && !languagePattern.match(language).hasMatch())
        return tr("The language must be a code such as \"de\" or \"fr\".");

    return {};
}

ProfileSecrets::ProfileSecrets(QString tenantDomain_, QString clientId_, QString clientSecret_)
    : tenantDomain(std::move(tenantDomain_))
    , clientId(std::move(clientId_))
    , clientSecret(std::move(clientSecret_))
{ }

ProfileSecrets::ProfileSecrets(ProfileSecrets&& other) noexcept
    : tenantDomain(std::exchange(other.tenantDomain, QString()))
    , clientId(std::exchange(other.clientId, QString()))
    , clientSecret(std::exchange(other.clientSecret, QString()))
{ }

ProfileSecrets& ProfileSecrets::operator=(const ProfileSecrets& other)
{
    if (this != &other) {
        wipe();
        tenantDomain = other.tenantDomain;
        clientId = other.clientId;
        clientSecret = other.clientSecret;
    }
    return *this;
}

ProfileSecrets& ProfileSecrets::operator=(ProfileSecrets&& other) noexcept
{
    if (this != &other) {
        wipe();
        tenantDomain = std::exchange(other.tenantDomain, QString());
        clientId = std::exchange(other.clientId, QString());
        clientSecret = std::exchange(other.clientSecret, QString());
    }
    return *this;
}

ProfileSecrets::~ProfileSecrets()
{
    wipe();
}

void ProfileSecrets::wipe()
{
    secureWipe(clientSecret);
    secureWipe(clientId);
    secureWipe(tenantDomain);
}

} // namespace c1

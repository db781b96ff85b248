#include "connect/CredentialFields.h"

#include "auth/ClientCredentials.h"

#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include <utility>

namespace c1 {

CredentialFields::CredentialFields(QLineEdit* clientId, QLineEdit* tenant, QLineEdit* secret, QToolButton* showSecret,
    QLabel* clientIdStatus, QLabel* secretStatus, QObject* parent)
    : QObject(parent)
    , m_clientId(clientId)
    , m_tenant(tenant)
    , m_secret(secret)
    , m_showSecret(showSecret)
    , m_clientIdStatus(clientIdStatus)
    , m_secretStatus(secretStatus)
{
    m_secret->setEchoMode(QLineEdit::Password);
    m_showSecret->setCheckable(true);
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool show) {
        m_secret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setText(show ? tr("Hide") : tr("Show"));
    });
    connect(m_clientId, &QLineEdit::textChanged, this, [this] {
        updateTenant();
        if (!m_filling)
            Q_EMIT edited();
    });
    connect(m_tenant, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_tenantTyped = !text.trimmed().isEmpty();
        if (!m_tenantTyped)
            updateTenant();
        Q_EMIT edited();
    });
    connect(m_secret, &QLineEdit::textChanged, this, [this] {
        updateSecretStatus();
        if (!m_filling)
            Q_EMIT edited();
    });
    updateTenant();
    updateSecretStatus();
}

QString CredentialFields::tenantDomain(const TenantAddress& address)
{
    const QUrl& url = address.baseUrl;
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

void CredentialFields::setSecrets(const ProfileSecrets& secrets)
{
    const bool filling = std::exchange(m_filling, true);
    // A stored tenant that differs from the one the client ID gives was typed on purpose: keep it.
    const auto derived = ClientCredentials::tenantFromClientId(secrets.clientId);
    m_tenantTyped = !secrets.tenantDomain.isEmpty() && (!derived || tenantDomain(*derived) != secrets.tenantDomain);
    m_clientId->setText(secrets.clientId);
    m_tenant->setText(secrets.tenantDomain);
    m_secret->setText(secrets.clientSecret);
    m_showSecret->setChecked(false);
    m_filling = filling;
    updateTenant();
}

ProfileSecrets CredentialFields::secrets() const
{
    ProfileSecrets secrets;
    secrets.clientId = m_clientId->text().trimmed();
    secrets.tenantDomain = m_tenant->text().trimmed();
    secrets.clientSecret = m_secret->text().trimmed();
    return secrets;
}

void CredentialFields::clear()
{
    setSecrets({});
}

void CredentialFields::setStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #c8443a;") : QString());
}

void CredentialFields::updateTenant()
{
    const QString clientId = m_clientId->text().trimmed();
    if (clientId.isEmpty()) {
        setStatus(m_clientIdStatus, {}, false);
        if (!m_tenantTyped)
            m_tenant->clear();
        return;
    }
    ClientCredentials::Error error = ClientCredentials::Error::None;
    const std::optional<TenantAddress> tenant = ClientCredentials::tenantFromClientId(clientId, &error);
    if (!tenant) {
        setStatus(m_clientIdStatus, ClientCredentials::describe(error), true);
        return;
    }
    setStatus(m_clientIdStatus, tr("Tenant address: %1").arg(tenant->baseUrl.toString()), false);
    if (!m_tenantTyped) // live: the tenant follows the client ID until the user types their own
        m_tenant->setText(tenantDomain(*tenant));
}

void CredentialFields::updateSecretStatus()
{
    const QString secret = m_secret->text().trimmed();
    if (secret.isEmpty()) {
        setStatus(m_secretStatus, tr("Paste the client secret created with the client ID in C1."), false);
        return;
    }
    // Checked on its own (with a well-formed stand-in client ID), so that the message is about the secret.
    ClientCredentials::Error error = ClientCredentials::Error::None;
    if (ClientCredentials::parse(QStringLiteral("check@tenant.conductor.one/pcc"), secret, &error))
        setStatus(m_secretStatus, tr("The secret holds a valid Ed25519 key."), false);
    else
        setStatus(m_secretStatus, ClientCredentials::describe(error), true);
}

} // namespace c1

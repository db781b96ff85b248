#include "sandbox/DemoTenant.h"

#include "workflows/SessionController.h"

#include <QCoreApplication>

namespace c1 {

DemoTenant::DemoTenant(QObject* parent)
    : QObject(parent)
{ }

DemoTenant::~DemoTenant() = default;

bool DemoTenant::start()
{
    if (m_running)
        return true;
    m_server = std::make_unique<SandboxServer>();
    if (!m_server->start())
        return false;
    m_server->generateData(SandboxDataSize {});
    m_client = m_server->issueClient(QStringLiteral("demo-admin"));
    m_running = true;
    return true;
}

QString DemoTenant::errorString() const
{
    return QCoreApplication::translate("c1::DemoTenant", "The demo tenant could not start: %1")
        .arg(m_server ? m_server->errorString() : QString());
}

Profile DemoTenant::profile() const
{
    Profile profile;
    profile.id = QStringLiteral("demo");
    profile.name = QCoreApplication::translate("c1::DemoTenant", "Demo tenant");
    if (m_server)
        profile.urlOverride = m_server->baseUrl();
    profile.color = QStringLiteral("#2e9d57");
    return profile;
}

bool DemoTenant::connectSession(SessionController* controller)
{
    if (!start())
        return false;
    const Profile demo = profile();
    ProfileSecrets secrets;
    secrets.clientId = m_client.clientId;
    secrets.clientSecret = m_client.clientSecret;
    secrets.tenantDomain = m_server->baseUrl().authority();
    m_secrets.write(demo.id, secrets, this, [](const SecretStore::Outcome&) {});
    controller->connectWithSecrets(demo, secrets);
    return true;
}

} // namespace c1

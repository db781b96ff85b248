#pragma once

#include "settings/Profile.h"

#include <QObject>

class QLabel;
class QLineEdit;
class QToolButton;

namespace c1 {

struct TenantAddress;

// The credential part of the settings form: client ID, tenant domain, client secret (masked, with a show toggle)
// and their status lines. The tenant follows the client ID live (ClientCredentials::tenantFromClientId) until
// the user types one of their own; the secret is checked live (ClientCredentials::parse) with a specific message
// that never echoes it.
class CredentialFields : public QObject {
    Q_OBJECT
public:
    CredentialFields(QLineEdit* clientId, QLineEdit* tenant, QLineEdit* secret, QToolButton* showSecret,
        QLabel* clientIdStatus, QLabel* secretStatus, QObject* parent = nullptr);

    void setSecrets(const ProfileSecrets& secrets); // emits no edited()
    ProfileSecrets secrets() const;
    void clear();

    // "host" or "host:port", as the keychain keeps it.
    static QString tenantDomain(const TenantAddress& address);

Q_SIGNALS:
    void edited(); // by the user

private:
    void updateTenant();
    void updateSecretStatus();
    void setStatus(QLabel* label, const QString& text, bool error);

    QLineEdit* m_clientId;
    QLineEdit* m_tenant;
    QLineEdit* m_secret;
    QToolButton* m_showSecret;
    QLabel* m_clientIdStatus;
    QLabel* m_secretStatus;
    bool m_tenantTyped = false; // the tenant was typed, not derived
    bool m_filling = false;
};

} // namespace c1

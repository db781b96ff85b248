#pragma once

#include "sandbox/SandboxServer.h"
#include "settings/MemorySecretStore.h"
#include "settings/Profile.h"

#include <QObject>

#include <memory>

namespace c1 {

class SessionController;

// The demo tenant of `c1console --demo` and of the welcome view's "Try the demo tenant": an in-process sandbox
// tenant with demo data, a credential for it held only in memory, and the "Demo tenant" profile that reaches it.
// The profile is never saved: the user's own profiles and keychain stay as they are.
class DemoTenant : public QObject {
    Q_OBJECT
public:
    explicit DemoTenant(QObject* parent = nullptr);
    ~DemoTenant() override;

    // Starts the tenant (once) and generates its data; false, with errorString(), when it cannot listen.
    bool start();
    bool isRunning() const { return m_running; }
    QString errorString() const; // translated, for the user

    // The store that holds the demo credential (for a SessionController made only for the demo).
    SecretStore* secretStore() { return &m_secrets; }
    Profile profile() const; // valid once started

    // Starts the tenant if needed and connects `controller` to it. False (errorString()) when it cannot start.
    bool connectSession(SessionController* controller);

private:
    std::unique_ptr<SandboxServer> m_server;
    MemorySecretStore m_secrets;
    SandboxClient m_client;
    bool m_running = false;
};

} // namespace c1

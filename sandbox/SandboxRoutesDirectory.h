#pragma once

#include "sandbox/SandboxRouteContext.h"

namespace c1 {

// Users (search, list, get) and app entitlements (list per app, get, search).
class SandboxRoutesDirectory {
public:
    explicit SandboxRoutesDirectory(SandboxRouteContext& context);
    void install(SandboxRouter& router);

private:
    SandboxHttpResponse searchUsers(SandboxCall& call);
    SandboxHttpResponse listUsers(SandboxCall& call);
    SandboxHttpResponse getUser(SandboxCall& call);
    SandboxHttpResponse listEntitlements(SandboxCall& call);
    SandboxHttpResponse getEntitlement(SandboxCall& call);
    SandboxHttpResponse searchEntitlements(SandboxCall& call);

    SandboxRouteContext& m_context;
};

} // namespace c1

#pragma once

#include "sandbox/SandboxRouteContext.h"

namespace c1 {

// Introspect, apps (list, search, get, create) and resource types (list, get, create).
class SandboxRoutesApps {
public:
    explicit SandboxRoutesApps(SandboxRouteContext& context);
    void install(SandboxRouter& router);

private:
    SandboxHttpResponse introspect(SandboxCall& call);
    SandboxHttpResponse listApps(SandboxCall& call);
    SandboxHttpResponse searchApps(SandboxCall& call);
    SandboxHttpResponse getApp(SandboxCall& call);
    SandboxHttpResponse createApp(SandboxCall& call);
    SandboxHttpResponse listResourceTypes(SandboxCall& call);
    SandboxHttpResponse getResourceType(SandboxCall& call);
    SandboxHttpResponse createResourceType(SandboxCall& call);

    SandboxRouteContext& m_context;
};

} // namespace c1

#pragma once

#include "sandbox/SandboxRouteContext.h"

namespace c1 {

struct SandboxResource;

// Resources of a type: list, get, create and delete manually managed ones, and the resource search.
class SandboxRoutesResources {
public:
    explicit SandboxRoutesResources(SandboxRouteContext& context);
    void install(SandboxRouter& router);

private:
    SandboxHttpResponse listResources(SandboxCall& call);
    SandboxHttpResponse getResource(SandboxCall& call);
    SandboxHttpResponse createResource(SandboxCall& call);
    SandboxHttpResponse deleteResource(SandboxCall& call);
    SandboxHttpResponse searchResources(SandboxCall& call);
    // Checks the app and type IDs of the path and that both exist; empty response when fine.
    std::optional<SandboxHttpResponse> checkParents(const SandboxCall& call, const QString& request) const;

    SandboxRouteContext& m_context;
};

} // namespace c1

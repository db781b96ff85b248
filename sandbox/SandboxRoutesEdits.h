#pragma once

#include "sandbox/SandboxRouteContext.h"

namespace c1 {

// Changing and deleting what was made (issue 16): update an app (POST /api/v1/apps/{id} {app, updateMask}) and
// soft-delete it (DELETE), update and delete a manually managed resource type (the delete takes all its resources
// along), and update one resource (POST …/resources/{id} {appResource, updateMask}).
//
// Rules, where C1 does not document them:
// - updateMask is required: ONE comma-separated string of lowerCamelCase paths (protojson's FieldMask form).
//   A read-only field of the object (id, createdAt, userCount …) is refused as immutable, any path the sandbox
//   does not update as unknown, both with 400 INVALID_ARGUMENT; nothing is written then. Only masked fields change;
//   a masked field missing from the object is cleared (protobuf semantics). updatedAt moves forward on every update.
// - An ID in the body's object must match the path's.
// - A soft-deleted app answers 404 everywhere (get, lists, owners, a second delete) except the resource search,
//   which still finds its resources unless excludeDeletedApps is set. The sandbox has no directory apps with apps
//   found under them, so deleting a directory affects no other app here.
// - Only manually managed resource types may be updated or deleted (400 FAILED_PRECONDITION otherwise).
class SandboxRoutesEdits {
public:
    explicit SandboxRoutesEdits(SandboxRouteContext& context);
    void install(SandboxRouter& router);

private:
    SandboxHttpResponse updateApp(SandboxCall& call);
    SandboxHttpResponse deleteApp(SandboxCall& call);
    SandboxHttpResponse updateResourceType(SandboxCall& call);
    SandboxHttpResponse deleteResourceType(SandboxCall& call);
    SandboxHttpResponse updateResource(SandboxCall& call);

    SandboxRouteContext& m_context;
};

} // namespace c1

#pragma once

#include "api/C1Client.h"

namespace c1 {

// GET /api/v1/apps/{app_id}/resource_types/{resource_type_id}/resource/{resource_id}/owners (ListAppResourceOwners,
// note "resource" in the singular): read only for its `immutableUserIds`, the owners a resource's connector sourced,
// which nobody can remove (the tenant keeps them in step with the source). Only resources have this list.
CallHandle listImmutableResourceOwners(
    C1Client* client, const OwnerTarget& resource, QObject* context, C1Client::Callback<QStringList> callback);

} // namespace c1

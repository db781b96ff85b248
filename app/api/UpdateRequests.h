#pragma once

#include "api/Types.h"

#include <QJsonObject>
#include <QStringList>

// Requests that create resource types and change apps, resource types and resources (issue 16). An update carries
// the new values and an explicit update mask: camelCase field paths of the object, sent as ONE comma-separated
// string (the JSON form of a protobuf FieldMask). Only masked fields are written into the body, each explicitly
// (an emptied description is sent as ""), so that nothing unmasked can be overwritten.
namespace c1 {

// POST /api/v1/apps/{app_id}/resource_types: both fields required.
struct CreateResourceTypeRequest {
    QString displayName;
    QString resourceType; // ROLE, GROUP … CUSTOM: only CUSTOM may occur more than once on an app

    static const QStringList& knownResourceTypes(); // the spec's enum, in its order
    QString problem() const; // empty when sendable, else a translated explanation
    QJsonObject toJson() const;
};

// POST /api/v1/apps/{id} {app, updateMask}
struct AppUpdate {
    App values;
    QStringList mask;

    // displayName, description, annotations, grantPolicyId, revokePolicyId, certifyPolicyId, identityMatching,
    // instructions, monthlyCostUsd, strictAccessEntitlementProvisioning, iconUrl
    static const QStringList& updatablePaths();
    QString problem() const;
    QJsonObject toJson() const;
};

// POST /api/v1/apps/{app_id}/resource_types/{id} {appResourceType, updateMask}
struct ResourceTypeUpdate {
    AppResourceType values;
    QStringList mask;

    static const QStringList& updatablePaths(); // displayName
    QString problem() const;
    QJsonObject toJson() const;
};

// POST /api/v1/apps/{app_id}/resource_types/{type}/resources/{id} {appResource, updateMask}
struct ResourceUpdate {
    AppResource values;
    QStringList mask;

    static const QStringList& updatablePaths(); // displayName, description, annotations
    QString problem() const;
    QJsonObject toJson() const;
};

} // namespace c1

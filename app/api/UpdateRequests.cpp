#include "api/UpdateRequests.h"

#include "api/JsonRead.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(c1::UpdateRequests)
};

QJsonObject annotationsObject(const Annotations& annotations)
{
    QJsonObject map;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

// The problem with a mask: empty, a repeated path, or a path outside `updatable`.
QString maskProblem(const QStringList& mask, const QStringList& updatable)
{
    if (mask.isEmpty())
        return Tr::tr("Nothing to update: the update mask is empty.");
    QStringList seen;
    for (const QString& path : mask) {
        if (!updatable.contains(path))
            return Tr::tr("“%1” cannot be updated.").arg(path.left(60));
        if (seen.contains(path))
            return Tr::tr("“%1” is named twice in the update mask.").arg(path.left(60));
        seen.append(path);
    }
    return {};
}

QString displayNameProblem(const QStringList& mask, const QString& displayName)
{
    if (mask.contains(u"displayName"_s) && displayName.trimmed().isEmpty())
        return Tr::tr("The display name cannot be empty.");
    return {};
}

QString annotationsProblem(const QStringList& mask, const Annotations& annotations)
{
    return mask.contains(u"annotations"_s) ? validate::annotations(annotations) : QString();
}

QJsonObject withMask(QLatin1StringView key, const QJsonObject& values, const QStringList& mask)
{
    return QJsonObject { { key, values }, { "updateMask"_L1, mask.join(u',') } };
}

} // namespace

// ---- CreateResourceTypeRequest ------------------------------------------------------------------------------

const QStringList& CreateResourceTypeRequest::knownResourceTypes()
{
    static const QStringList kinds { u"ROLE"_s, u"GROUP"_s, u"LICENSE"_s, u"PROJECT"_s, u"CATALOG"_s, u"CUSTOM"_s,
        u"VAULT"_s, u"PROFILE_TYPE"_s, u"SESSION_POLICY"_s, u"CLAW_AGENT"_s };
    return kinds;
}

QString CreateResourceTypeRequest::problem() const
{
    if (displayName.trimmed().isEmpty())
        return Tr::tr("A resource type needs a display name.");
    if (resourceType.isEmpty())
        return Tr::tr("A resource type needs a kind (ROLE, GROUP, CUSTOM …).");
    if (!knownResourceTypes().contains(resourceType))
        return Tr::tr("“%1” is not a resource type kind C1 knows.").arg(resourceType.left(60));
    return {};
}

QJsonObject CreateResourceTypeRequest::toJson() const
{
    return QJsonObject { { "displayName"_L1, displayName }, { "resourceType"_L1, resourceType } };
}

// ---- AppUpdate ----------------------------------------------------------------------------------------------

const QStringList& AppUpdate::updatablePaths()
{
    static const QStringList paths { u"displayName"_s, u"description"_s, u"annotations"_s, u"grantPolicyId"_s,
        u"revokePolicyId"_s, u"certifyPolicyId"_s, u"identityMatching"_s, u"instructions"_s, u"monthlyCostUsd"_s,
        u"strictAccessEntitlementProvisioning"_s, u"iconUrl"_s };
    return paths;
}

QString AppUpdate::problem() const
{
    QString problem = maskProblem(mask, updatablePaths());
    if (problem.isEmpty())
        problem = displayNameProblem(mask, values.displayName);
    if (problem.isEmpty())
        problem = annotationsProblem(mask, values.annotations);
    if (problem.isEmpty() && mask.contains(u"monthlyCostUsd"_s) && values.monthlyCostUsd < 0)
        problem = Tr::tr("The monthly cost cannot be negative.");
    return problem;
}

QJsonObject AppUpdate::toJson() const
{
    const App& a = values;
    QJsonObject app;
    for (const QString& path : mask) {
        if (path == u"annotations"_s)
            app.insert(path, annotationsObject(a.annotations));
        else if (path == u"monthlyCostUsd"_s)
            app.insert(path, a.monthlyCostUsd); // int32: a JSON number
        else if (path == u"strictAccessEntitlementProvisioning"_s)
            app.insert(path, a.strictAccessEntitlementProvisioning);
        else if (path == u"displayName"_s)
            app.insert(path, a.displayName);
        else if (path == u"description"_s)
            app.insert(path, a.description);
        else if (path == u"grantPolicyId"_s)
            app.insert(path, a.grantPolicyId);
        else if (path == u"revokePolicyId"_s)
            app.insert(path, a.revokePolicyId);
        else if (path == u"certifyPolicyId"_s)
            app.insert(path, a.certifyPolicyId);
        else if (path == u"identityMatching"_s)
            app.insert(path, a.identityMatching);
        else if (path == u"instructions"_s)
            app.insert(path, a.instructions);
        else if (path == u"iconUrl"_s)
            app.insert(path, a.iconUrl);
    }
    return withMask("app"_L1, app, mask);
}

// ---- ResourceTypeUpdate -------------------------------------------------------------------------------------

const QStringList& ResourceTypeUpdate::updatablePaths()
{
    static const QStringList paths { u"displayName"_s };
    return paths;
}

QString ResourceTypeUpdate::problem() const
{
    QString problem = maskProblem(mask, updatablePaths());
    if (problem.isEmpty())
        problem = displayNameProblem(mask, values.displayName);
    return problem;
}

QJsonObject ResourceTypeUpdate::toJson() const
{
    QJsonObject type;
    if (mask.contains(u"displayName"_s))
        type.insert("displayName"_L1, values.displayName);
    return withMask("appResourceType"_L1, type, mask);
}

// ---- ResourceUpdate -----------------------------------------------------------------------------------------

const QStringList& ResourceUpdate::updatablePaths()
{
    static const QStringList paths { u"displayName"_s, u"description"_s, u"annotations"_s };
    return paths;
}

QString ResourceUpdate::problem() const
{
    QString problem = maskProblem(mask, updatablePaths());
    if (problem.isEmpty())
        problem = displayNameProblem(mask, values.displayName);
    if (problem.isEmpty())
        problem = annotationsProblem(mask, values.annotations);
    return problem;
}

QJsonObject ResourceUpdate::toJson() const
{
    QJsonObject resource;
    if (mask.contains(u"displayName"_s))
        resource.insert("displayName"_L1, values.displayName);
    if (mask.contains(u"description"_s))
        resource.insert("description"_L1, values.description);
    if (mask.contains(u"annotations"_s))
        resource.insert("annotations"_L1, annotationsObject(values.annotations));
    return withMask("appResource"_L1, resource, mask);
}

} // namespace c1

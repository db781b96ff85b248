#include "api/UpdateRequests.h"

#include "api/JsonRead.h"

#include <QCoreApplication>
#include <QJsonValue>

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

// One updatable field of a T: its path in the update mask (the JSON field name as well) and its value as sent.
template <typename T> struct MaskedField {
    QString path;
    QJsonValue (*value)(const T&);
};

template <typename T> QStringList pathsOf(const QList<MaskedField<T>>& fields)
{
    QStringList paths;
    for (const MaskedField<T>& field : fields)
        paths.append(field.path);
    return paths;
}

// The request body: under `key`, exactly the masked fields of `values` (each written, even when empty), and the mask
// as one comma-separated string.
template <typename T>
QJsonObject maskedBody(
    QLatin1StringView key, const QList<MaskedField<T>>& fields, const T& values, const QStringList& mask)
{
    QJsonObject object;
    for (const QString& path : mask) {
        for (const MaskedField<T>& field : fields) {
            if (field.path == path)
                object.insert(path, field.value(values));
        }
    }
    return QJsonObject { { key, object }, { "updateMask"_L1, mask.join(u',') } };
}

const QList<MaskedField<App>>& appFields()
{
    static const QList<MaskedField<App>> fields {
        { u"displayName"_s, [](const App& a) -> QJsonValue { return a.displayName; } },
        { u"description"_s, [](const App& a) -> QJsonValue { return a.description; } },
        { u"annotations"_s, [](const App& a) -> QJsonValue { return annotationsObject(a.annotations); } },
        { u"grantPolicyId"_s, [](const App& a) -> QJsonValue { return a.grantPolicyId; } },
        { u"revokePolicyId"_s, [](const App& a) -> QJsonValue { return a.revokePolicyId; } },
        { u"certifyPolicyId"_s, [](const App& a) -> QJsonValue { return a.certifyPolicyId; } },
        { u"identityMatching"_s, [](const App& a) -> QJsonValue { return a.identityMatching; } },
        { u"instructions"_s, [](const App& a) -> QJsonValue { return a.instructions; } },
        { u"monthlyCostUsd"_s, [](const App& a) -> QJsonValue { return a.monthlyCostUsd; } }, // int32: a number
        { u"strictAccessEntitlementProvisioning"_s,
            [](const App& a) -> QJsonValue { return a.strictAccessEntitlementProvisioning; } },
        { u"iconUrl"_s, [](const App& a) -> QJsonValue { return a.iconUrl; } },
    };
    return fields;
}

const QList<MaskedField<AppResourceType>>& resourceTypeFields()
{
    static const QList<MaskedField<AppResourceType>> fields {
        { u"displayName"_s, [](const AppResourceType& t) -> QJsonValue { return t.displayName; } },
    };
    return fields;
}

const QList<MaskedField<AppResource>>& resourceFields()
{
    static const QList<MaskedField<AppResource>> fields {
        { u"displayName"_s, [](const AppResource& r) -> QJsonValue { return r.displayName; } },
        { u"description"_s, [](const AppResource& r) -> QJsonValue { return r.description; } },
        { u"annotations"_s, [](const AppResource& r) -> QJsonValue { return annotationsObject(r.annotations); } },
    };
    return fields;
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
    static const QStringList paths = pathsOf(appFields());
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
    return maskedBody("app"_L1, appFields(), values, mask);
}

// ---- ResourceTypeUpdate -------------------------------------------------------------------------------------

const QStringList& ResourceTypeUpdate::updatablePaths()
{
    static const QStringList paths = pathsOf(resourceTypeFields());
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
    return maskedBody("appResourceType"_L1, resourceTypeFields(), values, mask);
}

// ---- ResourceUpdate -----------------------------------------------------------------------------------------

const QStringList& ResourceUpdate::updatablePaths()
{
    static const QStringList paths = pathsOf(resourceFields());
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
    return maskedBody("appResource"_L1, resourceFields(), values, mask);
}

} // namespace c1

#include "workflows/EditFields.h"

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

QVariantMap annotationsMap(const Annotations& annotations)
{
    QVariantMap map;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

Annotations annotationsOf(const QVariant& value)
{
    Annotations annotations;
    const QVariantMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        annotations.insert(it.key(), it.value().toString());
    return annotations;
}

} // namespace

QStringList EditFields::paths(EditTarget::Kind kind)
{
    switch (kind) {
    case EditTarget::Kind::App:
        return { u"displayName"_s, u"description"_s, u"grantPolicyId"_s, u"revokePolicyId"_s, u"certifyPolicyId"_s,
            u"identityMatching"_s, u"instructions"_s, u"monthlyCostUsd"_s, u"strictAccessEntitlementProvisioning"_s,
            u"iconUrl"_s, u"annotations"_s };
    case EditTarget::Kind::ResourceType:
        return ResourceTypeUpdate::updatablePaths();
    case EditTarget::Kind::Resource:
        break;
    }
    return { u"displayName"_s, u"description"_s, u"annotations"_s };
}

QVariantMap EditFields::of(const App& app)
{
    // The tenant answers "…_UNSPECIFIED" for an app that never chose: the form shows (and compares) it as unset.
    const QString matching = app.identityMatching.endsWith(u"_UNSPECIFIED"_s) ? QString() : app.identityMatching;
    return { { u"displayName"_s, app.displayName }, { u"description"_s, app.description },
        { u"grantPolicyId"_s, app.grantPolicyId }, { u"revokePolicyId"_s, app.revokePolicyId },
        { u"certifyPolicyId"_s, app.certifyPolicyId }, { u"identityMatching"_s, matching },
        { u"instructions"_s, app.instructions }, { u"monthlyCostUsd"_s, app.monthlyCostUsd },
        { u"strictAccessEntitlementProvisioning"_s, app.strictAccessEntitlementProvisioning },
        { u"iconUrl"_s, app.iconUrl }, { u"annotations"_s, annotationsMap(app.annotations) } };
}

QVariantMap EditFields::of(const AppResourceType& type)
{
    return { { u"displayName"_s, type.displayName } };
}

QVariantMap EditFields::of(const AppResource& resource)
{
    return { { u"displayName"_s, resource.displayName }, { u"description"_s, resource.description },
        { u"annotations"_s, annotationsMap(resource.annotations) } };
}

QVariantMap EditFields::ofVariant(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<App>())
        return of(value.value<App>());
    if (value.metaType() == QMetaType::fromType<AppResourceType>())
        return of(value.value<AppResourceType>());
    if (value.metaType() == QMetaType::fromType<AppResource>())
        return of(value.value<AppResource>());
    return {};
}

bool EditFields::same(const QVariant& a, const QVariant& b)
{
    if (a.typeId() == QMetaType::QVariantMap || b.typeId() == QMetaType::QVariantMap)
        return annotationsOf(a) == annotationsOf(b);
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.toBool() == b.toBool();
    if (a.typeId() == QMetaType::Int || b.typeId() == QMetaType::Int)
        return a.toInt() == b.toInt();
    return a.toString() == b.toString();
}

QStringList EditFields::changed(EditTarget::Kind kind, const QVariantMap& before, const QVariantMap& after)
{
    QStringList changed;
    for (const QString& path : paths(kind)) {
        if (after.contains(path) && !same(before.value(path), after.value(path)))
            changed.append(path);
    }
    return changed;
}

AppUpdate EditFields::appUpdate(const QString& appId, const QVariantMap& values, const QStringList& mask)
{
    AppUpdate update;
    App& app = update.values;
    app.id = appId;
    app.displayName = values.value(u"displayName"_s).toString();
    app.description = values.value(u"description"_s).toString();
    app.grantPolicyId = values.value(u"grantPolicyId"_s).toString();
    app.revokePolicyId = values.value(u"revokePolicyId"_s).toString();
    app.certifyPolicyId = values.value(u"certifyPolicyId"_s).toString();
    app.identityMatching = values.value(u"identityMatching"_s).toString();
    app.instructions = values.value(u"instructions"_s).toString();
    app.monthlyCostUsd = values.value(u"monthlyCostUsd"_s).toInt();
    app.strictAccessEntitlementProvisioning = values.value(u"strictAccessEntitlementProvisioning"_s).toBool();
    app.iconUrl = values.value(u"iconUrl"_s).toString();
    app.annotations = annotationsOf(values.value(u"annotations"_s));
    update.mask = mask;
    return update;
}

ResourceTypeUpdate EditFields::typeUpdate(
    const QString& appId, const QString& typeId, const QVariantMap& values, const QStringList& mask)
{
    ResourceTypeUpdate update;
    update.values.id = typeId;
    update.values.appId = appId;
    update.values.displayName = values.value(u"displayName"_s).toString();
    update.mask = mask;
    return update;
}

ResourceUpdate EditFields::resourceUpdate(const EditTarget& target, const QVariantMap& values, const QStringList& mask)
{
    ResourceUpdate update;
    AppResource& r = update.values;
    r.id = target.resourceId;
    r.appId = target.appId;
    r.appResourceTypeId = target.typeId;
    r.displayName = values.value(u"displayName"_s).toString();
    r.description = values.value(u"description"_s).toString();
    r.annotations = annotationsOf(values.value(u"annotations"_s));
    update.mask = mask;
    return update;
}

QString EditFields::kindWord(EditTarget::Kind kind)
{
    switch (kind) {
    case EditTarget::Kind::App:
        return tr("app");
    case EditTarget::Kind::ResourceType:
        return tr("resource type");
    case EditTarget::Kind::Resource:
        break;
    }
    return tr("resource");
}

QString EditFields::label(const QString& path)
{
    if (path == u"displayName"_s)
        return tr("Display name");
    if (path == u"description"_s)
        return tr("Description");
    if (path == u"grantPolicyId"_s)
        return tr("Grant policy");
    if (path == u"revokePolicyId"_s)
        return tr("Revoke policy");
    if (path == u"certifyPolicyId"_s)
        return tr("Certify policy");
    if (path == u"identityMatching"_s)
        return tr("Identity matching");
    if (path == u"instructions"_s)
        return tr("Instructions");
    if (path == u"monthlyCostUsd"_s)
        return tr("Monthly cost (USD)");
    if (path == u"strictAccessEntitlementProvisioning"_s)
        return tr("Strict access entitlement provisioning");
    if (path == u"iconUrl"_s)
        return tr("Icon URL");
    if (path == u"annotations"_s)
        return tr("Annotations");
    return path;
}

QString EditFields::display(const QVariant& value)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        if (map.isEmpty())
            return tr("(none)");
        QStringList pairs;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            pairs.append(it.key() + u'=' + it.value().toString());
        return pairs.join(u", "_s);
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
    const QString text = value.toString();
    if (text.isEmpty())
        return tr("(empty)");
    return text.size() > 200 ? text.left(200) + QChar(0x2026) : text;
}

QString EditFields::managedByKey(const QVariantMap& fields)
{
    return managedByKey(annotationsOf(fields.value(u"annotations"_s)));
}

QString EditFields::managedByKey(const Annotations& annotations)
{
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        QString key = it.key().toLower();
        key.replace(u'-', u'_');
        if (key.contains(u"managed_by"_s) || key.contains(u"managedby"_s) || key.startsWith(u"terraform"_s))
            return it.key();
    }
    return {};
}

QString EditFields::displayNameProblem(const QString& displayName)
{
    if (displayName.trimmed().isEmpty())
        return tr("Enter a display name.");
    if (displayName.size() > MaxDisplayNameLength)
        return tr("A display name has at most %1 characters (this one has %2).")
            .arg(MaxDisplayNameLength)
            .arg(displayName.size());
    return {};
}

} // namespace c1

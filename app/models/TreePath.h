#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace c1 {

// Where a node of the app tree lives, by IDs: an app; one of its resource types or its Entitlements group;
// a resource of a type; an entitlement of the app. Used to find nodes again (search results, "Go to ID").
struct TreePath {
    QString appId;
    QString resourceTypeId; // a resource type, or the type of resourceId
    QString resourceId;
    bool entitlements = false; // the app's Entitlements group (or entitlementId inside it)
    QString entitlementId;

    static TreePath app(const QString& appId) { return { appId, {}, {}, false, {} }; }
    static TreePath resourceType(const QString& appId, const QString& typeId)
    {
        return { appId, typeId, {}, false, {} };
    }
    static TreePath resource(const QString& appId, const QString& typeId, const QString& resourceId)
    {
        return { appId, typeId, resourceId, false, {} };
    }
    static TreePath entitlementGroup(const QString& appId) { return { appId, {}, {}, true, {} }; }
    static TreePath entitlement(const QString& appId, const QString& entitlementId)
    {
        return { appId, {}, {}, true, entitlementId };
    }

    bool isValid() const { return !appId.isEmpty(); }
    // The parent path (the app of a type, the type of a resource …); an app's parent is invalid.
    TreePath parentPath() const
    {
        if (!entitlementId.isEmpty())
            return entitlementGroup(appId);
        if (!resourceId.isEmpty())
            return resourceType(appId, resourceTypeId);
        return app(entitlements || !resourceTypeId.isEmpty() ? appId : QString());
    }
    // "app/type/resource", "app/entitlements/entitlement": the path of IDs people copy.
    QString toString() const
    {
        QStringList parts { appId };
        if (entitlements) {
            parts << QStringLiteral("entitlements");
            if (!entitlementId.isEmpty())
                parts << entitlementId;
        } else {
            if (!resourceTypeId.isEmpty())
                parts << resourceTypeId;
            if (!resourceId.isEmpty())
                parts << resourceId;
        }
        return parts.join(QLatin1Char('/'));
    }
    bool operator==(const TreePath&) const = default;
};

} // namespace c1

Q_DECLARE_METATYPE(c1::TreePath)

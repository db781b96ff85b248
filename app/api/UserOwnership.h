#pragma once

#include "api/Types.h"

#include <QJsonObject>
#include <QString>

// POST /api/v1/search/user-ownership: what one user owns across apps, resources and entitlements. An entry carries
// no role slug: read the object's v2 owner list (or get-one per known slug) to learn the role.
namespace c1 {

struct UserOwnershipEntry {
    enum class Type { Unspecified, App, Resource, Entitlement, Unknown };

    Type type = Type::Unspecified;
    QString ownershipType; // the raw enum name (USER_OWNERSHIP_TYPE_APP …), kept when unknown
    QString appId;
    QString appDisplayName;
    QString resourceTypeId; // resources
    QString resourceId;
    QString resourceDisplayName;
    QString entitlementId; // entitlements
    QString entitlementDisplayName;

    static Type typeFromName(const QString& name); // unknown names → Type::Unknown, empty → Unspecified
    static QString typeName(Type type); // "USER_OWNERSHIP_TYPE_APP" …; empty for Unknown
    // The v2 owner target the entry names (with its display name); nullopt for an unknown or incomplete entry.
    std::optional<OwnerTarget> target() const;

    static UserOwnershipEntry fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

} // namespace c1

Q_DECLARE_METATYPE(c1::UserOwnershipEntry)

#include "api/UserOwnership.h"

#include "api/JsonRead.h"

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

struct TypeName {
    UserOwnershipEntry::Type type;
    const char* name;
};
constexpr TypeName TypeNames[] = {
    { UserOwnershipEntry::Type::Unspecified, "USER_OWNERSHIP_TYPE_UNSPECIFIED" },
    { UserOwnershipEntry::Type::App, "USER_OWNERSHIP_TYPE_APP" },
    { UserOwnershipEntry::Type::Resource, "USER_OWNERSHIP_TYPE_RESOURCE" },
    { UserOwnershipEntry::Type::Entitlement, "USER_OWNERSHIP_TYPE_ENTITLEMENT" },
};

} // namespace

UserOwnershipEntry::Type UserOwnershipEntry::typeFromName(const QString& name)
{
    if (name.isEmpty())
        return Type::Unspecified;
    for (const TypeName& t : TypeNames) {
        if (name == QLatin1StringView(t.name))
            return t.type;
    }
    return Type::Unknown;
}

QString UserOwnershipEntry::typeName(Type type)
{
    for (const TypeName& t : TypeNames) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return {};
}

std::optional<OwnerTarget> UserOwnershipEntry::target() const
{
    if (!validate::isId(appId))
        return std::nullopt;
    switch (type) {
    case Type::App:
        return OwnerTarget::app(appId, appDisplayName);
    case Type::Resource:
        if (!validate::isId(resourceTypeId) || !validate::isId(resourceId))
            return std::nullopt;
        return OwnerTarget::resource(appId, resourceTypeId, resourceId, resourceDisplayName);
    case Type::Entitlement:
        if (!validate::isId(entitlementId))
            return std::nullopt;
        return OwnerTarget::entitlement(appId, entitlementId, entitlementDisplayName);
    case Type::Unspecified:
    case Type::Unknown:
        break;
    }
    return std::nullopt;
}

UserOwnershipEntry UserOwnershipEntry::fromJson(const QJsonObject& j)
{
    using namespace json;
    UserOwnershipEntry e;
    e.ownershipType = str(j, "ownershipType"_L1);
    e.type = typeFromName(e.ownershipType);
    e.appId = str(j, "appId"_L1);
    e.appDisplayName = str(j, "appDisplayName"_L1);
    e.resourceTypeId = str(j, "resourceTypeId"_L1);
    e.resourceId = str(j, "resourceId"_L1);
    e.resourceDisplayName = str(j, "resourceDisplayName"_L1);
    e.entitlementId = str(j, "entitlementId"_L1);
    e.entitlementDisplayName = str(j, "entitlementDisplayName"_L1);
    return e;
}

QJsonObject UserOwnershipEntry::toJson() const
{
    using namespace json;
    QJsonObject j;
    put(j, "ownershipType"_L1, ownershipType.isEmpty() ? typeName(type) : ownershipType);
    put(j, "appId"_L1, appId);
    put(j, "appDisplayName"_L1, appDisplayName);
    put(j, "resourceTypeId"_L1, resourceTypeId);
    put(j, "resourceId"_L1, resourceId);
    put(j, "resourceDisplayName"_L1, resourceDisplayName);
    put(j, "entitlementId"_L1, entitlementId);
    put(j, "entitlementDisplayName"_L1, entitlementDisplayName);
    return j;
}

} // namespace c1

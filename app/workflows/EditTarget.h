#pragma once

#include "models/TreePath.h"

#include <QMetaType>
#include <QString>

namespace c1 {

// The object an edit or a delete is about: an app, one of its resource types, or a resource of a type, by IDs, with
// the name the console knows it by (for messages until the fresh values are read).
struct EditTarget {
    enum class Kind { App, ResourceType, Resource };

    Kind kind = Kind::App;
    QString appId;
    QString typeId;
    QString resourceId;
    QString name;

    static EditTarget app(const QString& appId, const QString& name = {}) { return { Kind::App, appId, {}, {}, name }; }
    static EditTarget resourceType(const QString& appId, const QString& typeId, const QString& name = {})
    {
        return { Kind::ResourceType, appId, typeId, {}, name };
    }
    static EditTarget resource(
        const QString& appId, const QString& typeId, const QString& resourceId, const QString& name = {})
    {
        return { Kind::Resource, appId, typeId, resourceId, name };
    }

    bool isValid() const
    {
        return !appId.isEmpty() && (kind == Kind::App || !typeId.isEmpty())
            && (kind != Kind::Resource || !resourceId.isEmpty());
    }
    QString id() const { return kind == Kind::App ? appId : kind == Kind::ResourceType ? typeId : resourceId; }
    QString displayName() const { return name.isEmpty() ? id() : name; }
    TreePath path() const
    {
        switch (kind) {
        case Kind::App:
            return TreePath::app(appId);
        case Kind::ResourceType:
            return TreePath::resourceType(appId, typeId);
        case Kind::Resource:
            break;
        }
        return TreePath::resource(appId, typeId, resourceId);
    }
    bool operator==(const EditTarget& other) const
    {
        return kind == other.kind && appId == other.appId && typeId == other.typeId && resourceId == other.resourceId;
    }
};

} // namespace c1

Q_DECLARE_METATYPE(c1::EditTarget)

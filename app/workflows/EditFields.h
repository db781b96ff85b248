#pragma once

#include "api/Types.h"
#include "api/UpdateRequests.h"
#include "workflows/EditTarget.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace c1 {

// The fields an edit form shows and an update may send, as one map per object: the update mask's camelCase path →
// the value (QString, int, bool; annotations as a QVariantMap of strings). The edit workflow compares such maps to
// tell what changed (the mask), what someone else changed meanwhile, and whether a write took effect; the value
// types convert to and from them here, so that the comparison is one rule for apps, resource types and resources.
class EditFields {
    Q_DECLARE_TR_FUNCTIONS(c1::EditFields)
public:
    static constexpr int MaxDisplayNameLength = 1024; // the spec's limit (runes)

    static QStringList paths(EditTarget::Kind kind); // the updatable paths, in the form's order
    static QVariantMap of(const App& app);
    static QVariantMap of(const AppResourceType& type);
    static QVariantMap of(const AppResource& resource);
    // The fields of a value held in a QVariant (App, AppResourceType or AppResource); empty for anything else.
    static QVariantMap ofVariant(const QVariant& value);

    static bool same(const QVariant& a, const QVariant& b); // a missing/empty value equals ""
    // The paths (in paths() order) whose values differ between `before` and `after`.
    static QStringList changed(EditTarget::Kind kind, const QVariantMap& before, const QVariantMap& after);

    // The update requests: `values` for the masked paths only.
    static AppUpdate appUpdate(const QString& appId, const QVariantMap& values, const QStringList& mask);
    static ResourceTypeUpdate typeUpdate(
        const QString& appId, const QString& typeId, const QVariantMap& values, const QStringList& mask);
    static ResourceUpdate resourceUpdate(const EditTarget& target, const QVariantMap& values, const QStringList& mask);

    static QString label(const QString& path); // translated field name
    static QString kindWord(EditTarget::Kind kind); // "app", "resource type", "resource" (translated)
    static QString display(const QVariant& value); // how a value reads in "what changed" and conflicts
    // The key of an annotation that says another tool manages the object (Terraform's managed_by, …): such
    // a tool reverts manual edits at its next run. Empty when there is none.
    static QString managedByKey(const QVariantMap& fields);
    static QString managedByKey(const Annotations& annotations);
    static QString displayNameProblem(const QString& displayName); // required and at most 1024 characters
};

} // namespace c1

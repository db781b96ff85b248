#pragma once

#include "api/Types.h"
#include "models/AppTreeModel.h"
#include "models/TreePath.h"

#include <QMetaType>

namespace c1 {

// What is current in the tree: the node's kind and path, and the value types along it. `app` is set for every
// node under an app, `resourceType` for a type and its resources. The values hold what the tree knows (IDs,
// names, counts); the details pane fetches the full objects.
struct BrowserSelection {
    bool valid = false;
    AppTreeModel::NodeKind kind = AppTreeModel::NodeKind::App;
    TreePath path;
    App app;
    AppResourceType resourceType;
    AppResource resource;
    AppEntitlement entitlement;

    bool isApp() const { return valid && kind == AppTreeModel::NodeKind::App; }
    bool isResourceType() const { return valid && kind == AppTreeModel::NodeKind::ResourceType; }
    bool isResource() const { return valid && kind == AppTreeModel::NodeKind::Resource; }
    bool isEntitlement() const { return valid && kind == AppTreeModel::NodeKind::Entitlement; }
};

} // namespace c1

Q_DECLARE_METATYPE(c1::BrowserSelection)

#include "models/AppTreeNode.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace c1 {

namespace {
int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, INT_MIN, INT_MAX));
}
} // namespace

using NodeKind = AppTreeModel::NodeKind;
using Level = TreeContainerKey::Level;

// ---- Items: only what a node keeps ----

AppTreeItem AppTreeItem::of(const App& app)
{
    return { app.id, app.displayName, app.userCount, NodeKind::App };
}

AppTreeItem AppTreeItem::of(const AppResourceType& type)
{
    return { type.id, type.displayName, 0, NodeKind::ResourceType };
}

AppTreeItem AppTreeItem::of(const AppResource& resource)
{
    return { resource.id, resource.displayName, resource.grantCount, NodeKind::Resource };
}

AppTreeItem AppTreeItem::of(const AppEntitlement& entitlement)
{
    QString name = entitlement.displayName;
    if (name.isEmpty())
        name = !entitlement.alias.isEmpty() ? entitlement.alias : entitlement.slug;
    return { entitlement.id, name, entitlement.grantCount, NodeKind::Entitlement };
}

// ---- Keys ----

bool TreeContainerKey::within(const TreeContainerKey& removed) const
{
    switch (removed.level) {
    case Level::Apps:
        return true;
    case Level::Types: // an app: its types, their resources and its entitlements
        return level != Level::Apps && appId == removed.appId;
    case Level::Resources:
    case Level::Entitlements:
        return *this == removed;
    }
    return false;
}

// ---- Containers ----

bool AppTreeContainer::wantsStatusRow() const
{
    using LoadState = AppTreeModel::LoadState;
    return state == LoadState::Loading || state == LoadState::Partial || state == LoadState::Failed;
}

bool AppTreeContainer::statusInSync() const
{
    return statusShown == wantsStatusRow() && shownState == state && shownError == errorText;
}

NodeKind AppTreeContainer::statusKind() const
{
    switch (shownState) {
    case AppTreeModel::LoadState::Partial:
        return NodeKind::LoadMore;
    case AppTreeModel::LoadState::Failed:
        return NodeKind::Error;
    default:
        return NodeKind::Loading;
    }
}

QString AppTreeContainer::statusText() const
{
    switch (statusKind()) {
    case NodeKind::LoadMore:
        return AppTreeModel::tr("Load more…");
    case NodeKind::Error:
        return AppTreeModel::tr("Could not load: %1").arg(shownError);
    default:
        return AppTreeModel::tr("Loading…");
    }
}

const NameTable& AppTreeContainer::currentNames()
{
    if (namesStale) {
        names.clear();
        namesStale = false;
    }
    for (auto row = size_t(names.size()); row < children.size(); ++row) {
        const AppTreeNode* child = children[row].get();
        names.append(child->displayName(), child->id, quint8(child->kind));
    }
    return names;
}

void AppTreeContainer::renumber(size_t from)
{
    for (size_t row = from; row < children.size(); ++row)
        children[row]->row = int(row);
}

std::vector<std::unique_ptr<AppTreeNode>> AppTreeContainer::take(int first, int last)
{
    const auto begin = children.begin() + first;
    const auto end = children.begin() + last + 1;
    std::vector<std::unique_ptr<AppTreeNode>> gone(std::make_move_iterator(begin), std::make_move_iterator(end));
    children.erase(begin, end);
    namesStale = true;
    for (const auto& child : gone)
        byId.remove(child->id);
    renumber(size_t(first));
    return gone;
}

// ---- Nodes ----

QString AppTreeNode::detailText() const
{
    switch (kind) {
    case NodeKind::App:
        return count > 0 ? AppTreeModel::tr("%n user(s)", nullptr, clampToInt(count)) : QString();
    case NodeKind::Resource:
    case NodeKind::Entitlement:
        return AppTreeModel::tr("%n grant(s)", nullptr, clampToInt(count));
    case NodeKind::ResourceType:
    case NodeKind::EntitlementGroup: {
        if (container->state == AppTreeModel::LoadState::NotLoaded)
            return {};
        const QString loaded = QLocale().toString(qint64(container->children.size()));
        return container->nextPageToken.isEmpty() ? loaded : AppTreeModel::tr("%1+").arg(loaded);
    }
    default:
        return {};
    }
}

qint64 AppTreeNode::detailValue() const
{
    if (kind == NodeKind::ResourceType || kind == NodeKind::EntitlementGroup)
        return qint64(container->children.size());
    return count;
}

AppTreeNode::Adoption AppTreeNode::adopt(std::vector<AppTreeItem> items)
{
    AppTreeContainer& c = *container;
    Adoption result;
    int& firstChanged = result.firstChanged;
    int& lastChanged = result.lastChanged;
    for (AppTreeItem& item : items) {
        if (item.id.isEmpty())
            continue;
        if (AppTreeNode* existing = c.byId.value(item.id)) {
            existing->seen = true;
            if (existing->name != item.name || existing->count != item.count) {
                c.namesStale = c.namesStale || existing->name != item.name;
                existing->name = std::move(item.name);
                existing->count = item.count;
                if (existing->row >= 0) { // already visible (not a duplicate within this page)
                    firstChanged = std::min(firstChanged, existing->row);
                    lastChanged = std::max(lastChanged, existing->row);
                }
            }
            continue;
        }
        auto child = std::make_unique<AppTreeNode>();
        child->parent = this;
        child->id = std::move(item.id);
        child->name = std::move(item.name);
        child->count = item.count;
        child->kind = item.kind;
        child->row = -1;
        if (item.kind == NodeKind::App || item.kind == NodeKind::ResourceType)
            child->container = std::make_unique<AppTreeContainer>();
        c.byId.insert(child->id, child.get());
        result.fresh.push_back(std::move(child));
    }
    return result;
}

AppTreeNode* AppTreeNode::entitlementGroup() const
{
    if (kind != NodeKind::App || isRoot() || !container)
        return nullptr;
    const auto& nodes = container->children;
    return !nodes.empty() && nodes.front()->kind == NodeKind::EntitlementGroup ? nodes.front().get() : nullptr;
}

TreeContainerKey AppTreeNode::key() const
{
    if (isRoot())
        return { Level::Apps, {}, {} };
    switch (kind) {
    case NodeKind::App:
        return { Level::Types, id, {} };
    case NodeKind::ResourceType:
        return { Level::Resources, parent->id, id };
    default:
        return { Level::Entitlements, parent->id, {} };
    }
}

TreePath AppTreeNode::path() const
{
    switch (kind) {
    case NodeKind::App:
        return isRoot() ? TreePath() : TreePath::app(id);
    case NodeKind::ResourceType:
        return TreePath::resourceType(parent->id, id);
    case NodeKind::Resource:
        return TreePath::resource(parent->parent->id, parent->id, id);
    case NodeKind::EntitlementGroup:
        return TreePath::entitlementGroup(parent->id);
    case NodeKind::Entitlement:
        return TreePath::entitlement(parent->parent->id, id);
    default:
        return {};
    }
}

QVariant AppTreeNode::value() const
{
    switch (kind) {
    case NodeKind::App: {
        App app;
        app.id = id;
        app.displayName = name;
        app.userCount = count;
        return QVariant::fromValue(app);
    }
    case NodeKind::ResourceType: {
        AppResourceType type;
        type.id = id;
        type.appId = parent->id;
        type.displayName = name;
        return QVariant::fromValue(type);
    }
    case NodeKind::Resource: {
        AppResource resource;
        resource.id = id;
        resource.appResourceTypeId = parent->id;
        resource.appId = parent->parent->id;
        resource.displayName = name;
        resource.grantCount = count;
        return QVariant::fromValue(resource);
    }
    case NodeKind::Entitlement: {
        AppEntitlement entitlement;
        entitlement.id = id;
        entitlement.appId = parent->parent->id;
        entitlement.displayName = name;
        entitlement.grantCount = count;
        return QVariant::fromValue(entitlement);
    }
    default:
        return {};
    }
}

AppTreeNode* AppTreeNode::find(const TreeContainerKey& key)
{
    if (key.level == Level::Apps)
        return this;
    AppTreeNode* app = container->byId.value(key.appId);
    if (!app)
        return nullptr;
    switch (key.level) {
    case Level::Types:
        return app;
    case Level::Resources:
        return app->container->byId.value(key.typeId);
    case Level::Entitlements:
        return app->entitlementGroup();
    case Level::Apps:
        break;
    }
    return nullptr;
}

AppTreeNode* AppTreeNode::find(const TreePath& path)
{
    if (path.appId.isEmpty())
        return nullptr;
    AppTreeNode* app = container->byId.value(path.appId);
    if (!app)
        return nullptr;
    if (path.entitlements) {
        AppTreeNode* group = app->entitlementGroup();
        return !group || path.entitlementId.isEmpty() ? group : group->container->byId.value(path.entitlementId);
    }
    if (path.resourceTypeId.isEmpty())
        return app;
    AppTreeNode* type = app->container->byId.value(path.resourceTypeId);
    return !type || path.resourceId.isEmpty() ? type : type->container->byId.value(path.resourceId);
}

} // namespace c1

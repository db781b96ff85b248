#include "models/AppTreeModel.h"

#include "api/AdaptiveLimiter.h"

#include "models/AppTreeNode.h"

#include <algorithm>
#include <climits>
#include <utility>

// AppTreeModel, second half: fetching pages, applying them, status rows, refresh and inserts.
namespace c1 {

namespace {
constexpr int ColumnCount = TreeColumnCount;
} // namespace

// ---- Loading ----

AppTreeModel::Key AppTreeModel::keyOf(const Node* node) const
{
    if (node == m_root.get())
        return { Level::Apps, {}, {} };
    switch (node->kind) {
    case NodeKind::App:
        return { Level::Types, node->id, {} };
    case NodeKind::ResourceType:
        return { Level::Resources, node->parent->id, node->id };
    default:
        return { Level::Entitlements, node->parent->id, {} };
    }
}

AppTreeModel::Node* AppTreeModel::resolve(const Key& key) const
{
    if (!m_root)
        return nullptr;
    if (key.level == Level::Apps)
        return m_root.get();
    Node* app = m_root->container->byId.value(key.appId);
    if (!app)
        return nullptr;
    switch (key.level) {
    case Level::Types:
        return app;
    case Level::Resources:
        return app->container->byId.value(key.typeId);
    case Level::Entitlements:
        return groupOf(app);
    case Level::Apps:
        break;
    }
    return nullptr;
}

bool AppTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* node = containerOf(parent);
    if (!node || !m_client)
        return false;
    const LoadState state = node->container->state;
    return state == LoadState::NotLoaded || state == LoadState::Partial;
}

void AppTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    startPage(containerOf(parent));
}

bool AppTreeModel::activate(const QModelIndex& index)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || nodeAt(index) || !m_client)
        return false;
    Node* node = parentNodeOf(index);
    const LoadState state = node->container->state;
    if (state != LoadState::Partial && state != LoadState::Failed)
        return false;
    startPage(node);
    return true;
}

void AppTreeModel::fetchAll(const QModelIndex& parent)
{
    Node* node = containerOf(parent);
    if (!node || !m_client)
        return;
    Container& c = *node->container;
    c.pagesWanted = INT_MAX;
    c.pagesFetched = 0;
    if (c.state != LoadState::Loading && c.state != LoadState::Complete)
        startPage(node);
}

void AppTreeModel::ensureEntitlementGroup(Node* app)
{
    if (groupOf(app))
        return;
    Container& c = *app->container;
    beginInsertRows(indexOf(app), 0, 0);
    auto group = std::make_unique<Node>();
    group->parent = app;
    group->kind = NodeKind::EntitlementGroup;
    group->container = std::make_unique<Container>();
    c.children.insert(c.children.begin(), std::move(group));
    c.namesStale = true;
    for (size_t row = 0; row < c.children.size(); ++row)
        c.children[row]->row = int(row);
    endInsertRows();
}

void AppTreeModel::startPage(Node* node)
{
    if (!m_client)
        return;
    Container& c = *node->container;
    c.pending.abort(); // (a refresh may replace a request in flight; its serial is stale by now)
    const quint64 serial = ++m_serial;
    c.serial = serial;
    c.requestedToken = c.nextPageToken;
    setState(node, LoadState::Loading);

    const Key key = keyOf(node);
    auto handler = [this, key, serial](auto result) {
        if (!result) {
            applyPage(key, serial, {}, {}, &result.error());
            return;
        }
        auto page = result.takeValue();
        std::vector<Item> items;
        items.reserve(size_t(page.items.size()));
        for (const auto& value : std::as_const(page.items))
            items.push_back(toItem(value));
        applyPage(key, serial, std::move(items), page.nextPageToken, nullptr);
    };
    const QString token = c.requestedToken;
    CallHandle call;
    switch (key.level) {
    case Level::Apps:
        call = m_client->listApps(token, PageSize, this, handler, C1Client::AppFields::Summary); // a row keeps no more
        break;
    case Level::Types:
        call = m_client->listResourceTypes(key.appId, token, PageSize, this, handler);
        break;
    case Level::Resources:
        call = m_client->listResources(key.appId, key.typeId, token, PageSize, this, handler);
        break;
    case Level::Entitlements:
        call = m_client->listEntitlements(key.appId, token, PageSize, this, handler);
        break;
    }
    // The callback may already have run (a request refused before sending); keep the handle only if not.
    if (Node* again = resolve(key); again && again->container->serial == serial)
        again->container->pending = call;
}

void AppTreeModel::continueStream(Node* node)
{
    if (!m_limiter || m_limiter->mayStart(0)) {
        startPage(node);
        return;
    }
    m_paced.push_back(keyOf(node)); // resumeStreams() on the limiter's ready()
}

void AppTreeModel::resumeStreams()
{
    const std::vector<Key> waiting = std::exchange(m_paced, {});
    for (const Key& key : waiting) {
        Node* node = resolve(key);
        // Gone, refreshed (a new request is out) or reset meanwhile: nothing to continue.
        if (node && node->container->state == LoadState::Loading && !node->container->pending.isRunning())
            continueStream(node);
    }
}

void AppTreeModel::applyPage(
    const Key& key, quint64 serial, std::vector<Item> items, const QString& nextToken, const ApiError* error)
{
    Node* node = resolve(key);
    if (!node || node->container->serial != serial)
        return; // stale: the container was refreshed, removed or the model reset
    Container& c = *node->container;
    c.pending = {};
    QString failure;
    if (error)
        failure = error->userMessage();
    else if (!nextToken.isEmpty() && nextToken == c.requestedToken)
        failure = tr("The server repeated a page token; the listing was stopped.");
    if (!failure.isEmpty()) {
        qCInfo(lcTree) << "Listing failed at level" << int(key.level) << (error ? error->message : failure);
        mergeUnmerged(node); // what came before the failure shows
        c.serial = 0;
        setState(node, LoadState::Failed, failure);
        syncStatusRow(node);
        Q_EMIT pageFinished(indexOf(node), failure);
        return;
    }

    if (key.level == Level::Types)
        ensureEntitlementGroup(node);
    ++c.pagesLoaded;
    ++c.pagesFetched;
    c.nextPageToken = nextToken;
    const bool more = !nextToken.isEmpty();
    const bool streaming = more && c.pagesFetched < c.pagesWanted;
    c.unmerged.insert(c.unmerged.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    const bool merge = !streaming || c.pagesFetched == 1 || c.sinceMerge.elapsed() >= m_streamBatchMs
        || c.unmerged.size() >= size_t(std::max(m_streamBatchRows, 0));
    if (merge)
        mergeUnmerged(node);
    if (streaming) {
        continueStream(node); // a refresh or "load all" in progress: the status row stays "Loading…"
    } else {
        if (c.refreshing && !more)
            removeUnseen(node);
        c.refreshing = false;
        c.pagesWanted = 0;
        c.pagesFetched = 0;
        c.serial = 0;
        setState(node, more ? LoadState::Partial : LoadState::Complete);
    }
    syncStatusRow(node);
    if (!merge)
        return; // the rows of this page are not in the model yet: nothing for views to see
    const QModelIndex parentIndex = indexOf(node);
    if (parentIndex.isValid()) {
        const QModelIndex detail = indexOf(node, int(Column::Detail));
        Q_EMIT dataChanged(detail, detail, { Qt::DisplayRole, SortRole });
    }
    Q_EMIT pageFinished(parentIndex, QString());
}

void AppTreeModel::mergeUnmerged(Node* node)
{
    Container& c = *node->container;
    c.sinceMerge.start();
    if (!c.unmerged.empty())
        mergeItems(node, std::exchange(c.unmerged, {}));
}

void AppTreeModel::setState(Node* node, LoadState state, const QString& error)
{
    Container& c = *node->container;
    const int loadingDelta = int(state == LoadState::Loading) - int(c.state == LoadState::Loading);
    c.state = state;
    c.errorText = error;
    changeLoading(loadingDelta);
    if (c.statusShown != hasStatusRow(state) || c.shownState != state || c.shownError != error) {
        if (m_dirty.empty())
            QMetaObject::invokeMethod(this, &AppTreeModel::syncDirty, Qt::QueuedConnection);
        m_dirty.push_back(keyOf(node));
    }
}

void AppTreeModel::syncDirty()
{
    const std::vector<Key> dirty = std::exchange(m_dirty, {});
    for (const Key& key : dirty) {
        if (Node* node = resolve(key))
            syncStatusRow(node);
    }
}

void AppTreeModel::syncStatusRow(Node* node)
{
    Container& c = *node->container;
    const bool want = hasStatusRow(c.state);
    const QModelIndex parentIndex = indexOf(node);
    const int row = int(c.children.size());
    if (want && !c.statusShown) {
        beginInsertRows(parentIndex, row, row);
        c.statusShown = true;
        c.shownState = c.state;
        c.shownError = c.errorText;
        endInsertRows();
    } else if (!want && c.statusShown) {
        beginRemoveRows(parentIndex, row, row);
        c.statusShown = false;
        c.shownState = c.state;
        c.shownError.clear();
        endRemoveRows();
    } else {
        const bool changed = c.shownState != c.state || c.shownError != c.errorText;
        c.shownState = c.state;
        c.shownError = c.errorText;
        if (want && changed)
            Q_EMIT dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
    }
}

void AppTreeModel::changeLoading(int delta)
{
    if (delta == 0)
        return;
    const bool before = m_loading > 0;
    m_loading = std::max(0, m_loading + delta);
    if (before != (m_loading > 0))
        Q_EMIT loadingChanged(m_loading > 0);
}

void AppTreeModel::mergeItems(Node* node, std::vector<Item> items)
{
    Container& c = *node->container;
    const QModelIndex parentIndex = indexOf(node);
    std::vector<std::unique_ptr<Node>> fresh;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    for (Item& item : items) {
        if (item.id.isEmpty())
            continue;
        if (Node* existing = c.byId.value(item.id)) {
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
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->id = std::move(item.id);
        child->name = std::move(item.name);
        child->count = item.count;
        child->kind = item.kind;
        child->row = -1;
        if (item.kind == NodeKind::App || item.kind == NodeKind::ResourceType)
            child->container = std::make_unique<Container>();
        c.byId.insert(child->id, child.get());
        fresh.push_back(std::move(child));
    }
    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0, parentIndex), index(lastChanged, ColumnCount - 1, parentIndex));
    if (fresh.empty())
        return;
    const int first = int(c.children.size());
    beginInsertRows(parentIndex, first, first + int(fresh.size()) - 1);
    for (auto& child : fresh) {
        child->row = int(c.children.size());
        ++m_counts[size_t(child->kind)];
        c.children.push_back(std::move(child));
    }
    endInsertRows();
}

int AppTreeModel::forget(const Node* node)
{
    if (node->kind != NodeKind::EntitlementGroup && size_t(node->kind) < m_counts.size())
        --m_counts[size_t(node->kind)];
    int loading = 0;
    if (node->container) {
        loading += node->container->state == LoadState::Loading ? 1 : 0;
        for (const auto& child : node->container->children)
            loading += forget(child.get());
    }
    return loading;
}

void AppTreeModel::removeChildren(Node* node, int first, int last)
{
    Container& c = *node->container;
    beginRemoveRows(indexOf(node), first, last);
    const auto begin = c.children.begin() + first;
    const auto end = c.children.begin() + last + 1;
    std::vector<std::unique_ptr<Node>> gone(std::make_move_iterator(begin), std::make_move_iterator(end));
    c.children.erase(begin, end);
    c.namesStale = true;
    int loading = 0;
    for (const auto& child : gone) {
        c.byId.remove(child->id);
        loading += forget(child.get());
    }
    for (size_t row = size_t(first); row < c.children.size(); ++row)
        c.children[row]->row = int(row);
    endRemoveRows();
    gone.clear(); // out of the tree: their pending replies are dropped
    changeLoading(-loading);
}

void AppTreeModel::removeUnseen(Node* node)
{
    auto& children = node->container->children;
    int row = int(children.size()) - 1;
    while (row >= 0) {
        if (children[size_t(row)]->seen) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !children[size_t(row)]->seen)
            --row;
        removeChildren(node, row + 1, last);
    }
}

void AppTreeModel::refresh(const QModelIndex& index)
{
    Node* node = m_root.get();
    if (index.isValid() && index.model() == this) {
        node = nodeAt(index.siblingAtColumn(0));
        if (!node)
            node = parentNodeOf(index); // a status row: its container
        else if (!node->container)
            node = node->parent; // a leaf: its list
    }
    refreshNode(node);
}

void AppTreeModel::refreshNode(Node* node)
{
    Container& c = *node->container;
    if (!m_client || c.state == LoadState::NotLoaded)
        return; // nothing loaded, nothing to keep in sync
    for (const auto& child : c.children) {
        if (child->kind != NodeKind::EntitlementGroup)
            child->seen = false;
        if (child->container)
            refreshNode(child.get());
    }
    c.serial = 0;
    c.unmerged.clear(); // of a stream this refresh replaces: its pages are asked for again
    c.refreshing = true;
    c.pagesWanted = std::max(1, c.pagesLoaded);
    c.pagesFetched = 0;
    c.pagesLoaded = 0;
    c.nextPageToken.clear();
    startPage(node);
}

QModelIndex AppTreeModel::insertApp(const App& app)
{
    if (app.id.isEmpty())
        return {};
    mergeItems(m_root.get(), { toItem(app) });
    return indexOf(m_root->container->byId.value(app.id));
}

QModelIndex AppTreeModel::insertResource(const AppResource& resource)
{
    Node* type = findPath(TreePath::resourceType(resource.appId, resource.appResourceTypeId));
    if (!type || resource.id.isEmpty()) {
        qCDebug(lcTree) << "insertResource: the resource's type is not in the tree";
        return {};
    }
    mergeItems(type, { toItem(resource) });
    const QModelIndex detail = indexOf(type, int(Column::Detail));
    Q_EMIT dataChanged(detail, detail, { Qt::DisplayRole, SortRole });
    return indexOf(type->container->byId.value(resource.id));
}

bool AppTreeModel::removeNode(const TreePath& path)
{
    Node* node = findPath(path);
    if (!node || node == m_root.get() || node->kind == NodeKind::EntitlementGroup)
        return false;
    removeChildren(node->parent, node->row, node->row);
    return true;
}

} // namespace c1

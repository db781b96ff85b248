#include "models/AppTreeModel.h"

#include "api/C1Client.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <climits>

namespace c1 {

namespace {
Q_LOGGING_CATEGORY(lcTree, "c1.models")

constexpr int ColumnCount = int(AppTreeModel::Column::Count);

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, INT_MIN, INT_MAX));
}
} // namespace

// What a container knows about its paged listing. Only apps, resource types and the Entitlements groups have one.
struct AppTreeModel::Container {
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node*> byId; // the key shares the node's ID string
    QString nextPageToken; // the page to ask for next (also the one to retry after a failure)
    QString requestedToken;
    QString errorText;
    CallHandle pending;
    quint64 serial = 0; // of the request in flight; a reply carrying another serial is stale
    LoadState state = LoadState::NotLoaded;
    // What views were told: the status row follows `state` at the next sync (never inside fetchMore(), which views
    // and the model tester call while they handle another change).
    bool statusShown = false;
    LoadState shownState = LoadState::NotLoaded;
    QString shownError;
    int pagesLoaded = 0;
    int pagesWanted = 0; // while pagesFetched < pagesWanted and a token remains, the next page follows at once
    int pagesFetched = 0;
    bool refreshing = false;

    ~Container()
    {
        serial = 0;
        pending.abort(); // its reply can no longer find this container: it is already out of the tree
    }
};

struct AppTreeModel::Node {
    Node* parent = nullptr;
    std::unique_ptr<Container> container;
    QString id;
    QString name;
    qint64 count = 0; // users of an app, grants of a resource or entitlement
    int row = 0;
    NodeKind kind = NodeKind::App;
    bool seen = true; // cleared when a refresh starts; nodes the refresh never saw again are removed at its end
};

AppTreeModel::AppTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->container = std::make_unique<Container>();
}

AppTreeModel::~AppTreeModel()
{
    auto old = std::move(m_root); // pending replies find no root and are dropped
    old.reset();
}

C1Client* AppTreeModel::client() const
{
    return m_client;
}

void AppTreeModel::setClient(C1Client* client)
{
    if (m_client == client)
        return;
    const bool wasLoading = m_loading > 0;
    beginResetModel();
    auto old = std::move(m_root);
    m_root = std::make_unique<Node>();
    m_root->container = std::make_unique<Container>();
    m_client = nullptr;
    m_loading = 0;
    m_counts = {};
    old.reset(); // aborts what was pending; those replies are stale now
    endResetModel();
    // Only now: a view (or model tester) reacting to the reset must not start a fetch inside it.
    m_client = client;
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

// ---- Item conversions: only what a node keeps ----

AppTreeModel::Item AppTreeModel::toItem(const App& app)
{
    return { app.id, app.displayName, app.userCount, NodeKind::App };
}

AppTreeModel::Item AppTreeModel::toItem(const AppResourceType& type)
{
    return { type.id, type.displayName, 0, NodeKind::ResourceType };
}

AppTreeModel::Item AppTreeModel::toItem(const AppResource& resource)
{
    return { resource.id, resource.displayName, resource.grantCount, NodeKind::Resource };
}

AppTreeModel::Item AppTreeModel::toItem(const AppEntitlement& entitlement)
{
    QString name = entitlement.displayName;
    if (name.isEmpty())
        name = !entitlement.alias.isEmpty() ? entitlement.alias : entitlement.slug;
    return { entitlement.id, name, entitlement.grantCount, NodeKind::Entitlement };
}

// ---- Index plumbing: an index's internal pointer is the node whose children it belongs to ----

AppTreeModel::Node* AppTreeModel::parentNodeOf(const QModelIndex& index) const
{
    return static_cast<Node*>(index.internalPointer());
}

AppTreeModel::Node* AppTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const auto& children = parentNodeOf(index)->container->children;
    const auto row = size_t(index.row());
    return row < children.size() ? children[row].get() : nullptr;
}

AppTreeModel::Node* AppTreeModel::containerOf(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_root.get();
    if (parent.column() != 0)
        return nullptr;
    Node* node = nodeAt(parent);
    return node && node->container ? node : nullptr;
}

QModelIndex AppTreeModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node->parent);
}

bool AppTreeModel::hasStatusRow(LoadState state)
{
    return state == LoadState::Loading || state == LoadState::Partial || state == LoadState::Failed;
}

AppTreeModel::NodeKind AppTreeModel::statusKind(const Container& c) const
{
    switch (c.shownState) {
    case LoadState::Partial:
        return NodeKind::LoadMore;
    case LoadState::Failed:
        return NodeKind::Error;
    default:
        return NodeKind::Loading;
    }
}

AppTreeModel::Node* AppTreeModel::groupOf(const Node* app) const
{
    if (!app || app->kind != NodeKind::App || app == m_root.get() || !app->container)
        return nullptr;
    const auto& children = app->container->children;
    return !children.empty() && children.front()->kind == NodeKind::EntitlementGroup ? children.front().get() : nullptr;
}

QModelIndex AppTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* container = containerOf(parent);
    return container ? createIndex(row, column, container) : QModelIndex();
}

QModelIndex AppTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(parentNodeOf(child));
}

int AppTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* node = containerOf(parent);
    if (!node)
        return 0;
    const Container& c = *node->container;
    return int(c.children.size()) + (c.statusShown ? 1 : 0);
}

int AppTreeModel::columnCount(const QModelIndex& parent) const
{
    return parent.column() > 0 ? 0 : ColumnCount;
}

bool AppTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* node = containerOf(parent);
    if (!node)
        return false;
    const Container& c = *node->container;
    return !c.children.empty() || c.state != LoadState::Complete;
}

// ---- Data ----

QString AppTreeModel::detailText(const Node* node) const
{
    switch (node->kind) {
    case NodeKind::App:
        return node->count > 0 ? tr("%n user(s)", nullptr, clampToInt(node->count)) : QString();
    case NodeKind::Resource:
    case NodeKind::Entitlement:
        return tr("%n grant(s)", nullptr, clampToInt(node->count));
    case NodeKind::ResourceType:
    case NodeKind::EntitlementGroup: {
        const Container& c = *node->container;
        if (c.state == LoadState::NotLoaded)
            return {};
        const QString loaded = QLocale().toString(qint64(c.children.size()));
        return c.nextPageToken.isEmpty() ? loaded : tr("%1+").arg(loaded);
    }
    default:
        return {};
    }
}

qint64 AppTreeModel::detailValue(const Node* node) const
{
    if (node->kind == NodeKind::ResourceType || node->kind == NodeKind::EntitlementGroup)
        return qint64(node->container->children.size());
    return node->count;
}

QVariant AppTreeModel::valueOf(const Node* node) const
{
    switch (node->kind) {
    case NodeKind::App: {
        App app;
        app.id = node->id;
        app.displayName = node->name;
        app.userCount = node->count;
        return QVariant::fromValue(app);
    }
    case NodeKind::ResourceType: {
        AppResourceType type;
        type.id = node->id;
        type.appId = node->parent->id;
        type.displayName = node->name;
        return QVariant::fromValue(type);
    }
    case NodeKind::Resource: {
        AppResource resource;
        resource.id = node->id;
        resource.appResourceTypeId = node->parent->id;
        resource.appId = node->parent->parent->id;
        resource.displayName = node->name;
        resource.grantCount = node->count;
        return QVariant::fromValue(resource);
    }
    case NodeKind::Entitlement: {
        AppEntitlement entitlement;
        entitlement.id = node->id;
        entitlement.appId = node->parent->parent->id;
        entitlement.displayName = node->name;
        entitlement.grantCount = node->count;
        return QVariant::fromValue(entitlement);
    }
    default:
        return {};
    }
}

QVariant AppTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto column = Column(index.column());
    const Node* node = nodeAt(index);
    if (!node) { // the status row of a container
        const Container& c = *parentNodeOf(index)->container;
        const NodeKind kind = statusKind(c);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case SortRole:
            if (column == Column::Name) {
                if (kind == NodeKind::Loading)
                    return tr("Loading…");
                if (kind == NodeKind::LoadMore)
                    return tr("Load more…");
                return tr("Could not load: %1").arg(c.shownError);
            }
            if (column == Column::Detail && role == Qt::DisplayRole && kind == NodeKind::Error)
                return tr("Activate to retry");
            return role == SortRole ? QVariant(QString()) : QVariant();
        case KindRole:
            return int(kind);
        case ErrorRole:
            return kind == NodeKind::Error ? QVariant(c.shownError) : QVariant();
        default:
            return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Name:
            if (node->kind == NodeKind::EntitlementGroup)
                return tr("Entitlements");
            return node->name.isEmpty() ? node->id : node->name;
        case Column::Kind:
            switch (node->kind) {
            case NodeKind::App:
                return tr("App");
            case NodeKind::ResourceType:
                return tr("Resource type");
            case NodeKind::Resource:
                return tr("Resource");
            case NodeKind::EntitlementGroup:
                return tr("Entitlements");
            case NodeKind::Entitlement:
                return tr("Entitlement");
            default:
                return {};
            }
        case Column::Id:
            return node->id;
        case Column::Detail:
            return detailText(node);
        case Column::Count:
            return {};
        }
        return {};
    case SortRole:
        switch (column) {
        case Column::Name:
            return node->kind == NodeKind::EntitlementGroup ? tr("Entitlements")
                                                            : (node->name.isEmpty() ? node->id : node->name);
        case Column::Kind:
            return int(node->kind);
        case Column::Id:
            return node->id;
        case Column::Detail:
            return detailValue(node);
        case Column::Count:
            return {};
        }
        return {};
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case ValueRole:
        return valueOf(node);
    case PathRole:
        return QVariant::fromValue(pathAt(index));
    case LoadStateRole:
        return node->container ? QVariant(int(node->container->state)) : QVariant();
    default:
        return {};
    }
}

QVariant AppTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Kind:
        return tr("Kind");
    case Column::Id:
        return tr("ID");
    case Column::Detail:
        return tr("Detail");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags AppTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Node* node = nodeAt(index);
    if (!node)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!node->container)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QHash<int, QByteArray> AppTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(SortRole, "sortValue");
    names.insert(ValueRole, "value");
    names.insert(PathRole, "path");
    names.insert(LoadStateRole, "loadState");
    names.insert(ErrorRole, "error");
    return names;
}

// ---- Fast accessors ----

AppTreeModel::NodeKind AppTreeModel::kindAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return NodeKind::Loading;
    const Node* node = nodeAt(index);
    return node ? node->kind : statusKind(*parentNodeOf(index)->container);
}

QString AppTreeModel::nameAt(const QModelIndex& index) const
{
    const Node* node = index.model() == this ? nodeAt(index) : nullptr;
    if (!node)
        return index.siblingAtColumn(0).data().toString();
    if (node->kind == NodeKind::EntitlementGroup)
        return tr("Entitlements");
    return node->name.isEmpty() ? node->id : node->name;
}

QString AppTreeModel::idAt(const QModelIndex& index) const
{
    const Node* node = index.model() == this ? nodeAt(index) : nullptr;
    return node ? node->id : QString();
}

AppTreeModel::LoadState AppTreeModel::loadState(const QModelIndex& container) const
{
    const Node* node = containerOf(container.siblingAtColumn(0));
    return node ? node->container->state : LoadState::Complete;
}

int AppTreeModel::loadedCount(NodeKind kind) const
{
    const auto i = size_t(kind);
    return i < m_counts.size() ? m_counts[i] : 0;
}

TreePath AppTreeModel::pathAt(const QModelIndex& index) const
{
    const Node* node = index.model() == this ? nodeAt(index) : nullptr;
    if (!node)
        return {};
    switch (node->kind) {
    case NodeKind::App:
        return TreePath::app(node->id);
    case NodeKind::ResourceType:
        return TreePath::resourceType(node->parent->id, node->id);
    case NodeKind::Resource:
        return TreePath::resource(node->parent->parent->id, node->parent->id, node->id);
    case NodeKind::EntitlementGroup:
        return TreePath::entitlementGroup(node->parent->id);
    case NodeKind::Entitlement:
        return TreePath::entitlement(node->parent->parent->id, node->id);
    default:
        return {};
    }
}

AppTreeModel::Node* AppTreeModel::findPath(const TreePath& path) const
{
    if (!m_root || path.appId.isEmpty())
        return nullptr;
    Node* app = m_root->container->byId.value(path.appId);
    if (!app)
        return nullptr;
    if (path.entitlements) {
        Node* group = groupOf(app);
        return !group || path.entitlementId.isEmpty() ? group : group->container->byId.value(path.entitlementId);
    }
    if (path.resourceTypeId.isEmpty())
        return app;
    Node* type = app->container->byId.value(path.resourceTypeId);
    return !type || path.resourceId.isEmpty() ? type : type->container->byId.value(path.resourceId);
}

QModelIndex AppTreeModel::indexForPath(const TreePath& path) const
{
    return indexOf(findPath(path));
}

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
        call = m_client->listApps(token, PageSize, this, handler);
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
        c.serial = 0;
        setState(node, LoadState::Failed, failure);
        syncStatusRow(node);
        Q_EMIT pageFinished(indexOf(node), failure);
        return;
    }

    if (key.level == Level::Types)
        ensureEntitlementGroup(node);
    mergeItems(node, std::move(items));
    ++c.pagesLoaded;
    ++c.pagesFetched;
    c.nextPageToken = nextToken;
    const bool more = !nextToken.isEmpty();
    if (more && c.pagesFetched < c.pagesWanted) {
        startPage(node); // a refresh or "load all" in progress: the status row stays "Loading…"
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
    const QModelIndex parentIndex = indexOf(node);
    if (parentIndex.isValid()) {
        const QModelIndex detail = indexOf(node, int(Column::Detail));
        Q_EMIT dataChanged(detail, detail, { Qt::DisplayRole, SortRole });
    }
    Q_EMIT pageFinished(parentIndex, QString());
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

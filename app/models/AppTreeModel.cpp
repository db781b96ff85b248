#include "models/AppTreeModel.h"

#include "models/AppTreeLoader.h"
#include "models/AppTreeNode.h"

#include <utility>

namespace c1 {

Q_LOGGING_CATEGORY(lcTree, "c1.models")

namespace {
constexpr int ColumnCount = TreeColumnCount;
} // namespace

AppTreeModel::AppTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->container = std::make_unique<Container>();
    m_loader = std::make_unique<AppTreeLoader>(this);
    connect(m_loader.get(), &AppTreeLoader::loadingChanged, this, &AppTreeModel::loadingChanged);
    connect(m_loader.get(), &AppTreeLoader::pageFinished, this, &AppTreeModel::pageFinished);
}

AppTreeModel::~AppTreeModel()
{
    m_loader.reset(); // aborts what is pending; those replies find no loader
    m_root.reset();
}

C1Client* AppTreeModel::client() const
{
    return m_loader->client();
}

AdaptiveLimiter* AppTreeModel::streamLimiter() const
{
    return m_loader->streamLimiter();
}

void AppTreeModel::setClient(C1Client* client)
{
    if (m_loader->client() == client)
        return;
    // Without a client first: everything pending is aborted (loadingChanged(false) if something was loading), and a
    // view (or model tester) reacting to the reset cannot start a fetch inside it.
    m_loader->setClient(nullptr);
    beginResetModel();
    auto old = std::move(m_root);
    m_root = std::make_unique<Node>();
    m_root->container = std::make_unique<Container>();
    m_counts = {};
    old.reset();
    endResetModel();
    m_loader->setClient(client);
}

// ---- Loading: the loader's business ----

void AppTreeModel::setStreamBatching(int milliseconds, int rows)
{
    m_loader->setStreamBatching(milliseconds, rows);
}

bool AppTreeModel::canFetchMore(const QModelIndex& parent) const
{
    return m_loader->canFetchMore(parent);
}

void AppTreeModel::fetchMore(const QModelIndex& parent)
{
    m_loader->fetchMore(parent);
}

bool AppTreeModel::activate(const QModelIndex& index)
{
    return m_loader->activate(index);
}

void AppTreeModel::fetchAll(const QModelIndex& parent)
{
    m_loader->fetchAll(parent);
}

void AppTreeModel::refresh(const QModelIndex& index)
{
    m_loader->refresh(index);
}

bool AppTreeModel::isLoading() const
{
    return m_loader->isLoading();
}

int AppTreeModel::loadingContainers() const
{
    return m_loader->loadingContainers();
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

bool AppTreeModel::isLeafInTable(const QModelIndex& index) const
{
    const Container& siblings = *parentNodeOf(index)->container;
    if (siblings.namesStale || index.row() >= siblings.names.size())
        return false;
    const auto kind = NodeKind(siblings.names.tag(index.row()));
    return kind == NodeKind::Resource || kind == NodeKind::Entitlement;
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

QModelIndex AppTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    // hasIndex() without its two virtual calls: a sort asks for two indexes per comparison.
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    Node* container = containerOf(parent);
    if (!container)
        return {};
    const Container& c = *container->container;
    if (row >= int(c.children.size()) + (c.statusShown ? 1 : 0))
        return {};
    return createIndex(row, column, container);
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
    if (parent.isValid() && isLeafInTable(parent))
        return 0; // without touching the node: a recursive filter asks this of every row it rejects
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

QVariant AppTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto column = Column(index.column());
    const Node* node = nodeAt(index);
    if (!node) { // the status row of a container
        const Container& c = *parentNodeOf(index)->container;
        const NodeKind kind = c.statusKind();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case SortRole:
            if (column == Column::Name)
                return c.statusText();
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
            return node->displayName();
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
            return node->detailText();
        case Column::Count:
            return {};
        }
        return {};
    case SortRole:
        switch (column) {
        case Column::Name:
            return node->displayName();
        case Column::Kind:
            return int(node->kind);
        case Column::Id:
            return node->id;
        case Column::Detail:
            return node->detailValue();
        case Column::Count:
            return {};
        }
        return {};
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case ValueRole:
        return node->value();
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
    // A tree view asks this of every row of an expanded list at each layout: the index is checked without
    // checkIndex()'s parent() and rowCount() calls (nodeAt() checks the row), and a resource or entitlement is
    // answered from its container's flat name table when that is current, without touching the row's node.
    if (!index.isValid() || index.model() != this || index.column() >= ColumnCount)
        return Qt::NoItemFlags;
    if (isLeafInTable(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
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
    return node ? node->kind : parentNodeOf(index)->container->statusKind();
}

QString AppTreeModel::nameAt(const QModelIndex& index) const
{
    const Node* node = index.model() == this ? nodeAt(index) : nullptr;
    return node ? node->displayName() : index.siblingAtColumn(0).data().toString();
}

const NameTable* AppTreeModel::childNames(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.model() != this)
        return nullptr;
    const Node* node = containerOf(parent);
    return node ? &node->container->currentNames() : nullptr;
}

const NameTable* AppTreeModel::siblingNames(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &parentNodeOf(index)->container->currentNames();
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
    return node ? node->path() : TreePath();
}

AppTreeModel::Node* AppTreeModel::resolve(const Key& key) const
{
    return m_root ? m_root->find(key) : nullptr;
}

QModelIndex AppTreeModel::indexForPath(const TreePath& path) const
{
    return indexOf(m_root->find(path));
}

// ---- Row changes ----

void AppTreeModel::queueStatusSync(Node* node)
{
    if (node->container->statusInSync())
        return;
    if (m_dirty.empty())
        QMetaObject::invokeMethod(this, &AppTreeModel::syncDirty, Qt::QueuedConnection);
    m_dirty.push_back(node->key());
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
    const bool want = c.wantsStatusRow();
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

void AppTreeModel::ensureEntitlementGroup(Node* app)
{
    if (app->entitlementGroup())
        return;
    Container& c = *app->container;
    beginInsertRows(indexOf(app), 0, 0);
    auto group = std::make_unique<Node>();
    group->parent = app;
    group->kind = NodeKind::EntitlementGroup;
    group->container = std::make_unique<Container>();
    c.children.insert(c.children.begin(), std::move(group));
    c.namesStale = true;
    c.renumber(0);
    endInsertRows();
}

void AppTreeModel::mergeItems(Node* node, std::vector<Item> items)
{
    Container& c = *node->container;
    const QModelIndex parentIndex = indexOf(node);
    auto [fresh, firstChanged, lastChanged] = node->adopt(std::move(items));
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

void AppTreeModel::detailChanged(const Node* node)
{
    if (node->isRoot())
        return;
    const QModelIndex detail = indexOf(node, int(Column::Detail));
    Q_EMIT dataChanged(detail, detail, { Qt::DisplayRole, SortRole });
}

void AppTreeModel::forget(const Node* node)
{
    if (node->kind != NodeKind::EntitlementGroup && size_t(node->kind) < m_counts.size())
        --m_counts[size_t(node->kind)];
    if (node->container) {
        for (const auto& child : node->container->children)
            forget(child.get());
    }
}

void AppTreeModel::removeChildren(Node* node, int first, int last)
{
    Container& c = *node->container;
    beginRemoveRows(indexOf(node), first, last);
    std::vector<std::unique_ptr<Node>> gone = c.take(first, last);
    std::vector<Key> containers;
    for (const auto& child : gone) {
        forget(child.get());
        if (child->container)
            containers.push_back(child->key());
    }
    endRemoveRows();
    gone.clear();
    m_loader->forget(containers); // out of the tree: their requests are dropped
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

QModelIndex AppTreeModel::insertApp(const App& app)
{
    if (app.id.isEmpty())
        return {};
    mergeItems(m_root.get(), { Item::of(app) });
    return indexOf(m_root->container->byId.value(app.id));
}

QModelIndex AppTreeModel::insertResource(const AppResource& resource)
{
    Node* type = m_root->find(TreePath::resourceType(resource.appId, resource.appResourceTypeId));
    if (!type || resource.id.isEmpty()) {
        qCDebug(lcTree) << "insertResource: the resource's type is not in the tree";
        return {};
    }
    mergeItems(type, { Item::of(resource) });
    detailChanged(type);
    return indexOf(type->container->byId.value(resource.id));
}

QModelIndex AppTreeModel::insertResourceType(const AppResourceType& type)
{
    Node* app = m_root->find(TreePath::app(type.appId));
    if (!app || !app->container || type.id.isEmpty())
        return {};
    mergeItems(app, { Item::of(type) });
    detailChanged(app);
    return indexOf(app->container->byId.value(type.id));
}

bool AppTreeModel::removeNode(const TreePath& path)
{
    Node* node = m_root->find(path);
    if (!node || node->isRoot() || node->kind == NodeKind::EntitlementGroup)
        return false;
    removeChildren(node->parent, node->row, node->row);
    return true;
}

} // namespace c1

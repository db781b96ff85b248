#include "models/AppTreeModel.h"

#include "api/AdaptiveLimiter.h"

#include "models/AppTreeNode.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace c1 {

Q_LOGGING_CATEGORY(lcTree, "c1.models")

namespace {
constexpr int ColumnCount = TreeColumnCount;

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, INT_MIN, INT_MAX));
}
} // namespace

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
    m_paced.clear();
    if (!m_limiter) {
        m_limiter = new AdaptiveLimiter(1, this); // a stream asks for one page at a time
        connect(m_limiter, &AdaptiveLimiter::ready, this, &AppTreeModel::resumeStreams);
    }
    m_limiter->watch(client);
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
            return displayName(node);
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
            return displayName(node);
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
    return node ? node->kind : statusKind(*parentNodeOf(index)->container);
}

QString AppTreeModel::displayName(const Node* node) const
{
    if (node->kind == NodeKind::EntitlementGroup)
        return tr("Entitlements");
    return node->name.isEmpty() ? node->id : node->name;
}

QString AppTreeModel::nameAt(const QModelIndex& index) const
{
    const Node* node = index.model() == this ? nodeAt(index) : nullptr;
    return node ? displayName(node) : index.siblingAtColumn(0).data().toString();
}

const NameTable* AppTreeModel::namesOf(const Node* node) const
{
    Container& c = *node->container;
    NameTable& table = c.names;
    if (c.namesStale) {
        table.clear();
        c.namesStale = false;
    }
    for (auto row = size_t(table.size()); row < c.children.size(); ++row) {
        const Node* child = c.children[row].get();
        table.append(displayName(child), child->id, quint8(child->kind));
    }
    return &table;
}

const NameTable* AppTreeModel::childNames(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.model() != this)
        return nullptr;
    const Node* node = containerOf(parent);
    return node ? namesOf(node) : nullptr;
}

const NameTable* AppTreeModel::siblingNames(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return namesOf(parentNodeOf(index));
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

} // namespace c1

#pragma once

#include "api/Types.h"
#include "models/TreePath.h"

#include <QAbstractItemModel>

#include <array>
#include <memory>
#include <vector>

namespace c1 {

class AdaptiveLimiter;
class AppTreeLoader;
class C1Client;
class NameTable;
struct AppTreeContainer;
struct AppTreeItem;
struct AppTreeNode;
struct TreeContainerKey;

// The lazy tree of a tenant: apps → resource types → resources, and under each app an "Entitlements" group
// holding the app's entitlements. Every container loads page by page (PageSize rows) through its AppTreeLoader
// (loader()), which owns the requests: fetchMore() only starts one; the reply finds its container again by IDs (it
// may have moved or gone) before rows are inserted. While a page is in flight the container shows a "Loading…" row;
// when more pages remain, a "Load more…" row; after a failure, an error row that retries when activated. This class
// holds the nodes, answers views and changes rows; the loading methods below hand over to the loader.
//
// Memory is proportional to what was loaded: each node is a small struct (ID, name, one count), never the JSON
// nor the full value type; ValueRole rebuilds a value type from what the node holds (IDs, names, counts), and the
// details pane fetches the rest. No QObject per row; appending a page is amortised O(page).
class AppTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Column { Name, Kind, Id, Detail, Count };
    Q_ENUM(Column)

    enum class NodeKind { App, ResourceType, Resource, EntitlementGroup, Entitlement, Loading, LoadMore, Error };
    Q_ENUM(NodeKind)

    enum class LoadState { NotLoaded, Loading, Partial, Complete, Failed };
    Q_ENUM(LoadState)

    enum Role {
        KindRole = Qt::UserRole + 1, // int(NodeKind)
        IdRole, // QString, empty for the Entitlements group and status rows
        SortRole, // raw value of the column: name, kind, ID, count (qint64)
        ValueRole, // QVariant::fromValue<App/AppResourceType/AppResource/AppEntitlement> (fields the tree knows)
        PathRole, // QVariant::fromValue<TreePath>
        LoadStateRole, // int(LoadState) of a container
        ErrorRole, // the error text of an error row
    };

    static constexpr int PageSize = 100;
    // While fetchAll() or a refresh streams a list, its pages are inserted together, every StreamBatchMs or every
    // StreamBatchRows rows, whichever comes first: a tree view lays out an expanded list again after every
    // insertion, which page by page costs it the square of the list (100,000 resources: 21-24 s of CPU instead of
    // 5-6 s), while the sorted proxy's work on one insertion grows with its size (the row cap keeps that short).
    // The first page and the last show at once.
    static constexpr int StreamBatchMs = 200;
    static constexpr int StreamBatchRows = 1000;
    // Either 0: every page at once.
    void setStreamBatching(int milliseconds, int rows);

    explicit AppTreeModel(QObject* parent = nullptr);
    ~AppTreeModel() override;

    // Re-points the model to another client (or none): pending requests are aborted and the tree is reset.
    void setClient(C1Client* client);
    C1Client* client() const;
    AppTreeLoader* loader() const { return m_loader.get(); }
    AdaptiveLimiter* streamLimiter() const; // the loader's: paces "Load all" (AppTreeLoader::streamLimiter())

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Fast accessors for proxies and views (no QVariant). Status rows have an empty ID and their text as name.
    NodeKind kindAt(const QModelIndex& index) const;
    QString nameAt(const QModelIndex& index) const;
    QString idAt(const QModelIndex& index) const;
    static bool isStatusKind(NodeKind kind)
    {
        return kind == NodeKind::Loading || kind == NodeKind::LoadMore || kind == NodeKind::Error;
    }
    bool isStatusRow(const QModelIndex& index) const { return index.isValid() && isStatusKind(kindAt(index)); }
    // The children of `parent` laid out for filtering and sorting (tags are int(NodeKind), status rows are not in
    // it); nullptr when `parent` lists nothing. Valid until the model changes; the table's version() tells whether
    // results computed from it still hold.
    const NameTable* childNames(const QModelIndex& parent) const;
    const NameTable* siblingNames(const QModelIndex& index) const; // its parent's children
    LoadState loadState(const QModelIndex& container) const; // QModelIndex() = the app list
    TreePath pathAt(const QModelIndex& index) const;
    QModelIndex indexForPath(const TreePath& path) const; // loaded nodes only; invalid when not (yet) in the tree

    // A "Load more…" row fetches the next page; an error row retries. True when something was started.
    bool activate(const QModelIndex& index);
    // Keeps fetching pages of this container (QModelIndex() = apps) until the end.
    void fetchAll(const QModelIndex& parent);
    // Re-lists a container and merges by ID (existing nodes stay, so expansion and selection survive), together
    // with every loaded container below it. A leaf refreshes its parent. QModelIndex() refreshes everything.
    void refresh(const QModelIndex& index);
    void refreshAll() { refresh({}); }

    // Adds (or updates) one row without reloading, e.g. after a create form. Returns its index, or an invalid
    // index when the resource's app or type is not in the tree.
    QModelIndex insertApp(const App& app);
    QModelIndex insertResource(const AppResource& resource);
    // A resource type of an app in the tree (a later listing merges it by ID); invalid when the app is not there.
    QModelIndex insertResourceType(const AppResourceType& type);
    bool removeNode(const TreePath& path); // e.g. after a delete

    bool isLoading() const;
    int loadingContainers() const;
    int loadedCount(NodeKind kind) const; // App, ResourceType, Resource, Entitlement

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page request of `parent` ended (rows already inserted); error empty on success.
    void pageFinished(const QModelIndex& parent, const QString& error);

private:
    // The loader finds a container by its key, changes its listing state and calls the row changes below.
    friend class AppTreeLoader;
    using Node = AppTreeNode;
    using Container = AppTreeContainer;
    using Item = AppTreeItem;
    using Key = TreeContainerKey;

    Node* nodeAt(const QModelIndex& index) const; // nullptr for status rows
    Node* containerOf(const QModelIndex& parent) const; // the node whose children `parent` lists
    Node* parentNodeOf(const QModelIndex& index) const;
    bool isLeafInTable(const QModelIndex& index) const; // known from its container's NameTable, when it is current
    QModelIndex indexOf(const Node* node, int column = 0) const;
    Node* resolve(const Key& key) const; // nullptr when that container is not (or no longer) in the tree

    // Row changes. Each takes a node found just now (never one kept across a request) and emits the signals.
    void queueStatusSync(Node* node); // after its state changed: the status row follows at the next event
    void syncStatusRow(Node* node);
    void syncDirty();
    void ensureEntitlementGroup(Node* app);
    void mergeItems(Node* node, std::vector<Item> items); // by ID: existing rows are updated, new ones appended
    void removeUnseen(Node* node);
    void removeChildren(Node* node, int first, int last);
    void forget(const Node* node); // uncounts a subtree
    void detailChanged(const Node* node);

    std::unique_ptr<Node> m_root;
    std::unique_ptr<AppTreeLoader> m_loader;
    std::array<int, 5> m_counts {};
    std::vector<Key> m_dirty; // containers whose status row is to be brought in line with their state
};

} // namespace c1

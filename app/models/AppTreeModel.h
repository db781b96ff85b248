#pragma once

#include "api/Types.h"
#include "models/TreePath.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <array>
#include <memory>
#include <vector>

namespace c1 {

class AdaptiveLimiter;
class C1Client;
class NameTable;
struct ApiError;

// The lazy tree of a tenant: apps → resource types → resources, and under each app an "Entitlements" group
// holding the app's entitlements. Every container loads page by page (PageSize rows) through C1Client:
// fetchMore() only starts a request; the reply finds its container again by IDs (it may have moved or gone)
// before rows are inserted. While a page is in flight the container shows a "Loading…" row; when more pages
// remain, a "Load more…" row; after a failure, an error row that retries when activated.
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
    void setStreamBatching(int milliseconds, int rows)
    {
        m_streamBatchMs = milliseconds;
        m_streamBatchRows = rows;
    }

    explicit AppTreeModel(QObject* parent = nullptr);
    ~AppTreeModel() override;

    // Re-points the model to another client (or none): pending requests are aborted and the tree is reset.
    void setClient(C1Client* client);
    C1Client* client() const;

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
    // Keeps fetching pages of this container (QModelIndex() = apps) until the end, each page once the model's
    // AdaptiveLimiter allows it (paced after the tenant answered 429, paused by Retry-After).
    void fetchAll(const QModelIndex& parent);
    AdaptiveLimiter* streamLimiter() const { return m_limiter; } // its pace() and summary() for a status line
    // Re-lists a container and merges by ID (existing nodes stay, so expansion and selection survive), together
    // with every loaded container below it. A leaf refreshes its parent. QModelIndex() refreshes everything.
    void refresh(const QModelIndex& index);
    void refreshAll() { refresh({}); }

    // Adds (or updates) one row without reloading, e.g. after a create form. Returns its index, or an invalid
    // index when the resource's app or type is not in the tree.
    QModelIndex insertApp(const App& app);
    QModelIndex insertResource(const AppResource& resource);
    bool removeNode(const TreePath& path); // e.g. after a delete

    bool isLoading() const { return m_loading > 0; }
    int loadingContainers() const { return m_loading; }
    int loadedCount(NodeKind kind) const; // App, ResourceType, Resource, Entitlement

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page request of `parent` ended (rows already inserted); error empty on success.
    void pageFinished(const QModelIndex& parent, const QString& error);

private:
    struct Node;
    struct Container;
    struct Item {
        QString id;
        QString name;
        qint64 count = 0;
        NodeKind kind = NodeKind::App;
    };
    static Item toItem(const App& app);
    static Item toItem(const AppResourceType& type);
    static Item toItem(const AppResource& resource);
    static Item toItem(const AppEntitlement& entitlement);
    enum class Level { Apps, Types, Resources, Entitlements };
    struct Key {
        Level level;
        QString appId;
        QString typeId;
    };

    Node* nodeAt(const QModelIndex& index) const; // nullptr for status rows
    Node* containerOf(const QModelIndex& parent) const; // the node whose children `parent` lists
    Node* parentNodeOf(const QModelIndex& index) const;
    bool isLeafInTable(const QModelIndex& index) const; // known from its container's NameTable, when it is current
    QModelIndex indexOf(const Node* node, int column = 0) const;
    Key keyOf(const Node* node) const;
    Node* resolve(const Key& key) const;
    Node* findPath(const TreePath& path) const;
    NodeKind statusKind(const Container& c) const;
    static bool hasStatusRow(LoadState state);

    void startPage(Node* node);
    void continueStream(Node* node); // the next page of a stream, when the limiter allows
    void resumeStreams();
    void applyPage(
        const Key& key, quint64 serial, std::vector<Item> items, const QString& nextToken, const ApiError* error);
    void setState(Node* node, LoadState state, const QString& error = {});
    void syncStatusRow(Node* node);
    void syncDirty();
    void ensureEntitlementGroup(Node* app);
    void mergeItems(Node* node, std::vector<Item> items);
    void mergeUnmerged(Node* node); // the pages of a stream received since the last insertion
    void removeUnseen(Node* node);
    void removeChildren(Node* node, int first, int last);
    void refreshNode(Node* node);
    int forget(const Node* node); // uncounts a subtree; returns how many of its containers were loading
    void changeLoading(int delta);
    Node* groupOf(const Node* app) const;
    QString displayName(const Node* node) const;
    const NameTable* namesOf(const Node* node) const;
    QString detailText(const Node* node) const;
    qint64 detailValue(const Node* node) const;
    QVariant valueOf(const Node* node) const;

    QPointer<C1Client> m_client;
    std::unique_ptr<Node> m_root;
    quint64 m_serial = 0;
    int m_streamBatchMs = StreamBatchMs;
    int m_streamBatchRows = StreamBatchRows;
    int m_loading = 0;
    std::array<int, 5> m_counts {};
    std::vector<Key> m_dirty; // containers whose status row is to be brought in line with their state
    AdaptiveLimiter* m_limiter = nullptr; // paces streams ("Load all", refreshes of several pages)
    std::vector<Key> m_paced; // streams waiting for the limiter
};

} // namespace c1

#pragma once

// The tree's data, shared by AppTreeModel (rows and indexes) and AppTreeLoader (pages): plain structs, no QObject.
#include "api/Types.h"
#include "models/AppTreeModel.h"
#include "models/NameTable.h"
#include "models/TreePath.h"

#include <QHash>
#include <QLoggingCategory>

#include <climits>
#include <memory>
#include <vector>

namespace c1 {

Q_DECLARE_LOGGING_CATEGORY(lcTree)

inline constexpr int TreeColumnCount = int(AppTreeModel::Column::Count);

struct AppTreeNode;

// What a row keeps of a listed value: never the JSON nor the full value type.
struct AppTreeItem {
    QString id;
    QString name;
    qint64 count = 0;
    AppTreeModel::NodeKind kind = AppTreeModel::NodeKind::App;

    static AppTreeItem of(const App& app);
    static AppTreeItem of(const AppResourceType& type);
    static AppTreeItem of(const AppResource& resource);
    static AppTreeItem of(const AppEntitlement& entitlement);
};

// A container by the IDs of its path: a request keeps this, never a node, since the node may move or leave the tree
// while the request is out.
struct TreeContainerKey {
    enum class Level { Apps, Types, Resources, Entitlements };
    Level level = Level::Apps;
    QString appId;
    QString typeId;

    friend bool operator==(const TreeContainerKey&, const TreeContainerKey&) = default;
    friend size_t qHash(const TreeContainerKey& key, size_t seed = 0)
    {
        return qHashMulti(seed, int(key.level), key.appId, key.typeId);
    }
    // Whether this container is `removed` or lies below it.
    bool within(const TreeContainerKey& removed) const;
};

// What a container holds and knows about its paged listing. Only the root (the app list), apps, resource types and
// the Entitlements groups have one.
struct AppTreeContainer {
    std::vector<std::unique_ptr<AppTreeNode>> children;
    QHash<QString, AppTreeNode*> byId; // the key shares the node's ID string
    // The listing, as AppTreeLoader leaves it (the requests themselves are the loader's).
    AppTreeModel::LoadState state = AppTreeModel::LoadState::NotLoaded;
    QString errorText;
    QString nextPageToken; // the page to ask for next (also the one to retry after a failure)
    int pagesLoaded = 0;
    // What views were told: the status row follows `state` at the next sync (never inside fetchMore(), which views
    // and the model tester call while they handle another change).
    bool statusShown = false;
    AppTreeModel::LoadState shownState = AppTreeModel::LoadState::NotLoaded;
    QString shownError;
    // The children for the filter proxy: extended on demand while rows are only appended; anything else (a rename,
    // a removal, a row inserted in front) marks it stale and it is built again at the next read.
    NameTable names;
    bool namesStale = false;

    // The status row below the children: wanted while the listing is Loading, Partial or Failed; what it shows
    // follows what views were told (shownState, shownError): its kind (Loading, LoadMore or Error) and text.
    bool wantsStatusRow() const;
    bool statusInSync() const; // views were told the current state
    AppTreeModel::NodeKind statusKind() const;
    QString statusText() const; // the Name column, translated
    // `names`, brought up to date with the children first.
    const NameTable& currentNames();

    void renumber(size_t from); // the rows of the children from `from` on
    // Children first..last, out of `children` and `byId` (the rows below are renumbered).
    std::vector<std::unique_ptr<AppTreeNode>> take(int first, int last);
};

struct AppTreeNode {
    AppTreeNode* parent = nullptr; // none for the root
    std::unique_ptr<AppTreeContainer> container;
    QString id;
    QString name;
    qint64 count = 0; // users of an app, grants of a resource or entitlement
    int row = 0;
    AppTreeModel::NodeKind kind = AppTreeModel::NodeKind::App;
    bool seen = true; // cleared when a refresh starts; nodes the refresh never saw again are removed at its end

    bool isRoot() const { return parent == nullptr; }
    QString displayName() const // the name, else the ID (inline: views and the name tables ask it of every row)
    {
        if (kind == AppTreeModel::NodeKind::EntitlementGroup)
            return AppTreeModel::tr("Entitlements");
        return name.isEmpty() ? id : name;
    }
    QString detailText() const; // the Detail column: users, grants, or how many children are loaded
    qint64 detailValue() const; // its sort value
    // Merging a page: the children these items already name are updated (and seen again) and the rest become new
    // nodes, returned in order, not yet among the children (row -1).
    struct Adoption {
        std::vector<std::unique_ptr<AppTreeNode>> fresh;
        int firstChanged = INT_MAX; // the rows of the children whose name or count changed; lastChanged -1: none
        int lastChanged = -1;
    };
    Adoption adopt(std::vector<AppTreeItem> items);
    AppTreeNode* entitlementGroup() const; // of an app, once its first page of types is in
    TreeContainerKey key() const; // of a node with a container
    TreePath path() const; // empty for the root
    QVariant value() const; // the value type rebuilt from what the node holds (AppTreeModel::ValueRole)
    // From the root: the container or node with these IDs, or nullptr when it is not (or no longer) in the tree.
    AppTreeNode* find(const TreeContainerKey& key);
    AppTreeNode* find(const TreePath& path);
};

} // namespace c1

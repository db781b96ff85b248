#pragma once

// Private to AppTreeModel's two source files: the node structs of the tree.
#include "api/C1Client.h"
#include "models/AppTreeModel.h"
#include "models/NameTable.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

namespace c1 {

Q_DECLARE_LOGGING_CATEGORY(lcTree)

inline constexpr int TreeColumnCount = int(AppTreeModel::Column::Count);

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
    // A stream of pages reaches the views in batches (AppTreeModel::setStreamBatching()): the pages received since
    // the last insertion, and when that was.
    std::vector<Item> unmerged;
    QElapsedTimer sinceMerge;
    // The children for the filter proxy: extended on demand while rows are only appended; anything else (a rename,
    // a removal, a row inserted in front) marks it stale and it is built again at the next read.
    NameTable names;
    bool namesStale = false;

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

} // namespace c1

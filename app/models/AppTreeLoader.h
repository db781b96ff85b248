#pragma once

#include "api/C1Client.h"
#include "models/AppTreeModel.h"
#include "models/AppTreeNode.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace c1 {

class AdaptiveLimiter;
struct ApiError;

// The page loader of an AppTreeModel (the model creates it; AppTreeModel::loader()). It owns every list request of
// the tree: a page at a time (fetchMore, "Load more…"), a stream of pages until the end ("Load all", a refresh of
// several pages) inserted in batches, the retry of an error row, and the re-listing of a refresh. A request keeps
// only its container's key (the IDs of its path); the reply finds the container again through the model and inserts
// its rows at the container's current index, or is dropped when the container left the tree (its request is
// aborted then) or was refreshed since. No request outlives the model's client: setting another client aborts all.
class AppTreeLoader : public QObject {
    Q_OBJECT
public:
    explicit AppTreeLoader(AppTreeModel* model);
    ~AppTreeLoader() override; // aborts what is in flight, without a signal

    C1Client* client() const { return m_client; }
    // AppTreeModel::StreamBatchMs / StreamBatchRows by default; either 0: every page of a stream at once.
    void setStreamBatching(int milliseconds, int rows);

    // What AppTreeModel's methods of the same names do (they call these). `container` is an index of the model.
    bool canFetchMore(const QModelIndex& container) const;
    void fetchMore(const QModelIndex& container); // one page; only starts the request
    bool activate(const QModelIndex& statusRow); // a "Load more…" row loads the next page, an error row retries
    void fetchAll(const QModelIndex& container);
    void refresh(const QModelIndex& index);

    // Paces streams ("Load all", refreshes of several pages): each next page once it allows (slower after the tenant
    // answered 429, paused by Retry-After); its pace() and summary() for a status line.
    AdaptiveLimiter* streamLimiter() const { return m_limiter; }

    bool isLoading() const { return m_loading > 0; }
    int loadingContainers() const { return m_loading; } // containers with a page in flight

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page request of `container` ended (rows already inserted); error empty on success.
    void pageFinished(const QModelIndex& container, const QString& error);

private:
    friend class AppTreeModel;
    using Node = AppTreeNode;
    using Item = AppTreeItem;
    using Key = TreeContainerKey;
    using LoadState = AppTreeModel::LoadState;
    struct Request;

    // Through AppTreeModel::setClient(), which resets the tree: every request is aborted first.
    void setClient(C1Client* client);
    void cancelAll();
    // Containers that left the tree (with everything below them): their requests are aborted and forgotten.
    void forget(const std::vector<Key>& removed);

    void startPage(Node* node);
    // The next page of a stream ("Load all", or a refresh re-listing several pages): the one place that starts them.
    void startStreamPage(Node* node);
    void resumeStreams(); // the streams that waited for the limiter
    void applyPage(
        const Key& key, quint64 serial, std::vector<Item> items, const QString& nextToken, const ApiError* error);
    bool applyFailure(const Key& key, quint64 serial, Node* node, const QString& failure);
    // The stream's rows received since the last insertion go in; false when that made this request stale.
    bool mergeUnmerged(Node* node, const std::shared_ptr<Request>& request);
    void setState(Node* node, LoadState state, const QString& error = {});
    void changeLoading(int delta);
    void refreshNode(Node* node);

    AppTreeModel* m_model;
    QPointer<C1Client> m_client;
    // Containers with a page in flight, or a stream that failed and waits for its retry. Shared so that a reply
    // handler keeps its request while signals of the model let views start or drop others.
    QHash<Key, std::shared_ptr<Request>> m_requests;
    quint64 m_serial = 0;
    int m_streamBatchMs = AppTreeModel::StreamBatchMs;
    int m_streamBatchRows = AppTreeModel::StreamBatchRows;
    int m_loading = 0;
    AdaptiveLimiter* m_limiter = nullptr;
    std::vector<Key> m_paced; // streams waiting for the limiter
};

} // namespace c1

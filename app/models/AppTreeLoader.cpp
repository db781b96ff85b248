#include "models/AppTreeLoader.h"

#include "api/AdaptiveLimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <climits>

namespace c1 {

using Level = TreeContainerKey::Level;

// What the loader keeps of a container while it lists it: the page in flight and the stream it belongs to.
struct AppTreeLoader::Request {
    quint64 serial = 0; // of the page in flight; a reply carrying another is stale. 0: none (a failed stream waits)
    CallHandle call;
    QString requestedToken;
    int pagesWanted = 0; // while pagesFetched < pagesWanted and a token remains, the next page follows at once
    int pagesFetched = 0;
    bool refreshing = false;
    // A stream of pages reaches the views in batches (setStreamBatching()): the pages received since the last
    // insertion, and when that was.
    std::vector<Item> unmerged;
    QElapsedTimer sinceMerge;
};

AppTreeLoader::AppTreeLoader(AppTreeModel* model)
    : m_model(model)
{ }

AppTreeLoader::~AppTreeLoader()
{
    const auto requests = std::exchange(m_requests, {});
    for (const auto& request : requests)
        request->serial = 0;
    for (const auto& request : requests)
        request->call.abort(); // its reply finds no request
}

void AppTreeLoader::setStreamBatching(int milliseconds, int rows)
{
    m_streamBatchMs = milliseconds;
    m_streamBatchRows = rows;
}

void AppTreeLoader::setClient(C1Client* client)
{
    if (m_client != client)
        cancelAll();
    m_client = client;
    m_paced.clear();
    if (!m_limiter) {
        m_limiter = new AdaptiveLimiter(1, this); // a stream asks for one page at a time
        connect(m_limiter, &AdaptiveLimiter::ready, this, &AppTreeLoader::resumeStreams);
    }
    m_limiter->watch(client);
}

void AppTreeLoader::cancelAll()
{
    // Only before the model resets its tree: the containers' states are not put back.
    const auto requests = std::exchange(m_requests, {});
    for (const auto& request : requests)
        request->serial = 0;
    for (const auto& request : requests)
        request->call.abort();
    changeLoading(-m_loading);
}

void AppTreeLoader::forget(const std::vector<Key>& removed)
{
    if (removed.empty() || m_requests.isEmpty())
        return;
    std::vector<std::shared_ptr<Request>> dropped;
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        const Key& key = it.key();
        if (std::none_of(removed.cbegin(), removed.cend(), [&](const Key& gone) { return key.within(gone); })) {
            ++it;
            continue;
        }
        dropped.push_back(it.value());
        it = m_requests.erase(it);
    }
    int loading = 0;
    for (const auto& request : dropped) {
        loading += request->serial != 0 ? 1 : 0;
        request->serial = 0;
    }
    for (const auto& request : dropped)
        request->call.abort();
    changeLoading(-loading);
}

// ---- Starting requests ----

bool AppTreeLoader::canFetchMore(const QModelIndex& container) const
{
    const Node* node = m_model->containerOf(container);
    if (!node || !m_client)
        return false;
    const LoadState state = node->container->state;
    return state == LoadState::NotLoaded || state == LoadState::Partial;
}

void AppTreeLoader::fetchMore(const QModelIndex& container)
{
    if (!canFetchMore(container))
        return;
    startPage(m_model->containerOf(container));
}

bool AppTreeLoader::activate(const QModelIndex& statusRow)
{
    if (!statusRow.isValid() || !m_model->checkIndex(statusRow, QAbstractItemModel::CheckIndexOption::IndexIsValid)
        || m_model->nodeAt(statusRow) || !m_client)
        return false;
    Node* node = m_model->parentNodeOf(statusRow);
    const LoadState state = node->container->state;
    if (state != LoadState::Partial && state != LoadState::Failed)
        return false;
    startPage(node); // a failed stream goes on from the page that failed
    return true;
}

void AppTreeLoader::fetchAll(const QModelIndex& container)
{
    Node* node = m_model->containerOf(container);
    if (!node || !m_client || node->container->state == LoadState::Complete)
        return;
    std::shared_ptr<Request>& request = m_requests[node->key()];
    if (!request)
        request = std::make_shared<Request>();
    request->pagesWanted = INT_MAX;
    request->pagesFetched = 0;
    if (node->container->state != LoadState::Loading)
        startPage(node); // else the page in flight goes on with the stream
}

void AppTreeLoader::startStreamPage(Node* node)
{
    if (!m_limiter || m_limiter->mayStart(0)) {
        startPage(node);
        return;
    }
    m_paced.push_back(node->key()); // resumeStreams() on the limiter's ready()
}

void AppTreeLoader::resumeStreams()
{
    const std::vector<Key> waiting = std::exchange(m_paced, {});
    for (const Key& key : waiting) {
        Node* node = m_model->resolve(key);
        const auto it = m_requests.constFind(key);
        // Gone, refreshed (a new request is out) or reset meanwhile: nothing to continue.
        if (node && it != m_requests.cend() && (*it)->serial != 0 && !(*it)->call.isRunning())
            startStreamPage(node);
    }
}

void AppTreeLoader::startPage(Node* node)
{
    if (!m_client)
        return;
    const Key key = node->key();
    std::shared_ptr<Request>& slot = m_requests[key];
    if (!slot)
        slot = std::make_shared<Request>();
    const std::shared_ptr<Request> request = slot;
    const bool wasLoading = request->serial != 0;
    const quint64 serial = ++m_serial;
    request->serial = serial;
    request->requestedToken = node->container->nextPageToken;
    std::exchange(request->call, {}).abort(); // a refresh may replace a page in flight: its serial is stale now
    setState(node, LoadState::Loading);
    if (!wasLoading)
        changeLoading(1);

    auto handler = [this, key, serial](auto result) {
        if (!result) {
            applyPage(key, serial, {}, {}, &result.error());
            return;
        }
        auto page = result.takeValue();
        std::vector<Item> items;
        items.reserve(size_t(page.items.size()));
        for (const auto& value : std::as_const(page.items))
            items.push_back(Item::of(value));
        applyPage(key, serial, std::move(items), page.nextPageToken, nullptr);
    };
    const QString token = request->requestedToken;
    constexpr int size = AppTreeModel::PageSize;
    CallHandle call;
    switch (key.level) {
    case Level::Apps:
        call = m_client->listApps(token, size, this, handler, C1Client::AppFields::Summary); // a row keeps no more
        break;
    case Level::Types:
        call = m_client->listResourceTypes(key.appId, token, size, this, handler);
        break;
    case Level::Resources:
        call = m_client->listResources(key.appId, key.typeId, token, size, this, handler);
        break;
    case Level::Entitlements:
        call = m_client->listEntitlements(key.appId, token, size, this, handler);
        break;
    }
    // The callback may already have run (a request refused before sending); keep the handle only if not.
    if (request->serial == serial)
        request->call = call;
}

// ---- Replies ----

void AppTreeLoader::applyPage(
    const Key& key, quint64 serial, std::vector<Item> items, const QString& nextToken, const ApiError* error)
{
    const std::shared_ptr<Request> request = m_requests.value(key);
    if (!request || request->serial != serial)
        return; // stale: the container was refreshed, left the tree, or the model was reset
    // Where the container is now: rows since inserted or removed above it may have moved it.
    Node* node = m_model->resolve(key);
    if (!node) { // (a container's requests are forgotten when it leaves the tree)
        forget({ key });
        return;
    }
    request->call = {};
    QString failure;
    if (error)
        failure = error->userMessage();
    else if (!nextToken.isEmpty() && nextToken == request->requestedToken)
        failure = AppTreeModel::tr("The server repeated a page token; the listing was stopped.");
    if (!failure.isEmpty()) {
        qCInfo(lcTree) << "Listing failed at level" << int(key.level) << (error ? error->message : failure);
        if (!mergeUnmerged(node, request)) // what came before the failure shows
            return;
        request->serial = 0; // a retry goes on with the stream, if this was one
        setState(node, LoadState::Failed, failure);
        changeLoading(-1);
        m_model->syncStatusRow(node);
        Q_EMIT pageFinished(m_model->indexOf(node), failure);
        return;
    }

    if (key.level == Level::Types) {
        m_model->ensureEntitlementGroup(node);
        if (request->serial != serial)
            return;
    }
    AppTreeContainer& c = *node->container;
    ++c.pagesLoaded;
    ++request->pagesFetched;
    c.nextPageToken = nextToken;
    const bool more = !nextToken.isEmpty();
    const bool streaming = more && request->pagesFetched < request->pagesWanted;
    std::vector<Item>& unmerged = request->unmerged;
    unmerged.insert(unmerged.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    const bool merge = !streaming || request->pagesFetched == 1 || request->sinceMerge.elapsed() >= m_streamBatchMs
        || unmerged.size() >= size_t(std::max(m_streamBatchRows, 0));
    if (merge && !mergeUnmerged(node, request))
        return;
    if (streaming) {
        startStreamPage(node); // a refresh or "load all" in progress: the status row stays "Loading…"
    } else {
        if (request->refreshing && !more) {
            m_model->removeUnseen(node);
            if (request->serial != serial)
                return;
        }
        request->serial = 0;
        m_requests.remove(key);
        setState(node, more ? LoadState::Partial : LoadState::Complete);
        changeLoading(-1);
    }
    m_model->syncStatusRow(node);
    if (!merge)
        return; // the rows of this page are not in the model yet: nothing for views to see
    m_model->detailChanged(node);
    Q_EMIT pageFinished(m_model->indexOf(node), QString());
}

bool AppTreeLoader::mergeUnmerged(Node* node, const std::shared_ptr<Request>& request)
{
    const quint64 serial = request->serial;
    request->sinceMerge.start();
    if (!request->unmerged.empty())
        m_model->mergeItems(node, std::exchange(request->unmerged, {}));
    return request->serial == serial; // views reacting to the rows may have refreshed or removed the container
}

void AppTreeLoader::setState(Node* node, LoadState state, const QString& error)
{
    AppTreeContainer& c = *node->container;
    c.state = state;
    c.errorText = error;
    m_model->queueStatusSync(node);
}

void AppTreeLoader::changeLoading(int delta)
{
    if (delta == 0)
        return;
    const bool before = m_loading > 0;
    m_loading = std::max(0, m_loading + delta);
    if (before != (m_loading > 0))
        Q_EMIT loadingChanged(m_loading > 0);
}

// ---- Refresh ----

void AppTreeLoader::refresh(const QModelIndex& index)
{
    Node* node = m_model->m_root.get();
    if (index.isValid() && index.model() == m_model) {
        node = m_model->nodeAt(index.siblingAtColumn(0));
        if (!node)
            node = m_model->parentNodeOf(index); // a status row: its container
        else if (!node->container)
            node = node->parent; // a leaf: its list
    }
    refreshNode(node);
}

void AppTreeLoader::refreshNode(Node* node)
{
    AppTreeContainer& c = *node->container;
    if (!m_client || c.state == LoadState::NotLoaded)
        return; // nothing loaded, nothing to keep in sync
    for (const auto& child : c.children) {
        if (child->kind != AppTreeModel::NodeKind::EntitlementGroup)
            child->seen = false;
        if (child->container)
            refreshNode(child.get());
    }
    std::shared_ptr<Request>& request = m_requests[node->key()];
    if (!request)
        request = std::make_shared<Request>();
    request->unmerged.clear(); // of a stream this refresh replaces: its pages are asked for again
    request->refreshing = true;
    request->pagesWanted = std::max(1, c.pagesLoaded);
    request->pagesFetched = 0;
    c.pagesLoaded = 0;
    c.nextPageToken.clear();
    startPage(node); // (replaces a page in flight)
}

} // namespace c1

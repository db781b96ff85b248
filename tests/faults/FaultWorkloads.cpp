#include "faults/FaultWorkloads.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace c1::test {

namespace {

template <typename T>
bool collect(PageFetch<T> fetch, int timeoutMs, const std::function<void(const T&)>& onRow, QString* error)
{
    bool ok = false;
    Latch over;
    QSignalSpy spy(&over, &Latch::released);
    QObject context;
    PageStream<T>::start(
        std::move(fetch), &context,
        [&onRow](QList<T> rows) {
            for (const T& row : rows)
                onRow(row);
        },
        [&](const ApiError& e) {
            if (e.isError() && error)
                *error = e.fullDetail();
            ok = !e.isError();
            over.release();
        });
    return (!spy.isEmpty() || spy.wait(timeoutMs)) && ok;
}

} // namespace

// --- BrowseRun ---------------------------------------------------------------------------------------------------

BrowseRun::BrowseRun(C1Client* client, TenantTree truth, int pageSize, int concurrency, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_pageSize(pageSize)
    , m_concurrency(concurrency)
{
    m_listings.append(Listing { {}, {}, truth.apps, {}, Outcome::Pending, {}, false, 0 });
    for (const QString& app : std::as_const(truth.apps)) {
        m_listings.append(Listing { app, {}, truth.types.value(app), {}, Outcome::Pending, {}, false, 0 });
        for (const QString& type : truth.types.value(app)) {
            m_listings.append(
                Listing { app, type, truth.resources.value(app + u'/' + type), {}, Outcome::Pending, {}, false, 0 });
        }
    }
}

void BrowseRun::start()
{
    for (int i = 0; i < m_concurrency; ++i)
        next();
}

void BrowseRun::next()
{
    if (m_started < m_listings.size())
        run(m_started++);
}

void BrowseRun::run(int index)
{
    const Listing& listing = m_listings[index];
    const QString appId = listing.appId;
    const QString typeId = listing.typeId;
    const int pageSize = m_pageSize;
    C1Client* client = m_client;
    auto onDone = [this, index](const ApiError& error) {
        Listing& l = m_listings[index];
        const QSet<QString> seen(l.seen.cbegin(), l.seen.cend());
        l.repeats = int(l.seen.size() - seen.size());
        if (error.isError()) {
            l.outcome = Outcome::Failed;
            l.message = error.userMessage();
        } else {
            l.outcome = Outcome::Done;
            for (const QString& id : std::as_const(l.expected))
                l.missing = l.missing || !seen.contains(id);
        }
        ++m_finished;
        if (isFinished())
            Q_EMIT finished();
        else
            next();
    };
    if (appId.isEmpty()) {
        PageStream<App>::start(
            [client, pageSize](const QString& token, QObject* ctx, C1Client::Callback<Page<App>> cb) {
                return client->listApps(token, pageSize, ctx, std::move(cb));
            },
            this,
            [this, index](QList<App> rows) {
                for (const App& row : rows)
                    m_listings[index].seen.append(row.id);
            },
            onDone);
    } else if (typeId.isEmpty()) {
        PageStream<AppResourceType>::start(
            [client, pageSize, appId](
                const QString& token, QObject* ctx, C1Client::Callback<Page<AppResourceType>> cb) {
                return client->listResourceTypes(appId, token, pageSize, ctx, std::move(cb));
            },
            this,
            [this, index](QList<AppResourceType> rows) {
                for (const AppResourceType& row : rows)
                    m_listings[index].seen.append(row.id);
            },
            onDone);
    } else {
        PageStream<AppResource>::start(
            [client, pageSize, appId, typeId](
                const QString& token, QObject* ctx, C1Client::Callback<Page<AppResource>> cb) {
                return client->listResources(appId, typeId, token, pageSize, ctx, std::move(cb));
            },
            this,
            [this, index](QList<AppResource> rows) {
                for (const AppResource& row : rows)
                    m_listings[index].seen.append(row.id);
            },
            onDone);
    }
}

std::optional<TenantTree> BrowseRun::readTree(C1Client* client, int pageSize)
{
    TenantTree tree;
    QString error;
    if (!collect<App>(
            [client, pageSize](const QString& token, QObject* ctx, C1Client::Callback<Page<App>> cb) {
                return client->listApps(token, pageSize, ctx, std::move(cb));
            },
            30000, [&tree](const App& app) { tree.apps.append(app.id); }, &error)) {
        qWarning("reading the apps failed: %s", qPrintable(error));
        return std::nullopt;
    }
    for (const QString& app : std::as_const(tree.apps)) {
        QStringList& types = tree.types[app];
        if (!collect<AppResourceType>(
                [client, pageSize, app](
                    const QString& token, QObject* ctx, C1Client::Callback<Page<AppResourceType>> cb) {
                    return client->listResourceTypes(app, token, pageSize, ctx, std::move(cb));
                },
                30000, [&types](const AppResourceType& type) { types.append(type.id); }, &error))
            return std::nullopt;
        for (const QString& type : std::as_const(types)) {
            QStringList& resources = tree.resources[app + u'/' + type];
            if (!collect<AppResource>(
                    [client, pageSize, app, type](
                        const QString& token, QObject* ctx, C1Client::Callback<Page<AppResource>> cb) {
                        return client->listResources(app, type, token, pageSize, ctx, std::move(cb));
                    },
                    30000, [&resources](const AppResource& r) { resources.append(r.id); }, &error))
                return std::nullopt;
        }
    }
    return tree;
}

int BrowseRun::count(Outcome outcome) const
{
    return int(std::count_if(m_listings.cbegin(), m_listings.cend(),
        [outcome](const Listing& l) { return l.outcome == outcome && !(outcome == Outcome::Done && l.missing); }));
}

int BrowseRun::lost() const
{
    return int(std::count_if(m_listings.cbegin(), m_listings.cend(), [](const Listing& l) {
        return l.outcome == Outcome::Pending || (l.outcome == Outcome::Done && l.missing)
            || (l.outcome == Outcome::Failed && l.message.isEmpty());
    }));
}

int BrowseRun::duplicated() const
{
    return int(std::count_if(m_listings.cbegin(), m_listings.cend(), [](const Listing& l) { return l.repeats > 0; }));
}

QStringList BrowseRun::failures() const
{
    QStringList messages;
    for (const Listing& l : m_listings) {
        if (l.outcome == Outcome::Failed)
            messages << l.message;
    }
    return messages;
}

// --- CreateRun ---------------------------------------------------------------------------------------------------

CreateRun::CreateRun(C1Client* client, QList<Item> items, int maxSends, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_items(std::move(items))
    , m_maxSends(maxSends)
{ }

void CreateRun::start()
{
    for (int i = 0; i < m_items.size(); ++i)
        send(i);
}

void CreateRun::send(int index)
{
    Item& item = m_items[index];
    ++item.sends;
    if (item.typeId.isEmpty()) {
        CreateAppRequest request;
        request.displayName = item.name;
        request.description = u"created by tst_faultmatrix"_s;
        m_client->createApp(request, this,
            [this, index](const Result<App>& result) { onSent(index, result ? ApiError {} : result.error()); });
    } else {
        CreateResourceRequest request;
        request.displayName = item.name;
        m_client->createResource(item.appId, item.typeId, request, this,
            [this, index](const Result<AppResource>& result) { onSent(index, result ? ApiError {} : result.error()); });
    }
}

void CreateRun::onSent(int index, const ApiError& error)
{
    if (!error.isError()) {
        settle(index, Outcome::Done);
        return;
    }
    // A 2xx that cannot be read was applied; a dropped, timed-out or 5xx write may have been: look before
    // sending again. Everything else was refused before any effect.
    if (error.isAmbiguous() || error.kind == ApiError::Kind::BadJson) {
        lookUp(index, error);
        return;
    }
    settle(index, Outcome::Failed, error.userMessage());
}

void CreateRun::lookUp(int index, const ApiError& why)
{
    const Item& item = m_items[index];
    auto found = std::make_shared<int>(0);
    auto onDone = [this, index, found, why](const ApiError& error) {
        Item& it = m_items[index];
        if (error.isError()) {
            it.unverified = true;
            settle(index, Outcome::Failed,
                u"%1; could not check whether it was created: %2"_s.arg(why.userMessage(), error.userMessage()));
        } else if (*found > 0) {
            settle(index, Outcome::Done, u"confirmed by searching after: %1"_s.arg(why.userMessage()));
        } else if (it.sends < m_maxSends) {
            send(index);
        } else {
            settle(index, Outcome::Failed, u"not created after %1 attempts: %2"_s.arg(it.sends).arg(why.userMessage()));
        }
    };
    C1Client* client = m_client;
    const QString name = item.name;
    if (item.typeId.isEmpty()) {
        AppSearch search;
        search.displayName = name;
        PageStream<App>::start(
            [client, search](const QString& token, QObject* ctx, C1Client::Callback<Page<App>> cb) {
                return client->searchApps(search, token, 0, ctx, std::move(cb));
            },
            this,
            [found, name](QList<App> rows) {
                for (const App& app : rows)
                    *found += app.displayName == name;
            },
            onDone);
    } else {
        ResourceSearch search;
        search.query = name;
        search.appIds = { item.appId };
        search.resourceTypeIds = { item.typeId };
        PageStream<AppResource>::start(
            [client, search](const QString& token, QObject* ctx, C1Client::Callback<Page<AppResource>> cb) {
                return client->searchResources(search, token, 0, ctx, std::move(cb));
            },
            this,
            [found, name](QList<AppResource> rows) {
                for (const AppResource& r : rows)
                    *found += r.displayName == name;
            },
            onDone);
    }
}

void CreateRun::settle(int index, Outcome outcome, const QString& message)
{
    Item& item = m_items[index];
    if (item.outcome != Outcome::Pending)
        return;
    item.outcome = outcome;
    item.message = message;
    ++m_finished;
    if (isFinished())
        Q_EMIT finished();
}

CreateRun::Check CreateRun::verify(const QHash<QString, int>& namesInTenant) const
{
    Check check;
    for (const Item& item : m_items) {
        const int present = namesInTenant.value(item.name);
        check.duplicated += present > 1;
        const bool wrong = item.outcome == Outcome::Pending || (item.outcome == Outcome::Done && present == 0)
            || (item.outcome == Outcome::Failed && !item.unverified && present > 0)
            || (item.outcome == Outcome::Failed && item.message.isEmpty());
        check.lost += wrong;
        if (wrong)
            qWarning("create %s: outcome %d, %d in the tenant, %d sends: %s", qPrintable(item.name), int(item.outcome),
                present, item.sends, qPrintable(item.message));
    }
    return check;
}

int CreateRun::count(Outcome outcome) const
{
    return int(std::count_if(
        m_items.cbegin(), m_items.cend(), [outcome](const Item& item) { return item.outcome == outcome; }));
}

QStringList CreateRun::failures() const
{
    QStringList messages;
    for (const Item& item : m_items) {
        if (item.outcome == Outcome::Failed)
            messages << item.name + u": "_s + item.message;
    }
    return messages;
}

QHash<QString, int> appNames(C1Client* client)
{
    QHash<QString, int> names;
    QString error;
    if (!collect<App>(
            [client](const QString& token, QObject* ctx, C1Client::Callback<Page<App>> cb) {
                return client->listApps(token, 100, ctx, std::move(cb));
            },
            30000, [&names](const App& app) { ++names[app.displayName]; }, &error))
        qWarning("listing apps failed: %s", qPrintable(error));
    return names;
}

QHash<QString, int> resourceNames(C1Client* client, const QString& appId, const QString& typeId)
{
    QHash<QString, int> names;
    QString error;
    if (!collect<AppResource>(
            [client, appId, typeId](const QString& token, QObject* ctx, C1Client::Callback<Page<AppResource>> cb) {
                return client->listResources(appId, typeId, token, 100, ctx, std::move(cb));
            },
            30000, [&names](const AppResource& r) { ++names[r.displayName]; }, &error))
        qWarning("listing resources failed: %s", qPrintable(error));
    return names;
}

} // namespace c1::test

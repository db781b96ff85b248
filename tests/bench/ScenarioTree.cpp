// tree_apps_10k, resources_100k and filter_100k: the browser's tree (AppTreeModel behind the TreeFilterProxy the
// browser view sorts by name) against a 10,000-app tenant with one 100,000-resource type.
#include "bench/BenchProbes.h"
#include "bench/BenchTenant.h"
#include "bench/Scenarios.h"

#include "models/AppTreeModel.h"
#include "models/TreeFilterProxy.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace c1::bench {

namespace {

using NodeKind = AppTreeModel::NodeKind;
using LoadState = AppTreeModel::LoadState;

// The nextPageToken of a list page, found by bytes (no JSON parsing): empty at the end.
QByteArray nextPageToken(const QByteArray& body)
{
    const qsizetype key = body.lastIndexOf("\"nextPageToken\"");
    if (key < 0)
        return {};
    const qsizetype open = body.indexOf('"', body.indexOf(':', key) + 1);
    const qsizetype close = open < 0 ? -1 : body.indexOf('"', open + 1);
    return close < 0 ? QByteArray() : body.mid(open + 1, close - open - 1);
}

struct RawRun {
    double ms = 0;
    int pages = 0;
    qint64 bytes = 0;
    QString error;
};

// Every page of GET /api/v1/apps (100 a page) through the same QNAM, with the bearer: HTTP and nothing else.
RawRun rawListApps(BenchTenant& tenant, const QByteArray& bearer)
{
    RawRun run;
    Wait wait(300000);
    QByteArray token;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        QUrl url = tenant.baseUrl();
        url.setPath(u"/api/v1/apps"_s);
        QUrlQuery query;
        query.addQueryItem(u"page_size"_s, u"100"_s);
        if (!token.isEmpty())
            query.addQueryItem(u"page_token"_s, QString::fromLatin1(token));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply* reply = tenant.network()->get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError) {
                run.error = reply->errorString();
                wait.quit();
                return;
            }
            ++run.pages;
            run.bytes += body.size();
            token = nextPageToken(body);
            if (token.isEmpty())
                wait.quit();
            else
                next();
        });
    };
    timer.start();
    next();
    if (!wait.exec())
        run.error = u"timed out"_s;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

// fetchMore on the app list until it cannot, each page when the previous one is in, as a scrolling view would.
double loadApps(AppTreeModel& model, QString* error)
{
    Wait wait(300000);
    QObject context;
    QObject::connect(&model, &AppTreeModel::pageFinished, &context, [&](const QModelIndex& parent, const QString& e) {
        if (parent.isValid())
            return;
        if (!e.isEmpty()) {
            *error = e;
            wait.quit();
        } else if (model.canFetchMore({})) {
            model.fetchMore({});
        } else {
            wait.quit();
        }
    });
    QElapsedTimer timer;
    timer.start();
    model.fetchMore({});
    if (!wait.exec())
        *error = u"timed out"_s;
    return double(timer.nsecsElapsed()) / 1e6;
}

// Loads one container completely (fetchAll) and waits until it is complete.
bool loadAll(AppTreeModel& model, const QModelIndex& container, QString* error, int timeoutMs = 600000)
{
    const QPersistentModelIndex target(container);
    Wait wait(timeoutMs);
    QObject context;
    QObject::connect(&model, &AppTreeModel::pageFinished, &context, [&](const QModelIndex& parent, const QString& e) {
        if (parent != target)
            return;
        if (!e.isEmpty())
            *error = e;
        if (!e.isEmpty() || model.loadState(target) == LoadState::Complete)
            wait.quit();
    });
    model.fetchAll(target);
    if (model.loadState(target) == LoadState::Complete)
        return true;
    if (!wait.exec() && error->isEmpty())
        *error = u"timed out"_s;
    return error->isEmpty();
}

struct Stats {
    double mean = 0, median = 0, p95 = 0, max = 0;
};

Stats statsOf(QList<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / double(values.size());
    s.median = values.at(values.size() / 2);
    s.p95 = values.at(std::min(values.size() - 1, qsizetype(double(values.size()) * 0.95)));
    s.max = values.last();
    return s;
}

} // namespace

void runTreeScenarios(const BenchConfig& config, const Sink& sink)
{
    const QStringList names { u"tree_apps_10k"_s, u"resources_100k"_s, u"filter_100k"_s };
    if (std::none_of(names.cbegin(), names.cend(), [&](const QString& n) { return config.wanted(n); }))
        return;

    // The tenant of tst_sandboxscale: 10,000 apps, and 100,000 resources in the first app's first type.
    SandboxDataSize size;
    size.apps = config.quick ? 250 : 10'000;
    size.resourceTypesPerApp = 2;
    size.resourcesPerType = 2;
    size.entitlementsPerApp = 3;
    size.users = config.quick ? 50 : 1'000;
    size.bigTypeResources = config.quick ? 1'500 : 100'000;

    ScenarioReport apps(names[0]);
    apps.setParameter(u"apps"_s, size.apps);
    apps.setParameter(u"page_size"_s, AppTreeModel::PageSize);
    BenchTenant tenant;
    if (!tenant.start({}, size)) {
        apps.setError(tenant.errorString());
        sink(apps);
        return;
    }
    apps.setFigure(u"sandbox_generate_wall_ms"_s, tenant.generationWallMs());
    apps.setFigure(u"sandbox_generate_cpu_ms"_s, tenant.generationCpuMs());
    const QByteArray bearer = tenant.bearer(); // the sign-in is not part of either figure
    QString firstAppId;
    tenant.inSandbox([&firstAppId](SandboxServer& server) { firstAppId = server.appIds().value(0); });

    // Warm-up (connections, allocator, the sandbox's page cache if any), then model and raw in turns; the best run
    // of each counts (the machine is shared: the minimum is the least disturbed).
    QString error = rawListApps(tenant, bearer).error;
    QList<double> modelRuns, rawRuns, proxyRuns;
    std::unique_ptr<AppTreeModel> model;
    std::unique_ptr<TreeFilterProxy> proxy;
    const int rounds = config.quick ? 1 : 3;
    for (int round = 0; round < rounds && error.isEmpty(); ++round) {
        proxy.reset();
        model = std::make_unique<AppTreeModel>();
        model->setClient(tenant.client());
        modelRuns << loadApps(*model, &error);
        if (model->rowCount() != size.apps && error.isEmpty())
            error = u"the model holds %1 apps, not %2"_s.arg(model->rowCount()).arg(size.apps);
        const RawRun raw = rawListApps(tenant, bearer);
        rawRuns << raw.ms;
        if (!raw.error.isEmpty())
            error = raw.error;
        apps.setFigure(u"raw_pages"_s, raw.pages);
        apps.setFigure(u"raw_bytes"_s, double(raw.bytes));
        // As the browser shows it: behind the filter proxy, sorted by name.
        model = std::make_unique<AppTreeModel>();
        model->setClient(tenant.client());
        proxy = std::make_unique<TreeFilterProxy>();
        proxy->setSourceModel(model.get());
        proxy->sort(int(AppTreeModel::Column::Name), Qt::AscendingOrder);
        proxyRuns << loadApps(*model, &error);
    }
    if (!error.isEmpty())
        apps.setError(error);
    const double modelMs = *std::min_element(modelRuns.cbegin(), modelRuns.cend());
    const double rawMs = *std::min_element(rawRuns.cbegin(), rawRuns.cend());
    const double proxyMs = *std::min_element(proxyRuns.cbegin(), proxyRuns.cend());
    apps.setFigure(u"model_ms"_s, modelMs);
    apps.setFigure(u"raw_ms"_s, rawMs);
    apps.setFigure(u"model_sorted_proxy_ms"_s, proxyMs);
    apps.setFigure(u"ratio"_s, modelMs / rawMs);
    apps.setFigure(u"ratio_sorted_proxy"_s, proxyMs / rawMs);
    auto list = [](const QList<double>& runs) {
        QJsonArray array;
        for (double ms : runs)
            array.append(rounded(ms));
        return array;
    };
    apps.setFigure(u"model_runs_ms"_s, list(modelRuns));
    apps.setFigure(u"raw_runs_ms"_s, list(rawRuns));
    apps.setFigure(u"sorted_proxy_runs_ms"_s, list(proxyRuns));
    apps.addTarget(u"ratio"_s, u"<="_s, 1.25, u"the model lists the apps within 1.25× of raw HTTP"_s);
    apps.addTarget(u"ratio_sorted_proxy"_s, u"<="_s, 1.25, u"the same behind the browser's sorted proxy"_s);
    apps.addNote(
        u"sandbox on its own thread in this process; best of %1 runs each, after one raw warm-up"_s.arg(rounds));
    if (config.wanted(names[0]))
        sink(apps);
    if (apps.hasError())
        return;

    // resources_100k: the big type streams into the tree (fetchAll: page after page) under the sorted proxy with the
    // app and the type expanded, as the browser shows them.
    ScenarioReport resources(names[1]);
    resources.setParameter(u"resources"_s, size.bigTypeResources);
    const QModelIndex app = model->indexForPath(TreePath::app(firstAppId));
    QModelIndex type;
    if (!app.isValid() || !loadAll(*model, app, &error)) {
        resources.setError(u"the first app or its types did not load: %1"_s.arg(error));
    } else {
        for (int row = 0; row < model->rowCount(app) && !type.isValid(); ++row) {
            const QModelIndex child = model->index(row, 0, app);
            if (model->kindAt(child) == NodeKind::ResourceType)
                type = child;
        }
        if (!type.isValid())
            resources.setError(u"the first app has no resource type"_s);
    }
    const QPersistentModelIndex bigType(type);
    if (!resources.hasError()) {
        proxy->rowCount(proxy->mapFromSource(app)); // "expanded": the proxy maps and sorts these levels
        proxy->rowCount(proxy->mapFromSource(bigType));
        StallMeter stalls;
        resetPeak();
        const Memory before = readMemory();
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        stalls.start();
        loadAll(*model, bigType, &error);
        stalls.stop();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpu;
        const Memory after = readMemory();
        const int rows = model->rowCount(bigType);
        if (!error.isEmpty())
            resources.setError(error);
        else if (rows != size.bigTypeResources)
            resources.setError(u"the type holds %1 rows, not %2"_s.arg(rows).arg(size.bigTypeResources));
        const double peakKiB = double(std::max(after.hwmKiB, stalls.sampledPeakRssKiB()) - before.rssKiB);
        resources.setFigure(u"wall_ms"_s, ms);
        resources.setFigure(u"main_thread_cpu_ms"_s, cpuMs);
        resources.setFigure(u"rows_per_second"_s, double(rows) / ms * 1000.0);
        resources.setFigure(u"rss_before_kib"_s, double(before.rssKiB));
        resources.setFigure(u"rss_after_kib"_s, double(after.rssKiB));
        resources.setFigure(u"peak_rss_growth_kib"_s, peakKiB);
        resources.setFigure(u"peak_rss_growth_kib_per_1000_rows"_s, peakKiB * 1000.0 / double(std::max(rows, 1)));
        resources.setFigure(u"peak_rss_growth_bytes_per_row"_s, peakKiB * 1024.0 / double(std::max(rows, 1)));
        resources.setFigure(u"settled_rss_growth_bytes_per_row"_s,
            double(after.rssKiB - before.rssKiB) * 1024.0 / double(std::max(rows, 1)));
        resources.setFigure(u"longest_stall_ms"_s, stalls.longestGapMs());
        resources.setFigure(u"stalls_over_50ms"_s, stalls.gapsOver(50));
        resources.setFigure(u"timer_ticks"_s, stalls.ticks());
        resources.addTarget(u"longest_stall_ms"_s, u"<="_s, 50, u"the UI thread never stalls more than 50 ms"_s);
        resources.addTarget(
            u"peak_rss_growth_bytes_per_row"_s, u"<="_s, 1024, u"under 1 KB of memory per resource row"_s);
        resources.addNote(u"RSS is the whole process: it includes the in-process sandbox's transient page JSON; "
                          "the longest stall is the longest gap between two ticks of a 5 ms timer"_s);
    }
    if (config.wanted(names[1]))
        sink(resources);
    if (resources.hasError())
        return;

    // filter_100k: typing into the browser's filter box, one character more each time, over everything loaded.
    ScenarioReport filter(names[2]);
    const int sourceRows = size.apps + size.bigTypeResources;
    filter.setParameter(u"rows"_s, sourceRows);
    QStringList strings;
    strings << model->nameAt(model->index(size.bigTypeResources * 54 / 100, 0, bigType)) // a resource by name
            << u"GitHub"_s // an app by name (some 200 apps)
            << model->idAt(model->index(size.bigTypeResources / 3, 0, bigType)).left(8) // an ID prefix
            << u"zqxw"_s; // nothing matches
    filter.setParameter(u"strings"_s, QJsonArray::fromStringList(strings));
    QList<double> all;
    QJsonObject perString;
    double clearMax = 0;
    for (const QString& text : std::as_const(strings)) {
        QList<double> keystrokes;
        for (qsizetype n = 1; n <= text.size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            proxy->setFilterText(text.left(n));
            proxy->rowCount();
            keystrokes << double(timer.nsecsElapsed()) / 1e6;
        }
        const int shown = proxy->rowCount(proxy->mapFromSource(bigType));
        QElapsedTimer timer;
        timer.start();
        proxy->setFilterText(QString());
        proxy->rowCount();
        const double clearMs = double(timer.nsecsElapsed()) / 1e6;
        clearMax = std::max(clearMax, clearMs);
        const Stats s = statsOf(keystrokes);
        QJsonObject one;
        one.insert(u"mean_ms"_s, rounded(s.mean));
        one.insert(u"max_ms"_s, rounded(s.max));
        one.insert(u"first_keystroke_ms"_s, rounded(keystrokes.value(0)));
        one.insert(u"resources_shown"_s, shown);
        one.insert(u"clear_ms"_s, rounded(clearMs));
        perString.insert(text, one);
        all << keystrokes;
    }
    const Stats s = statsOf(all);
    filter.setFigure(u"keystrokes"_s, all.size());
    filter.setFigure(u"mean_ms_per_keystroke"_s, s.mean);
    filter.setFigure(u"median_ms_per_keystroke"_s, s.median);
    filter.setFigure(u"p95_ms_per_keystroke"_s, s.p95);
    filter.setFigure(u"max_ms_per_keystroke"_s, s.max);
    filter.setFigure(u"clear_filter_max_ms"_s, clearMax);
    filter.setFigure(u"per_string"_s, perString);
    filter.addTarget(u"max_ms_per_keystroke"_s, u"<="_s, 30, u"every keystroke filters in under 30 ms"_s);
    filter.addTarget(u"clear_filter_max_ms"_s, u"<="_s, 30, u"clearing the filter takes under 30 ms"_s);
    filter.addNote(u"setFilterText() and the proxy's row count, with the big type expanded and sorted by name"_s);
    if (config.wanted(names[2]))
        sink(filter);
}

} // namespace c1::bench

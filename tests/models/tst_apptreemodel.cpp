#include "models/AppTreeModel.h"
#include "models/TreeFilterProxy.h"
#include "models/TreeLocator.h"
#include "support/TestTenant.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace c1;
using NodeKind = AppTreeModel::NodeKind;
using LoadState = AppTreeModel::LoadState;

namespace {

constexpr int Timeout = 30000;

// Resident memory of this process in KiB (Linux), 0 elsewhere.
qint64 residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4 : 0;
}

QStringList childIds(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QString id = model.index(row, 0, parent).data(AppTreeModel::IdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

// Status rows follow a container's state through a queued call: deliver it (and nothing else) now.
void syncStatusRows(AppTreeModel& model)
{
    QCoreApplication::sendPostedEvents(&model, QEvent::MetaCall);
}

NodeKind kindOf(const QModelIndex& index)
{
    return NodeKind(index.data(AppTreeModel::KindRole).toInt());
}

// Index of the first child of `parent` of a kind.
QModelIndex firstOfKind(const QAbstractItemModel& model, const QModelIndex& parent, NodeKind kind)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (kindOf(index) == kind)
            return index;
    }
    return {};
}

} // namespace

class TestAppTreeModel : public QObject {
    Q_OBJECT

private:
    test::TestTenant m_tenant;
    SandboxDataSize m_size;

    // Loads a container completely and checks it against its expected size.
    static bool loadAll(AppTreeModel& model, const QPersistentModelIndex& parent, int timeout = Timeout)
    {
        model.fetchAll(parent);
        return QTest::qWaitFor([&] { return model.loadState(parent) == LoadState::Complete; }, timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_size.apps = 230; // three pages of 100
        m_size.resourceTypesPerApp = 2;
        m_size.resourcesPerType = 120; // two pages
        m_size.entitlementsPerApp = 5;
        m_size.users = 10;
        QVERIFY(m_tenant.start(SandboxOptions {}, m_size, test::TestTenant::noRetry()));
    }

    void emptyModelUnderTester()
    {
        AppTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.hasChildren()); // not loaded yet
        QVERIFY(!model.canFetchMore({})); // no client
        App app;
        app.id = QStringLiteral("A00000000000000000000000001");
        app.displayName = QStringLiteral("Inserted");
        const QModelIndex index = model.insertApp(app);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), app.displayName);
        QVERIFY(model.hasChildren(index));
        QCOMPARE(model.rowCount(index), 0);
    }

    void appsPageByPage_data()
    {
        QTest::addColumn<bool>("throughProxy");
        QTest::newRow("model") << false;
        QTest::newRow("proxy") << true;
    }

    void appsPageByPage()
    {
        QFETCH(bool, throughProxy);
        AppTreeModel model;
        TreeFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0, throughProxy ? Qt::DescendingOrder : Qt::AscendingOrder);
        QAbstractItemModel* view = throughProxy ? static_cast<QAbstractItemModel*>(&proxy) : &model;
        model.setClient(m_tenant.client());

        QSignalSpy loading(&model, &AppTreeModel::loadingChanged);
        QSignalSpy inserted(view, &QAbstractItemModel::rowsInserted);
        QVERIFY(view->canFetchMore({}));
        view->fetchMore({});
        QCOMPARE(view->rowCount(), 0); // fetchMore only starts: the "Loading…" row follows
        syncStatusRows(model);
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(kindOf(view->index(0, 0)), NodeKind::Loading);
        QCOMPARE(loading.count(), 1);
        view->fetchMore({}); // only starts a request: nothing more while one is in flight
        QVERIFY(!view->canFetchMore({}));
        QCOMPARE(view->rowCount(), 1);

        int pages = 0;
        for (;;) {
            QTRY_VERIFY_WITH_TIMEOUT(model.loadState({}) != LoadState::Loading, Timeout);
            ++pages;
            if (model.loadState({}) == LoadState::Complete)
                break;
            QCOMPARE(model.loadState({}), LoadState::Partial);
            QCOMPARE(view->rowCount(), pages * AppTreeModel::PageSize + 1);
            QCOMPARE(kindOf(view->index(view->rowCount() - 1, 0)), NodeKind::LoadMore);
            QVERIFY(view->canFetchMore({}));
            view->fetchMore({});
            syncStatusRows(model);
            QCOMPARE(kindOf(view->index(view->rowCount() - 1, 0)), NodeKind::Loading);
        }
        QCOMPARE(pages, 3);
        if (!throughProxy) // the status row once, then one insertion per page
            QCOMPARE(inserted.count(), 1 + pages);
        QCOMPARE(view->rowCount(), m_size.apps);
        const QStringList ids = childIds(*view, {});
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // no duplicate
        const QStringList server = m_tenant.server()->appIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), QSet<QString>(server.cbegin(), server.cend()));
        QCOMPARE(model.loadedCount(NodeKind::App), m_size.apps);
        QVERIFY(!model.isLoading());
        QVERIFY(!view->canFetchMore({}));
    }

    // The tester calls fetchMore on every container it sees, after every change: it loads the whole tenant,
    // checking the model (or the sorted, filtered proxy) at each step; nothing may be lost or duplicated.
    void testerDrivesWholeTenant_data()
    {
        QTest::addColumn<bool>("throughProxy");
        QTest::newRow("model") << false;
        QTest::newRow("proxy") << true;
    }

    void testerDrivesWholeTenant()
    {
        QFETCH(bool, throughProxy);
        test::TestTenant small;
        SandboxDataSize size;
        size.apps = 12;
        size.resourceTypesPerApp = 2;
        size.resourcesPerType = 30;
        size.entitlementsPerApp = 3;
        size.users = 5;
        QVERIFY(small.start(SandboxOptions {}, size, test::TestTenant::noRetry()));
        AppTreeModel model;
        TreeFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        QAbstractItemModel* view = throughProxy ? static_cast<QAbstractItemModel*>(&proxy) : &model;
        QAbstractItemModelTester tester(view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(small.client());
        view->fetchMore({});
        const int resources = size.apps * size.resourceTypesPerApp * size.resourcesPerType;
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.loadedCount(NodeKind::Resource) == resources, Timeout);
        QCOMPARE(model.loadedCount(NodeKind::App), size.apps);
        QCOMPARE(model.loadedCount(NodeKind::ResourceType), size.apps * size.resourceTypesPerApp);
        // (the sandbox adds "… Member" entitlements for group resources: at least the generated ones)
        QVERIFY(model.loadedCount(NodeKind::Entitlement) >= size.apps * size.entitlementsPerApp);
        QSet<QString> seen;
        int rows = 0;
        const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex index = model.index(row, 0, parent);
                QVERIFY(!model.isStatusRow(index));
                if (!model.idAt(index).isEmpty()) {
                    seen.insert(model.pathAt(index).toString());
                    ++rows;
                }
                walk(index);
            }
        };
        walk({});
        QCOMPARE(seen.size(), rows);
        QCOMPARE(rows,
            size.apps * (1 + size.resourceTypesPerApp * (1 + size.resourcesPerType))
                + model.loadedCount(NodeKind::Entitlement));
        // Filtering and sorting the loaded tree, still under the tester.
        proxy.setFilterText(model.nameAt(model.index(3, 0)).left(4));
        QVERIFY(proxy.rowCount() > 0);
        proxy.sort(int(AppTreeModel::Column::Id), Qt::DescendingOrder);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), size.apps);
    }

    void typesResourcesAndEntitlements()
    {
        AppTreeModel model;
        model.setClient(m_tenant.client());
        QVERIFY(loadAll(model, {}));

        const QPersistentModelIndex app = model.index(0, 0);
        QCOMPARE(model.kindAt(app), NodeKind::App);
        QVERIFY(model.hasChildren(app));
        QVERIFY(model.canFetchMore(app));
        model.fetchMore(app);
        syncStatusRows(model);
        QCOMPARE(model.rowCount(app), 1);
        QCOMPARE(model.kindAt(model.index(0, 0, app)), NodeKind::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(app), LoadState::Complete, Timeout);
        // The Entitlements group comes first, then the types.
        QCOMPARE(model.rowCount(app), 1 + m_size.resourceTypesPerApp);
        QCOMPARE(model.kindAt(model.index(0, 0, app)), NodeKind::EntitlementGroup);

        const QPersistentModelIndex type = firstOfKind(model, app, NodeKind::ResourceType);
        QVERIFY(type.isValid());
        model.fetchMore(type);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(type), LoadState::Partial, Timeout);
        QCOMPARE(model.rowCount(type), AppTreeModel::PageSize + 1);
        const QModelIndex more = model.index(AppTreeModel::PageSize, 0, type);
        QCOMPARE(model.kindAt(more), NodeKind::LoadMore);
        QCOMPARE(more.data().toString(), AppTreeModel::tr("Load more…"));
        QVERIFY(model.activate(more));
        syncStatusRows(model);
        QCOMPARE(model.kindAt(model.index(AppTreeModel::PageSize, 0, type)), NodeKind::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(type), LoadState::Complete, Timeout);
        QCOMPARE(model.rowCount(type), m_size.resourcesPerType);
        const QStringList resourceIds = childIds(model, type);
        QCOMPARE(QSet<QString>(resourceIds.cbegin(), resourceIds.cend()).size(), m_size.resourcesPerType);

        // Values and paths of a resource.
        const QModelIndex resource = model.index(7, 0, type);
        const auto value = resource.data(AppTreeModel::ValueRole).value<AppResource>();
        QCOMPARE(value.id, resourceIds.at(7));
        QCOMPARE(value.appId, model.idAt(app));
        QCOMPARE(value.appResourceTypeId, model.idAt(type));
        QVERIFY(!value.displayName.isEmpty());
        const TreePath path = resource.data(AppTreeModel::PathRole).value<TreePath>();
        QCOMPARE(path, TreePath::resource(value.appId, value.appResourceTypeId, value.id));
        QCOMPARE(model.indexForPath(path), resource);
        QCOMPARE(model.data(resource.siblingAtColumn(int(AppTreeModel::Column::Id))).toString(), value.id);
        QCOMPARE(model.data(resource.siblingAtColumn(int(AppTreeModel::Column::Kind))).toString(),
            AppTreeModel::tr("Resource"));
        QCOMPARE(resource.siblingAtColumn(int(AppTreeModel::Column::Detail)).data(AppTreeModel::SortRole).toLongLong(),
            value.grantCount);
        QVERIFY(!model.hasChildren(resource));
        QVERIFY(model.flags(resource).testFlag(Qt::ItemNeverHasChildren));

        const QPersistentModelIndex group = model.index(0, 0, app);
        model.fetchMore(group);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(group), LoadState::Complete, Timeout);
        QVERIFY(model.rowCount(group) >= m_size.entitlementsPerApp);
        const QStringList entitlementIds = childIds(model, group);
        QCOMPARE(QSet<QString>(entitlementIds.cbegin(), entitlementIds.cend()).size(), model.rowCount(group));
        const auto entitlement = model.index(0, 0, group).data(AppTreeModel::ValueRole).value<AppEntitlement>();
        QCOMPARE(entitlement.appId, model.idAt(app));
        QCOMPARE(model.loadedCount(NodeKind::Entitlement), model.rowCount(group));
    }

    // fetchAll() streams the 3 pages of apps (100, 100, 30): the first shows at once; with batches no stream reaches
    // (in time or rows), the other two arrive in one insertion at the end; with a cap of 100 rows, or 0 ms, page by
    // page. A failure shows what came before it.
    void streamInsertsInBatches_data()
    {
        constexpr int never = std::numeric_limits<int>::max();
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("insertions");
        QTest::newRow("batched") << never << never << 2;
        QTest::newRow("row cap") << never << 100 << 3;
        QTest::newRow("page by page") << 0 << never << 3;
    }

    void streamInsertsInBatches()
    {
        QFETCH(int, interval);
        QFETCH(int, rows);
        QFETCH(int, insertions);
        AppTreeModel model; // (no model tester: it would fetch every app's types as they arrive)
        model.setStreamBatching(interval, rows);
        model.setClient(m_tenant.client());
        QList<int> appRowsAtInsertion;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex& parent, int first, int last) {
            if (!parent.isValid() && kindOf(model.index(first, 0)) == NodeKind::App)
                appRowsAtInsertion << last + 1;
        });
        QVERIFY(loadAll(model, {}));
        QCOMPARE(appRowsAtInsertion.size(), insertions);
        QCOMPARE(appRowsAtInsertion.first(), AppTreeModel::PageSize);
        QCOMPARE(appRowsAtInsertion.last(), m_size.apps);
        const QStringList ids = childIds(model, {});
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), m_size.apps);

        // The third page fails after the second came in: both loaded pages show, then the error row.
        AppTreeModel failing;
        failing.setStreamBatching(interval, rows);
        failing.setClient(m_tenant.client());
        int pagesServed = 0;
        QObject context;
        connect(
            m_tenant.server(), &SandboxServer::requestServed, &context, [&](const QString&, const QString& path, int) {
                if (path == QLatin1String("/api/v1/apps") && ++pagesServed == 2)
                    m_tenant.server()->options().failureRate = 1.0;
            });
        failing.fetchAll({});
        QTRY_COMPARE_WITH_TIMEOUT(failing.loadState({}), LoadState::Failed, Timeout);
        m_tenant.server()->options().failureRate = 0.0;
        syncStatusRows(failing);
        QCOMPARE(childIds(failing, {}).size(), 2 * AppTreeModel::PageSize);
        QCOMPARE(kindOf(failing.index(failing.rowCount() - 1, 0)), NodeKind::Error);
    }

    void errorRowAndRetry()
    {
        AppTreeModel model;
        model.setClient(m_tenant.client());
        QVERIFY(loadAll(model, {}));
        const QPersistentModelIndex app = model.index(3, 0);
        QSignalSpy finished(&model, &AppTreeModel::pageFinished);
        m_tenant.server()->options().failureRate = 1.0;
        model.fetchMore(app);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(app), LoadState::Failed, Timeout);
        m_tenant.server()->options().failureRate = 0.0;
        QVERIFY(!finished.isEmpty());
        QVERIFY(!finished.last().at(1).toString().isEmpty());
        const QModelIndex error = model.index(model.rowCount(app) - 1, 0, app);
        QCOMPARE(model.kindAt(error), NodeKind::Error);
        QVERIFY(!error.data(AppTreeModel::ErrorRole).toString().isEmpty());
        QVERIFY(error.data().toString().contains(error.data(AppTreeModel::ErrorRole).toString()));
        QVERIFY(!model.canFetchMore(app)); // an error row waits for an explicit retry
        QVERIFY(model.activate(error));
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(app), LoadState::Complete, Timeout);
        QCOMPARE(model.rowCount(app), 1 + m_size.resourceTypesPerApp);
        QCOMPARE(model.kindAt(model.index(model.rowCount(app) - 1, 0, app)), NodeKind::ResourceType);
    }

    void refreshMergesAndKeepsNodes()
    {
        AppTreeModel model;
        model.setClient(m_tenant.client());
        QVERIFY(loadAll(model, {}));
        const QPersistentModelIndex app = model.index(5, 0);
        QVERIFY(loadAll(model, app));
        const QPersistentModelIndex type = firstOfKind(model, app, NodeKind::ResourceType);
        QVERIFY(loadAll(model, type));
        const QPersistentModelIndex resource = model.index(42, 0, type);
        const QString resourceId = model.idAt(resource);
        const QString appId = model.idAt(app);

        App stray; // in the tree but not on the server: a refresh that reaches the end removes it
        stray.id = QStringLiteral("Zz0000000000000000000000000");
        stray.displayName = QStringLiteral("Gone");
        QVERIFY(model.insertApp(stray).isValid());
        QCOMPARE(model.rowCount(), m_size.apps + 1);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.refreshAll();
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), Timeout);
        QCOMPARE(model.loadState({}), LoadState::Complete);
        QCOMPARE(model.rowCount(), m_size.apps);
        QVERIFY(!model.indexForPath(TreePath::app(stray.id)).isValid());
        // The same nodes, still where persistent indexes (expansion, selection) point.
        QVERIFY(app.isValid() && resource.isValid());
        QCOMPARE(model.idAt(app), appId);
        QCOMPARE(model.idAt(resource), resourceId);
        QCOMPARE(model.rowCount(type), m_size.resourcesPerType);
        QCOMPARE(model.loadState(type), LoadState::Complete);
        const QStringList ids = childIds(model, {});
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), m_size.apps);

        // A refresh of a leaf refreshes its list only.
        model.refresh(resource);
        QCOMPARE(model.loadState(type), LoadState::Loading);
        QCOMPARE(model.loadState({}), LoadState::Complete);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(type), LoadState::Complete, Timeout);
        QCOMPARE(model.idAt(resource), resourceId);
    }

    void insertAppAndResource()
    {
        AppTreeModel model;
        model.setClient(m_tenant.client());
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState({}), LoadState::Partial, Timeout);
        const int before = model.rowCount();

        App app;
        app.id = QStringLiteral("Ab1000000000000000000000000");
        app.displayName = QStringLiteral("Fresh app");
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QModelIndex index = model.insertApp(app);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(index.data().toString(), app.displayName);
        QCOMPARE(model.kindAt(model.index(model.rowCount() - 1, 0)), NodeKind::LoadMore); // status row stays last
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        app.displayName = QStringLiteral("Renamed app");
        QCOMPARE(model.insertApp(app), index); // the same row, updated
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(index.data().toString(), app.displayName);

        // A resource goes into its (loaded) type; an unknown type has no place for it.
        const QPersistentModelIndex realApp = model.index(0, 0);
        QVERIFY(loadAll(model, realApp));
        const QPersistentModelIndex type = firstOfKind(model, realApp, NodeKind::ResourceType);
        model.fetchMore(type);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(type), LoadState::Partial, Timeout);
        AppResource resource;
        resource.id = QStringLiteral("Re5000000000000000000000000");
        resource.appId = model.idAt(realApp);
        resource.appResourceTypeId = model.idAt(type);
        resource.displayName = QStringLiteral("Created resource");
        const int typeRows = model.rowCount(type);
        const QModelIndex placed = model.insertResource(resource);
        QVERIFY(placed.isValid());
        QCOMPARE(placed.parent(), QModelIndex(type));
        QCOMPARE(model.rowCount(type), typeRows + 1);
        QCOMPARE(model.pathAt(placed), TreePath::resource(resource.appId, resource.appResourceTypeId, resource.id));
        resource.appResourceTypeId = QStringLiteral("NoSuchType00000000000000000");
        QVERIFY(!model.insertResource(resource).isValid());

        QVERIFY(model.removeNode(TreePath::app(app.id)));
        QCOMPARE(model.rowCount(), before);
    }

    void locatePathOfIds()
    {
        // Learn a real path from one model, then find it in a fresh one that has loaded nothing.
        AppTreeModel scout;
        scout.setClient(m_tenant.client());
        QVERIFY(loadAll(scout, {}));
        const QPersistentModelIndex app = scout.index(scout.rowCount() - 1, 0); // on the last page
        QVERIFY(loadAll(scout, app));
        const QPersistentModelIndex type = firstOfKind(scout, app, NodeKind::ResourceType);
        QVERIFY(loadAll(scout, type));
        const TreePath target = scout.pathAt(scout.index(m_size.resourcesPerType - 1, 0, type));
        const QPersistentModelIndex group = scout.index(0, 0, app);
        QVERIFY(loadAll(scout, group));
        const TreePath entitlement = scout.pathAt(scout.index(2, 0, group));

        AppTreeModel model;
        model.setClient(m_tenant.client());
        TreeLocator locator(&model);
        QSignalSpy located(&locator, &TreeLocator::located);
        QSignalSpy failed(&locator, &TreeLocator::failed);
        locator.locate(target);
        QTRY_VERIFY_WITH_TIMEOUT(!located.isEmpty() || !failed.isEmpty(), Timeout);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const QModelIndex found = located.first().first().toModelIndex();
        QCOMPARE(model.pathAt(found), target);
        QCOMPARE(model.rowCount(), 1); // only the app was fetched, not the app list

        locator.locate(entitlement);
        QTRY_COMPARE_WITH_TIMEOUT(located.count() + failed.count(), 2, Timeout);
        QVERIFY(failed.isEmpty());
        QCOMPARE(model.pathAt(located.last().first().toModelIndex()), entitlement);

        locator.locate(
            TreePath::resource(target.appId, target.resourceTypeId, QStringLiteral("NoSuchResource00000000000000")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    }

    void switchingClientResets()
    {
        AppTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_tenant.client());
        model.fetchMore({});
        syncStatusRows(model);
        QVERIFY(model.isLoading());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setClient(nullptr); // aborts the page in flight; its reply must not land anywhere
        QCOMPARE(reset.count(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void tenThousandAppsAndHundredThousandResources()
    {
        test::TestTenant big;
        SandboxDataSize size;
        size.apps = 10000;
        size.resourceTypesPerApp = 1;
        size.resourcesPerType = 2;
        size.entitlementsPerApp = 1;
        size.users = 10;
        size.ownersPerObject = 0;
        size.bigTypeResources = 100000;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(big.start(SandboxOptions {}, size, test::TestTenant::noRetry()));
        qInfo("sandbox generated %d apps and a 100,000-resource type in %lld ms", size.apps, timer.elapsed());

        AppTreeModel model;
        model.setClient(big.client());
        const qint64 before = residentKiB();
        timer.restart();
        QVERIFY(loadAll(model, {}));
        qInfo("10,000 apps in %lld ms", timer.elapsed());
        QCOMPARE(model.rowCount(), size.apps);
        const QStringList ids = childIds(model, {});
        const QStringList server = big.server()->appIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), QSet<QString>(server.cbegin(), server.cend()));

        // The big type: the one app whose type holds more than the per-type size.
        QPersistentModelIndex bigType;
        for (int row = 0; row < model.rowCount() && !bigType.isValid(); ++row) {
            const QModelIndex candidate = model.indexForPath(TreePath::app(server.value(row)));
            if (row > 3)
                break; // the generator puts it among the first apps
            QVERIFY(loadAll(model, candidate));
            const QModelIndex type = firstOfKind(model, candidate, NodeKind::ResourceType);
            model.fetchMore(type);
            QTRY_VERIFY_WITH_TIMEOUT(model.loadState(type) != LoadState::Loading, Timeout);
            if (model.loadState(type) == LoadState::Partial)
                bigType = type;
        }
        QVERIFY(bigType.isValid());
        const qint64 afterApps = residentKiB();
        timer.restart();
        QVERIFY(loadAll(model, bigType, 300000));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(model.rowCount(bigType), size.bigTypeResources);
        const QStringList resourceIds = childIds(model, bigType);
        QCOMPARE(QSet<QString>(resourceIds.cbegin(), resourceIds.cend()).size(), size.bigTypeResources);
        const qint64 after = residentKiB();
        qInfo("100,000 resources in %lld ms; resident memory: +%lld KiB for 10,000 apps, +%lld KiB for 100,000 "
              "resources (~%lld bytes each, including the sandbox's own growth)",
            elapsed, afterApps - before, after - afterApps, (after - afterApps) * 1024 / size.bigTypeResources);

        // Filtering the loaded tree: every keystroke re-filters 110,000 rows.
        TreeFilterProxy proxy;
        proxy.setSourceModel(&model);
        QVERIFY(proxy.rowCount() > 0);
        const QModelIndex proxyType = proxy.mapFromSource(bigType);
        QCOMPARE(proxy.rowCount(proxyType), size.bigTypeResources);
        timer.restart();
        const QString wanted = model.nameAt(model.index(54321, 0, bigType));
        proxy.setFilterText(wanted);
        qInfo("filter on 110,000 loaded rows: %lld ms", timer.elapsed());
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount(proxy.mapFromSource(bigType)) > 0);
        timer.restart();
        proxy.setFilterText(QString());
        qInfo("clearing the filter: %lld ms", timer.elapsed());
        timer.restart();
        proxy.sort(0);
        qInfo("sorting 110,000 rows by name with a numeric collator: %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestAppTreeModel)
#include "tst_apptreemodel.moc"

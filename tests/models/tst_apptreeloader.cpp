#include "models/AppTreeLoader.h"
#include "models/AppTreeModel.h"
#include "support/TestTenant.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace c1;
using NodeKind = AppTreeModel::NodeKind;
using LoadState = AppTreeModel::LoadState;

namespace {

constexpr int Timeout = 30000;

QList<QPersistentModelIndex> childrenOfKind(const AppTreeModel& model, const QModelIndex& parent, NodeKind kind)
{
    QList<QPersistentModelIndex> found;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (model.kindAt(index) == kind)
            found << index;
    }
    return found;
}

bool loadAll(AppTreeModel& model, const QPersistentModelIndex& container)
{
    model.loader()->fetchAll(container);
    return QTest::qWaitFor([&] { return model.loadState(container) == LoadState::Complete; }, Timeout);
}

// Every loaded child of `type` names `type` in its path: rows landed under their own container.
bool childrenBelongTo(const AppTreeModel& model, const QModelIndex& type)
{
    const QString typeId = model.idAt(type);
    for (int row = 0; row < model.rowCount(type); ++row) {
        const QModelIndex child = model.index(row, 0, type);
        if (!model.isStatusRow(child) && model.pathAt(child).resourceTypeId != typeId)
            return false;
    }
    return true;
}

} // namespace

// AppTreeLoader on its own: its requests keep a container's IDs, never its row, so a page that answers after its
// container moved lands at the container's current index, and one whose container left the tree is dropped.
class TestAppTreeLoader : public QObject {
    Q_OBJECT

private:
    test::TestTenant m_tenant;
    SandboxDataSize m_size;

private Q_SLOTS:
    void initTestCase()
    {
        m_size.apps = 2;
        m_size.resourceTypesPerApp = 4;
        m_size.resourcesPerType = 30;
        m_size.entitlementsPerApp = 2;
        m_size.users = 5;
        QVERIFY(m_tenant.start(SandboxOptions {}, m_size, test::TestTenant::noRetry()));
    }

    void cleanup() { m_tenant.server()->options().latencyMs = 0; }

    // Two pages in flight; the container above them is removed: the first type's page is dropped at once (its
    // request aborted, no longer counted), the other lands under its type, now one row higher.
    void pageLandsAtTheContainersCurrentIndex()
    {
        AppTreeModel model;
        AppTreeLoader* loader = model.loader();
        QVERIFY(loader);
        model.setClient(m_tenant.client());
        QCOMPARE(loader->client(), m_tenant.client());
        QVERIFY(loadAll(model, {}));
        const QPersistentModelIndex app = model.index(0, 0);
        QVERIFY(loadAll(model, app));
        const QList<QPersistentModelIndex> types = childrenOfKind(model, app, NodeKind::ResourceType);
        QCOMPARE(types.size(), m_size.resourceTypesPerApp);
        const QPersistentModelIndex first = types.at(0);
        const QPersistentModelIndex last = types.at(3);
        const int lastRow = last.row();
        const QString lastId = model.idAt(last);

        m_tenant.server()->options().latencyMs = 800;
        QSignalSpy loading(loader, &AppTreeLoader::loadingChanged);
        QSignalSpy finished(loader, &AppTreeLoader::pageFinished);
        QSignalSpy modelFinished(&model, &AppTreeModel::pageFinished);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(loader->canFetchMore(first) && loader->canFetchMore(last));
        loader->fetchMore(first);
        loader->fetchMore(last);
        QCOMPARE(loader->loadingContainers(), 2);
        QVERIFY(loader->isLoading() && model.isLoading());
        QCOMPARE(loading.count(), 1);
        QVERIFY(!loader->canFetchMore(last)); // one page at a time

        QVERIFY(model.removeNode(model.pathAt(first)));
        QCOMPARE(loader->loadingContainers(), 1); // the removed type's request is aborted, not left to answer
        QCOMPARE(last.row(), lastRow - 1);
        QCOMPARE(model.loadState(last), LoadState::Loading);

        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), Timeout);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(modelFinished.count(), 1); // the model passes the loader's signals on
        QCOMPARE(finished.first().first().toModelIndex(), QModelIndex(last));
        QCOMPARE(model.idAt(last), lastId);
        QCOMPARE(model.loadState(last), LoadState::Complete);
        QCOMPARE(model.rowCount(last), m_size.resourcesPerType);
        QVERIFY(childrenBelongTo(model, last));
        QCOMPARE(model.loadedCount(NodeKind::Resource), m_size.resourcesPerType);
        for (const QList<QVariant>& insertion : std::as_const(inserted)) { // the status row, then the page
            const QModelIndex parent = insertion.at(0).toModelIndex();
            QCOMPARE(parent, QModelIndex(last));
        }
    }

    // Under the model tester, which fetches every container it sees after every change: while the pages of all the
    // types are out, one type is removed (the rows below it move up) and the second app is removed and inserted
    // again with the same ID (a new, empty container with the old key). Every page lands under its own container or
    // not at all: the tester checks each insertion, and the end state is the tenant's.
    void pagesAfterMovesAndRemovalsUnderTester()
    {
        AppTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tenant.server()->options().latencyMs = 1000; // the checks below run while the types' pages are out
        model.setClient(m_tenant.client());
        model.fetchMore({}); // (the tester fetches the rest as it appears)
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), m_size.apps, Timeout);
        const QPersistentModelIndex app = model.index(0, 0);
        const QPersistentModelIndex other = model.index(1, 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(app), LoadState::Complete, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(other), LoadState::Complete, Timeout);
        const QList<QPersistentModelIndex> types = childrenOfKind(model, app, NodeKind::ResourceType);
        QCOMPARE(types.size(), m_size.resourceTypesPerApp);
        QCOMPARE(model.loadState(types.at(1)), LoadState::Loading); // the tester asked for every type's page
        const int rowBefore = types.at(2).row();

        QVERIFY(model.removeNode(model.pathAt(types.at(1))));
        QCOMPARE(types.at(2).row(), rowBefore - 1);
        App again;
        again.id = model.idAt(other);
        again.displayName = model.nameAt(other);
        QVERIFY(model.removeNode(TreePath::app(again.id)));
        QVERIFY(model.insertApp(again).isValid());

        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading()
                && model.loadedCount(NodeKind::Resource)
                    == (2 * m_size.resourceTypesPerApp - 1) * m_size.resourcesPerType,
            Timeout);
        for (const QPersistentModelIndex& type : types) {
            if (!type.isValid())
                continue; // the removed one
            QCOMPARE(model.loadState(type), LoadState::Complete);
            QCOMPARE(model.rowCount(type), m_size.resourcesPerType);
            QVERIFY(childrenBelongTo(model, type));
        }
        const QModelIndex reinserted = model.indexForPath(TreePath::app(again.id));
        QVERIFY(reinserted.isValid());
        const QList<QPersistentModelIndex> otherTypes = childrenOfKind(model, reinserted, NodeKind::ResourceType);
        QCOMPARE(otherTypes.size(), m_size.resourceTypesPerApp); // loaded once, nothing twice
        for (const QPersistentModelIndex& type : otherTypes) {
            QCOMPARE(model.rowCount(type), m_size.resourcesPerType);
            QVERIFY(childrenBelongTo(model, type));
        }
    }

    // A refresh replaces the page in flight: only the refreshed request's page lands, once.
    void refreshReplacesThePageInFlight()
    {
        AppTreeModel model;
        AppTreeLoader* loader = model.loader();
        model.setClient(m_tenant.client());
        QVERIFY(loadAll(model, {}));
        const QPersistentModelIndex app = model.index(1, 0);
        QVERIFY(loadAll(model, app));
        const QPersistentModelIndex type = childrenOfKind(model, app, NodeKind::ResourceType).value(0);
        QVERIFY(type.isValid());
        QVERIFY(loadAll(model, type));

        m_tenant.server()->options().latencyMs = 300;
        QSignalSpy finished(loader, &AppTreeLoader::pageFinished);
        const int resources = model.loadedCount(NodeKind::Resource);
        loader->refresh(type);
        QCOMPARE(model.loadState(type), LoadState::Loading);
        loader->refresh(model.index(3, 0, type)); // a leaf refreshes its list: the first request is replaced
        QCOMPARE(loader->loadingContainers(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), Timeout);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(model.loadState(type), LoadState::Complete);
        QCOMPARE(model.rowCount(type), m_size.resourcesPerType);
        QVERIFY(childrenBelongTo(model, type));
        QCOMPARE(model.loadedCount(NodeKind::Resource), resources); // the same rows, merged by ID
    }
};

QTEST_GUILESS_MAIN(TestAppTreeLoader)
#include "tst_apptreeloader.moc"

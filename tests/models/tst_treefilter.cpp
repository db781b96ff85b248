#include "models/AppTreeModel.h"
#include "models/TreeFilterProxy.h"
#include "support/TestTenant.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <algorithm>

using namespace c1;
using namespace Qt::StringLiterals;
using NodeKind = AppTreeModel::NodeKind;
using LoadState = AppTreeModel::LoadState;

namespace {

QString fakeId(int n)
{
    return QStringLiteral("Ab%1").arg(n, 25, 10, QLatin1Char('0'));
}

QStringList names(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result << model.index(row, 0, parent).data().toString();
    return result;
}

} // namespace

class TestTreeFilter : public QObject {
    Q_OBJECT

private:
    AppTreeModel m_model;
    const QStringList m_names { QStringLiteral("App 10"), QStringLiteral("App 2"), QStringLiteral("app 20"),
        QStringLiteral("App 1"), QStringLiteral("Salesforce"), QStringLiteral("GitHub Enterprise"),
        QStringLiteral("Zoom"), QStringLiteral("Ärzte Portal"), QStringLiteral("okta") };

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < m_names.size(); ++i) {
            App app;
            app.id = fakeId(i);
            app.displayName = m_names.at(i);
            app.userCount = (i * 7) % 5;
            QVERIFY(m_model.insertApp(app).isValid());
        }
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // sorted ascending

        QTest::newRow("empty") << QString()
                               << QStringList { u"App 1"_s, u"App 2"_s, u"App 10"_s, u"app 20"_s, u"Ärzte Portal"_s,
                                      u"GitHub Enterprise"_s, u"okta"_s, u"Salesforce"_s, u"Zoom"_s };
        QTest::newRow("blank is empty") << QStringLiteral("   ")
                                        << QStringList { u"App 1"_s, u"App 2"_s, u"App 10"_s, u"app 20"_s,
                                               u"Ärzte Portal"_s, u"GitHub Enterprise"_s, u"okta"_s, u"Salesforce"_s,
                                               u"Zoom"_s };
        QTest::newRow("case-insensitive")
            << QStringLiteral("APP") << QStringList { u"App 1"_s, u"App 2"_s, u"App 10"_s, u"app 20"_s };
        QTest::newRow("substring") << QStringLiteral("p 1") << QStringList { u"App 1"_s, u"App 10"_s };
        QTest::newRow("middle of a word") << QStringLiteral("hub") << QStringList { u"GitHub Enterprise"_s };
        QTest::newRow("non-ASCII") << QStringLiteral("ärzte") << QStringList { u"Ärzte Portal"_s };
        QTest::newRow("trimmed") << QStringLiteral("  zoom ") << QStringList { u"Zoom"_s };
        QTest::newRow("regex characters are literal") << QStringLiteral("a.p") << QStringList {};
        QTest::newRow("no match") << QStringLiteral("xyz") << QStringList {};
        QTest::newRow("ID prefix") << fakeId(4).left(27) << QStringList { u"Salesforce"_s };
        QTest::newRow("short text never matches IDs") << QStringLiteral("Ab0") << QStringList {};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        TreeFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&m_model);
        proxy.sort(int(AppTreeModel::Column::Name));
        proxy.setFilterText(text);
        QCOMPARE(names(proxy), expected);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), m_names.size());
    }

    void numericCollation_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name ascending") << int(AppTreeModel::Column::Name) << Qt::AscendingOrder
                                        << QStringList { u"App 1"_s, u"App 2"_s, u"App 10"_s, u"app 20"_s,
                                               u"Ärzte Portal"_s, u"GitHub Enterprise"_s, u"okta"_s, u"Salesforce"_s,
                                               u"Zoom"_s };
        QTest::newRow("name descending") << int(AppTreeModel::Column::Name) << Qt::DescendingOrder
                                         << QStringList { u"Zoom"_s, u"Salesforce"_s, u"okta"_s, u"GitHub Enterprise"_s,
                                                u"Ärzte Portal"_s, u"app 20"_s, u"App 10"_s, u"App 2"_s, u"App 1"_s };
        // The ID column sorts the raw IDs: the insertion order here.
        QTest::newRow("id ascending") << int(AppTreeModel::Column::Id) << Qt::AscendingOrder
                                      << QStringList { u"App 10"_s, u"App 2"_s, u"app 20"_s, u"App 1"_s,
                                             u"Salesforce"_s, u"GitHub Enterprise"_s, u"Zoom"_s, u"Ärzte Portal"_s,
                                             u"okta"_s };
    }

    void numericCollation()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        TreeFilterProxy proxy;
        proxy.setSourceModel(&m_model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, order);
        QCOMPARE(names(proxy), expected);
    }

    void detailSortsByRawCount()
    {
        TreeFilterProxy proxy;
        proxy.setSourceModel(&m_model);
        proxy.sort(int(AppTreeModel::Column::Detail));
        qint64 previous = -1;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint64 count
                = proxy.index(row, int(AppTreeModel::Column::Detail)).data(AppTreeModel::SortRole).toLongLong();
            QVERIFY(count >= previous);
            previous = count;
        }
    }

    void followsRenamesAppendsAndRemovals()
    {
        // The proxy's per-container name tables and match flags must follow every kind of change under a filter.
        AppTreeModel model;
        TreeFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(int(AppTreeModel::Column::Name));
        const auto app = [](int n, const QString& name) {
            App a;
            a.id = fakeId(100 + n);
            a.displayName = name;
            return a;
        };
        QVERIFY(model.insertApp(app(1, u"Alpha"_s)).isValid());
        QVERIFY(model.insertApp(app(2, u"Gamma"_s)).isValid());
        proxy.setFilterText(u"beta"_s);
        QCOMPARE(names(proxy), QStringList {});
        model.insertApp(app(1, u"Beta"_s)); // a rename: same ID
        QCOMPARE(names(proxy), QStringList { u"Beta"_s });
        model.insertApp(app(3, u"Zeta Beta"_s)); // appended while the filter is on
        model.insertApp(app(4, u"Delta"_s));
        QCOMPARE(names(proxy), (QStringList { u"Beta"_s, u"Zeta Beta"_s }));
        QVERIFY(model.removeNode(TreePath::app(fakeId(101))));
        QCOMPARE(names(proxy), QStringList { u"Zeta Beta"_s });
        proxy.setFilterText(u"ta"_s);
        QCOMPARE(names(proxy), (QStringList { u"Delta"_s, u"Zeta Beta"_s }));
        proxy.setFilterText(QString());
        QCOMPARE(names(proxy), (QStringList { u"Delta"_s, u"Gamma"_s, u"Zeta Beta"_s }));
    }

    void filterOnWhileEverythingLoads()
    {
        // A filter typed before anything loads, under the model tester: every page of every container arrives while
        // the proxy matches new rows from its tables. At the end each loaded row is shown exactly when it, an
        // ancestor or a loaded descendant matches (case-insensitively, by name).
        test::TestTenant tenant;
        SandboxDataSize size;
        size.apps = 6;
        size.resourceTypesPerApp = 2;
        size.resourcesPerType = 240; // three pages each
        size.entitlementsPerApp = 3;
        size.users = 5;
        QVERIFY(tenant.start(SandboxOptions {}, size, test::TestTenant::noRetry()));
        AppTreeModel model;
        TreeFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        const QString text = u"3"_s;
        proxy.setFilterText(text);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(tenant.client());
        model.fetchAll({});
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState({}), LoadState::Complete, 20000);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QPersistentModelIndex app = model.index(row, 0);
            model.fetchAll(app);
            QTRY_COMPARE_WITH_TIMEOUT(model.loadState(app), LoadState::Complete, 20000);
            for (int child = 0; child < model.rowCount(app); ++child) {
                const QModelIndex container = model.index(child, 0, app);
                if (model.hasChildren(container))
                    model.fetchAll(container);
            }
        }
        const int resources = size.apps * size.resourceTypesPerApp * size.resourcesPerType;
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.loadedCount(NodeKind::Resource) == resources, 30000);

        const auto own = [&](const QModelIndex& index) {
            return !model.isStatusRow(index) && model.nameAt(index).contains(text, Qt::CaseInsensitive);
        };
        int shown = 0;
        int checked = 0;
        int wrong = 0;
        const std::function<bool(const QModelIndex&, bool)> check = [&](const QModelIndex& parent, bool ancestor) {
            bool any = false;
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex index = model.index(row, 0, parent);
                if (model.isStatusRow(index))
                    continue;
                const bool self = own(index);
                const bool below = check(index, ancestor || self);
                const bool expected = self || ancestor || below;
                const bool visible = proxy.mapFromSource(index).isValid();
                if (visible != expected && ++wrong <= 5)
                    qWarning() << model.nameAt(index) << "visible" << visible << "expected" << expected;
                any = any || self || below;
                shown += visible ? 1 : 0;
                ++checked;
            }
            return any;
        };
        check({}, false);
        QCOMPARE(wrong, 0);
        QVERIFY(checked > resources);
        QVERIFY(shown > 0 && shown < checked); // the filter both shows and hides
        QCOMPARE(proxy.rowCount(), [&] {
            int apps = 0;
            for (int row = 0; row < model.rowCount(); ++row)
                apps += proxy.mapFromSource(model.index(row, 0)).isValid() ? 1 : 0;
            return apps;
        }());
    }

    void bigListKeepsItsOrderAcrossFilterChanges()
    {
        // A list long enough for the proxy's name ranks (built at the first keystroke, used when the filter is
        // cleared): the order after filtering and clearing, in both directions, is the order sorting by names gave.
        test::TestTenant tenant;
        SandboxDataSize size;
        size.apps = 2;
        size.resourceTypesPerApp = 1;
        size.resourcesPerType = 3;
        size.entitlementsPerApp = 1;
        size.users = 5;
        size.bigTypeResources = 3000;
        QVERIFY(tenant.start(SandboxOptions {}, size, test::TestTenant::noRetry()));
        AppTreeModel model;
        TreeFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(tenant.client());
        model.fetchAll({});
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState({}), LoadState::Complete, 20000);
        QPersistentModelIndex big;
        for (int row = 0; row < model.rowCount() && !big.isValid(); ++row) {
            const QPersistentModelIndex app = model.index(row, 0);
            model.fetchAll(app);
            QTRY_COMPARE_WITH_TIMEOUT(model.loadState(app), LoadState::Complete, 20000);
            for (int child = 0; child < model.rowCount(app); ++child) {
                const QPersistentModelIndex type = model.index(child, 0, app);
                if (model.kindAt(type) != NodeKind::ResourceType)
                    continue;
                model.fetchAll(type);
                QTRY_COMPARE_WITH_TIMEOUT(model.loadState(type), LoadState::Complete, 30000);
                if (model.rowCount(type) >= 3000)
                    big = type;
            }
        }
        QVERIFY(big.isValid());
        const QModelIndex shownBig = proxy.mapFromSource(big);
        const QStringList sorted = names(proxy, shownBig);
        QCOMPARE(sorted.size(), 3000);
        const NameCollator collator;
        for (int i = 1; i < sorted.size(); ++i)
            QVERIFY2(collator.compare(sorted[i - 1], sorted[i]) <= 0, qPrintable(sorted[i - 1] + u" > "_s + sorted[i]));

        const QString some = sorted.at(1234).left(sorted.at(1234).size() - 1);
        proxy.setFilterText(some);
        QVERIFY(proxy.rowCount(proxy.mapFromSource(big)) < 3000);
        proxy.setFilterText(u"no such name at all"_s);
        proxy.setFilterText(QString());
        QCOMPARE(names(proxy, proxy.mapFromSource(big)), sorted);
        proxy.sort(0, Qt::DescendingOrder);
        QStringList reversed = sorted;
        std::reverse(reversed.begin(), reversed.end());
        const QStringList descending = names(proxy, proxy.mapFromSource(big));
        QCOMPARE(descending.size(), reversed.size());
        for (int i = 1; i < descending.size(); ++i)
            QVERIFY(collator.compare(descending[i - 1], descending[i]) >= 0);
        proxy.setFilterText(some);
        proxy.setFilterText(QString());
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(names(proxy, proxy.mapFromSource(big)), sorted);
    }

    void keepsParentsOfMatchesAndStatusRowsLast()
    {
        test::TestTenant tenant;
        SandboxDataSize size;
        size.apps = 4;
        size.resourceTypesPerApp = 2;
        size.resourcesPerType = 150;
        size.entitlementsPerApp = 2;
        size.users = 5;
        QVERIFY(tenant.start(SandboxOptions {}, size, test::TestTenant::noRetry()));
        AppTreeModel model;
        TreeFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        model.setClient(tenant.client()); // (no model tester here: it would fetch every page at once)
        model.fetchAll({});
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState({}), LoadState::Complete, 20000);
        const QPersistentModelIndex app = model.index(2, 0);
        model.fetchAll(app);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(app), LoadState::Complete, 20000);
        QPersistentModelIndex type;
        for (int row = 0; row < model.rowCount(app) && !type.isValid(); ++row) {
            if (model.kindAt(model.index(row, 0, app)) == NodeKind::ResourceType)
                type = model.index(row, 0, app);
        }
        model.fetchMore(type); // one page of two: a "Load more…" row remains
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(type), LoadState::Partial, 20000);

        // Sorted by name, the "Load more…" row stays last in both orders.
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            proxy.sort(0, order);
            const QModelIndex proxyType = proxy.mapFromSource(type);
            const int rows = proxy.rowCount(proxyType);
            QCOMPARE(rows, AppTreeModel::PageSize + 1);
            QCOMPARE(model.kindAt(proxy.mapToSource(proxy.index(rows - 1, 0, proxyType))), NodeKind::LoadMore);
        }
        proxy.sort(0, Qt::AscendingOrder);

        // A resource's exact name keeps its type and app, hides the other apps.
        const QString wanted = model.nameAt(model.index(57, 0, type));
        proxy.setFilterText(wanted);
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex proxyApp = proxy.index(0, 0);
        QCOMPARE(proxy.mapToSource(proxyApp), QModelIndex(app));
        const QModelIndex proxyType = proxy.mapFromSource(type);
        QVERIFY(proxyType.isValid());
        QCOMPARE(proxyType.parent(), proxyApp);
        bool found = false;
        for (int row = 0; row < proxy.rowCount(proxyType); ++row) {
            const QModelIndex source = proxy.mapToSource(proxy.index(row, 0, proxyType));
            if (model.isStatusRow(source))
                continue;
            QVERIFY(model.nameAt(source).contains(wanted, Qt::CaseInsensitive));
            found = found || model.nameAt(source) == wanted;
        }
        QVERIFY(found);
        // The "Load more…" row stays reachable under a container with matches, and last.
        QCOMPARE(model.kindAt(proxy.mapToSource(proxy.index(proxy.rowCount(proxyType) - 1, 0, proxyType))),
            NodeKind::LoadMore);

        // A matching app shows all its children.
        proxy.setFilterText(model.nameAt(app));
        const QModelIndex shownApp = proxy.mapFromSource(app);
        QVERIFY(shownApp.isValid());
        QCOMPARE(proxy.rowCount(shownApp), model.rowCount(app));

        // Rows streaming in are filtered as they arrive.
        proxy.setFilterText(wanted.left(wanted.size() - 1));
        const int before = proxy.rowCount(proxy.mapFromSource(type));
        model.fetchMore(type);
        QTRY_COMPARE_WITH_TIMEOUT(model.loadState(type), LoadState::Complete, 20000);
        QVERIFY(proxy.rowCount(proxy.mapFromSource(type)) >= before - 1); // the status row went away
    }
};

QTEST_GUILESS_MAIN(TestTreeFilter)
#include "tst_treefilter.moc"

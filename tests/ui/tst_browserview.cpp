// gui: BrowserView offscreen, driven through its widgets by object name.
#include "api/Session.h"
#include "browser/BrowserView.h"
#include "browser/DetailsPane.h"
#include "browser/SearchBox.h"
#include "models/AppTreeModel.h"
#include "models/TreeFilterProxy.h"
#include "shell/Translations.h"
#include "support/TestTenant.h"
#include "ui/WidgetAudit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace c1;
using NodeKind = AppTreeModel::NodeKind;
using LoadState = AppTreeModel::LoadState;

namespace {

constexpr int Timeout = 30000;

QModelIndex childOfKind(const QAbstractItemModel& proxy, const AppTreeModel& model, const TreeFilterProxy& filter,
    const QModelIndex& parent, NodeKind kind)
{
    for (int row = 0; row < proxy.rowCount(parent); ++row) {
        const QModelIndex index = proxy.index(row, 0, parent);
        if (model.kindAt(filter.mapToSource(index)) == kind)
            return index;
    }
    return {};
}

} // namespace

class TestBrowserView : public QObject {
    Q_OBJECT

private:
    test::TestTenant m_tenant;

private Q_SLOTS:
    void initTestCase()
    {
        SandboxDataSize size;
        size.apps = 12;
        size.resourceTypesPerApp = 2;
        size.resourcesPerType = 30;
        size.entitlementsPerApp = 3;
        size.users = 10;
        QVERIFY(m_tenant.start(SandboxOptions {}, size, test::TestTenant::noRetry()));
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en")); // the plural forms
    }

    void browseFilterSelectCopy()
    {
        auto session = m_tenant.newSession();
        QVERIFY(session);
        BrowserView view;
        view.resize(1200, 800);
        view.show();
        view.setSession(session.get());
        AppTreeModel* model = view.model();
        TreeFilterProxy* proxy = view.proxy();
        auto* tree = view.findChild<QTreeView*>(QStringLiteral("appTree"));
        QVERIFY(tree);
        QVERIFY(!tree->accessibleName().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model->loadState({}), LoadState::Complete, Timeout);
        QCOMPARE(proxy->rowCount(), 12);

        // Expand an app, then a resource type: the view fetches them.
        const QPersistentModelIndex app = proxy->index(0, 0);
        tree->expand(app);
        QTRY_COMPARE_WITH_TIMEOUT(model->loadState(proxy->mapToSource(app)), LoadState::Complete, Timeout);
        const QPersistentModelIndex type = childOfKind(*proxy, *model, *proxy, app, NodeKind::ResourceType);
        QVERIFY(type.isValid());
        tree->expand(type);
        QTRY_COMPARE_WITH_TIMEOUT(model->loadState(proxy->mapToSource(type)), LoadState::Complete, Timeout);
        QCOMPARE(proxy->rowCount(type), 30);

        // Type a filter (debounced) that matches one resource.
        const QModelIndex someResource = proxy->index(17, 0, type);
        const QString name = someResource.data().toString();
        const QString resourceId = model->idAt(proxy->mapToSource(someResource));
        auto* filter = view.findChild<QLineEdit*>(QStringLiteral("treeFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, name);
        QTRY_COMPARE(proxy->filterText(), name);
        QVERIFY(proxy->rowCount() >= 1);
        QVERIFY(tree->isExpanded(type));

        // Select the resource with the mouse.
        QModelIndex shown;
        for (int row = 0; row < proxy->rowCount(type); ++row) {
            if (model->idAt(proxy->mapToSource(proxy->index(row, 0, type))) == resourceId)
                shown = proxy->index(row, 0, type);
        }
        QVERIFY(shown.isValid());
        tree->scrollTo(shown);
        QSignalSpy current(&view, &BrowserView::currentChanged);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(shown).center());
        QTRY_VERIFY(!current.isEmpty());
        const auto selection = current.last().first().value<BrowserSelection>();
        QVERIFY(selection.isResource());
        QCOMPARE(selection.resource.id, resourceId);
        QCOMPARE(selection.app.id, model->idAt(proxy->mapToSource(app)));
        QCOMPARE(view.selectedTargets().size(), 1);
        QCOMPARE(view.selectedTargets().first().resourceId, resourceId);

        // The details pane fetches the full resource; its ID has a copy button.
        QTRY_VERIFY_WITH_TIMEOUT(!view.detailsPane()->isFetching(), Timeout);
        auto* copy = view.detailsPane()->findChild<QToolButton*>(QStringLiteral("copyButton_id"));
        QVERIFY(copy);
        QVERIFY(!copy->accessibleName().isEmpty());
        C1_VERIFY_WIDGET_AUDIT(&view); // every interactive widget named, tree, filter, search and details alike
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), resourceId);

        auto* copyPath = view.findChild<QAction*>(QStringLiteral("browserActionCopyPath"));
        QVERIFY(copyPath);
        copyPath->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), selection.path.toString());

        // Refresh everything: expansion and selection survive.
        filter->clear();
        QTRY_VERIFY(proxy->filterText().isEmpty());
        view.refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), Timeout);
        QVERIFY(tree->isExpanded(app));
        QVERIFY(tree->isExpanded(type));
        QCOMPARE(model->idAt(proxy->mapToSource(tree->currentIndex())), resourceId);

        // Type-ahead on the Name column.
        tree->setFocus();
        tree->collapseAll();
        const QString lastApp = proxy->index(proxy->rowCount() - 1, 0).data().toString();
        tree->keyboardSearch(lastApp);
        QCOMPARE(tree->currentIndex().data().toString(), lastApp);
    }

    // Enum constants and durations in words (the API's value in the tooltip); IDs show their start; labels
    // go above the values when the pane is narrow and back beside them when it is wide again.
    void detailsPaneShowsValuesInWords()
    {
        DetailsPane pane;
        BrowserSelection selection;
        selection.valid = true;
        selection.kind = NodeKind::Entitlement;
        selection.entitlement.id = QStringLiteral("2bXvF0aXKpP6ZLhFMkcV6XBy4h5Q");
        selection.entitlement.displayName = QStringLiteral("Admin");
        selection.entitlement.purpose = QStringLiteral("APP_ENTITLEMENT_PURPOSE_VALUE_PERMISSION");
        selection.entitlement.durationGrant = QStringLiteral("93784s"); // 1 d 2 h 3 min 4 s
        pane.resize(900, 600);
        pane.show();
        pane.showSelection(selection);
        QVERIFY(!pane.isFetching()); // no client: what the selection holds

        // A value is found through its field label (its buddy): values are read by their own text.
        auto fieldText = [&pane](const QString& label) -> QLabel* {
            for (QLabel* name : pane.findChildren<QLabel*>(QStringLiteral("detailsLabel"))) {
                if (name->text() == label)
                    return qobject_cast<QLabel*>(name->buddy());
            }
            return nullptr;
        };
        QLabel* purpose = fieldText(QStringLiteral("Purpose"));
        QVERIFY(purpose);
        QCOMPARE(purpose->text(), QStringLiteral("Permission"));
        QCOMPARE(purpose->toolTip(), selection.entitlement.purpose);
        QLabel* duration = fieldText(QStringLiteral("Grant duration"));
        QVERIFY(duration);
        QCOMPARE(duration->text(), QStringLiteral("1 day, 2 hours, 3 minutes, and 4 seconds"));
        QCOMPARE(duration->toolTip(), QStringLiteral("93784s"));

        // A value the console does not know (a newer API) shows as it came.
        selection.entitlement.purpose = QStringLiteral("APP_ENTITLEMENT_PURPOSE_VALUE_SOMETHING_NEW");
        selection.entitlement.durationGrant = QStringLiteral("P3D");
        pane.showSelection(selection);
        QCOMPARE(fieldText(QStringLiteral("Purpose"))->text(), selection.entitlement.purpose);
        QCOMPARE(fieldText(QStringLiteral("Grant duration"))->text(), QStringLiteral("P3D"));

        auto* id = pane.findChild<QLineEdit*>(QStringLiteral("idField_id"));
        QVERIFY(id);
        QCOMPARE(id->cursorPosition(), 0);

        auto labelBold = [&pane] {
            const QList<QLabel*> labels = pane.findChildren<QLabel*>(QStringLiteral("detailsLabel"));
            return !labels.isEmpty() && labels.constFirst()->font().bold();
        };
        QVERIFY(!pane.labelsAboveValues());
        QVERIFY(!labelBold());
        pane.resize(260, 600);
        QVERIFY(pane.labelsAboveValues());
        QVERIFY(labelBold());
        pane.showSelection(selection); // a new selection keeps the layout the width calls for
        QVERIFY(pane.labelsAboveValues());
        QVERIFY(labelBold());
        pane.resize(900, 600);
        QVERIFY(!pane.labelsAboveValues());
        QVERIFY(!labelBold());
    }

    // The splitter and the tree's columns come back as they were left; a foreign state changes nothing.
    void layoutStateRoundTrip()
    {
        QByteArray saved;
        QList<int> sizes;
        {
            BrowserView view;
            view.resize(1000, 600);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            auto* splitter = view.findChild<QSplitter*>(QStringLiteral("browserSplitter"));
            QVERIFY(splitter);
            // The default gives the details two fifths (within the minimum widths).
            QVERIFY(qAbs(splitter->sizes().value(1) * 3 - splitter->sizes().value(0) * 2) < 60);
            splitter->setSizes({ 700, 300 });
            view.treeView()->header()->resizeSection(0, 333);
            sizes = splitter->sizes();
            saved = view.saveLayoutState();
        }
        BrowserView view;
        view.resize(1000, 600);
        view.restoreLayoutState(QByteArrayLiteral("not a layout state"));
        view.restoreLayoutState(saved);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.findChild<QSplitter*>(QStringLiteral("browserSplitter"))->sizes(), sizes);
        QCOMPARE(view.treeView()->header()->sectionSize(0), 333);
    }

    void searchByIdLocates()
    {
        auto session = m_tenant.newSession();
        QVERIFY(session);
        // Learn a resource ID of the last app.
        AppTreeModel scout;
        scout.setClient(m_tenant.client());
        scout.fetchAll({});
        QTRY_COMPARE_WITH_TIMEOUT(scout.loadState({}), LoadState::Complete, Timeout);
        const QPersistentModelIndex app = scout.index(scout.rowCount() - 1, 0);
        scout.fetchAll(app);
        QTRY_COMPARE_WITH_TIMEOUT(scout.loadState(app), LoadState::Complete, Timeout);
        const QPersistentModelIndex type = scout.index(1, 0, app);
        scout.fetchAll(type);
        QTRY_COMPARE_WITH_TIMEOUT(scout.loadState(type), LoadState::Complete, Timeout);
        const TreePath target = scout.pathAt(scout.index(25, 0, type));

        BrowserView view;
        view.show();
        view.setSession(session.get());
        QSignalSpy located(&view, &BrowserView::located);
        view.searchBox()->setScope(SearchBox::Scope::Resources);
        auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTest::keyClicks(search, target.resourceId);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(located.count(), 1, Timeout);
        QCOMPARE(located.first().first().value<TreePath>(), target);
        QCOMPARE(view.currentSelection().path, target);
        QVERIFY(view.treeView()->isExpanded(view.treeView()->currentIndex().parent()));
    }

    void staysResponsiveWhileResourcesStream()
    {
        test::TestTenant big;
        SandboxDataSize size;
        size.apps = 3;
        size.resourceTypesPerApp = 1;
        size.resourcesPerType = 5;
        size.entitlementsPerApp = 1;
        size.users = 5;
        size.ownersPerObject = 0;
        size.bigTypeResources = 100000;
        QVERIFY(big.start(SandboxOptions {}, size, test::TestTenant::noRetry()));
        auto session = big.newSession();
        QVERIFY(session);
        BrowserView view;
        view.resize(1000, 700);
        view.show();
        view.setSession(session.get());
        AppTreeModel* model = view.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->loadState({}), LoadState::Complete, Timeout);

        QPersistentModelIndex bigType;
        for (int row = 0; row < model->rowCount() && !bigType.isValid(); ++row) {
            const QPersistentModelIndex app = model->index(row, 0);
            model->fetchAll(app);
            QTRY_COMPARE_WITH_TIMEOUT(model->loadState(app), LoadState::Complete, Timeout);
            const QModelIndex type = model->index(1, 0, app);
            model->fetchMore(type);
            QTRY_VERIFY_WITH_TIMEOUT(model->loadState(type) != LoadState::Loading, Timeout);
            if (model->loadState(type) == LoadState::Partial)
                bigType = type;
        }
        QVERIFY(bigType.isValid());
        for (QModelIndex p = view.proxy()->mapFromSource(bigType); p.isValid(); p = p.parent())
            view.treeView()->expand(p);

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
        });
        clock.start();
        ticker.start();
        model->fetchAll(bigType);
        QTRY_COMPARE_WITH_TIMEOUT(model->loadState(bigType), LoadState::Complete, 300000);
        ticker.stop();
        QCOMPARE(model->rowCount(bigType), 100000);
        qInfo("100,000 resources streamed into the sorted, shown tree in %lld ms; longest gap of a 10 ms timer: "
              "%lld ms",
            clock.elapsed(), longest);
        QVERIFY2(longest < 1000, qPrintable(QStringLiteral("UI blocked for %1 ms").arg(longest)));

        // One keystroke's filter over the 100,000 shown rows.
        QElapsedTimer filterClock;
        filterClock.start();
        view.proxy()->setFilterText(model->nameAt(model->index(54321, 0, bigType)));
        qInfo("filter over 100,000 shown rows: %lld ms", filterClock.elapsed());
    }
};

QTEST_MAIN(TestBrowserView)
#include "tst_browserview.moc"

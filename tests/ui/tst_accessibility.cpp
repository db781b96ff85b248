// Accessibility of every form and the main window, against a sandbox tenant: every control is named for screen
// readers (the parts of editable combo boxes and line edits' action buttons too), no label's accessible name hides
// its text (the details pane's values are read as themselves, labelled by their field), Tab reaches every input in
// visual order, mnemonics lead somewhere and do not collide (in English, German and French), and every menu action
// with a shortcut shows it.
#include "ui/KeyboardAudit.h"
#include "ui/UiFixture.h"
#include "ui/WidgetAudit.h"

#include "browser/BrowserView.h"
#include "browser/DetailsPane.h"
#include "models/AppTreeModel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTreeView>

using namespace c1;
using namespace c1::test;

namespace {

// Every menu under the menu bar, submenus included.
QList<QMenu*> allMenus(QMenuBar* bar)
{
    QList<QMenu*> menus;
    QList<QAction*> pending = bar->actions();
    while (!pending.isEmpty()) {
        QAction* action = pending.takeFirst();
        if (QMenu* menu = action->menu(); menu && !menus.contains(menu)) {
            menus << menu;
            pending << menu->actions();
        }
    }
    return menus;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void auditFindsWhatReadersMiss();
    void namedWidgets_data();
    void namedWidgets();
    void detailsValuesAreRead();
    void tabOrder_data();
    void tabOrder();
    void mnemonics_data();
    void mnemonics();
    void menuShortcuts_data();
    void menuShortcuts();

private:
    void formRows();
    void languageRows();

    UiFixture m_fixture;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_fixture.start(QStringLiteral("tst_accessibility")));
    QVERIFY(m_fixture.session());
}

void TestAccessibility::cleanup()
{
    Translations::install(QStringLiteral("en"));
}

void TestAccessibility::formRows()
{
    QTest::addColumn<QString>("form");
    for (const QString& form : UiFixture::formNames())
        QTest::newRow(qPrintable(form)) << form;
}

void TestAccessibility::languageRows()
{
    QTest::addColumn<QString>("language");
    for (const char* language : { "en", "de", "fr" })
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestAccessibility::namedWidgets_data()
{
    formRows();
}

// Every interactive widget has an objectName and an accessibleName.
void TestAccessibility::namedWidgets()
{
    QFETCH(QString, form);
    const auto widget = m_fixture.make(form);
    QVERIFY(widget);
    C1_VERIFY_WIDGET_AUDIT(widget.get());
}

// The audit itself: an unnamed line edit action, an unnamed editable combo's line edit and a label whose accessible
// name replaces its text are each reported (the old audit passed all three).
void TestAccessibility::auditFindsWhatReadersMiss()
{
    QWidget root;
    root.setObjectName(QStringLiteral("root"));
    auto* edit = new QLineEdit(&root);
    edit->setObjectName(QStringLiteral("edit"));
    edit->setAccessibleName(QStringLiteral("Filter"));
    QAction* leading = edit->addAction(QIcon(), QLineEdit::LeadingPosition);
    auto* combo = new QComboBox(&root);
    combo->setObjectName(QStringLiteral("combo"));
    combo->setAccessibleName(QStringLiteral("Role"));
    combo->setEditable(true);
    auto* label = new QLabel(QStringLiteral("131 apps"), &root);
    label->setAccessibleName(QStringLiteral("Loading status"));
    auto* empty = new QLabel(&root);
    empty->setAccessibleName(QStringLiteral("Server error"));
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));

    QStringList problems = auditWidgetTree(&root);
    QCOMPARE(problems.size(), 4);
    QCOMPARE(problems.filter(QStringLiteral("(parent QComboBox “combo”) is announced without a name")).size(), 1);
    QCOMPARE(problems.filter(QStringLiteral("(parent QLineEdit “edit”) is announced without a name")).size(), 1);
    QCOMPARE(problems.filter(QStringLiteral("shows “131 apps” but is announced as “Loading status”")).size(), 1);
    QCOMPARE(problems.filter(QStringLiteral("is announced as “Server error”")).size(), 1);

    // Named, they pass; a label whose name says what it shows passes too.
    leading->setText(QStringLiteral("Filter"));
    combo->lineEdit()->setAccessibleName(QStringLiteral("Role"));
    label->setAccessibleName(QString());
    empty->setAccessibleName(QString());
    auto* badge = new QLabel(QStringLiteral("<b>READ-ONLY</b>"), &root);
    badge->setAccessibleName(QStringLiteral("READ-ONLY"));
    problems = auditWidgetTree(&root);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The details pane reads each value as itself, labelled by its field's label (a buddy relation), and the tree's
// status line as its text: nothing in the browser hides visible text from a screen reader.
void TestAccessibility::detailsValuesAreRead()
{
    const auto widget = m_fixture.make(QStringLiteral("mainwindow"));
    auto* window = qobject_cast<MainWindow*>(widget.get());
    QVERIFY(window);
    BrowserView* browser = window->browserView();
    QTRY_VERIFY_WITH_TIMEOUT(!browser->model()->isLoading() && browser->model()->rowCount() > 1, 15000);
    QSignalSpy loaded(browser->detailsPane(), &DetailsPane::detailsLoaded);
    browser->treeView()->setCurrentIndex(browser->treeView()->model()->index(0, 0));
    QVERIFY(loaded.wait(15000));

    auto* status = window->findChild<QLabel*>(QStringLiteral("treeStatus"));
    QVERIFY(status);
    QTRY_VERIFY(!status->text().isEmpty());
    QCOMPARE(announcedName(status), labelPlainText(status));

    int values = 0;
    for (QLabel* label : browser->detailsPane()->findChildren<QLabel*>(QStringLiteral("detailsLabel"))) {
        auto* value = qobject_cast<QLabel*>(label->buddy());
        if (!value)
            continue; // an ID field: a named, read-only line edit with its copy button
        ++values;
        QCOMPARE(announcedName(value), labelPlainText(value));
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(value);
        QVERIFY(iface);
        bool labelled = false;
        for (const auto& [other, relation] : iface->relations(QAccessible::Label))
            labelled = labelled || other->object() == label;
        QVERIFY2(labelled, qPrintable(label->text()));
    }
    QVERIFY(values >= 5); // name, description, users, flags …
    C1_VERIFY_WIDGET_AUDIT(window);
}

void TestAccessibility::tabOrder_data()
{
    formRows();
}

// Tab reaches every input, leaves text editors, and follows the layout.
void TestAccessibility::tabOrder()
{
    QFETCH(QString, form);
    const auto widget = m_fixture.make(form);
    QVERIFY(widget);
    const QStringList problems = tabOrderProblems(widget.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::mnemonics_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("language");
    for (const QString& form : UiFixture::formNames()) {
        for (const char* language : { "en", "de", "fr" })
            QTest::newRow(qPrintable(form + QLatin1Char('-') + QLatin1String(language)))
                << form << QString::fromLatin1(language);
    }
}

// In each language: a label's Alt+letter moves to its buddy, and no two visible controls share one.
void TestAccessibility::mnemonics()
{
    QFETCH(QString, form);
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    const auto widget = m_fixture.make(form);
    QVERIFY(widget);
    const QStringList problems = mnemonicProblems(widget.get());
    // A known defect of the German catalog, left to the translation pass (translations/*.ts are not edited on a
    // branch): New Resource Type's "&Kind:" is "&Art:", which shares Alt+A with "&Anzeigename:". Once the catalog
    // gives it another letter ("A&rt:"), this row passes unexpectedly (XPASS fails the suite): delete this line then.
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::menuShortcuts_data()
{
    languageRows();
}

// Each action with a shortcut is in a menu (which shows the shortcut beside it) and names the shortcut in its
// tooltip (what a toolbar button shows); no two actions share a shortcut; each menu's mnemonics are unique.
void TestAccessibility::menuShortcuts()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    const auto widget = m_fixture.make(QStringLiteral("mainwindow"));
    auto* window = qobject_cast<QMainWindow*>(widget.get());
    QVERIFY(window);
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_DontShowShortcutsInContextMenus));

    QStringList problems;
    QSet<QAction*> inMenus;
    const QList<QMenu*> menus = allMenus(window->menuBar());
    QVERIFY(menus.size() >= 6);
    for (QMenu* menu : menus) {
        QMap<QChar, QStringList> mnemonics;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            inMenus.insert(action);
            if (const QChar c = mnemonicOf(action->text()); !c.isNull())
                mnemonics[c] << action->text();
            else if (!action->menu() && action->text().size() > 1 && !action->isCheckable())
                problems << QStringLiteral("menu item “%1” has no mnemonic").arg(action->text());
        }
        for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it) {
            if (it->size() > 1)
                problems << QStringLiteral("menu “%1”: Alt+%2 is shared by %3")
                                .arg(menu->title(), it.key().toUpper(), it->join(QStringLiteral(", ")));
        }
    }

    QMap<QKeySequence, QStringList> byShortcut;
    int withShortcut = 0;
    for (QAction* action : window->findChildren<QAction*>()) {
        for (const QKeySequence& shortcut : action->shortcuts()) {
            if (!shortcut.isEmpty())
                byShortcut[shortcut] << action->objectName();
        }
        if (action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (!inMenus.contains(action))
            problems << QStringLiteral("%1 (%2) is in no menu, so its shortcut is shown nowhere")
                            .arg(action->objectName(), keys);
        if (!action->toolTip().contains(keys))
            problems << QStringLiteral("the tooltip of %1 does not show %2: “%3”")
                            .arg(action->objectName(), keys, action->toolTip());
    }
    for (auto it = byShortcut.cbegin(); it != byShortcut.cend(); ++it) {
        if (it->size() > 1)
            problems << QStringLiteral("%1 is the shortcut of %2")
                            .arg(it.key().toString(QKeySequence::NativeText), it->join(QStringLiteral(", ")));
    }
    QVERIFY(withShortcut >= 8);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

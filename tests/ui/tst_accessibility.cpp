// Accessibility of every form and the main window, against a sandbox tenant: every control is named for screen
// readers, Tab reaches every input in visual order, mnemonics lead somewhere and do not collide (in English, German
// and French), and every menu action with a shortcut shows it.
#include "ui/KeyboardAudit.h"
#include "ui/UiFixture.h"
#include "ui/WidgetAudit.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

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

    void namedWidgets_data();
    void namedWidgets();
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

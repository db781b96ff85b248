// Screenshots of the main window (signed in to a sandbox tenant with demo data), the welcome view (no profile
// connected), the settings dialog, the create-app dialog (as it opens, and with a problem in its last field) and the
// bulk owners dialog (with a paste checked and previewed), in English, German and French, written to
// <build>/screenshots/<lang>-<name>.png for people to look at. Asserts only that each file was written and shows
// something (not one flat colour).
#include "api/C1Client.h"
#include "browser/BrowserView.h"
#include "create/AnnotationsEditor.h"
#include "models/AppTreeModel.h"
#include "models/BulkRowsModel.h"
#include "shell/RequestLogView.h"
#include "shell/WelcomeView.h"
#include "ui/UiFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QTreeView>

#include <optional>

using namespace c1;
using namespace c1::test;

class TestScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void screenshot_data();
    void screenshot();

private:
    QString bulkPaste();

    UiFixture m_fixture;
    QDir m_out;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_fixture.start(QStringLiteral("tst_screenshots")));
    QVERIFY(m_fixture.session());
    m_out = QDir(QStringLiteral(C1_SCREENSHOT_DIR));
    QVERIFY(m_out.mkpath(QStringLiteral(".")));
}

void TestScreenshots::cleanup()
{
    Translations::install(QStringLiteral("en"));
}

void TestScreenshots::screenshot_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("form");
    for (const char* language : { "en", "de", "fr" }) {
        for (const char* form : { "mainwindow", "welcome", "settings", "createapp", "createapp-problem", "bulk" })
            QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(language), QLatin1String(form))))
                << QString::fromLatin1(language) << QString::fromLatin1(form);
    }
}

// Emails and IDs of a few demo users, a duplicate, a malformed line and an unknown email: every kind of row.
QString TestScreenshots::bulkPaste()
{
    const Result<Page<User>> users = test::await<Page<User>>([this](QObject* context, auto done) {
        return m_fixture.session()->client()->searchUsers(UserSearch {}, QString(), 8, context, std::move(done));
    });
    if (!users.ok())
        return {};
    QStringList lines { QStringLiteral("email") };
    const QList<User> list = users.value().items;
    for (int i = 0; i < list.size(); ++i)
        lines << (i % 2 ? list[i].id : list[i].email);
    if (!list.isEmpty())
        lines << list.first().email; // a duplicate
    lines << QStringLiteral("2aBcD") << QStringLiteral("nobody@example.com");
    return lines.join(QLatin1Char('\n'));
}

void TestScreenshots::screenshot()
{
    QFETCH(QString, language);
    QFETCH(QString, form);
    QCOMPARE(Translations::install(language), language);
    const QString paste = form == QLatin1String("bulk") ? bulkPaste() : QString();
    const bool withProblem = form == QLatin1String("createapp-problem");
    const auto widget = m_fixture.make(withProblem ? QStringLiteral("createapp") : form);
    QVERIFY(widget);

    if (auto* settings = qobject_cast<SettingsDialog*>(widget.get())) {
        QVERIFY(QTest::qWaitFor([settings] { return !settings->isBusy(); }, 10000)); // secrets read
    } else if (auto* create = qobject_cast<CreateAppDialog*>(widget.get()); create && withProblem) {
        // A name, and an annotation key C1 reserves: the problem shows beside the buttons and in the form.
        QTest::keyClicks(create->findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Payroll"));
        create->findChild<AnnotationsEditor*>()->addRow(QStringLiteral("c1/owner"), QStringLiteral("finance"));
        auto* summary = create->findChild<QLabel*>(QStringLiteral("problemSummary"));
        QTRY_VERIFY(summary && summary->isVisible());
        auto* message = create->findChild<QLabel*>(QStringLiteral("annotationsError"));
        QWidget* viewport = create->findChild<QScrollArea*>(QStringLiteral("scrollArea"))->viewport();
        QTRY_VERIFY(message->isVisible()
            && viewport->rect().contains(QRect(message->mapTo(viewport, QPoint(0, 0)), message->size())));
    } else if (auto* bulk = qobject_cast<BulkOwnersDialog*>(widget.get())) {
        QVERIFY(!paste.isEmpty());
        bulk->resize(1100, 720);
        bulk->setPasteText(paste);
        QSignalSpy checked(bulk, &BulkOwnersDialog::checkFinished);
        bulk->startCheck();
        QVERIFY(checked.wait(30000));
        QVERIFY(bulk->rowsModel()->rowCount() > 0);
    } else if (auto* idle = qobject_cast<MainWindow*>(widget.get()); idle && form == QLatin1String("welcome")) {
        QTRY_VERIFY(idle->welcomeView()->isVisible());
    } else if (auto* window = qobject_cast<MainWindow*>(widget.get())) {
        QTRY_VERIFY(window->requestLogView()->isVisible());
        // The browser with its apps loaded, the first one open and selected (its details and owners shown).
        auto* browser = window->findChild<BrowserView*>();
        QVERIFY(browser);
        QTRY_VERIFY_WITH_TIMEOUT(!browser->model()->isLoading() && browser->model()->rowCount() > 1, 15000);
        const QModelIndex first = browser->treeView()->model()->index(0, 0);
        browser->treeView()->expand(first);
        browser->treeView()->setCurrentIndex(first);
        QTRY_VERIFY_WITH_TIMEOUT(!browser->model()->isLoading(), 15000);
    }
    QCoreApplication::processEvents(); // let layouts settle after the last change

    const QString path = m_out.filePath(QStringLiteral("%1-%2.png").arg(language, form));
    QFile::remove(path);
    const QImage image = widget->grab().toImage();
    QVERIFY(image.save(path));
    qInfo("screenshot: %s", qPrintable(path));

    QVERIFY(QFileInfo(path).size() > 8 * 1024);
    QVERIFY(image.width() >= 300 && image.height() >= 200);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"

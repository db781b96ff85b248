// Issue 16 from the GUI, as a person would do it, on an empty demo tenant: create an app, give it a resource type,
// create a resource, edit all three, delete them: every step through the main window's actions and the dialogs'
// widgets, and every write checked on the wire (the request log: method, path, body and update mask) and in the
// tenant. The tree follows in place (inserted, renamed, removed) without listing again. Screenshots of the new
// dialogs are written for review.
#include "api/C1Client.h"
#include "api/RequestLog.h"
#include "api/Session.h"
#include "browser/BrowserView.h"
#include "browser/DetailsPane.h"
#include "create/AnnotationsEditor.h"
#include "create/CreateAppDialog.h"
#include "create/CreateResourceDialog.h"
#include "dialogs/FormsTestSupport.h"
#include "edit/DeleteDialog.h"
#include "edit/EditActions.h"
#include "edit/EditDialog.h"
#include "edit/NewResourceTypeDialog.h"
#include "models/AppTreeModel.h"
#include "sandbox/SandboxServer.h"
#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/MainWindow.h"
#include "workflows/DeleteFlow.h"
#include "workflows/EditFlow.h"
#include "workflows/SessionController.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace c1;
using namespace Qt::StringLiterals;

class TestEditDelete : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createsAnApp();
    void givesItAResourceType();
    void createsAResource();
    void editsTheApp();
    void editsTheResourceType();
    void editsTheResource();
    void editShowsAChangeMadeMeanwhile();
    void deletesTheResource();
    void deletesTheResourceType();
    void deletesTheApp();
    void newResourceOffersToCreateATypeFirst();
    void readOnlyProfileDisablesEditAndDelete();

private:
    void connectProfile(bool readOnly);
    BrowserView* browser() const { return m_window->browserView(); }
    AppTreeModel* model() const { return browser()->model(); }
    EditActions* edits() const { return m_window->editActions(); }
    RequestLog* log() const { return m_window->session()->requestLog(); }
    // The writes (POST/DELETE to /api) logged since `from`, as "METHOD path".
    QStringList writesSince(int from) const;
    QJsonObject lastBody(const QString& method, const QString& path) const;
    void select(const TreePath& path);
    void shoot(QWidget* widget, const QString& name);
    // The objectNames of the actions in the tree's context menu on `path` (opened as a right click does, then closed).
    QStringList contextMenuOf(const TreePath& path);
    // Whether the tenant still answers for the object (a GET through the session's client: 404 means gone).
    bool tenantHas(const EditTarget& target);
    // The texts of the details pane's value labels.
    QStringList detailsTexts() const;
    template <typename Dialog> Dialog* waitForDialog();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    SandboxClient m_client;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    App m_app;
    AppResourceType m_type;
    AppResource m_resource;
};

void TestEditDelete::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"C1 Console Tests"_s);
    QCoreApplication::setApplicationName(u"tst_editdelete"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    SandboxDataSize empty;
    empty.apps = 0;
    empty.users = 3;
    m_server->generateData(empty);
    m_client = m_server->issueClient();
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_controller = std::make_unique<SessionController>(m_profiles.get(), m_secrets.get());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    connectProfile(false);
    QCOMPARE(model()->rowCount(), 0); // an empty tenant
    QVERIFY(edits());
}

void TestEditDelete::cleanupTestCase()
{
    m_window.reset();
    m_controller.reset();
}

void TestEditDelete::connectProfile(bool readOnly)
{
    Profile profile;
    profile.id = readOnly ? u"edit-audit"_s : u"edit-profile"_s;
    profile.name = readOnly ? u"Demo (audit)"_s : u"Demo"_s;
    profile.urlOverride = m_server->baseUrl();
    profile.readOnly = readOnly;
    QVERIFY(m_profiles->save(profile));
    m_controller->connectWithSecrets(
        profile, ProfileSecrets { m_server->baseUrl().authority(), m_client.clientId, m_client.clientSecret });
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 15000);
}

QStringList TestEditDelete::writesSince(int from) const
{
    QStringList writes;
    for (int row = from; row < log()->size(); ++row) {
        const RequestLogEntry& e = log()->entry(row);
        const QString path = QUrl(e.url).path();
        if (e.method != u"GET"_s && path.startsWith(u"/api/"_s))
            writes.append(e.method + u' ' + path);
    }
    return writes;
}

QJsonObject TestEditDelete::lastBody(const QString& method, const QString& path) const
{
    for (int row = log()->size() - 1; row >= 0; --row) {
        const RequestLogEntry& e = log()->entry(row);
        if (e.method == method && QUrl(e.url).path() == path)
            return QJsonDocument::fromJson(e.requestBody).object();
    }
    return {};
}

void TestEditDelete::select(const TreePath& path)
{
    const QModelIndex index = model()->indexForPath(path);
    QVERIFY2(index.isValid(), qPrintable(path.toString()));
    browser()->selectSourceIndex(index);
    QCOMPARE(browser()->currentSelection().path, path);
}

void TestEditDelete::shoot(QWidget* widget, const QString& name)
{
    const QString path = QStringLiteral(C1_SCREENSHOT_DIR) + u"/edit-"_s + name + u".png"_s;
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QStringList TestEditDelete::contextMenuOf(const TreePath& path)
{
    select(path);
    QTreeView* tree = browser()->treeView();
    QStringList names;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&names, &closer] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        closer.stop();
        for (QAction* action : menu->actions()) {
            if (action->isVisible() && !action->isSeparator())
                names.append(action->objectName());
        }
        menu->close();
    });
    closer.start(10);
    Q_EMIT tree->customContextMenuRequested(tree->visualRect(tree->currentIndex()).center());
    if (!QTest::qWaitFor([&closer] { return !closer.isActive(); }, 5000))
        qWarning("no context menu opened");
    return names;
}

bool TestEditDelete::tenantHas(const EditTarget& target)
{
    C1Client* client = m_window->session()->client();
    std::optional<bool> found;
    QObject context;
    auto answer = [&found](auto result) {
        found = result.ok() ? !result.value().deletedAt.isValid() : result.error().httpStatus != 404;
    };
    switch (target.kind) {
    case EditTarget::Kind::App:
        client->getApp(target.appId, &context, answer);
        break;
    case EditTarget::Kind::ResourceType:
        client->getResourceType(target.appId, target.typeId, &context, answer);
        break;
    case EditTarget::Kind::Resource:
        client->getResource(target.appId, target.typeId, target.resourceId, &context, answer);
        break;
    }
    if (!QTest::qWaitFor([&found] { return found.has_value(); }, 15000))
        return true;
    return *found;
}

QStringList TestEditDelete::detailsTexts() const
{
    QStringList texts;
    for (QLabel* label : browser()->detailsPane()->findChildren<QLabel*>())
        texts.append(label->text());
    return texts;
}

template <typename Dialog> Dialog* TestEditDelete::waitForDialog()
{
    Dialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [this, &dialog] { return (dialog = m_window->findChild<Dialog*>()) && dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog;
}

void TestEditDelete::createsAnApp()
{
    const int from = log()->size();
    m_window->actions().newApp->trigger();
    QPointer<CreateAppDialog> dialog = waitForDialog<CreateAppDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"displayNameEdit"_s), u"Wiki"_s);
    auto* create = dialog->findChild<QPushButton*>(u"createButton"_s);
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QCOMPARE(writesSince(from), QStringList { u"POST /api/v1/apps"_s });
    QCOMPARE(lastBody(u"POST"_s, u"/api/v1/apps"_s).value(u"displayName"_s).toString(), u"Wiki"_s);
    const BrowserSelection selection = browser()->currentSelection();
    QVERIFY(selection.isApp());
    m_app = selection.app;
    QCOMPARE(m_app.displayName, u"Wiki"_s);
    QCOMPARE(m_server->appIds(), QStringList { m_app.id });
}

void TestEditDelete::givesItAResourceType()
{
    // The app's (empty) list of types is loaded once, as expanding it does; the new type is inserted into it.
    const QModelIndex app = model()->indexForPath(TreePath::app(m_app.id));
    if (model()->canFetchMore(app))
        model()->fetchMore(app);
    QTRY_COMPARE_WITH_TIMEOUT(model()->loadState(app), AppTreeModel::LoadState::Complete, 15000);
    QAction* newType = edits()->newResourceTypeAction();
    QVERIFY2(newType->isEnabled(), qPrintable(newType->toolTip()));
    // Reachable from the Create menu, the toolbar and the tree's context menu.
    QVERIFY(m_window->findChild<QMenu*>(u"menuCreate"_s)->actions().contains(newType));
    QVERIFY(m_window->mainToolBar()->actions().contains(newType));
    const QStringList menu = contextMenuOf(TreePath::app(m_app.id));
    QVERIFY2(menu.contains(newType->objectName()), qPrintable(menu.join(u", "_s)));
    const int from = log()->size();
    const int lists = [this] {
        int n = 0;
        for (int row = 0; row < log()->size(); ++row)
            n += log()->entry(row).method == u"GET"_s && log()->entry(row).url.contains(u"/resource_types"_s);
        return n;
    }();
    newType->trigger();
    QPointer<NewResourceTypeDialog> dialog = waitForDialog<NewResourceTypeDialog>();
    QVERIFY(dialog);
    auto* create = dialog->findChild<QPushButton*>(u"createButton"_s);
    QVERIFY(!create->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameEdit(), u"Spaces"_s);
    QComboBox* kinds = dialog->kindCombo();
    QCOMPARE(kinds->count(), 10);
    kinds->setCurrentIndex(kinds->findData(u"GROUP"_s));
    QTRY_VERIFY(create->isEnabled());
    shoot(dialog, u"new-resource-type"_s);
    QVERIFY2(test::unnamedInteractiveWidgets(dialog).isEmpty(),
        qPrintable(test::unnamedInteractiveWidgets(dialog).join(u", "_s)));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const QString path = u"/api/v1/apps/%1/resource_types"_s.arg(m_app.id);
    QCOMPARE(writesSince(from), QStringList { u"POST "_s + path });
    const QJsonObject body = lastBody(u"POST"_s, path);
    QCOMPARE(body, (QJsonObject { { u"displayName"_s, u"Spaces"_s }, { u"resourceType"_s, u"GROUP"_s } }));
    const BrowserSelection selection = browser()->currentSelection();
    QVERIFY(selection.isResourceType()); // selected in the tree, without listing the types again
    m_type = selection.resourceType;
    QCOMPARE(m_type.displayName, u"Spaces"_s);
    int listsAfter = 0;
    for (int row = 0; row < log()->size(); ++row)
        listsAfter += log()->entry(row).method == u"GET"_s && log()->entry(row).url.contains(u"/resource_types"_s);
    QCOMPARE(listsAfter, lists);
}

void TestEditDelete::createsAResource()
{
    const int from = log()->size();
    m_window->actions().newResource->trigger();
    QPointer<CreateResourceDialog> dialog = waitForDialog<CreateResourceDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->resourceTypeId(), m_type.id);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"displayNameEdit"_s), u"Engineering"_s);
    auto* create = dialog->findChild<QPushButton*>(u"createButton"_s);
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const QString path = u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(m_app.id, m_type.id);
    QCOMPARE(writesSince(from), QStringList { u"POST "_s + path });
    QCOMPARE(lastBody(u"POST"_s, path).value(u"displayName"_s).toString(), u"Engineering"_s);
    const BrowserSelection selection = browser()->currentSelection();
    QVERIFY(selection.isResource());
    m_resource = selection.resource;
}

void TestEditDelete::editsTheApp()
{
    select(TreePath::app(m_app.id));
    QAction* edit = edits()->editAction();
    QVERIFY(edit->isEnabled());
    QCOMPARE(edit->text(), u"&Edit App…"_s);
    const int from = log()->size();
    edit->trigger();
    QPointer<EditDialog> dialog = waitForDialog<EditDialog>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->state(), EditFlow::State::Ready, 15000); // fresh values (GET)
    auto* name = dialog->findChild<QLineEdit*>(u"displayNameEdit"_s);
    QCOMPARE(name->text(), u"Wiki"_s);
    auto* save = dialog->findChild<QPushButton*>(u"saveButton"_s);
    QVERIFY(!save->isEnabled()); // nothing changed yet
    name->selectAll();
    QTest::keyClicks(name, u"Team Wiki"_s);
    auto* cost = dialog->findChild<QSpinBox*>(u"monthlyCostUsdEdit"_s);
    cost->selectAll();
    QTest::keyClicks(cost, u"120"_s);
    auto* annotations = dialog->findChild<AnnotationsEditor*>(u"annotationsEditor"_s);
    QTest::mouseClick(annotations->findChild<QPushButton*>(u"addAnnotationButton"_s), Qt::LeftButton);
    QTableWidget* table = annotations->table();
    QTRY_COMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(u"team"_s);
    table->item(0, 1)->setText(u"docs"_s);
    auto* changes = dialog->findChild<QLabel*>(u"changesLabel"_s);
    QTRY_VERIFY(changes->text().contains(u"Wiki → Team Wiki"_s));
    QVERIFY(changes->text().contains(u"Monthly cost"_s));
    QTRY_VERIFY(save->isEnabled());
    shoot(dialog, u"edit-app"_s);
    QVERIFY2(test::unnamedInteractiveWidgets(dialog).isEmpty(),
        qPrintable(test::unnamedInteractiveWidgets(dialog).join(u", "_s)));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const QString path = u"/api/v1/apps/"_s + m_app.id;
    QCOMPARE(writesSince(from), QStringList { u"POST "_s + path });
    const QJsonObject body = lastBody(u"POST"_s, path);
    QCOMPARE(body.value(u"updateMask"_s).toString(), u"displayName,monthlyCostUsd,annotations"_s);
    QCOMPARE(body.value(u"app"_s).toObject(),
        (QJsonObject { { u"displayName"_s, u"Team Wiki"_s }, { u"monthlyCostUsd"_s, 120 },
            { u"annotations"_s, QJsonObject { { u"team"_s, u"docs"_s } } } }));
    // The tree shows the new name in place, the selection stays.
    QCOMPARE(model()->nameAt(model()->indexForPath(TreePath::app(m_app.id))), u"Team Wiki"_s);
    QCOMPARE(browser()->currentSelection().path, TreePath::app(m_app.id));
    // … and so does the details pane, with the new cost and annotation.
    QTRY_VERIFY_WITH_TIMEOUT(detailsTexts().contains(u"Team Wiki"_s), 15000);
    QTRY_VERIFY2_WITH_TIMEOUT(detailsTexts().contains(u"120"_s), qPrintable(detailsTexts().join(u" | "_s)), 15000);
    QTableWidget* shown = browser()->detailsPane()->findChild<QTableWidget*>(u"annotationsTable"_s);
    QVERIFY(shown && shown->rowCount() == 1);
    QCOMPARE(shown->item(0, 0)->text(), u"team"_s);
    QCOMPARE(shown->item(0, 1)->text(), u"docs"_s);
}

void TestEditDelete::editsTheResourceType()
{
    select(TreePath::resourceType(m_app.id, m_type.id));
    const int from = log()->size();
    edits()->editAction()->trigger();
    QPointer<EditDialog> dialog = waitForDialog<EditDialog>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->state(), EditFlow::State::Ready, 15000);
    auto* name = dialog->findChild<QLineEdit*>(u"displayNameEdit"_s);
    QCOMPARE(name->text(), u"Spaces"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Wiki spaces"_s);
    auto* save = dialog->findChild<QPushButton*>(u"saveButton"_s);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const QString path = u"/api/v1/apps/%1/resource_types/%2"_s.arg(m_app.id, m_type.id);
    QCOMPARE(writesSince(from), QStringList { u"POST "_s + path });
    const QJsonObject body = lastBody(u"POST"_s, path);
    QCOMPARE(body.value(u"updateMask"_s).toString(), u"displayName"_s);
    QCOMPARE(body.value(u"appResourceType"_s).toObject(), (QJsonObject { { u"displayName"_s, u"Wiki spaces"_s } }));
    QCOMPARE(model()->nameAt(model()->indexForPath(TreePath::resourceType(m_app.id, m_type.id))), u"Wiki spaces"_s);
}

void TestEditDelete::editsTheResource()
{
    const TreePath resourcePath = TreePath::resource(m_app.id, m_type.id, m_resource.id);
    select(resourcePath);
    const int from = log()->size();
    edits()->editAction()->trigger();
    QPointer<EditDialog> dialog = waitForDialog<EditDialog>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->state(), EditFlow::State::Ready, 15000);
    auto* name = dialog->findChild<QLineEdit*>(u"displayNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Engineering space"_s);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"descriptionEdit"_s), u"Where engineers write"_s);
    auto* save = dialog->findChild<QPushButton*>(u"saveButton"_s);
    QTRY_VERIFY(save->isEnabled());
    shoot(dialog, u"edit-resource"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const QString path = u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(m_app.id, m_type.id, m_resource.id);
    QCOMPARE(writesSince(from), QStringList { u"POST "_s + path });
    const QJsonObject body = lastBody(u"POST"_s, path);
    QCOMPARE(body.value(u"updateMask"_s).toString(), u"displayName,description"_s);
    QCOMPARE(body.value(u"appResource"_s).toObject(),
        (QJsonObject {
            { u"displayName"_s, u"Engineering space"_s }, { u"description"_s, u"Where engineers write"_s } }));
    QCOMPARE(model()->nameAt(model()->indexForPath(resourcePath)), u"Engineering space"_s);
}

void TestEditDelete::editShowsAChangeMadeMeanwhile()
{
    select(TreePath::app(m_app.id));
    edits()->editAction()->trigger();
    QPointer<EditDialog> dialog = waitForDialog<EditDialog>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->state(), EditFlow::State::Ready, 15000);
    // Someone else changes the description while the form is open.
    AppUpdate other;
    other.values.description = u"Written elsewhere"_s;
    other.mask = { u"description"_s };
    bool done = false;
    QObject context;
    m_window->session()->client()->updateApp(m_app.id, other, &context, [&done](Result<App>) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    const int from = log()->size();
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"instructionsEdit"_s), u"Ask in #wiki"_s);
    auto* save = dialog->findChild<QPushButton*>(u"saveButton"_s);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto* box = dialog->findChild<QWidget*>(u"conflictBox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 15000);
    QVERIFY(writesSince(from).isEmpty()); // nothing sent before the admin decides
    auto* table = dialog->findChild<QTableWidget*>(u"conflictTable"_s);
    QVERIFY(table->rowCount() >= 2); // their description and my instructions, both values shown
    shoot(dialog, u"edit-conflict"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"keepMineButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QCOMPARE(writesSince(from), QStringList { u"POST /api/v1/apps/"_s + m_app.id });
    QCOMPARE(lastBody(u"POST"_s, u"/api/v1/apps/"_s + m_app.id).value(u"updateMask"_s).toString(), u"instructions"_s);
}

void TestEditDelete::deletesTheResource()
{
    const TreePath resourcePath = TreePath::resource(m_app.id, m_type.id, m_resource.id);
    select(resourcePath);
    QAction* remove = edits()->deleteAction();
    QVERIFY(remove->isEnabled());
    const int from = log()->size();
    remove->trigger();
    QPointer<DeleteDialog> dialog = waitForDialog<DeleteDialog>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->state(), DeleteFlow::State::Ready, 15000);
    auto* consequences = dialog->findChild<QLabel*>(u"consequencesLabel"_s);
    QVERIFY(consequences->text().contains(u"Engineering space"_s));
    QVERIFY(dialog->nameEdit()->isHidden()); // not a production profile
    auto* button = dialog->findChild<QPushButton*>(u"deleteButton"_s);
    QTRY_VERIFY(button->isEnabled());
    shoot(dialog, u"delete-resource"_s);
    QVERIFY2(test::unnamedInteractiveWidgets(dialog).isEmpty(),
        qPrintable(test::unnamedInteractiveWidgets(dialog).join(u", "_s)));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const QString path = u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(m_app.id, m_type.id, m_resource.id);
    QCOMPARE(writesSince(from), QStringList { u"DELETE "_s + path });
    QVERIFY(!model()->indexForPath(resourcePath).isValid()); // removed in place
    QVERIFY(!tenantHas(EditTarget::resource(m_app.id, m_type.id, m_resource.id))); // and gone from the tenant
    QVERIFY(tenantHas(EditTarget::resourceType(m_app.id, m_type.id)));
}

void TestEditDelete::deletesTheResourceType()
{
    select(TreePath::resourceType(m_app.id, m_type.id));
    const int from = log()->size();
    edits()->deleteAction()->trigger();
    QPointer<DeleteDialog> dialog = waitForDialog<DeleteDialog>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->state(), DeleteFlow::State::Ready, 15000);
    const QString text = dialog->findChild<QLabel*>(u"consequencesLabel"_s)->text();
    QVERIFY2(text.contains(u"Wiki spaces"_s) && text.contains(u"resource"_s), qPrintable(text));
    auto* button = dialog->findChild<QPushButton*>(u"deleteButton"_s);
    QTRY_VERIFY(button->isEnabled());
    shoot(dialog, u"delete-type"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QCOMPARE(writesSince(from), QStringList { u"DELETE /api/v1/apps/%1/resource_types/%2"_s.arg(m_app.id, m_type.id) });
    QVERIFY(!model()->indexForPath(TreePath::resourceType(m_app.id, m_type.id)).isValid());
    QVERIFY(!tenantHas(EditTarget::resourceType(m_app.id, m_type.id)));
    QVERIFY(tenantHas(EditTarget::app(m_app.id)));
}

void TestEditDelete::deletesTheApp()
{
    select(TreePath::app(m_app.id));
    const int from = log()->size();
    edits()->deleteAction()->trigger();
    QPointer<DeleteDialog> dialog = waitForDialog<DeleteDialog>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->state(), DeleteFlow::State::Ready, 15000);
    QVERIFY(dialog->findChild<QLabel*>(u"consequencesLabel"_s)->text().contains(u"Team Wiki"_s));
    auto* button = dialog->findChild<QPushButton*>(u"deleteButton"_s);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QCOMPARE(writesSince(from), QStringList { u"DELETE /api/v1/apps/"_s + m_app.id });
    QVERIFY(!model()->indexForPath(TreePath::app(m_app.id)).isValid());
    QCOMPARE(model()->rowCount(), 0);
    QVERIFY(!tenantHas(EditTarget::app(m_app.id))); // soft-deleted: 404
    QVERIFY(!edits()->editAction()->isEnabled()); // nothing selected any more
}

void TestEditDelete::newResourceOffersToCreateATypeFirst()
{
    // A fresh app has no type: New Resource… says so and creates the type right there.
    m_window->actions().newApp->trigger();
    QPointer<CreateAppDialog> app = waitForDialog<CreateAppDialog>();
    QVERIFY(app);
    QTest::keyClicks(app->findChild<QLineEdit*>(u"displayNameEdit"_s), u"Tracker"_s);
    QTest::mouseClick(app->findChild<QPushButton*>(u"createButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!app, 15000);
    const QString appId = browser()->currentSelection().app.id;
    m_window->actions().newResource->trigger();
    QPointer<CreateResourceDialog> dialog = waitForDialog<CreateResourceDialog>();
    QVERIFY(dialog);
    auto* first = dialog->findChild<QPushButton*>(u"createTypeButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(first->isVisible(), 15000);
    shoot(dialog, u"create-type-first"_s);
    const int from = log()->size();
    QTest::mouseClick(first, Qt::LeftButton);
    QPointer<NewResourceTypeDialog> typeDialog;
    QTRY_VERIFY((typeDialog = dialog->findChild<NewResourceTypeDialog*>()) && typeDialog->isVisible());
    QTest::keyClicks(typeDialog->nameEdit(), u"Projects"_s);
    QTest::mouseClick(typeDialog->findChild<QPushButton*>(u"createButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!typeDialog, 15000);
    QVERIFY(!dialog->resourceTypeId().isEmpty());
    QVERIFY(first->isHidden());
    QVERIFY(model()->indexForPath(TreePath::resourceType(appId, dialog->resourceTypeId())).isValid());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"displayNameEdit"_s), u"Roadmap"_s);
    auto* create = dialog->findChild<QPushButton*>(u"createButton"_s);
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const QStringList writes = writesSince(from);
    QCOMPARE(writes.size(), 2);
    QCOMPARE(writes.at(0), u"POST /api/v1/apps/%1/resource_types"_s.arg(appId));
    QVERIFY(writes.at(1).endsWith(u"/resources"_s));
    QVERIFY(browser()->currentSelection().isResource());
}

void TestEditDelete::readOnlyProfileDisablesEditAndDelete()
{
    connectProfile(true);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 1, 15000);
    browser()->selectSourceIndex(model()->index(0, 0));
    for (QAction* action : { edits()->newResourceTypeAction(), edits()->editAction(), edits()->deleteAction() }) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(action->toolTip().contains(u"read-only"_s), qPrintable(action->toolTip()));
    }
    QVERIFY(!edits()->openEdit(EditTarget::app(browser()->currentSelection().app.id)));
}

QTEST_MAIN(TestEditDelete)
#include "tst_editdelete.moc"

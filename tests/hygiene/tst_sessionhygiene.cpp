// Secrets never leave the keychain: a whole session (a real profile in a temporary settings file, its secrets in
// the real keychain, sign-in, browsing, a bulk job with the request log shown, API errors) with every c1.* log
// category at debug level captured and HOME/XDG folders pointed at a temporary directory; then every file the
// console wrote, every log line, every request log entry (URL, bodies, excerpts, errors, curl command, the
// details pane) and the clipboard are searched for the client secret, its base64 payload, the private key, the
// JWT assertion and the bearer token. Positive controls show that the search finds each of them where they are
// planted on purpose.
#include "api/C1Client.h"
#include "api/RequestLog.h"
#include "api/Session.h"
#include "browser/BrowserView.h"
#include "bulkpaste/BulkOwnersDialog.h"
#include "models/AppTreeModel.h"
#include "models/TreeFilterProxy.h"
#include "sandbox/SandboxServer.h"
#include "settings/KeychainSecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/ConsoleWorkflows.h"
#include "shell/MainWindow.h"
#include "shell/RequestLogView.h"
#include "support/Answer.h"
#include "workflows/SessionController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <optional>

using namespace c1;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHygieneTest, "c1.test")

namespace {

// Everything logged, from any thread.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

QString g_home; // set by main() before the application exists

struct Needle {
    QString what;
    QByteArray bytes;
};

QByteArray base64UrlDecode(const QByteArray& text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestSessionHygiene : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void session();
    void searchFindsPlantedSecrets(); // positive controls
    void filesHoldNoSecret();
    void logHoldsNoSecret();
    void requestLogHoldsNoSecret();

private:
    QList<Needle> needles() const;
    // "<needle> in <where>" for every needle found in the haystack (raw or percent-encoded).
    QStringList findNeedles(const QByteArray& haystack, const QString& where) const;
    QStringList scanFiles() const;
    QStringList requestLogTexts() const;

    std::unique_ptr<SandboxServer> m_server;
    SandboxClient m_client;
    QString m_service;
    QString m_profileId;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_requestTexts; // gathered from the live request log before disconnecting
    QByteArray m_assertion;
    QString m_token;
};

void TestSessionHygiene::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(lcHygieneTest().isDebugEnabled()); // every c1.* category at debug level
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(g_home));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(g_home));

    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    SandboxDataSize size;
    size.apps = 3;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 3;
    size.entitlementsPerApp = 1;
    size.users = 8;
    m_server->generateData(size);
    m_client = m_server->issueClient(u"hygiene"_s);
    QVERIFY(m_client.clientSecret.startsWith(u"secret-token:"_s));

    // A real profile: settings in a file under the temporary home, secrets in the real keychain.
    m_service = u"C1 Console hygiene "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_profiles = std::make_unique<ProfileStore>(g_home + u"/profiles.ini"_s);
    Profile profile;
    profile.id = Profile::createId();
    profile.name = u"Hygiene"_s;
    profile.urlOverride = m_server->baseUrl();
    m_profileId = profile.id;
    QString error;
    QVERIFY2(m_profiles->save(profile, &error), qPrintable(error));
    m_keychain = std::make_unique<KeychainSecretStore>(m_service);
    ProfileSecrets secrets { m_server->baseUrl().authority(), m_client.clientId, m_client.clientSecret };
    std::optional<SecretStore::Outcome> written;
    m_keychain->write(m_profileId, secrets, this, [&written](const SecretStore::Outcome& o) { written = o; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    QVERIFY2(written->ok(), qPrintable(written->message));
}

void TestSessionHygiene::cleanupTestCase()
{
    m_window.reset();
    m_controller.reset();
    if (m_keychain) {
        std::optional<SecretStore::Outcome> removed;
        m_keychain->remove(m_profileId, this, [&removed](const SecretStore::Outcome& o) { removed = o; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    }
    qInstallMessageHandler(g_previousHandler);
}

void TestSessionHygiene::session()
{
    m_controller = std::make_unique<SessionController>(m_profiles.get(), m_keychain.get());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->show();
    m_window->requestLogDock()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Sign in from the keychain.
    m_profiles->setActiveProfileId(m_profileId);
    m_controller->connectProfile(m_profileId);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 20000);
    Session* session = m_window->session();
    m_assertion = m_server->lastAssertion();
    m_token = m_server->lastIssuedToken();
    QVERIFY(m_assertion.count('.') == 2);
    QVERIFY(m_token.size() >= 32);

    // Browse: an app, its types, a type's resources, details.
    BrowserView* browser = m_window->browserView();
    AppTreeModel* model = browser->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 3 && !model->isLoading(), 15000);
    const QModelIndex app = model->index(0, 0);
    browser->treeView()->expand(browser->proxy()->mapFromSource(app));
    QTRY_VERIFY_WITH_TIMEOUT(model->loadState(app) == AppTreeModel::LoadState::Complete, 15000);
    QModelIndex type;
    for (int row = 0; row < model->rowCount(app) && !type.isValid(); ++row) {
        if (model->kindAt(model->index(row, 0, app)) == AppTreeModel::NodeKind::ResourceType)
            type = model->index(row, 0, app);
    }
    QVERIFY(type.isValid());
    browser->treeView()->expand(browser->proxy()->mapFromSource(type));
    QTRY_VERIFY_WITH_TIMEOUT(model->loadState(type) == AppTreeModel::LoadState::Complete, 15000);
    browser->selectSourceIndex(model->index(0, 0, type));
    QTRY_VERIFY_WITH_TIMEOUT(session->client()->inFlight() == 0, 15000);

    // A bulk job on two apps, with the request log open.
    browser->treeView()->selectionModel()->select(QItemSelection(browser->proxy()->mapFromSource(model->index(1, 0)),
                                                      browser->proxy()->mapFromSource(model->index(2, 0))),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(browser->selectedTargets().size(), 2);
    m_window->actions().bulkAssign->trigger();
    QPointer<BulkOwnersDialog> dialog = m_window->findChild<BulkOwnersDialog*>();
    QVERIFY(dialog);
    dialog->setRoleSlug(u"secondary"_s);
    const Result<Page<User>> users = test::await<Page<User>>([session](QObject* context, auto done) {
        return session->client()->searchUsers(UserSearch {}, QString(), 10, context, std::move(done));
    });
    QVERIFY(bool(users) && users.value().items.size() >= 3);
    dialog->setPasteText(users.value().items.at(1).id + u'\n' + users.value().items.at(2).id);
    QSignalSpy checked(dialog.data(), &BulkOwnersDialog::checkFinished);
    dialog->startCheck();
    QVERIFY(checked.wait(30000));
    dialog->apply();
    QVERIFY(dialog->job());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->phase(), BulkJobState::Phase::Finished, 30000);
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // Errors: a 404 read and a refused create.
    const Result<App> missing = test::await<App>([session](QObject* context, auto done) {
        return session->client()->getApp(u"2aaaaaaaaaaaaaaaaaaaaaaaaaa"_s, context, std::move(done));
    });
    QVERIFY(!missing);
    QCOMPARE(missing.error().httpStatus, 404);
    CreateResourceRequest create;
    create.displayName = u"Nowhere"_s;
    const Result<AppResource> refused = test::await<AppResource>([session, &create](QObject* context, auto done) {
        return session->client()->createResource(
            u"2aaaaaaaaaaaaaaaaaaaaaaaaaa"_s, u"2bbbbbbbbbbbbbbbbbbbbbbbbbb"_s, create, context, std::move(done));
    });
    QVERIFY(!refused);

    // What the request log shows: every exchange's details, and one copied as curl.
    RequestLogView* view = m_window->requestLogView();
    QVERIFY(view->isVisible());
    RequestLog* log = session->requestLog();
    QVERIFY(log->size() > 10);
    for (int row = 0; row < log->size(); ++row) {
        view->table()->selectRow(row);
        m_requestTexts << view->detailsText();
    }
    view->copySelectedAsCurl();
    m_requestTexts << QGuiApplication::clipboard()->text();
    m_requestTexts << requestLogTexts();

    // The session ends the way the app's does: disconnect, close (window state saved), settings flushed.
    m_controller->disconnectSession();
    m_window->close();
    QSettings().sync();
}

QList<Needle> TestSessionHygiene::needles() const
{
    const QByteArray secret = m_client.clientSecret.toUtf8();
    const QByteArray payload = secret.mid(secret.lastIndexOf(':') + 1);
    const QJsonObject jwk = QJsonDocument::fromJson(base64UrlDecode(payload)).object();
    const QByteArray privateKey = jwk.value(u"d"_s).toString().toLatin1();
    const QList<QByteArray> parts = m_assertion.split('.');
    QList<Needle> list {
        { u"client secret"_s, secret },
        { u"secret payload"_s, payload },
        { u"private key (d)"_s, privateKey },
        { u"private key (raw base64)"_s, base64UrlDecode(privateKey).toBase64() },
        { u"JWT assertion"_s, m_assertion },
        { u"assertion signature"_s, parts.value(2) },
        { u"bearer token"_s, m_token.toLatin1() },
    };
    return list;
}

QStringList TestSessionHygiene::findNeedles(const QByteArray& haystack, const QString& where) const
{
    QStringList found;
    for (const Needle& needle : needles()) {
        if (needle.bytes.size() < 16)
            continue; // verified non-trivial in searchFindsPlantedSecrets
        if (haystack.contains(needle.bytes) || haystack.contains(needle.bytes.toPercentEncoding()))
            found << needle.what + u" in "_s + where;
    }
    return found;
}

QStringList TestSessionHygiene::scanFiles() const
{
    QStringList found;
    QDirIterator it(g_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            found << findNeedles(file.readAll(), file.fileName());
    }
    return found;
}

QStringList TestSessionHygiene::requestLogTexts() const
{
    QStringList texts;
    Session* session = m_window ? m_window->session() : nullptr;
    if (!session)
        return texts;
    RequestLog* log = session->requestLog();
    for (int row = 0; row < log->size(); ++row) {
        const RequestLogEntry& e = log->entry(row);
        texts << e.method + u' ' + e.url + u' ' + e.error + u' ' + e.requestId + QString::fromUtf8(e.requestBody)
                + QString::fromUtf8(e.responseExcerpt) + log->curlCommand(row);
        for (int column = 0; column < log->columnCount(); ++column) {
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                texts << log->index(row, column).data(role).toString();
        }
    }
    return texts;
}

void TestSessionHygiene::searchFindsPlantedSecrets()
{
    const QList<Needle> list = needles();
    for (const Needle& needle : list)
        QVERIFY2(needle.bytes.size() >= 16, qPrintable(needle.what)); // something real to look for

    // The sandbox's own record holds the assertion and the token: the search finds them there.
    QCOMPARE(findNeedles(m_server->lastAssertion(), u"sandbox"_s).size(), 2); // assertion and its signature
    QCOMPARE(findNeedles(m_server->lastIssuedToken().toLatin1(), u"sandbox"_s).size(), 1);

    // A planted file under the temporary home is found by the file scan (also percent-encoded).
    const QString planted = g_home + u"/.local/share/planted/control.txt"_s;
    QVERIFY(QDir().mkpath(QFileInfo(planted).path()));
    {
        QFile file(planted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x=" + m_client.clientSecret.toUtf8().toPercentEncoding() + "\n" + m_token.toLatin1());
    }
    const QStringList hits = scanFiles();
    QVERIFY2(hits.filter(planted).size() == 3, qPrintable(hits.join(u'\n'))); // secret, payload, token
    QVERIFY(QFile::remove(planted));

    // A debug line of a c1.* category reaches the captured log, and the search finds the token in it.
    g_logMutex.lock();
    const qsizetype before = g_log.size();
    g_logMutex.unlock();
    qCDebug(lcHygieneTest) << "planted" << m_token;
    g_logMutex.lock();
    const QStringList added = g_log.mid(before);
    g_log.resize(before); // the plant is not part of what the console logged
    g_logMutex.unlock();
    QCOMPARE(added.size(), 1);
    QCOMPARE(findNeedles(added.constFirst().toUtf8(), u"log"_s).size(), 1);
}

void TestSessionHygiene::filesHoldNoSecret()
{
    int files = 0;
    QDirIterator it(g_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QStringList names;
    while (it.hasNext()) {
        names << it.next();
        ++files;
    }
    qInfo("%d files written under the temporary home", files);
    // The console did write: settings, window state and the bulk job's journal.
    QVERIFY2(names.filter(u"profiles.ini"_s).size() == 1, qPrintable(names.join(u'\n')));
    QVERIFY2(names.filter(u".json"_s).size() >= 1, qPrintable(names.join(u'\n')));
    const QStringList hits = scanFiles();
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

void TestSessionHygiene::logHoldsNoSecret()
{
    g_logMutex.lock();
    const QStringList log = g_log;
    g_logMutex.unlock();
    qInfo("%d log lines captured", int(log.size()));
    QVERIFY2(log.size() > 20, qPrintable(log.join(u'\n')));
    QVERIFY(!log.filter(u"c1.auth"_s).isEmpty()); // the sign-in was logged, at debug level
    QVERIFY(!log.filter(u"c1.api"_s).isEmpty());
    QVERIFY(!log.filter(u"c1.secrets"_s).isEmpty());
    QVERIFY(!log.filter(u"c1.ui"_s).isEmpty());
    QStringList hits;
    for (const QString& line : log)
        hits << findNeedles(line.toUtf8(), u"log: "_s + line.left(120));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

void TestSessionHygiene::requestLogHoldsNoSecret()
{
    QVERIFY(m_requestTexts.size() > 20);
    QVERIFY(!m_requestTexts.filter(u"/auth/v1/token"_s).isEmpty()
        || !m_requestTexts.filter(u"/api/v1/auth/introspect"_s).isEmpty());
    QVERIFY(!m_requestTexts.filter(u"404"_s).isEmpty()); // the errors are there
    QStringList hits;
    for (const QString& text : std::as_const(m_requestTexts))
        hits << findNeedles(text.toUtf8(), u"request log: "_s + text.left(120));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

// HOME, the XDG folders and the logging rules must be in place before the application exists.
int main(int argc, char* argv[])
{
    QTemporaryDir home(QDir::tempPath() + u"/c1-hygiene-XXXXXX"_s);
    if (!home.isValid())
        return 2;
    g_home = home.path();
    qputenv("HOME", home.path().toLocal8Bit());
    for (const char* name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" }) {
        const QString dir = home.path() + u'/' + QString::fromLatin1(name).toLower();
        QDir().mkpath(dir);
        qputenv(name, dir.toLocal8Bit());
    }
    qputenv("QT_LOGGING_RULES", "c1.*=true");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"C1 Console Hygiene"_s);
    QCoreApplication::setApplicationName(u"tst_sessionhygiene"_s);
    TestSessionHygiene test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionhygiene.moc"

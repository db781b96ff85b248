// SettingsDialog offscreen: live tenant derivation, secret validation, saving to keychain + ProfileStore,
// Test connection against an in-process sandbox tenant (who signed in: name and email, the ID in the tooltip),
// deleting a profile with its keychain entry, the first profile listed and selected, and through the main window:
// saving a profile with none connected connects it, saving the connected one reconnects it.
#include "api/Session.h"
#include "auth/ClientCredentials.h"
#include "auth/Ed25519Key.h"
#include "connect/SettingsDialog.h"
#include "sandbox/SandboxServer.h"
#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/MainWindow.h"
#include "ui/WidgetAudit.h"
#include "workflows/SessionController.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace c1;
using namespace Qt::StringLiterals;

namespace {

QString secretWith(const QJsonObject& jwk)
{
    return QStringLiteral("secret-token:conductorone.com:v1:")
        + QString::fromLatin1(QJsonDocument(jwk)
                                  .toJson(QJsonDocument::Compact)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Reads a secret back from a store (the callback is asynchronous).
ProfileSecrets readBack(SecretStore& store, const QString& id, SecretStore::Error* error)
{
    ProfileSecrets result;
    bool done = false;
    QObject context;
    store.read(id, &context, [&](const SecretStore::Outcome& outcome, ProfileSecrets secrets) {
        *error = outcome.error;
        result = secrets;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        *error = SecretStore::Error::Other;
    return result;
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void widgetsAreNamed();
    void tenantDerivedLive_data();
    void tenantDerivedLive();
    void typedTenantStopsFollowing();
    void secretValidatedLive_data();
    void secretValidatedLive();
    void saveKeepsSecretOutOfSettings();
    void saveRefusesInvalidForm_data();
    void saveRefusesInvalidForm();
    void existingProfileLoadsSecrets();
    void testButtonClaimsNothingBeforeATest();
    void testConnectionSignsIn();
    void testConnectionReportsBadSecret();
    void testConnectionCanBeCanceled();
    void deleteRemovesKeychainEntry();
    void firstProfileIsListedAndSelected();
    void deleteNeedsASelection();
    void savingConnectsWhenNoneIsConnected();
    void savingTheConnectedProfileReconnects();

private:
    template <typename T> T* child(const char* name)
    {
        auto* widget = m_dialog->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    void fillNewProfile(
        const QString& name, const QString& clientId, const QString& secret, const QString& urlOverride = {});

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SettingsDialog> m_dialog;
    QString m_validSecret;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<c1::Session*>();
    QCoreApplication::setOrganizationName(QStringLiteral("C1 Console Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    QVERIFY(m_dir.isValid());
    m_validSecret = ClientCredentials::formatSecret(Ed25519Key::generate());
}

void TestSettingsDialog::init()
{
    const QString file = m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(file);
    m_profiles = std::make_unique<ProfileStore>(file);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_dialog = std::make_unique<SettingsDialog>(m_profiles.get(), m_secrets.get());
    m_dialog->show();
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_secrets.reset();
    m_profiles.reset();
}

void TestSettingsDialog::fillNewProfile(
    const QString& name, const QString& clientId, const QString& secret, const QString& urlOverride)
{
    // With no profile stored, the dialog starts on a new one.
    QCOMPARE(m_dialog->currentProfileId().isEmpty(), false);
    auto* nameEdit = child<QLineEdit>("nameEdit");
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(child<QLineEdit>("clientIdEdit"), clientId);
    QTest::keyClicks(child<QLineEdit>("clientSecretEdit"), secret);
    if (!urlOverride.isEmpty())
        QTest::keyClicks(child<QLineEdit>("urlOverrideEdit"), urlOverride);
}

void TestSettingsDialog::widgetsAreNamed()
{
    C1_VERIFY_WIDGET_AUDIT(m_dialog.get());
}

void TestSettingsDialog::tenantDerivedLive_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("tenant");
    QTest::newRow("full host") << QStringLiteral("quiet-otter-31337@acme.conductor.one/pcc")
                               << QStringLiteral("acme.conductor.one");
    QTest::newRow("tenant name") << QStringLiteral("quiet-otter-31337@acme/pcc")
                                 << QStringLiteral("acme.conductor.one");
    QTest::newRow("EU, upper case") << QStringLiteral("x-y@Acme.C1EU.ai/spc") << QStringLiteral("acme.c1eu.ai");
    QTest::newRow("with port") << QStringLiteral("local@127.0.0.1:8443/pcc") << QStringLiteral("127.0.0.1:8443");
}

void TestSettingsDialog::tenantDerivedLive()
{
    QFETCH(QString, clientId);
    QFETCH(QString, tenant);
    auto* clientIdEdit = child<QLineEdit>("clientIdEdit");
    auto* tenantEdit = child<QLineEdit>("tenantEdit");
    auto* status = child<QLabel>("clientIdStatus");

    // Half a client ID: no tenant yet, and a specific message (not the text typed).
    const QString half = clientId.left(clientId.indexOf(QLatin1Char('@')));
    QTest::keyClicks(clientIdEdit, half);
    QVERIFY(tenantEdit->text().isEmpty());
    QCOMPARE(status->text(), ClientCredentials::describe(ClientCredentials::Error::ClientIdNoAt));

    // The rest, typed key by key: the tenant appears as soon as the ID is whole.
    QTest::keyClicks(clientIdEdit, clientId.mid(half.size()));
    QCOMPARE(tenantEdit->text(), tenant);
    QVERIFY(!status->text().isEmpty());

    // Pasting another ID replaces it at once.
    clientIdEdit->selectAll();
    clientIdEdit->insert(QStringLiteral("other@globex.conductor.one/pcc"));
    QCOMPARE(tenantEdit->text(), QStringLiteral("globex.conductor.one"));
}

void TestSettingsDialog::typedTenantStopsFollowing()
{
    auto* tenantEdit = child<QLineEdit>("tenantEdit");
    QTest::keyClicks(child<QLineEdit>("clientIdEdit"), QStringLiteral("a@acme/pcc"));
    QCOMPARE(tenantEdit->text(), QStringLiteral("acme.conductor.one"));
    tenantEdit->selectAll();
    QTest::keyClicks(tenantEdit, QStringLiteral("acme.example.net"));
    QTest::keyClicks(child<QLineEdit>("clientIdEdit"), QStringLiteral("x"));
    QCOMPARE(tenantEdit->text(), QStringLiteral("acme.example.net"));
}

void TestSettingsDialog::secretValidatedLive_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("error");
    const Ed25519Key key = Ed25519Key::generate();
    const QString x = b64(key.publicKey());
    const QString d = b64(key.seed());
    using E = ClientCredentials::Error;
    QTest::newRow("no prefix") << QStringLiteral("hunter2-not-a-secret") << int(E::SecretBadPrefix);
    QTest::newRow("version") << QStringLiteral("secret-token:conductorone.com:v2:abcd") << int(E::SecretBadVersion);
    QTest::newRow("parts") << QStringLiteral("secret-token:conductorone.com:v1:ab:cd") << int(E::SecretWrongPartCount);
    QTest::newRow("base64") << QStringLiteral("secret-token:conductorone.com:v1:%%%%") << int(E::SecretBadBase64);
    QTest::newRow("json") << QStringLiteral("secret-token:conductorone.com:v1:") + b64("not json at all")
                          << int(E::SecretBadJson);
    QTest::newRow("not OKP") << secretWith({ { u"kty"_s, u"RSA"_s }, { u"crv"_s, u"Ed25519"_s }, { u"x"_s, x },
        { u"d"_s, d } }) << int(E::SecretNotOkp);
    QTest::newRow("curve") << secretWith({ { u"kty"_s, u"OKP"_s }, { u"crv"_s, u"X25519"_s }, { u"x"_s, x },
        { u"d"_s, d } }) << int(E::SecretWrongCurve);
    QTest::newRow("public only") << secretWith({ { u"kty"_s, u"OKP"_s }, { u"crv"_s, u"Ed25519"_s }, { u"x"_s, x } })
                                 << int(E::SecretPublicOnly);
    QTest::newRow("valid") << ClientCredentials::formatSecret(key) << int(E::None);
}

void TestSettingsDialog::secretValidatedLive()
{
    QFETCH(QString, secret);
    QFETCH(int, error);
    auto* secretEdit = child<QLineEdit>("clientSecretEdit");
    auto* status = child<QLabel>("secretStatus");
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secretEdit, secret);
    if (error == int(ClientCredentials::Error::None))
        QVERIFY(!status->text().isEmpty());
    else
        QCOMPARE(status->text(), ClientCredentials::describe(ClientCredentials::Error(error)));
    // Never echoed: no part of the secret's payload shows up in the message.
    const QString payload = secret.section(QLatin1Char(':'), 3);
    if (payload.size() >= 4)
        QVERIFY2(!status->text().contains(payload.left(8)), qPrintable(status->text()));

    // The show toggle unmasks it, and masks it again.
    auto* show = child<QToolButton>("showSecretButton");
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
}

void TestSettingsDialog::saveKeepsSecretOutOfSettings()
{
    const QString clientId = QStringLiteral("quiet-otter-31337@acme.conductor.one/pcc");
    fillNewProfile(QStringLiteral("Acme prod"), clientId, m_validSecret);
    QTest::mouseClick(child<QCheckBox>("readOnlyCheck"), Qt::LeftButton);
    child<QSpinBox>("concurrencySpin")->setValue(6);
    const QString id = m_dialog->currentProfileId();

    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy()); // the keychain answers asynchronously
    QVERIFY(!child<QLabel>("statusLabel")->text().isEmpty()); // "saving…"
    QVERIFY(!child<QWidget>("editorPane")->isEnabled());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(!m_dialog->isDirty());

    const std::optional<Profile> profile = m_profiles->profileByName(QStringLiteral("Acme prod"));
    QVERIFY(profile);
    QCOMPARE(profile->id, id);
    QCOMPARE(profile->readOnly, true);
    QCOMPARE(profile->concurrency, 6);

    // The settings file holds neither the client ID nor the secret …
    QFile settings(m_profiles->settingsFilePath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY(text.contains("Acme prod"));
    QVERIFY(!text.contains(m_validSecret.section(QLatin1Char(':'), 3).left(16).toLatin1()));
    QVERIFY(!text.contains("quiet-otter"));
    QVERIFY(!text.contains("secret-token"));

    // … the keychain holds them.
    SecretStore::Error error = SecretStore::Error::Other;
    const ProfileSecrets secrets = readBack(*m_secrets, id, &error);
    QCOMPARE(error, SecretStore::Error::None);
    QCOMPARE(secrets.clientId, clientId);
    QCOMPARE(secrets.clientSecret, m_validSecret);
    QCOMPARE(secrets.tenantDomain, QStringLiteral("acme.conductor.one"));
}

void TestSettingsDialog::saveRefusesInvalidForm_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<bool>("validSecret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << QString() << QStringLiteral("a@acme/pcc") << true
                             << QStringLiteral("Enter a name for the profile.");
    QTest::newRow("bad client ID") << QStringLiteral("P") << QStringLiteral("no-at-sign") << true
                                   << ClientCredentials::describe(ClientCredentials::Error::ClientIdNoAt);
    QTest::newRow("bad secret") << QStringLiteral("P") << QStringLiteral("a@acme/pcc") << false
                                << ClientCredentials::describe(ClientCredentials::Error::SecretBadPrefix);
}

void TestSettingsDialog::saveRefusesInvalidForm()
{
    QFETCH(QString, name);
    QFETCH(QString, clientId);
    QFETCH(bool, validSecret);
    QFETCH(QString, expected);
    fillNewProfile(name, clientId, validSecret ? m_validSecret : QStringLiteral("not-a-secret"));
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    QCOMPARE(child<QLabel>("statusLabel")->text(), expected);
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestSettingsDialog::existingProfileLoadsSecrets()
{
    Profile profile;
    profile.id = QStringLiteral("p1");
    profile.name = QStringLiteral("Stored");
    m_profiles->save(profile);
    ProfileSecrets secrets { QStringLiteral("acme.conductor.one"), QStringLiteral("a@acme/pcc"), m_validSecret };
    bool written = false;
    m_secrets->write(profile.id, secrets, this, [&](const SecretStore::Outcome& o) { written = o.ok(); });
    QTRY_VERIFY(written);

    QSignalSpy loaded(m_dialog.get(), &SettingsDialog::secretsLoaded);
    m_dialog->selectProfile(profile.id);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Stored"));
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), QStringLiteral("a@acme/pcc"));
    QCOMPARE(child<QLineEdit>("clientSecretEdit")->text(), m_validSecret);
    QCOMPARE(child<QLineEdit>("tenantEdit")->text(), QStringLiteral("acme.conductor.one"));
    QVERIFY(!m_dialog->isDirty());
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
}

// Before any test the Test Connection button shows no "connected" dot (nor any state): nothing is known yet.
void TestSettingsDialog::testButtonClaimsNothingBeforeATest()
{
    auto* button = child<QPushButton>("testConnectionButton");
    QVERIFY(button->isVisible());
    QVERIFY(button->icon().isNull());
    QVERIFY(child<QLabel>("testResult")->text().isEmpty());
}

void TestSettingsDialog::testConnectionSignsIn()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.generateData(SandboxDataSize { 2, 1, 2, 1, 5, 0, 0 });
    const SandboxClient client = server.issueClient();
    fillNewProfile(QStringLiteral("Sandbox"), client.clientId, client.clientSecret, server.baseUrl().toString());

    QSignalSpy finished(m_dialog.get(), &SettingsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isTesting());
    QVERIFY(child<QWidget>("testProgress")->isVisible());
    QVERIFY(child<QPushButton>("cancelTestButton")->isVisible());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    // Who signed in, as people know them (the user is looked up); the raw ID is in the tooltip.
    const QString result = child<QLabel>("testResult")->text();
    QVERIFY2(result.contains(u"Sandbox Admin"_s), qPrintable(result));
    QVERIFY2(result.contains(u"sandbox-admin@sandbox.example.com"_s), qPrintable(result));
    QVERIFY2(!result.contains(client.userId), qPrintable(result));
    QVERIFY2(child<QLabel>("testResult")->toolTip().contains(client.userId),
        qPrintable(child<QLabel>("testResult")->toolTip()));
    QVERIFY(!child<QWidget>("testProgress")->isVisible());
    QVERIFY(m_dialog->grab().save(QStringLiteral(C1_SCREENSHOT_DIR "/settingsdialog.png")));
    // A test saves nothing.
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestSettingsDialog::testConnectionReportsBadSecret()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const SandboxClient client = server.issueClient();
    const QString otherKey = ClientCredentials::formatSecret(Ed25519Key::generate()); // well-formed, not issued
    fillNewProfile(QStringLiteral("Sandbox"), client.clientId, otherKey, server.baseUrl().toString());

    QSignalSpy finished(m_dialog.get(), &SettingsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QString result = child<QLabel>("testResult")->text();
    QVERIFY(!result.isEmpty());
    QVERIFY(!result.contains(otherKey.section(QLatin1Char(':'), 3).left(12)));
}

void TestSettingsDialog::testConnectionCanBeCanceled()
{
    SandboxOptions options;
    options.latencyMs = 5000;
    SandboxServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const SandboxClient client = server.issueClient();
    fillNewProfile(QStringLiteral("Slow"), client.clientId, client.clientSecret, server.baseUrl().toString());

    QSignalSpy finished(m_dialog.get(), &SettingsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isTesting());
    QTRY_VERIFY(server.requestCount() > 0);
    QTest::mouseClick(child<QPushButton>("cancelTestButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->isTesting());
    QVERIFY(child<QPushButton>("testConnectionButton")->isEnabled());
    QVERIFY(!child<QWidget>("testProgress")->isVisible());
    QCOMPARE(finished.size(), 0);
}

void TestSettingsDialog::deleteRemovesKeychainEntry()
{
    fillNewProfile(QStringLiteral("Doomed"), QStringLiteral("a@acme/pcc"), m_validSecret);
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const QString id = m_dialog->currentProfileId();
    QVERIFY(m_profiles->profile(id));

    QSignalSpy removed(m_dialog.get(), &SettingsDialog::profileRemoved);
    QTest::mouseClick(child<QToolButton>("deleteProfileButton"), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"))));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().first().toString(), id);
    QVERIFY(!m_profiles->profile(id));
    SecretStore::Error error = SecretStore::Error::None;
    readBack(*m_secrets, id, &error);
    QCOMPARE(error, SecretStore::Error::NotFound);
}

void TestSettingsDialog::firstProfileIsListedAndSelected()
{
    // What the main window does on File ▸ Settings… with no profile: select "the current one" (none).
    m_dialog->selectProfile(QString());
    auto* list = child<QListWidget>("profileList");
    QCOMPARE(list->count(), 1);
    QListWidgetItem* item = list->currentItem();
    QVERIFY(item);
    QVERIFY(item->isSelected());
    QCOMPARE(item->text(), child<QLineEdit>("nameEdit")->text());
    QVERIFY(!item->text().isEmpty());
    QCOMPARE(item->data(Qt::UserRole).toString(), m_dialog->currentProfileId());

    // It follows its name as it is typed.
    auto* nameEdit = child<QLineEdit>("nameEdit");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"Acme"_s);
    QCOMPARE(list->currentItem()->text(), u"Acme"_s);
    QTest::keyClicks(nameEdit, u" prod"_s);
    QCOMPARE(list->currentItem()->text(), u"Acme prod"_s);
    QCOMPARE(list->count(), 1);

    // Selecting it again keeps it (and what was typed).
    m_dialog->selectProfile(QString());
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentItem()->text(), u"Acme prod"_s);
    QCOMPARE(nameEdit->text(), u"Acme prod"_s);
    // So does asking for a profile that is not stored (the --demo profile, one deleted meanwhile).
    m_dialog->selectProfile(u"not-stored"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->currentItem() && list->currentItem()->isSelected());
    QCOMPARE(list->currentItem()->text(), u"Acme prod"_s);

    // Saved, it is the one stored profile, still selected.
    QTest::keyClicks(child<QLineEdit>("clientIdEdit"), u"a@acme/pcc"_s);
    QTest::keyClicks(child<QLineEdit>("clientSecretEdit"), m_validSecret);
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentItem()->text(), u"Acme prod"_s);
    QVERIFY(list->currentItem()->isSelected());
    QCOMPARE(m_profiles->profiles().size(), 1);
}

void TestSettingsDialog::deleteNeedsASelection()
{
    auto* list = child<QListWidget>("profileList");
    auto* remove = child<QToolButton>("deleteProfileButton");
    QVERIFY(list->currentItem() && list->currentItem()->isSelected());
    QVERIFY(remove->isEnabled());
    list->clearSelection();
    QVERIFY(!remove->isEnabled());
    m_dialog->deleteProfile(); // nothing selected: nothing happens
    QVERIFY(!m_dialog->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox")));
    QCOMPARE(list->count(), 1);
    list->currentItem()->setSelected(true);
    QVERIFY(remove->isEnabled());
}

namespace {

// The main window as c1console builds it, over the test's stores; File ▸ Settings… opens the dialog.
struct Console {
    SessionController controller;
    MainWindow window;
    Console(ProfileStore* profiles, SecretStore* secrets)
        : controller(profiles, secrets)
        , window(&controller)
    {
        window.setSecretStoreForSettings(secrets);
        window.show();
    }
    SettingsDialog* openSettings()
    {
        window.actions().settings->trigger();
        return window.findChild<SettingsDialog*>();
    }
};

} // namespace

void TestSettingsDialog::savingConnectsWhenNoneIsConnected()
{
    m_dialog.reset();
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const SandboxClient client = server.issueClient();
    Console console(m_profiles.get(), m_secrets.get());
    QCOMPARE(console.controller.state(), SessionController::State::NoProfile);

    SettingsDialog* dialog = console.openSettings();
    QVERIFY(dialog);
    auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"First"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit")), client.clientId);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit")), client.clientSecret);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("urlOverrideEdit")), server.baseUrl().toString());
    QSignalSpy saved(dialog, &SettingsDialog::saveFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    const QString id = dialog->currentProfileId();

    QTRY_COMPARE_WITH_TIMEOUT(console.controller.state(), SessionController::State::Connected, 15000);
    QCOMPARE(console.controller.profile().id, id);
    QCOMPARE(m_profiles->activeProfileId(), id);
    // The status bar says who is signed in; the ID is in its tooltip.
    auto* status = console.window.findChild<QLabel*>(QStringLiteral("statusConnection"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(u"Sandbox Admin"_s), qPrintable(status->text()));
    QVERIFY2(status->toolTip().contains(client.userId), qPrintable(status->toolTip()));

    // A second profile saved while the first is connected does not take over.
    dialog->addProfile();
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"Second"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit")), client.clientId);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit")), client.clientSecret);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("urlOverrideEdit")), server.baseUrl().toString());
    QSignalSpy states(&console.controller, &SessionController::stateChanged);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().first().toBool(), true);
    QCOMPARE(m_profiles->profiles().size(), 2);
    QCOMPARE(console.controller.profile().id, id);
    QCOMPARE(console.controller.state(), SessionController::State::Connected);
    QCOMPARE(states.size(), 0);
}

void TestSettingsDialog::savingTheConnectedProfileReconnects()
{
    m_dialog.reset();
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const SandboxClient client = server.issueClient();
    Profile profile;
    profile.id = u"connected"_s;
    profile.name = u"Connected"_s;
    profile.urlOverride = server.baseUrl();
    QVERIFY(m_profiles->save(profile));
    bool written = false;
    m_secrets->write(profile.id, { server.baseUrl().authority(), client.clientId, client.clientSecret }, this,
        [&](const SecretStore::Outcome& o) { written = o.ok(); });
    QTRY_VERIFY(written);

    Console console(m_profiles.get(), m_secrets.get());
    console.controller.connectProfile(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(console.controller.state(), SessionController::State::Connected, 15000);
    QCOMPARE(console.controller.profile().concurrency, Profile().concurrency); // the stored default
    const int signInsBefore = server.requestCount();

    SettingsDialog* dialog = console.openSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentProfileId(), profile.id);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000); // its credentials are read
    dialog->findChild<QSpinBox*>(QStringLiteral("concurrencySpin"))->setValue(3);
    QSignalSpy sessions(&console.controller, &SessionController::sessionChanged);
    QSignalSpy saved(dialog, &SettingsDialog::saveFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    // The old session goes, a new one with what was saved comes.
    QTRY_COMPARE_WITH_TIMEOUT(sessions.size(), 2, 15000);
    QCOMPARE(sessions.at(0).at(0).value<Session*>(), nullptr);
    QVERIFY(sessions.at(1).at(0).value<Session*>() != nullptr);
    QCOMPARE(console.controller.state(), SessionController::State::Connected);
    QCOMPARE(console.controller.profile().concurrency, 3);
    QVERIFY(server.requestCount() > signInsBefore); // signed in again
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

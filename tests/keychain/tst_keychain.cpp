// KeychainSecretStore against the real Secret Service (gnome-keyring in the private D-Bus session that
// tools/test-session starts), and the promise that no settings file ever holds a credential.

#include "settings/KeychainSecretStore.h"
#include "settings/ProfileStore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace c1;
using Error = SecretStore::Error;

namespace {

struct ReadResult {
    int calls = 0;
    SecretStore::Outcome outcome;
    ProfileSecrets secrets;
};

struct WriteResult {
    int calls = 0;
    SecretStore::Outcome outcome;
};

ProfileSecrets secretsFor(const QString& name)
{
    return { name + QStringLiteral(".conductor.one"), QStringLiteral("otter-%1@%1.conductor.one/pcc").arg(name),
        QStringLiteral("secret-token:conductorone.com:v1:eyJrdHkiOiJPS1Ai%1payload+/=").arg(name) };
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writeReadOverwriteDelete();
    void severalProfilesSideBySide();
    void notFound();
    void jobsRunInOrder();
    void deadContextIsNotCalled();
    void servicesAreSeparate();
    void settingsFileHoldsNoCredential();
    void noBackendIsReported();

private:
    void write(const QString& id, const ProfileSecrets& secrets, KeychainSecretStore* store = nullptr);
    ReadResult read(const QString& id, KeychainSecretStore* store = nullptr);
    WriteResult remove(const QString& id);
    QString newId()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_ids.append(id);
        return id;
    }

    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_service;
    QStringList m_ids; // removed again at the end
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsSet("C1_TEST_NO_BACKEND_CHILD"))
        return; // the child of noBackendIsReported(): its D-Bus address is broken on purpose
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run under tools/test-session (or tools/test)");
    // A service name of its own per run: never touches another run's (or a person's) entries.
    m_service = QStringLiteral("C1 Console test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = std::make_unique<KeychainSecretStore>(m_service);
    QCOMPARE(m_store->service(), m_service);
}

void TestKeychain::cleanupTestCase()
{
    if (!m_store)
        return;
    int pending = 0;
    for (const QString& id : std::as_const(m_ids)) {
        ++pending;
        m_store->remove(id, this, [&pending](const SecretStore::Outcome&) { --pending; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 20000);
}

void TestKeychain::write(const QString& id, const ProfileSecrets& secrets, KeychainSecretStore* store)
{
    WriteResult result;
    (store ? store : m_store.get())->write(id, secrets, this, [&result](const SecretStore::Outcome& outcome) {
        ++result.calls;
        result.outcome = outcome;
    });
    QTRY_COMPARE_WITH_TIMEOUT(result.calls, 1, 20000);
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.message));
}

ReadResult TestKeychain::read(const QString& id, KeychainSecretStore* store)
{
    ReadResult result;
    (store ? store : m_store.get())
        ->read(id, this, [&result](const SecretStore::Outcome& outcome, const ProfileSecrets& secrets) {
            ++result.calls;
            result.outcome = outcome;
            result.secrets = secrets;
        });
    [&] { QTRY_COMPARE_WITH_TIMEOUT(result.calls, 1, 20000); }();
    return result;
}

WriteResult TestKeychain::remove(const QString& id)
{
    WriteResult result;
    m_store->remove(id, this, [&result](const SecretStore::Outcome& outcome) {
        ++result.calls;
        result.outcome = outcome;
    });
    [&] { QTRY_COMPARE_WITH_TIMEOUT(result.calls, 1, 20000); }();
    return result;
}

void TestKeychain::writeReadOverwriteDelete()
{
    const QString id = newId();
    const ProfileSecrets first = secretsFor(QStringLiteral("acme"));
    write(id, first);
    if (QTest::currentTestFailed())
        return;
    ReadResult got = read(id);
    QVERIFY2(got.outcome.ok(), qPrintable(got.outcome.message));
    QCOMPARE(got.secrets.tenantDomain, first.tenantDomain);
    QCOMPARE(got.secrets.clientId, first.clientId);
    QCOMPARE(got.secrets.clientSecret, first.clientSecret);

    const ProfileSecrets second = secretsFor(QStringLiteral("globex"));
    write(id, second);
    if (QTest::currentTestFailed())
        return;
    got = read(id);
    QVERIFY(got.outcome.ok());
    QCOMPARE(got.secrets.clientSecret, second.clientSecret);
    QCOMPARE(got.secrets.clientId, second.clientId);

    const WriteResult removed = remove(id);
    QVERIFY2(removed.outcome.ok(), qPrintable(removed.outcome.message));
    got = read(id);
    QCOMPARE(got.outcome.error, Error::NotFound);
    QVERIFY(got.secrets.clientSecret.isEmpty());
}

void TestKeychain::severalProfilesSideBySide()
{
    // Queued back to back without waiting: the store runs them one at a time.
    const QStringList names { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"),
        QStringLiteral("delta") };
    QStringList ids;
    int written = 0;
    for (const QString& name : names) {
        ids.append(newId());
        m_store->write(ids.last(), secretsFor(name), this, [&written](const SecretStore::Outcome& outcome) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.message));
            ++written;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(written, int(names.size()), 20000);

    QList<ProfileSecrets> results(names.size());
    int readCount = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_store->read(
            ids[i], this, [&results, &readCount, i](const SecretStore::Outcome& outcome, const ProfileSecrets& s) {
                QVERIFY2(outcome.ok(), qPrintable(outcome.message));
                results[i] = s;
                ++readCount;
            });
    }
    QTRY_COMPARE_WITH_TIMEOUT(readCount, int(names.size()), 20000);
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(results[i].clientId, secretsFor(names[i]).clientId);
        QCOMPARE(results[i].clientSecret, secretsFor(names[i]).clientSecret);
        QCOMPARE(results[i].tenantDomain, secretsFor(names[i]).tenantDomain);
    }

    // Deleting one leaves the others.
    QVERIFY(remove(ids[1]).outcome.ok());
    QCOMPARE(read(ids[1]).outcome.error, Error::NotFound);
    QCOMPARE(read(ids[0]).secrets.clientSecret, secretsFor(names[0]).clientSecret);
    QCOMPARE(read(ids[2]).secrets.clientSecret, secretsFor(names[2]).clientSecret);
}

void TestKeychain::notFound()
{
    const ReadResult got = read(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(got.outcome.error, Error::NotFound);
    QCOMPARE(got.outcome.message, SecretStore::describe(Error::NotFound));
    QVERIFY(got.secrets.clientId.isEmpty());
}

void TestKeychain::jobsRunInOrder()
{
    const QString id = newId();
    QStringList events;
    m_store->write(id, secretsFor(QStringLiteral("one")), this,
        [&events](const SecretStore::Outcome& o) { events.append(o.ok() ? u"write1"_qs : u"write1 failed"_qs); });
    m_store->read(id, this, [&events](const SecretStore::Outcome& o, const ProfileSecrets& s) {
        events.append(o.ok() ? QStringLiteral("read:") + s.tenantDomain : QStringLiteral("read failed"));
    });
    m_store->write(id, secretsFor(QStringLiteral("two")), this,
        [&events](const SecretStore::Outcome& o) { events.append(o.ok() ? u"write2"_qs : u"write2 failed"_qs); });
    m_store->read(id, this, [&events](const SecretStore::Outcome& o, const ProfileSecrets& s) {
        events.append(o.ok() ? QStringLiteral("read:") + s.tenantDomain : QStringLiteral("read failed"));
    });
    m_store->remove(id, this,
        [&events](const SecretStore::Outcome& o) { events.append(o.ok() ? u"remove"_qs : u"remove failed"_qs); });
    m_store->read(id, this, [&events](const SecretStore::Outcome& o, const ProfileSecrets&) {
        events.append(o.error == Error::NotFound ? u"read:none"_qs : u"read unexpected"_qs);
    });
    QCOMPARE(events.size(), 0); // nothing answers synchronously
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 6, 20000);
    QCOMPARE(events,
        (QStringList { u"write1"_qs, u"read:one.conductor.one"_qs, u"write2"_qs, u"read:two.conductor.one"_qs,
            u"remove"_qs, u"read:none"_qs }));
}

void TestKeychain::deadContextIsNotCalled()
{
    const QString id = newId();
    write(id, secretsFor(QStringLiteral("ctx")));
    auto context = std::make_unique<QObject>();
    int dead = 0;
    m_store->read(id, context.get(), [&dead](const SecretStore::Outcome&, const ProfileSecrets&) { ++dead; });
    context.reset();
    const ReadResult after = read(id); // queued behind the first: when it answers, the first has finished
    QVERIFY(after.outcome.ok());
    QCOMPARE(dead, 0);
}

void TestKeychain::servicesAreSeparate()
{
    const QString id = newId();
    write(id, secretsFor(QStringLiteral("mine")));
    KeychainSecretStore other(m_service + QStringLiteral(" other"));
    QCOMPARE(read(id, &other).outcome.error, Error::NotFound);
    QCOMPARE(read(id).secrets.clientId, secretsFor(QStringLiteral("mine")).clientId);
}

void TestKeychain::settingsFileHoldsNoCredential()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("c1console.ini"));
    ProfileStore profiles(file);
    Profile profile;
    profile.id = newId();
    profile.name = QStringLiteral("Acme production");
    profile.urlOverride = QUrl(QStringLiteral("https://proxy.example:8443"));
    profile.proxy = Profile::Proxy::Manual;
    profile.proxyHost = QStringLiteral("proxy.example");
    profile.proxyPort = 3128;
    profile.color = QStringLiteral("#aa0000");
    QVERIFY(profiles.save(profile));
    profiles.rememberRoleSlug(profile.id, QStringLiteral("primary"));
    profiles.setActiveProfileId(profile.id);

    const ProfileSecrets secrets { QStringLiteral("zanzibar-tenant.c1eu.ai"),
        QStringLiteral("quokka-98765@zanzibar-tenant.c1eu.ai/spc"),
        QStringLiteral("secret-token:conductorone.com:v1:eyJrdHkiOiJPS1AiLCJjcnYiOiJFZDI1NTE5In0") };
    write(profile.id, secrets);
    QVERIFY(read(profile.id).outcome.ok());
    QVERIFY(profiles.duplicate(profile.id, QStringLiteral("Acme copy")).id.size() > 0);

    QFile settings(file);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray bytes = settings.readAll();
    QVERIFY(bytes.contains("Acme production")); // the file is the one written
    for (const QString& credential : { secrets.tenantDomain, secrets.clientId, secrets.clientSecret,
             QStringLiteral("zanzibar"), QStringLiteral("quokka"), QStringLiteral("secret-token"),
             QStringLiteral("eyJrdHkiOiJPS1AiLCJjcnYiOiJFZDI1NTE5In0") }) {
        QVERIFY2(!bytes.contains(credential.toUtf8()), qPrintable(credential));
        QVERIFY2(!bytes.toLower().contains(credential.toLower().toUtf8()), qPrintable(credential));
    }
}

void TestKeychain::noBackendIsReported()
{
    if (qEnvironmentVariableIsSet("C1_TEST_NO_BACKEND_CHILD")) {
        KeychainSecretStore store(QStringLiteral("C1 Console test no backend"));
        ReadResult result;
        store.read(QStringLiteral("x"), this, [&result](const SecretStore::Outcome& outcome, const ProfileSecrets&) {
            ++result.calls;
            result.outcome = outcome;
        });
        QTRY_COMPARE_WITH_TIMEOUT(result.calls, 1, 20000);
        QCOMPARE(result.outcome.error, Error::NoBackend);
        QVERIFY(result.outcome.message.startsWith(SecretStore::describe(Error::NoBackend)));
        return;
    }
    // The same binary, run with a session bus that does not exist: no keychain, and it must say so.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("C1_TEST_NO_BACKEND_CHILD"), QStringLiteral("1"));
    environment.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/c1-test-bus"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("noBackendIsReported") });
    QVERIFY(finished.wait(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestKeychain::noBackendIsReported()"), output.constData());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

#include "settings/KeychainSecretStore.h"
#include "settings/MemorySecretStore.h"

#include <QSet>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace c1;
using Error = SecretStore::Error;

Q_DECLARE_METATYPE(c1::SecretStore::Error)

namespace {

ProfileSecrets sample(const QString& suffix = {})
{
    return { QStringLiteral("acme.conductor.one") + suffix,
        QStringLiteral("quiet-otter@acme.conductor.one/pcc") + suffix,
        QStringLiteral("secret-token:conductorone.com:v1:payload") + suffix };
}

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void memoryRoundTrip();
    void memoryCallbacksAreAsynchronous();
    void memoryDeadContextIsNotCalled();
    void keychainErrorMapping_data();
    void keychainErrorMapping();
    void describeIsDistinct();
    void wipe();
};

void TestSecretStore::memoryRoundTrip()
{
    MemorySecretStore store;
    std::optional<SecretStore::Outcome> written;
    store.write(QStringLiteral("p1"), sample(), this, [&](const SecretStore::Outcome& o) { written = o; });
    QTRY_VERIFY(written);
    QVERIFY(written->ok());

    std::optional<SecretStore::Outcome> read;
    ProfileSecrets got;
    store.read(QStringLiteral("p1"), this, [&](const SecretStore::Outcome& o, const ProfileSecrets& s) {
        read = o;
        got = s;
    });
    QTRY_VERIFY(read);
    QVERIFY(read->ok());
    QCOMPARE(got.tenantDomain, sample().tenantDomain);
    QCOMPARE(got.clientId, sample().clientId);
    QCOMPARE(got.clientSecret, sample().clientSecret);

    read.reset();
    store.read(QStringLiteral("p2"), this, [&](const SecretStore::Outcome& o, const ProfileSecrets& s) {
        read = o;
        got = s;
    });
    QTRY_VERIFY(read);
    QCOMPARE(read->error, Error::NotFound);
    QCOMPARE(read->message, SecretStore::describe(Error::NotFound));
    QVERIFY(got.clientSecret.isEmpty());

    std::optional<SecretStore::Outcome> removed;
    store.remove(QStringLiteral("p1"), this, [&](const SecretStore::Outcome& o) { removed = o; });
    QTRY_VERIFY(removed);
    QVERIFY(removed->ok());
    removed.reset();
    store.remove(QStringLiteral("p1"), this, [&](const SecretStore::Outcome& o) { removed = o; });
    QTRY_VERIFY(removed);
    QCOMPARE(removed->error, Error::NotFound);
}

void TestSecretStore::memoryCallbacksAreAsynchronous()
{
    MemorySecretStore store;
    int calls = 0;
    store.write(QStringLiteral("p"), sample(), this, [&](const SecretStore::Outcome&) { ++calls; });
    store.read(QStringLiteral("p"), this, [&](const SecretStore::Outcome&, const ProfileSecrets&) { ++calls; });
    store.remove(QStringLiteral("p"), this, [&](const SecretStore::Outcome&) { ++calls; });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 3);
}

void TestSecretStore::memoryDeadContextIsNotCalled()
{
    MemorySecretStore store;
    auto context = std::make_unique<QObject>();
    int dead = 0;
    int alive = 0;
    store.write(QStringLiteral("p"), sample(), context.get(), [&](const SecretStore::Outcome&) { ++dead; });
    store.read(QStringLiteral("p"), context.get(), [&](const SecretStore::Outcome&, const ProfileSecrets&) { ++dead; });
    context.reset();
    store.read(QStringLiteral("p"), this, [&](const SecretStore::Outcome& o, const ProfileSecrets&) {
        QVERIFY(o.ok()); // the write itself happened
        ++alive;
    });
    QTRY_COMPARE(alive, 1);
    QCOMPARE(dead, 0);
}

void TestSecretStore::keychainErrorMapping_data()
{
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<Error>("expected");
    QTest::addColumn<bool>("showsDetail");

    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << Error::None << false;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found") << Error::NotFound
                               << false;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QStringLiteral("user refused the prompt")
                                    << Error::AccessDenied << false;
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << QStringLiteral("locked") << Error::AccessDenied << false;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QStringLiteral("No keychain service available")
                                << Error::NoBackend << true;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << Error::NoBackend << false;
    QTest::newRow("D-Bus service missing")
        << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files") << Error::NoBackend
        << true;
    QTest::newRow("D-Bus no reply") << int(QKeychain::OtherError)
                                    << QStringLiteral("org.freedesktop.DBus.Error.NoReply: Did not receive a reply")
                                    << Error::NoBackend << true;
    QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Unknown error") << Error::Other << true;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("Could not delete")
                                      << Error::Other << true;
}

void TestSecretStore::keychainErrorMapping()
{
    QFETCH(int, keychainError);
    QFETCH(QString, errorString);
    QFETCH(Error, expected);
    QFETCH(bool, showsDetail);
    const SecretStore::Outcome outcome = KeychainSecretStore::outcomeFor(keychainError, errorString);
    QCOMPARE(outcome.error, expected);
    QCOMPARE(outcome.ok(), expected == Error::None);
    QCOMPARE(outcome.message.isEmpty(), expected == Error::None);
    if (expected != Error::None)
        QVERIFY(outcome.message.startsWith(SecretStore::describe(expected)));
    if (!errorString.isEmpty())
        QCOMPARE(outcome.message.contains(errorString), showsDetail);
}

void TestSecretStore::describeIsDistinct()
{
    QSet<QString> seen;
    for (const Error error : { Error::NoBackend, Error::AccessDenied, Error::NotFound, Error::Other }) {
        const QString text = SecretStore::describe(error);
        QVERIFY(!text.isEmpty());
        QVERIFY(!seen.contains(text));
        seen.insert(text);
    }
    QVERIFY(SecretStore::describe(Error::NoBackend).contains(QStringLiteral("plain")));
    QVERIFY(SecretStore::describe(Error::None).isEmpty());
}

void TestSecretStore::wipe()
{
    ProfileSecrets secrets = sample();
    secrets.wipe();
    QVERIFY(secrets.clientSecret.isEmpty());
    QVERIFY(secrets.clientId.isEmpty());
    QVERIFY(secrets.tenantDomain.isEmpty());

    // A shared copy is only released, never overwritten under its other owner.
    ProfileSecrets original = sample();
    ProfileSecrets copy = original;
    copy.wipe();
    QCOMPARE(original.clientSecret, sample().clientSecret);

    // It wipes itself: a moved-from one holds nothing, and an assignment lets go of what it held (a shared copy
    // keeps its characters).
    ProfileSecrets moved = sample();
    const ProfileSecrets target(std::move(moved));
    QVERIFY(moved.clientSecret.isEmpty() && moved.clientId.isEmpty() && moved.tenantDomain.isEmpty());
    QCOMPARE(target.clientSecret, sample().clientSecret);
    ProfileSecrets assigned = sample();
    const QString alias = assigned.clientSecret;
    assigned = ProfileSecrets(QStringLiteral("other.example"), QStringLiteral("id"), QStringLiteral("secret"));
    QCOMPARE(assigned.clientSecret, QStringLiteral("secret"));
    QCOMPARE(alias, sample().clientSecret);
    ProfileSecrets moveAssigned = sample();
    moveAssigned = std::move(assigned);
    QCOMPARE(moveAssigned.clientSecret, QStringLiteral("secret"));
    QVERIFY(assigned.clientSecret.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

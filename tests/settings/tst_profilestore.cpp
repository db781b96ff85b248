#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;

namespace {

Profile fullProfile(const QString& name = QStringLiteral("Acme production"))
{
    Profile p;
    p.id = Profile::createId();
    p.name = name;
    p.urlOverride = QUrl(QStringLiteral("https://proxy.acme.example:8443/c1"));
    p.caFile = QString(); // set by tests that have a file
    p.proxy = Profile::Proxy::Manual;
    p.proxyHost = QStringLiteral("proxy.acme.example");
    p.proxyPort = 3128;
    p.proxyExclusions = QStringLiteral("localhost,127.0.0.1");
    p.concurrency = 7;
    p.readOnly = true;
    p.production = true;
    p.color = QStringLiteral("#aa3300");
    p.language = QStringLiteral("de");
    return p;
}

void compareProfiles(const Profile& a, const Profile& b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.urlOverride, b.urlOverride);
    QCOMPARE(a.caFile, b.caFile);
    QCOMPARE(a.proxy, b.proxy);
    QCOMPARE(a.proxyHost, b.proxyHost);
    QCOMPARE(a.proxyPort, b.proxyPort);
    QCOMPARE(a.proxyExclusions, b.proxyExclusions);
    QCOMPARE(a.concurrency, b.concurrency);
    QCOMPARE(a.readOnly, b.readOnly);
    QCOMPARE(a.production, b.production);
    QCOMPARE(a.color, b.color);
    QCOMPARE(a.language, b.language);
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void defaultsRoundTrip();
    void validate_data();
    void validate();
    void saveRefusesInvalidProfiles();
    void namesAreUnique();
    void profilesAreSortedByName();
    void remove();
    void removeWithSecrets();
    void removeWithSecretsWhenNoneStored();
    void duplicate();
    void duplicateRefusals();
    void roleSlugs();
    void activeProfile();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("c1console.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::roundTrip()
{
    Profile p = fullProfile();
    p.caFile = m_dir->filePath(QStringLiteral("ca.pem"));
    QFile ca(p.caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n");
    ca.close();
    {
        ProfileStore store(settingsFile());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.settingsFilePath(), settingsFile());
    }
    ProfileStore reopened(settingsFile());
    const auto loaded = reopened.profile(p.id);
    QVERIFY(loaded);
    compareProfiles(*loaded, p);
    QCOMPARE(reopened.profiles().size(), 1);
    QVERIFY(reopened.profileByName(QStringLiteral("ACME PRODUCTION")));
    QVERIFY(!reopened.profile(Profile::createId()));
    QVERIFY(!reopened.profileByName(QStringLiteral("nobody")));

    // An update keeps the id and replaces the fields.
    p.name = QStringLiteral("Acme (old)");
    p.proxy = Profile::Proxy::None;
    p.urlOverride = QUrl();
    QVERIFY(reopened.save(p));
    compareProfiles(*ProfileStore(settingsFile()).profile(p.id), p);
    QCOMPARE(reopened.profiles().size(), 1);
}

void TestProfileStore::defaultsRoundTrip()
{
    Profile p;
    p.id = Profile::createId();
    p.name = QStringLiteral("  Plain  ");
    ProfileStore store(settingsFile());
    QVERIFY(store.save(p));
    const auto loaded = ProfileStore(settingsFile()).profile(p.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->name, QStringLiteral("Plain")); // trimmed
    QVERIFY(loaded->urlOverride.isEmpty());
    QCOMPARE(loaded->proxy, Profile::Proxy::System);
    QCOMPARE(loaded->concurrency, Profile().concurrency); // 48: an upper bound for the adaptive limiter
    QCOMPARE(loaded->concurrency, 48);
    QVERIFY(!loaded->readOnly);
    QVERIFY(!loaded->production);
    QVERIFY(loaded->color.isEmpty());
    QVERIFY(loaded->language.isEmpty());
}

void TestProfileStore::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    auto row = [](const char* name, const char* field, const QString& value, bool valid) {
        QTest::newRow(name) << QString::fromLatin1(field) << value << valid;
    };
    row("name", "name", QStringLiteral("Acme"), true);
    row("empty name", "name", QString(), false);
    row("blank name", "name", QStringLiteral("   "), false);
    row("name too long", "name", QString(81, u'x'), false);
    row("no override", "url", QString(), true);
    row("https override", "url", QStringLiteral("https://acme.conductor.one"), true);
    row("https override with port and path", "url", QStringLiteral("https://proxy.example:8443/c1/"), true);
    row("http to 127.0.0.1", "url", QStringLiteral("http://127.0.0.1:8080"), true);
    row("http to 127.1.2.3", "url", QStringLiteral("http://127.1.2.3:8080"), true);
    row("http to localhost", "url", QStringLiteral("http://localhost:1234"), true);
    row("http to LOCALHOST", "url", QStringLiteral("http://LOCALHOST:1234"), true);
    row("http to ::1", "url", QStringLiteral("http://[::1]:8080"), true);
    row("http to a tenant", "url", QStringLiteral("http://acme.conductor.one"), false);
    row("http to a LAN address", "url", QStringLiteral("http://192.168.1.10:8080"), false);
    row("http to localhost.evil", "url", QStringLiteral("http://localhost.evil.example"), false);
    row("http to 127.0.0.1.nip.io", "url", QStringLiteral("http://127.0.0.1.nip.io"), false);
    row("ftp", "url", QStringLiteral("ftp://acme.example"), false);
    row("no scheme", "url", QStringLiteral("acme.conductor.one"), false);
    row("user info", "url", QStringLiteral("https://user:pw@acme.conductor.one"), false);
    row("query", "url", QStringLiteral("https://acme.conductor.one/?x=1"), false);
    row("fragment", "url", QStringLiteral("https://acme.conductor.one/#x"), false);
    row("missing CA file", "ca", QStringLiteral("/nonexistent/ca.pem"), false);
    row("CA file is a folder", "ca", QStringLiteral("/"), false);
    row("manual proxy", "proxy", QStringLiteral("proxy.example:3128"), true);
    row("manual proxy without host", "proxy", QStringLiteral(":3128"), false);
    row("manual proxy port 0", "proxy", QStringLiteral("proxy.example:0"), false);
    row("manual proxy port too big", "proxy", QStringLiteral("proxy.example:65536"), false);
    row("concurrency 1", "concurrency", QStringLiteral("1"), true);
    row("concurrency 16", "concurrency", QStringLiteral("16"), true);
    row("concurrency 64", "concurrency", QStringLiteral("64"), true);
    row("concurrency 0", "concurrency", QStringLiteral("0"), false);
    row("concurrency 65", "concurrency", QStringLiteral("65"), false);
    row("colour", "color", QStringLiteral("#12abEF"), true);
    row("colour without #", "color", QStringLiteral("12abef"), false);
    row("colour name", "color", QStringLiteral("red"), false);
    row("short colour", "color", QStringLiteral("#fff"), false);
    row("language de", "language", QStringLiteral("de"), true);
    row("language pt_BR", "language", QStringLiteral("pt_BR"), true);
    row("language with path", "language", QStringLiteral("../de"), false);
    row("language upper-case", "language", QStringLiteral("DE"), false);
}

void TestProfileStore::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    Profile p;
    p.id = Profile::createId();
    p.name = QStringLiteral("Acme");
    if (field == u"name") {
        p.name = value;
    } else if (field == u"url") {
        p.urlOverride = QUrl(value, QUrl::StrictMode);
    } else if (field == u"ca") {
        p.caFile = value;
    } else if (field == u"proxy") {
        p.proxy = Profile::Proxy::Manual;
        p.proxyHost = value.section(u':', 0, 0);
        p.proxyPort = value.section(u':', 1).toInt();
    } else if (field == u"concurrency") {
        p.concurrency = value.toInt();
    } else if (field == u"color") {
        p.color = value;
    } else if (field == u"language") {
        p.language = value;
    }
    const QString message = p.validate();
    QCOMPARE(message.isEmpty(), valid);
}

void TestProfileStore::saveRefusesInvalidProfiles()
{
    ProfileStore store(settingsFile());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    Profile p = fullProfile();
    p.urlOverride = QUrl(QStringLiteral("http://acme.conductor.one"));
    QString error;
    QVERIFY(!store.save(p, &error));
    QVERIFY(error.contains(QStringLiteral("http://")));
    QVERIFY(store.profiles().isEmpty());

    p.urlOverride = QUrl();
    p.id.clear();
    error.clear();
    QVERIFY(!store.save(p, &error));
    QVERIFY(!error.isEmpty());
    p.id = QStringLiteral("a/b");
    QVERIFY(!store.save(p));
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(changed.size(), 0);
}

void TestProfileStore::namesAreUnique()
{
    ProfileStore store(settingsFile());
    const Profile first = fullProfile(QStringLiteral("Acme"));
    QVERIFY(store.save(first));
    Profile second = fullProfile(QStringLiteral(" acme "));
    QString error;
    QVERIFY(!store.save(second, &error));
    QVERIFY(error.contains(QStringLiteral("acme")));
    second.name = QStringLiteral("Acme EU");
    QVERIFY(store.save(second));
    // Renaming a profile to its own name (another case) is fine.
    Profile renamed = first;
    renamed.name = QStringLiteral("ACME");
    QVERIFY(store.save(renamed));
    QCOMPARE(store.profiles().size(), 2);
}

void TestProfileStore::profilesAreSortedByName()
{
    ProfileStore store(settingsFile());
    for (const char* name : { "tenant 10", "Tenant 2", "alpha", "Zulu" })
        QVERIFY(store.save(fullProfile(QString::fromLatin1(name))));
    QStringList names;
    for (const Profile& p : store.profiles())
        names.append(p.name);
    QCOMPARE(names,
        (QStringList { QStringLiteral("alpha"), QStringLiteral("Tenant 2"), QStringLiteral("tenant 10"),
            QStringLiteral("Zulu") }));
}

void TestProfileStore::remove()
{
    ProfileStore store(settingsFile());
    const Profile a = fullProfile(QStringLiteral("A"));
    const Profile b = fullProfile(QStringLiteral("B"));
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    store.rememberRoleSlug(a.id, QStringLiteral("primary"));
    store.setActiveProfileId(a.id);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    store.remove(a.id);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!store.profile(a.id));
    QVERIFY(store.roleSlugs(a.id).isEmpty());
    QVERIFY(store.activeProfileId().isEmpty()); // the active profile is gone
    QVERIFY(store.profile(b.id));
    QVERIFY(!ProfileStore(settingsFile()).profile(a.id));

    store.setActiveProfileId(b.id);
    store.remove(a.id); // already gone: harmless
    QCOMPARE(store.activeProfileId(), b.id);
}

void TestProfileStore::removeWithSecrets()
{
    ProfileStore store(settingsFile());
    MemorySecretStore secrets;
    const Profile p = fullProfile();
    QVERIFY(store.save(p));
    bool written = false;
    secrets.write(p.id, { QStringLiteral("acme.conductor.one"), QStringLiteral("x@acme/pcc"), QStringLiteral("s") },
        this, [&written](const SecretStore::Outcome& outcome) { written = outcome.ok(); });
    QTRY_VERIFY(written);

    std::optional<SecretStore::Outcome> removed;
    store.removeWithSecrets(p.id, &secrets, this, [&removed](const SecretStore::Outcome& o) { removed = o; });
    QVERIFY(store.profile(p.id)); // nothing happens before the keychain answered
    QTRY_VERIFY(removed);
    QVERIFY(removed->ok());
    QVERIFY(!store.profile(p.id));

    std::optional<SecretStore::Error> readError;
    secrets.read(
        p.id, this, [&readError](const SecretStore::Outcome& o, const ProfileSecrets&) { readError = o.error; });
    QTRY_VERIFY(readError);
    QCOMPARE(*readError, SecretStore::Error::NotFound);
}

void TestProfileStore::removeWithSecretsWhenNoneStored()
{
    ProfileStore store(settingsFile());
    MemorySecretStore secrets;
    const Profile p = fullProfile();
    QVERIFY(store.save(p));
    std::optional<SecretStore::Outcome> removed;
    store.removeWithSecrets(p.id, &secrets, this, [&removed](const SecretStore::Outcome& o) { removed = o; });
    QTRY_VERIFY(removed);
    QVERIFY(removed->ok()); // no entry is not a failure when deleting
    QVERIFY(!store.profile(p.id));
}

void TestProfileStore::duplicate()
{
    ProfileStore store(settingsFile());
    const Profile source = fullProfile(QStringLiteral("Acme"));
    QVERIFY(store.save(source));
    store.rememberRoleSlug(source.id, QStringLiteral("primary"));
    store.rememberRoleSlug(source.id, QStringLiteral("approver"));

    QString error;
    const Profile copy = store.duplicate(source.id, QStringLiteral("Acme (copy)"), &error);
    QVERIFY2(!copy.id.isEmpty(), qPrintable(error));
    QVERIFY(copy.id != source.id);
    QCOMPARE(copy.name, QStringLiteral("Acme (copy)"));
    Profile expected = source;
    expected.id = copy.id;
    expected.name = copy.name;
    compareProfiles(*ProfileStore(settingsFile()).profile(copy.id), expected);
    QCOMPARE(store.roleSlugs(copy.id), store.roleSlugs(source.id));
    QCOMPARE(store.profiles().size(), 2);

    // The copy is independent.
    store.rememberRoleSlug(copy.id, QStringLiteral("owner"));
    QCOMPARE(store.roleSlugs(source.id).size(), 2);
}

void TestProfileStore::duplicateRefusals()
{
    ProfileStore store(settingsFile());
    const Profile source = fullProfile(QStringLiteral("Acme"));
    QVERIFY(store.save(source));
    QString error;
    QVERIFY(store.duplicate(source.id, QStringLiteral("acme"), &error).id.isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(store.duplicate(source.id, QString(), &error).id.isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(store.duplicate(Profile::createId(), QStringLiteral("Other"), &error).id.isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::roleSlugs()
{
    ProfileStore store(settingsFile());
    const Profile a = fullProfile(QStringLiteral("A"));
    const Profile b = fullProfile(QStringLiteral("B"));
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    QVERIFY(store.roleSlugs(a.id).isEmpty());
    store.rememberRoleSlug(a.id, QStringLiteral("primary"));
    store.rememberRoleSlug(a.id, QStringLiteral(" secondary "));
    store.rememberRoleSlug(a.id, QStringLiteral("primary")); // no duplicate
    store.rememberRoleSlug(a.id, QStringLiteral("   ")); // nothing
    store.rememberRoleSlug(b.id, QStringLiteral("custom-role"));
    store.rememberRoleSlug(Profile::createId(), QStringLiteral("orphan")); // unknown profile: ignored
    QCOMPARE(store.roleSlugs(a.id), (QStringList { QStringLiteral("primary"), QStringLiteral("secondary") }));
    QCOMPARE(store.roleSlugs(b.id), QStringList { QStringLiteral("custom-role") });

    ProfileStore reopened(settingsFile());
    QCOMPARE(reopened.roleSlugs(a.id), (QStringList { QStringLiteral("primary"), QStringLiteral("secondary") }));
    // Saving the profile again keeps its slugs.
    QVERIFY(reopened.save(a));
    QCOMPARE(reopened.roleSlugs(a.id).size(), 2);
}

void TestProfileStore::activeProfile()
{
    const Profile p = fullProfile();
    {
        ProfileStore store(settingsFile());
        QVERIFY(store.activeProfileId().isEmpty());
        QVERIFY(store.save(p));
        store.setActiveProfileId(p.id);
        QCOMPARE(store.activeProfileId(), p.id);
    }
    ProfileStore reopened(settingsFile());
    QCOMPARE(reopened.activeProfileId(), p.id);
    reopened.setActiveProfileId(QString());
    QVERIFY(reopened.activeProfileId().isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

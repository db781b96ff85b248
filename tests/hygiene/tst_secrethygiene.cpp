// Secrets in memory: core dumps are off once credentials are parsed (ProcessHardening), buffers holding a secret are
// overwritten by secureWipe, keys own their buffers, and nothing the auth layer logs carries the secret.

#include "auth/ClientCredentials.h"
#include "auth/Ed25519Key.h"
#include "auth/JwtAssertion.h"
#include "auth/ProcessHardening.h"
#include "base/Secret.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

#include <sys/resource.h>
#include <type_traits>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace c1;
using namespace Qt::StringLiterals;

namespace {

QJsonObject vectors()
{
    QFile file(QStringLiteral(C1_TEST_DATA_DIR "/auth-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("auth-vectors.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList g_messages;
void collect(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_messages.append(message);
}

} // namespace

class TestSecretHygiene : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void coreDumpsAreOffOnceCredentialsAreParsed(); // first: it needs the process as it started
    void disablingIsIdempotent();
    void secureWipeZeroesADetachedBuffer();
    void secureWipeLeavesASharedCopyAlone();
    void secureWipeEmptiesAString();
    void secretHolderIsMoveOnlyAndLetsGo();
    void copiedKeysOwnTheirSeed();
    void logsNeverCarryTheSecret();
};

void TestSecretHygiene::coreDumpsAreOffOnceCredentialsAreParsed()
{
#if defined(Q_OS_LINUX)
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1); // a fresh process is dumpable
#endif
    QVERIFY(!ProcessHardening::coreDumpsDisabled());
    const QJsonObject v = vectors();
    const auto credentials
        = ClientCredentials::parse(v.value("client_id"_L1).toString(), v.value("client_secret"_L1).toString());
    QVERIFY(credentials);

    rlimit limit {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
#if defined(Q_OS_LINUX)
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
    QVERIFY(ProcessHardening::coreDumpsDisabled());
}

void TestSecretHygiene::disablingIsIdempotent()
{
    QVERIFY(ProcessHardening::disableCoreDumps());
    QVERIFY(ProcessHardening::disableCoreDumps());
    QVERIFY(ProcessHardening::coreDumpsDisabled());
}

void TestSecretHygiene::secureWipeZeroesADetachedBuffer()
{
    QByteArray secret("secret-token:conductorone.com:v1:eyJrdHkiOiJPS1Ai");
    secret.detach();
    const qsizetype size = secret.size();
    const char* storage = secret.constData();
    secureWipe(secret);
    // A detached buffer is overwritten in place (and stays allocated until its owner drops it).
    QCOMPARE(secret.constData(), storage);
    QCOMPARE(secret.size(), size);
    QCOMPARE(secret, QByteArray(size, '\0'));
}

void TestSecretHygiene::secureWipeLeavesASharedCopyAlone()
{
    const QByteArray original("a shared secret buffer");
    QByteArray copy = original; // implicitly shared: the same storage
    QCOMPARE(copy.constData(), original.constData());
    secureWipe(copy);
    QVERIFY(copy.isEmpty()); // our reference is dropped …
    QCOMPARE(original, QByteArray("a shared secret buffer")); // … and the other owner's bytes are untouched
}

void TestSecretHygiene::secureWipeEmptiesAString()
{
    QString secret = u"secret-token:conductorone.com:v1:abc"_s;
    secret.detach();
    secureWipe(secret);
    QVERIFY(secret.isEmpty());
    const QString kept = u"kept"_s;
    QString shared = kept;
    secureWipe(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(kept, u"kept"_s);
}

// The self-wiping holder (base/Secret.h): it cannot be copied (no forgotten copy outlives it), a move leaves the
// source empty, and replacing or wiping it lets go of what it held without touching a copy someone else owns.
void TestSecretHygiene::secretHolderIsMoveOnlyAndLetsGo()
{
    static_assert(!std::is_copy_constructible_v<SecretBytes> && !std::is_copy_assignable_v<SecretBytes>);
    static_assert(
        std::is_nothrow_move_constructible_v<SecretString> && std::is_nothrow_move_assignable_v<SecretString>);
    SecretBytes first(QByteArray("secret-token:conductorone.com:v1:first"));
    SecretBytes second(std::move(first));
    QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from holder holds nothing
    QCOMPARE(second.value(), QByteArray("secret-token:conductorone.com:v1:first"));
    const QByteArray elsewhere = second.value(); // shared with the holder: not the holder's to overwrite
    second.reset(QByteArray("secret-token:conductorone.com:v1:second"));
    QCOMPARE(second.value(), QByteArray("secret-token:conductorone.com:v1:second"));
    QCOMPARE(elsewhere, QByteArray("secret-token:conductorone.com:v1:first"));
    SecretBytes third;
    third = std::move(second);
    QVERIFY(second.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(third.size(), qsizetype(39));
    third.wipe();
    QVERIFY(third.isEmpty());

    SecretString text(u"client-secret"_s);
    text.reset();
    QVERIFY(text.isEmpty());
}

void TestSecretHygiene::copiedKeysOwnTheirSeed()
{
    const Ed25519Key key = Ed25519Key::generate();
    QVERIFY(!key.isNull());
    Ed25519Key copy(key);
    // seed() hands out the key's own (shared) storage: two keys must not share one buffer, or wiping one would
    // either destroy the other's key or (being shared) wipe nothing.
    QVERIFY(copy.seed().constData() != key.seed().constData());
    QCOMPARE(copy.seed(), key.seed());
    Ed25519Key assigned;
    assigned = key;
    QVERIFY(assigned.seed().constData() != key.seed().constData());
    Ed25519Key moved(std::move(copy));
    QCOMPARE(moved.seed(), key.seed());
    QVERIFY(copy.isNull()); // the moved-from key holds nothing
}

void TestSecretHygiene::logsNeverCarryTheSecret()
{
    QLoggingCategory::setFilterRules(u"c1.*=true"_s);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    const QJsonObject v = vectors();
    const QString secret = v.value("client_secret"_L1).toString();
    const auto credentials = ClientCredentials::parse(v.value("client_id"_L1).toString(), secret);
    const QByteArray assertion = credentials ? JwtAssertion::create(*credentials) : QByteArray();
    // A damaged secret as well: its error path must not echo it either.
    ClientCredentials::parse(v.value("client_id"_L1).toString(), secret.chopped(3));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(credentials);
    QVERIFY(!assertion.isEmpty());
    QVERIFY(!g_messages.isEmpty()); // the auth layer did log (at debug level), so the check below means something

    const QString payload = secret.section(u':', 3);
    const QString seed = v.value("key"_L1).toObject().value("jwk"_L1).toObject().value("d"_L1).toString();
    for (const QString& message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(payload.left(24)), qPrintable(message));
        QVERIFY2(!message.contains(seed.left(16)), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(assertion.left(24))), qPrintable(message));
    }
}

int main(int argc, char** argv)
{
    // CTest's QT_LOGGING_RULES would outrank the rules logsNeverCarryTheSecret() sets: every message must be seen.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestSecretHygiene test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secrethygiene.moc"

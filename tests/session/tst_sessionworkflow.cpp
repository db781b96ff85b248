// The session workflow without widgets: SessionController (profile → keychain → sign-in → connected, who signed in)
// and ProfileEditor (save, copy, delete as one operation of settings and keychain), against an in-process sandbox
// tenant: connecting, failing, a save that is all or nothing, and a saved profile that connects or reconnects.
#include "api/RequestLog.h"
#include "api/Session.h"
#include "auth/ClientCredentials.h"
#include "auth/Ed25519Key.h"
#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"
#include "support/TestTenant.h"
#include "workflows/ProfileEditor.h"
#include "workflows/SessionController.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;
using namespace Qt::StringLiterals;

namespace {

// A keychain that refuses every write (locked, denied …).
class RefusingSecretStore : public MemorySecretStore {
public:
    using MemorySecretStore::MemorySecretStore;
    void write(const QString&, const ProfileSecrets&, QObject* context, WriteCallback callback) override
    {
        QMetaObject::invokeMethod(
            context,
            [callback] {
                callback({ Error::AccessDenied, describe(Error::AccessDenied) });
            },
            Qt::QueuedConnection);
    }
};

// What ProfileEditor answered to a save or a remove (its Done callback: ok and a message, no Result).
struct EditorOutcome {
    bool done = false;
    bool ok = false;
    QString message;
};

} // namespace

class TestSessionWorkflow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<c1::Session*>();
        QVERIFY(m_dir.isValid());
        // The sandbox tenant the profiles sign in to (the fixture's own session is never used: the sign-in under
        // test is the SessionController's).
        QVERIFY2(m_tenant.start(SandboxOptions {}, SandboxDataSize { 2, 1, 2, 1, 5, 0, 0 }),
            qPrintable(m_tenant.errorString()));
    }

    void init()
    {
        const QString file = m_dir.filePath(u"%1.ini"_s.arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(file);
        m_profiles = std::make_unique<ProfileStore>(file);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_editor = std::make_unique<ProfileEditor>(m_profiles.get(), m_secrets.get());
        m_controller = std::make_unique<SessionController>(m_profiles.get(), m_secrets.get());
        // What the main window does with the settings dialog's saves and deletes.
        connect(m_editor.get(), &ProfileEditor::saved, m_controller.get(), &SessionController::profileSaved);
        connect(m_editor.get(), &ProfileEditor::removed, m_controller.get(), &SessionController::profileRemoved);
    }

    void cleanup()
    {
        m_controller.reset();
        m_editor.reset();
        m_secrets.reset();
        m_profiles.reset();
    }

    void connectsAndSaysWho()
    {
        const Profile profile = sandboxProfile(u"p1"_s, u"Sandbox"_s);
        QVERIFY(save(profile, sandboxSecrets()).ok);
        m_controller->disconnectSession(); // the save connected it; connect by hand now
        QSignalSpy states(m_controller.get(), &SessionController::stateChanged);
        m_controller->connectProfile(profile.id);
        QCOMPARE(m_controller->state(), SessionController::State::ReadingKeychain);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
        QList<SessionController::State> seen;
        for (const QList<QVariant>& args : states)
            seen << args.at(0).value<SessionController::State>();
        QCOMPARE(seen,
            (QList<SessionController::State> { SessionController::State::ReadingKeychain,
                SessionController::State::SigningIn, SessionController::State::Connected }));
        QVERIFY(m_controller->session());
        QCOMPARE(m_controller->identity().userId, m_tenant.credentials().userId);
        // Who: looked up by ID (GET /api/v1/users/{id}) for a name and email.
        QCOMPARE(m_controller->user().id, m_tenant.credentials().userId);
        QCOMPARE(m_controller->user().displayName, u"Sandbox Admin"_s);
        QCOMPARE(m_controller->userText(), u"Sandbox Admin <sandbox-admin@sandbox.example.com>"_s);
        QVERIFY2(m_controller->stateText().contains(u"Sandbox Admin"_s), qPrintable(m_controller->stateText()));
        QVERIFY(!m_controller->stateText().contains(m_tenant.credentials().userId));
    }

    void requestLogListsTheSignIn()
    {
        const Profile profile = sandboxProfile(u"log"_s, u"Logged"_s);
        QVERIFY(save(profile, sandboxSecrets()).ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
        RequestLog* log = m_controller->session()->requestLog();
        const QByteArray assertion = m_tenant.server()->lastAssertion();
        const QByteArray token = m_tenant.server()->lastIssuedToken().toLatin1();
        QVERIFY(assertion.size() > 40);
        QVERIFY(token.size() >= 16);
        // The sign-in exchange comes first, before the introspection and the user lookup it made possible.
        QVERIFY(log->size() >= 3);
        const RequestLogEntry& signIn = log->entry(0);
        QCOMPARE(signIn.method, u"POST"_s);
        QVERIFY2(QUrl(signIn.url).path().endsWith(u"/auth/v1/token"_s), qPrintable(signIn.url));
        QCOMPARE(signIn.httpStatus, 200);
        QVERIFY(signIn.error.isEmpty());
        QVERIFY(signIn.requestBytes > assertion.size());
        QVERIFY2(signIn.requestBody.contains("client_assertion=[redacted]"), signIn.requestBody.constData());
        QVERIFY2(signIn.responseExcerpt.contains("[redacted]"), signIn.responseExcerpt.constData());
        QVERIFY(QUrl(log->entry(1).url).path().endsWith(u"/api/v1/auth/introspect"_s));
        // Redacted everywhere the log shows it: bodies, the table, the curl command.
        for (int row = 0; row < log->size(); ++row) {
            const RequestLogEntry& e = log->entry(row);
            QStringList texts { e.url, e.error, QString::fromUtf8(e.requestBody), QString::fromUtf8(e.responseExcerpt),
                log->curlCommand(row) };
            for (int column = 0; column < log->columnCount(); ++column)
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                    texts << log->index(row, column).data(role).toString();
            for (const QString& text : std::as_const(texts)) {
                QVERIFY2(!text.contains(QString::fromLatin1(assertion.left(24))), qPrintable(text));
                QVERIFY2(!text.contains(QString::fromLatin1(token)), qPrintable(text));
                QVERIFY2(
                    !text.contains(m_tenant.credentials().clientSecret.section(u':', 3).left(16)), qPrintable(text));
            }
        }
    }

    void failsPrecisely()
    {
        // A well-formed secret the tenant never issued.
        const Profile profile = sandboxProfile(u"bad"_s, u"Bad"_s);
        ProfileSecrets wrong = sandboxSecrets();
        wrong.clientSecret = ClientCredentials::formatSecret(Ed25519Key::generate());
        QVERIFY(save(profile, wrong).ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Failed, 15000);
        QVERIFY(!m_controller->session());
        QVERIFY(!m_controller->lastError().isEmpty());
        QVERIFY(!m_controller->lastError().contains(wrong.clientSecret.section(u':', 3).left(12)));
        QVERIFY(m_controller->userText().isEmpty());

        // No credentials in the keychain.
        Profile orphan = sandboxProfile(u"orphan"_s, u"Orphan"_s);
        QVERIFY(m_profiles->save(orphan));
        m_controller->connectProfile(orphan.id);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Failed, 10000);
        QVERIFY2(m_controller->lastError().contains(u"no credentials"_s), qPrintable(m_controller->lastError()));

        // A profile that is gone.
        m_controller->connectProfile(u"no-such-profile"_s);
        QCOMPARE(m_controller->state(), SessionController::State::Failed);
    }

    void saveIsOneOperation()
    {
        const Profile profile = sandboxProfile(u"one"_s, u"One"_s);
        QVERIFY(save(profile, sandboxSecrets()).ok);
        QVERIFY(m_profiles->profile(profile.id));
        QCOMPARE(readSecrets(*m_secrets, profile.id).clientId, m_tenant.credentials().clientId);

        // Refused input: neither the settings nor the keychain change.
        Profile nameless = sandboxProfile(u"two"_s, QString());
        EditorOutcome refused = save(nameless, sandboxSecrets());
        QVERIFY(!refused.ok);
        QCOMPARE(refused.message, u"Enter a name for the profile."_s);
        ProfileSecrets badSecret = sandboxSecrets();
        badSecret.clientSecret = u"not-a-secret"_s;
        refused = save(sandboxProfile(u"two"_s, u"Two"_s), badSecret);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.message, ClientCredentials::describe(ClientCredentials::Error::SecretBadPrefix));
        refused = save(sandboxProfile(u"two"_s, u"one"_s), sandboxSecrets()); // names are unique, any case
        QVERIFY(!refused.ok);
        QVERIFY(!m_profiles->profile(u"two"_s));
        SecretStore::Error error = SecretStore::Error::None;
        readSecrets(*m_secrets, u"two"_s, &error);
        QCOMPARE(error, SecretStore::Error::NotFound);

        // The keychain refuses: no profile without its credentials.
        RefusingSecretStore locked;
        ProfileEditor lockedEditor(m_profiles.get(), &locked);
        QSignalSpy saved(&lockedEditor, &ProfileEditor::saved);
        EditorOutcome answer;
        lockedEditor.save(
            sandboxProfile(u"three"_s, u"Three"_s), sandboxSecrets(), this, [&answer](bool ok, const QString& message) {
                answer = { true, ok, message };
            });
        QTRY_VERIFY(answer.done);
        QVERIFY(!answer.ok);
        QVERIFY(answer.message.contains(SecretStore::describe(SecretStore::Error::AccessDenied)));
        QVERIFY(!m_profiles->profile(u"three"_s));
        QCOMPARE(saved.size(), 0);
        QVERIFY(!lockedEditor.isBusy());

        // The settings refuse after the keychain took the credentials (the name was taken meanwhile): nor
        // credentials without a profile, the new keychain entry is removed again.
        EditorOutcome late;
        m_editor->save(
            sandboxProfile(u"four"_s, u"Four"_s), sandboxSecrets(), this, [&late](bool ok, const QString& message) {
                late = { true, ok, message };
            });
        QVERIFY(m_editor->isBusy());
        QVERIFY(m_profiles->save(sandboxProfile(u"other"_s, u"four"_s)));
        QTRY_VERIFY(late.done);
        QVERIFY(!late.ok);
        QVERIFY(!late.message.isEmpty());
        QVERIFY(!m_profiles->profile(u"four"_s));
        error = SecretStore::Error::None;
        readSecrets(*m_secrets, u"four"_s, &error);
        QCOMPARE(error, SecretStore::Error::NotFound);
        QVERIFY(!m_editor->isBusy());
    }

    void savingConnectsWhenNoneIsConnected()
    {
        QCOMPARE(m_controller->state(), SessionController::State::NoProfile);
        const Profile first = sandboxProfile(u"first"_s, u"First"_s);
        QVERIFY(save(first, sandboxSecrets()).ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
        QCOMPARE(m_controller->profile().id, first.id);
        QCOMPARE(m_profiles->activeProfileId(), first.id);

        // Another profile saved while one is connected does not take over.
        QSignalSpy sessions(m_controller.get(), &SessionController::sessionChanged);
        QVERIFY(save(sandboxProfile(u"second"_s, u"Second"_s), sandboxSecrets()).ok);
        QCOMPARE(m_controller->profile().id, first.id);
        QCOMPARE(m_controller->state(), SessionController::State::Connected);
        QCOMPARE(sessions.size(), 0);
        QCOMPARE(m_profiles->activeProfileId(), first.id);
    }

    void savingTheConnectedProfileReconnects()
    {
        Profile profile = sandboxProfile(u"re"_s, u"Re"_s);
        QVERIFY(save(profile, sandboxSecrets()).ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);
        Session* before = m_controller->session();
        QCOMPARE(before->profile().concurrency, Profile().concurrency); // the default, before the change below

        QSignalSpy sessions(m_controller.get(), &SessionController::sessionChanged);
        profile.concurrency = 2;
        QVERIFY(save(profile, sandboxSecrets()).ok);
        QTRY_COMPARE_WITH_TIMEOUT(sessions.size(), 2, 15000);
        QCOMPARE(sessions.at(0).at(0).value<Session*>(), nullptr); // the old session went first
        QVERIFY(sessions.at(1).at(0).value<Session*>());
        QCOMPARE(m_controller->state(), SessionController::State::Connected);
        QCOMPARE(m_controller->session()->profile().concurrency, 2);

        // A failed connection is retried by saving the fixed profile.
        ProfileSecrets wrong = sandboxSecrets();
        wrong.clientSecret = ClientCredentials::formatSecret(Ed25519Key::generate());
        QVERIFY(save(profile, wrong).ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Failed, 15000);
        QVERIFY(save(profile, sandboxSecrets()).ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SessionController::State::Connected, 15000);

        // Deleting the connected profile disconnects it, settings and keychain both.
        EditorOutcome removed;
        m_editor->remove(profile.id, this, [&removed](bool ok, const QString& m) { removed = { true, ok, m }; });
        QTRY_VERIFY(removed.done);
        QVERIFY(removed.ok);
        QCOMPARE(m_controller->state(), SessionController::State::NoProfile);
        QVERIFY(!m_controller->session());
        QVERIFY(!m_profiles->profile(profile.id));
        SecretStore::Error error = SecretStore::Error::None;
        readSecrets(*m_secrets, profile.id, &error);
        QCOMPARE(error, SecretStore::Error::NotFound);
    }

    void duplicateCopiesTheCredentials()
    {
        const Profile source = sandboxProfile(u"src"_s, u"Source"_s);
        QVERIFY(save(source, sandboxSecrets()).ok);
        bool done = false;
        Profile copy;
        m_editor->duplicate(source.id, u"Source (copy)"_s, this, [&](const Profile& made, bool ok, const QString&) {
            QVERIFY(ok);
            copy = made;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!copy.id.isEmpty());
        QVERIFY(copy.id != source.id);
        QCOMPARE(m_profiles->profile(copy.id)->name, u"Source (copy)"_s);
        QCOMPARE(readSecrets(*m_secrets, copy.id).clientSecret, m_tenant.credentials().clientSecret);
    }

private:
    Profile sandboxProfile(const QString& id, const QString& name) const
    {
        Profile profile;
        profile.id = id;
        profile.name = name;
        profile.urlOverride = m_tenant.server()->baseUrl();
        return profile;
    }
    ProfileSecrets sandboxSecrets() const
    {
        return { m_tenant.server()->baseUrl().authority(), m_tenant.credentials().clientId,
            m_tenant.credentials().clientSecret };
    }
    EditorOutcome save(const Profile& profile, const ProfileSecrets& secrets)
    {
        EditorOutcome answer;
        m_editor->save(profile, secrets, this, [&answer](bool ok, const QString& message) {
            answer = { true, ok, message };
        });
        if (!QTest::qWaitFor([&answer] { return answer.done; }, 10000))
            return { false, false, u"timed out"_s };
        return answer;
    }
    static ProfileSecrets readSecrets(SecretStore& store, const QString& id, SecretStore::Error* error = nullptr)
    {
        ProfileSecrets result;
        bool done = false;
        QObject context;
        store.read(id, &context, [&](const SecretStore::Outcome& outcome, ProfileSecrets secrets) {
            if (error)
                *error = outcome.error;
            result = secrets;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 10000) && error)
            *error = SecretStore::Error::Other;
        return result;
    }

    QTemporaryDir m_dir;
    test::TestTenant m_tenant;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileEditor> m_editor;
    std::unique_ptr<SessionController> m_controller;
};

QTEST_MAIN(TestSessionWorkflow)
#include "tst_sessionworkflow.moc"

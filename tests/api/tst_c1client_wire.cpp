// C1Client against the in-process sandbox tenant (c1::SandboxServer) with the real TokenSource: every typed call,
// paging to the end, TLS with and without the tenant's certificate, and the retry rules under the sandbox's faults.

#include "api/C1Client.h"
#include "api/Paging.h"
#include "api/RequestLog.h"
#include "auth/ClientCredentials.h"
#include "auth/TokenSource.h"
#include "sandbox/SandboxServer.h"
#include "support/TestTenant.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace c1;

namespace {

using test::Answer;

// The sign-in exchange in the request log (no bearer token of its own there).
bool isSignIn(const RequestLogEntry& entry)
{
    return QUrl(entry.url).path().endsWith(u"/auth/v1/token"_s);
}

} // namespace

class TestC1ClientWire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup();

    void everyTypedCall();
    void ownersOfAppsAndResources_data();
    void ownersOfAppsAndResources();
    void replaceOwners();
    void pagingToTheEnd();
    void tlsWithTheTenantsCertificate();
    void tlsRefusedWithoutIt();
    void rateLimitedThenServed();
    void retryWaitsOutRetryAfter();
    void failuresRetriedForGetNotPost();
    void unknownRoleIsAnHttpError();

private:
    // trustCertificate: the sandbox's self-signed certificate goes into the extra CAs (TLS only).
    void startTenant(SandboxOptions options, const SandboxDataSize& size, bool trustCertificate = false);
    QString firstTypeOf(const QString& appId);

    SandboxServer* sandbox() const { return m_tenant->server(); }
    C1Client* client() const { return m_tenant->client(); }
    RequestLog* log() const { return m_tenant->requestLog(); }

    std::unique_ptr<test::TestTenant> m_tenant;
};

void TestC1ClientWire::startTenant(SandboxOptions options, const SandboxDataSize& size, bool trustCertificate)
{
    test::TenantSetup setup;
    setup.sandbox = options;
    setup.data = size;
    setup.trustCertificate = trustCertificate;
    setup.timeoutMs = ClientConfig {}.timeoutMs;
    RetryPolicy retry;
    retry.baseDelayMs = 20;
    retry.maxDelayMs = 200;
    setup.retry = retry;
    m_tenant = std::make_unique<test::TestTenant>();
    QVERIFY2(m_tenant->start(setup), qPrintable(m_tenant->errorString()));
    if (trustCertificate)
        QVERIFY(!client()->config().extraCaCertificates.isEmpty());
}

void TestC1ClientWire::cleanup()
{
    m_tenant.reset();
}

QString TestC1ClientWire::firstTypeOf(const QString& appId)
{
    Answer<Page<AppResourceType>> types;
    client()->listResourceTypes(appId, {}, 0, this, types.callback());
    if (!QTest::qWaitFor([&types] { return types.done(); }, 15000) || !types.result->ok()
        || types.value().items.isEmpty())
        return {};
    return types.value().items.first().id;
}

void TestC1ClientWire::everyTypedCall()
{
    startTenant({}, SandboxDataSize {});
    if (QTest::currentTestFailed())
        return;
    C1Client* client = m_tenant->client();

    Answer<Introspection> me;
    client->introspect(this, me.callback());
    AWAIT_OK(me);
    QVERIFY(!me.value().userId.isEmpty());

    Answer<Page<App>> apps;
    client->listApps({}, 0, this, apps.callback());
    AWAIT_OK(apps);
    QVERIFY(!apps.value().items.isEmpty());
    const App first = apps.value().items.first();
    QVERIFY(validate::isId(first.id));

    // The tree's summary listing: the same rows with their names and counts, and no other field.
    Answer<Page<App>> summaries;
    client->listApps({}, 0, this, summaries.callback(), C1Client::AppFields::Summary);
    AWAIT_OK(summaries);
    QCOMPARE(summaries.value().items.size(), apps.value().items.size());
    for (qsizetype i = 0; i < apps.value().items.size(); ++i) {
        const App& a = apps.value().items.at(i);
        const App& b = summaries.value().items.at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.displayName, a.displayName);
        QCOMPARE(b.userCount, a.userCount);
        QVERIFY(a.createdAt.isValid()); // the full parse has it ...
        QVERIFY(!b.createdAt.isValid() && b.description.isEmpty() && b.appAccountId.isEmpty()); // ... not this one
    }
    QCOMPARE(summaries.value().nextPageToken, apps.value().nextPageToken);

    Answer<App> got;
    client->getApp(first.id, this, got.callback());
    AWAIT_OK(got);
    QCOMPARE(got.value().displayName, first.displayName);

    Answer<Page<App>> found;
    client->searchApps(AppSearch { {}, {}, { first.id } }, {}, 0, this, found.callback());
    AWAIT_OK(found);
    QCOMPARE(found.value().items.size(), 1);

    CreateAppRequest createApp;
    createApp.displayName = u"Wire test app"_s;
    createApp.description = u"made by tst_c1client_wire"_s;
    createApp.owners = { me.value().userId };
    createApp.monthlyCostUsd = 7;
    createApp.annotations = { { u"managed_by"_s, u"tst_c1client_wire"_s } };
    Answer<App> created;
    client->createApp(createApp, this, created.callback());
    AWAIT_OK(created);
    QVERIFY(validate::isId(created.value().id));
    QCOMPARE(created.value().displayName, createApp.displayName);
    QVERIFY(created.value().isManuallyManaged);

    const QString typeId = firstTypeOf(first.id);
    QVERIFY(validate::isId(typeId));

    Answer<Page<AppResource>> resources;
    client->listResources(first.id, typeId, {}, 0, this, resources.callback());
    AWAIT_OK(resources);
    QVERIFY(!resources.value().items.isEmpty());
    const AppResource someResource = resources.value().items.first();

    Answer<AppResource> oneResource;
    client->getResource(first.id, typeId, someResource.id, this, oneResource.callback());
    AWAIT_OK(oneResource);
    QCOMPARE(oneResource.value().id, someResource.id);

    Answer<Page<AppResource>> searchedResources;
    client->searchResources(
        ResourceSearch { {}, { first.id }, { typeId }, {} }, {}, 100, this, searchedResources.callback());
    AWAIT_OK(searchedResources);
    QVERIFY(!searchedResources.value().items.isEmpty());

    CreateResourceRequest createResource;
    createResource.displayName = u"wire-resource"_s;
    createResource.resourceOwnerUserIds = { me.value().userId };
    Answer<AppResource> newResource;
    client->createResource(first.id, typeId, createResource, this, newResource.callback());
    AWAIT_OK(newResource);
    QCOMPARE(newResource.value().displayName, u"wire-resource"_s);

    Answer<Empty> deleted, deletedAgain;
    client->deleteResource(first.id, typeId, newResource.value().id, this, deleted.callback());
    AWAIT_OK(deleted);
    client->deleteResource(first.id, typeId, newResource.value().id, this, deletedAgain.callback());
    AWAIT_OK(deletedAgain); // already gone: a 404 counts as success
    Answer<AppResource> gone;
    client->getResource(first.id, typeId, newResource.value().id, this, gone.callback());
    QTRY_VERIFY_WITH_TIMEOUT(gone.done(), 15000);
    QCOMPARE(gone.result->error().httpStatus, 404);
    QVERIFY(!gone.result->error().requestId.isEmpty());

    Answer<Page<AppEntitlement>> entitlements;
    client->listEntitlements(first.id, {}, 0, this, entitlements.callback());
    AWAIT_OK(entitlements);
    QVERIFY(!entitlements.value().items.isEmpty());
    const AppEntitlement entitlement = entitlements.value().items.first();

    Answer<Page<AppEntitlement>> searchedEntitlements;
    client->searchEntitlements(EntitlementSearch { {}, {}, { EntitlementRef { first.id, entitlement.id } } }, {}, 0,
        this, searchedEntitlements.callback());
    AWAIT_OK(searchedEntitlements);
    QCOMPARE(searchedEntitlements.value().items.size(), 1);
    QCOMPARE(searchedEntitlements.value().items.first().id, entitlement.id);

    Answer<Page<User>> users;
    client->searchUsers(UserSearch {}, {}, 0, this, users.callback());
    AWAIT_OK(users);
    QVERIFY(!users.value().items.isEmpty());
    const User someone = users.value().items.first();
    Answer<Page<User>> byEmail;
    client->searchUsers(UserSearch { {}, someone.email, {}, {} }, {}, 0, this, byEmail.callback());
    AWAIT_OK(byEmail);
    QVERIFY(!byEmail.value().items.isEmpty());
    QCOMPARE(byEmail.value().items.first().email, someone.email);

    Answer<User> user;
    client->getUser(someone.id, this, user.callback());
    AWAIT_OK(user);
    QCOMPARE(user.value().id, someone.id);

    // Every exchange was recorded, and no token reached the log.
    int calls = 0;
    for (int row = 0; row < log()->size(); ++row) {
        QVERIFY(!log()->entry(row).requestBody.contains("Bearer"));
        if (isSignIn(log()->entry(row)))
            continue; // the sign-in sends no bearer token
        ++calls;
        QVERIFY(log()->curlCommand(row).contains(u"$C1_TOKEN"_s));
    }
    QVERIFY(calls >= 18);
    QCOMPARE(client->inFlight(), 0);
}

void TestC1ClientWire::ownersOfAppsAndResources_data()
{
    QTest::addColumn<bool>("resource");
    QTest::addColumn<bool>("user");
    QTest::newRow("app user") << false << true;
    QTest::newRow("app entitlement") << false << false;
    QTest::newRow("resource user") << true << true;
    QTest::newRow("resource entitlement") << true << false;
}

void TestC1ClientWire::ownersOfAppsAndResources()
{
    QFETCH(bool, resource);
    QFETCH(bool, user);
    startTenant({}, SandboxDataSize {});
    if (QTest::currentTestFailed())
        return;
    C1Client* client = m_tenant->client();
    const QString appId = sandbox()->appIds().first();
    OwnerTarget target = OwnerTarget::app(appId);
    if (resource) {
        const QString typeId = firstTypeOf(appId);
        Answer<Page<AppResource>> resources;
        client->listResources(appId, typeId, {}, 0, this, resources.callback());
        AWAIT_OK(resources);
        target = OwnerTarget::resource(appId, typeId, resources.value().items.last().id);
    }
    OwnerRef ref;
    if (user) {
        Answer<Page<User>> users;
        client->searchUsers(UserSearch { {}, {}, {}, { u"ENABLED"_s } }, {}, 0, this, users.callback());
        AWAIT_OK(users);
        ref = OwnerRef::user(users.value().items.last().id);
    } else {
        Answer<Page<AppEntitlement>> entitlements;
        client->listEntitlements(appId, {}, 0, this, entitlements.callback());
        AWAIT_OK(entitlements);
        ref = OwnerRef::ofEntitlement(appId, entitlements.value().items.last().id);
    }

    Answer<OwnerRecord> added;
    client->addOwner(target, u"secondary"_s, ref, this, added.callback());
    AWAIT_OK(added);
    QCOMPARE(added.value().ref.key(), ref.key());
    QCOMPARE(added.value().roleSlug, u"secondary"_s);
    QVERIFY(
        sandbox()->ownersOf(appId, target.resourceTypeId, target.resourceId).value(u"secondary"_s).contains(ref.key()));

    Answer<OwnerRecord> got;
    client->getOwner(target, u"secondary"_s, ref, this, got.callback());
    AWAIT_OK(got);
    QCOMPARE(got.value().ref.key(), ref.key());
    QVERIFY(user ? got.value().user.has_value() : got.value().entitlement.has_value());

    Answer<Page<OwnerRecord>> listed;
    client->listOwners(target, ref.kind, {}, {}, 0, this, listed.callback());
    AWAIT_OK(listed);
    bool seen = false;
    for (const OwnerRecord& record : listed.value().items)
        seen = seen || (record.ref.key() == ref.key() && record.roleSlug == u"secondary"_s);
    QVERIFY(seen);

    Answer<Empty> removed;
    client->removeOwner(target, u"secondary"_s, ref, this, removed.callback());
    AWAIT_OK(removed);
    Answer<OwnerRecord> missing;
    client->getOwner(target, u"secondary"_s, ref, this, missing.callback());
    QTRY_VERIFY_WITH_TIMEOUT(missing.done(), 15000);
    QCOMPARE(missing.result->error().httpStatus, 404);
    QCOMPARE(sandbox()->ownerWrites(appId, target.resourceTypeId, target.resourceId, ref.key()), 1);
}

void TestC1ClientWire::replaceOwners()
{
    startTenant({}, SandboxDataSize {});
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    Answer<Page<User>> users;
    client()->searchUsers(UserSearch { {}, {}, {}, { u"ENABLED"_s } }, {}, 0, this, users.callback());
    AWAIT_OK(users);
    const QStringList ids { users.value().items.at(0).id, users.value().items.at(1).id };
    Answer<Empty> replaced;
    client()->replaceOwners(OwnerTarget::app(appId), u"primary"_s, ids, {}, this, replaced.callback());
    AWAIT_OK(replaced);
    QStringList expected { u"user/"_s + ids[0], u"user/"_s + ids[1] };
    QStringList actual = sandbox()->ownersOf(appId).value(u"primary"_s);
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
}

void TestC1ClientWire::pagingToTheEnd()
{
    SandboxDataSize size;
    size.apps = 1;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 1050;
    size.entitlementsPerApp = 1;
    startTenant({}, size);
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    const QString typeId = firstTypeOf(appId);
    QSet<QString> ids;
    int pages = 0;
    std::optional<ApiError> done;
    C1Client* client = m_tenant->client();
    PageStream<AppResource>::start(
        [client, appId, typeId](const QString& token, QObject* context, C1Client::Callback<Page<AppResource>> cb) {
            return client->listResources(appId, typeId, token, 100, context, std::move(cb));
        },
        this,
        [&](QList<AppResource> rows) {
            ++pages;
            for (const AppResource& row : rows)
                ids.insert(row.id);
        },
        [&done](const ApiError& error) { done = error; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
    QVERIFY2(!done->isError(), qPrintable(done->fullDetail()));
    QCOMPARE(ids.size(), 1050);
    QVERIFY(pages >= 11);
}

void TestC1ClientWire::tlsWithTheTenantsCertificate()
{
    SandboxOptions options;
    options.tls = true;
    startTenant(options, SandboxDataSize {}, true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(client()->config().baseUrl.scheme(), u"https"_s);
    Answer<Page<App>> apps;
    client()->listApps({}, 0, this, apps.callback());
    AWAIT_OK(apps);
    QVERIFY(!apps.value().items.isEmpty());
}

void TestC1ClientWire::tlsRefusedWithoutIt()
{
    SandboxOptions options;
    options.tls = true;
    startTenant(options, SandboxDataSize {});
    if (QTest::currentTestFailed())
        return;
    Answer<Page<App>> apps;
    client()->listApps({}, 0, this, apps.callback());
    QTRY_VERIFY_WITH_TIMEOUT(apps.done(), 15000);
    QVERIFY(!apps.result->ok());
    // The token request is the first to meet the certificate; either way no request reached the API.
    const ApiError error = apps.result->error();
    QVERIFY2(error.kind == ApiError::Kind::Tls || error.kind == ApiError::Kind::Auth, qPrintable(error.fullDetail()));

    // With a token already in hand (minted over a trusted connection), C1Client's own TLS check refuses.
    const SandboxClient issued = sandbox()->issueClient(u"second"_s);
    auto credentials = ClientCredentials::parse(issued.clientId, issued.clientSecret);
    QVERIFY(credentials);
    // A network manager of its own: Qt shares one connection (and its TLS settings) per host within a manager.
    QNetworkAccessManager network;
    TokenSource trustedTokens(&network, *credentials, sandbox()->baseUrl());
    trustedTokens.setExtraCaCertificates(QSslCertificate::fromData(sandbox()->certificatePem(), QSsl::Pem));
    ClientConfig config;
    config.baseUrl = sandbox()->baseUrl();
    QNetworkAccessManager clientNetwork; // separate again, so the token's trusted connection is not reused
    C1Client untrusting(&clientNetwork, &trustedTokens, config);
    Answer<Page<App>> refused;
    untrusting.listApps({}, 0, this, refused.callback());
    QTRY_VERIFY_WITH_TIMEOUT(refused.done(), 15000);
    QVERIFY(!refused.result->ok());
    QCOMPARE(refused.result->error().kind, ApiError::Kind::Tls);
    QVERIFY2(refused.result->error().detail.contains(u"subject"_s), qPrintable(refused.result->error().detail));
}

void TestC1ClientWire::rateLimitedThenServed()
{
    SandboxOptions options;
    options.rateLimitPerSecond = 5;
    startTenant(options, SandboxDataSize {});
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    std::vector<std::unique_ptr<Answer<App>>> answers;
    for (int i = 0; i < 12; ++i) {
        answers.push_back(std::make_unique<Answer<App>>());
        client()->getApp(appId, this, answers.back()->callback());
    }
    CreateAppRequest create;
    create.displayName = u"Created under a rate limit"_s;
    Answer<App> created;
    client()->createApp(create, this, created.callback());
    for (const auto& answer : answers)
        AWAIT_OK(*answer);
    AWAIT_OK(created);
    QVERIFY(sandbox()->count429() > 0);
    bool retried = false;
    for (int row = 0; row < log()->size(); ++row)
        retried = retried || (log()->entry(row).httpStatus == 429 && log()->entry(row).attempt >= 1);
    QVERIFY(retried);
}

void TestC1ClientWire::retryWaitsOutRetryAfter()
{
    // One request a second, five reads one after the other: each read after the first is refused with
    // "Retry-After: 1" and admitted when C1Client sends it again a second later. A retry that left before the second
    // was over (a coarse timer fires up to 5% early) would be refused a second time.
    SandboxOptions options;
    options.rateLimitPerSecond = 1;
    startTenant(options, SandboxDataSize {});
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    for (int read = 0; read < 5; ++read) {
        Answer<App> answer;
        client()->getApp(appId, this, answer.callback());
        AWAIT_OK(answer);
    }
    QVERIFY2(sandbox()->count429() <= 4, qPrintable(QString::number(sandbox()->count429())));
    for (int row = 0; row < log()->size(); ++row) {
        const auto entry = log()->entry(row);
        QVERIFY2(!(entry.httpStatus == 429 && entry.attempt >= 2), qPrintable(entry.url));
    }
}

void TestC1ClientWire::failuresRetriedForGetNotPost()
{
    SandboxOptions options;
    options.failureRate = 0.5;
    options.seed = 7;
    startTenant(options, SandboxDataSize {});
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    int okGets = 0;
    for (int i = 0; i < 6; ++i) {
        Answer<App> answer;
        client()->getApp(appId, this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.done(), 15000);
        okGets += answer.result->ok() ? 1 : 0;
    }
    QVERIFY(okGets >= 5); // 5 tries each at 50 %: a GET failing all five is 1 in 32
    QVERIFY(sandbox()->count503() > 0);

    sandbox()->options().failureRate = 1.0;
    const int before = sandbox()->count503();
    CreateAppRequest create;
    create.displayName = u"Never re-sent"_s;
    Answer<App> created;
    client()->createApp(create, this, created.callback());
    QTRY_VERIFY_WITH_TIMEOUT(created.done(), 15000);
    QCOMPARE(created.result->error().httpStatus, 503);
    QCOMPARE(sandbox()->count503(), before + 1);
}

void TestC1ClientWire::unknownRoleIsAnHttpError()
{
    startTenant({}, SandboxDataSize {});
    if (QTest::currentTestFailed())
        return;
    const QString appId = sandbox()->appIds().first();
    Answer<Page<User>> users;
    client()->searchUsers(UserSearch {}, {}, 0, this, users.callback());
    AWAIT_OK(users);
    Answer<OwnerRecord> added;
    client()->addOwner(OwnerTarget::app(appId), u"no-such-role"_s, OwnerRef::user(users.value().items.first().id), this,
        added.callback());
    QTRY_VERIFY_WITH_TIMEOUT(added.done(), 15000);
    const ApiError error = added.result->error();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(error.grpcCode >= 0);
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(error.userMessage().contains(error.requestId));
}

QTEST_GUILESS_MAIN(TestC1ClientWire)
#include "tst_c1client_wire.moc"

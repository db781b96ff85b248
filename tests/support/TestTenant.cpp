#include "support/TestTenant.h"

#include "api/Paging.h"
#include "api/RequestLog.h"
#include "auth/TokenSource.h"

#include <QJsonDocument>
#include <QSslCertificate>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace c1::test {

TestTenant::TestTenant() = default;

TestTenant::~TestTenant()
{
    m_client.reset(); // aborts what is pending
    m_session.reset();
    auto retire = [this] {
        delete m_server;
        m_server = nullptr;
        for (SandboxServer* server : m_retired)
            delete server;
        m_retired.clear();
    };
    if (m_thread) {
        QMetaObject::invokeMethod(m_anchor.get(), retire, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        retire();
    }
}

RetryPolicy TestTenant::fastRetry()
{
    RetryPolicy retry;
    retry.maxAttempts = 6;
    retry.baseDelayMs = 20;
    retry.maxDelayMs = 200;
    retry.maxRetryAfterMs = 1500;
    return retry;
}

RetryPolicy TestTenant::noRetry()
{
    RetryPolicy retry;
    retry.maxAttempts = 1;
    retry.baseDelayMs = 50;
    return retry;
}

bool TestTenant::start(const SandboxOptions& options, const SandboxDataSize& data, std::optional<RetryPolicy> retry)
{
    TenantSetup setup;
    setup.sandbox = options;
    setup.data = data;
    setup.retry = std::move(retry);
    return start(setup);
}

void TestTenant::inSandbox(const std::function<void(SandboxServer&)>& work)
{
    if (!m_server)
        return;
    if (m_thread)
        QMetaObject::invokeMethod(
            m_anchor.get(), [this, &work] { work(*m_server); }, Qt::BlockingQueuedConnection);
    else
        work(*m_server);
}

bool TestTenant::start(const TenantSetup& setup)
{
    m_setup = setup;
    bool started = false;
    auto launch = [this, &started] {
        m_server = new SandboxServer(m_setup.sandbox);
        if (m_setup.generate)
            m_setup.generate(*m_server, m_setup.data);
        else
            m_server->generateData(m_setup.data);
        started = m_server->start();
        if (!started) {
            m_error = m_server->errorString();
            return;
        }
        m_baseUrl = m_server->baseUrl();
        m_credentials
            = m_setup.clientName.isEmpty() ? m_server->issueClient() : m_server->issueClient(m_setup.clientName);
        if (m_setup.sandbox.tls && m_setup.trustCertificate)
            m_certificates = QSslCertificate::fromData(m_server->certificatePem(), QSsl::Pem);
    };
    if (m_setup.ownThread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(u"sandbox"_s);
        m_anchor = std::make_unique<QObject>();
        m_anchor->moveToThread(m_thread.get());
        m_thread->start();
        QMetaObject::invokeMethod(m_anchor.get(), launch, Qt::BlockingQueuedConnection);
    } else {
        launch();
    }
    if (!started) {
        qWarning("sandbox: %s", qPrintable(m_error));
        return false;
    }
    return signIn(m_baseUrl, m_credentials.clientId, m_credentials.clientSecret);
}

bool TestTenant::connectTo(
    const QUrl& baseUrl, const QString& clientId, const QString& clientSecret, const TenantSetup& setup)
{
    m_setup = setup;
    m_baseUrl = baseUrl;
    m_credentials.clientId = clientId;
    m_credentials.clientSecret = clientSecret;
    return signIn(baseUrl, clientId, clientSecret);
}

bool TestTenant::reconnect(const std::function<void(TenantSetup&)>& adjust)
{
    if (adjust)
        adjust(m_setup);
    m_client.reset(); // aborts what is pending
    m_session.reset();
    return signIn(m_baseUrl, m_credentials.clientId, m_credentials.clientSecret);
}

bool TestTenant::signIn(const QUrl& baseUrl, const QString& clientId, const QString& clientSecret)
{
    m_profile = Profile {};
    m_profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_profile.name = u"test tenant"_s;
    m_profile.urlOverride = baseUrl;
    m_profile.readOnly = m_setup.readOnly;
    ProfileSecrets secrets;
    secrets.tenantDomain = baseUrl.authority();
    secrets.clientId = clientId;
    secrets.clientSecret = clientSecret;
    m_session = Session::create(m_profile, secrets, &m_error);
    if (!m_session) {
        qWarning("session: %s", qPrintable(m_error));
        return false;
    }
    // With TLS, the client trusts the sandbox's own certificate (and only it besides the system's).
    if (!m_certificates.isEmpty())
        m_session->tokens()->setExtraCaCertificates(m_certificates);
    m_session->tokens()->setHttp2PriorKnowledge(m_setup.http2PriorKnowledge);
    // The session's own client (what workflows under test use) retries as the setup says, too.
    if (m_setup.retry)
        m_session->client()->setRetryPolicy(*m_setup.retry);
    if (m_setup.retry || m_setup.timeoutMs != ClientConfig {}.timeoutMs || !m_certificates.isEmpty()
        || m_setup.http2PriorKnowledge) {
        ClientConfig config = m_session->client()->config();
        config.timeoutMs = m_setup.timeoutMs;
        if (m_setup.retry)
            config.retry = *m_setup.retry;
        config.extraCaCertificates = m_certificates;
        config.http2PriorKnowledge = m_setup.http2PriorKnowledge;
        m_client = std::make_unique<C1Client>(
            m_session->network(), m_session->tokens(), std::move(config), m_session->requestLog());
    }
    return true;
}

SandboxOptions TestTenant::stopServer()
{
    Q_ASSERT(!m_thread);
    SandboxOptions options = m_server->options();
    options.port = m_server->port();
    m_server->stop();
    m_retired.push_back(m_server);
    m_server = nullptr;
    return options;
}

bool TestTenant::startServer(const SandboxOptions& options)
{
    Q_ASSERT(!m_thread && !m_server);
    m_server = new SandboxServer(options);
    if (!m_server->start()) {
        m_error = m_server->errorString();
        qWarning("restart failed: %s", qPrintable(m_error));
        return false;
    }
    return true;
}

std::unique_ptr<Session> TestTenant::newSession(const std::function<void(Profile&)>& adjust) const
{
    Profile profile = m_profile;
    if (adjust)
        adjust(profile);
    QString error;
    std::unique_ptr<Session> session = Session::create(profile, secrets(), &error);
    if (!session)
        qWarning("session: %s", qPrintable(error));
    else if (m_setup.retry)
        session->client()->setRetryPolicy(*m_setup.retry);
    return session;
}

ProfileSecrets TestTenant::secrets() const
{
    ProfileSecrets secrets;
    secrets.tenantDomain = m_baseUrl.authority();
    secrets.clientId = m_credentials.clientId;
    secrets.clientSecret = m_credentials.clientSecret;
    return secrets;
}

TokenSource* TestTenant::tokens() const
{
    return m_session->tokens();
}

QNetworkAccessManager* TestTenant::network() const
{
    return m_session->network();
}

RequestLog* TestTenant::requestLog() const
{
    return m_session->requestLog();
}

QList<App> TestTenant::apps(int count)
{
    auto result = call<Page<App>>([&](QObject* context, C1Client::Callback<Page<App>> done) {
        return client()->listApps(QString(), count, context, std::move(done));
    });
    return result ? result.value().items : QList<App>();
}

QList<User> TestTenant::users(int count)
{
    auto result = call<Page<User>>([&](QObject* context, C1Client::Callback<Page<User>> done) {
        return client()->searchUsers(UserSearch {}, QString(), count, context, std::move(done));
    });
    return result ? result.value().items : QList<User>();
}

QList<User> TestTenant::enabledUsers()
{
    QList<User> users;
    bool done = false;
    QObject context;
    PageStream<User>::start(
        [this](const QString& token, QObject* ctx, C1Client::Callback<Page<User>> cb) {
            return client()->searchUsers(UserSearch {}, token, 100, ctx, std::move(cb));
        },
        &context,
        [&users](QList<User> page) {
            for (const User& user : page) {
                if (user.isEnabled())
                    users.append(user);
            }
        },
        [&done](const ApiError& error) {
            if (error.isError())
                qWarning("listing users failed: %s", qPrintable(error.fullDetail()));
            done = true;
        });
    if (!QTest::qWaitFor([&done] { return done; }, 30000))
        qWarning("listing users timed out");
    return users;
}

QList<AppEntitlement> TestTenant::entitlements(const QString& appId)
{
    auto result = call<Page<AppEntitlement>>([&](QObject* context, C1Client::Callback<Page<AppEntitlement>> done) {
        return client()->listEntitlements(appId, QString(), 100, context, std::move(done));
    });
    return result ? result.value().items : QList<AppEntitlement>();
}

QList<AppResourceType> TestTenant::resourceTypes(const QString& appId)
{
    auto result = call<Page<AppResourceType>>([&](QObject* context, C1Client::Callback<Page<AppResourceType>> done) {
        return client()->listResourceTypes(appId, QString(), 100, context, std::move(done));
    });
    return result ? result.value().items : QList<AppResourceType>();
}

QList<AppResource> TestTenant::resources(const QString& appId, const QString& typeId)
{
    auto result = call<Page<AppResource>>([&](QObject* context, C1Client::Callback<Page<AppResource>> done) {
        return client()->listResources(appId, typeId, QString(), 100, context, std::move(done));
    });
    return result ? result.value().items : QList<AppResource>();
}

QByteArray TestTenant::bearer()
{
    Answer<QString> answer;
    QObject context;
    tokens()->token(&context, answer.callback());
    if (!QTest::qWaitFor([&answer] { return answer.done(); }, 30000) || !answer.ok())
        return {};
    return answer.value().toUtf8();
}

QJsonObject TestTenant::lastBody(const QString& method, const QString& pathEnd) const
{
    const RequestLog* log = requestLog();
    for (int row = log->size() - 1; row >= 0; --row) {
        const RequestLogEntry& entry = log->entry(row);
        if (entry.method == method && QUrl(entry.url).path().endsWith(pathEnd))
            return QJsonDocument::fromJson(entry.requestBody).object();
    }
    return {};
}

int TestTenant::countRequests(const QString& method, const QString& pathPart) const
{
    int count = 0;
    const RequestLog* log = requestLog();
    for (int row = 0; row < log->size(); ++row) {
        const RequestLogEntry& entry = log->entry(row);
        if (entry.method == method && QUrl(entry.url).path().contains(pathPart))
            ++count;
    }
    return count;
}

} // namespace c1::test

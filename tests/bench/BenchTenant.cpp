#include "bench/BenchTenant.h"

#include "auth/ClientCredentials.h"
#include "bench/BenchProbes.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace c1::bench {

BenchTenant::BenchTenant()
    : m_anchor(std::make_unique<QObject>())
{
    m_thread.setObjectName(u"sandbox"_s);
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

BenchTenant::~BenchTenant()
{
    m_client.reset(); // aborts what is pending
    m_tokens.reset();
    m_network.reset();
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BenchTenant::inSandbox(const std::function<void(SandboxServer&)>& work)
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_anchor.get(), [this, &work] { work(*m_server); }, Qt::BlockingQueuedConnection);
}

int BenchTenant::count429()
{
    int count = 0;
    inSandbox([&count](SandboxServer& server) { count = server.count429(); });
    return count;
}

int BenchTenant::requestCount()
{
    int count = 0;
    inSandbox([&count](SandboxServer& server) { count = server.requestCount(); });
    return count;
}

void BenchTenant::setLatency(int ms)
{
    inSandbox([ms](SandboxServer& server) { server.options().latencyMs = ms; });
}

void BenchTenant::setRateLimit(int perSecond)
{
    inSandbox([perSecond](SandboxServer& server) { server.options().rateLimitPerSecond = perSecond; });
}

bool BenchTenant::start(const SandboxOptions& options, const SandboxDataSize& size, const RetryPolicy& retry)
{
    SandboxClient issued;
    QList<QSslCertificate> certificates; // the sandbox's own, with TLS
    bool started = false;
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [&] {
            m_server = new SandboxServer(options);
            QElapsedTimer wall;
            wall.start();
            const double cpu = threadCpuMs();
            m_server->generateData(size);
            m_generationCpuMs = threadCpuMs() - cpu;
            m_generationWallMs = double(wall.nsecsElapsed()) / 1e6;
            started = m_server->start();
            if (!started) {
                m_error = m_server->errorString();
                return;
            }
            m_baseUrl = m_server->baseUrl();
            issued = m_server->issueClient(u"bench"_s);
            if (options.tls)
                certificates = QSslCertificate::fromData(m_server->certificatePem(), QSsl::Pem);
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        return false;
    std::optional<ClientCredentials> credentials = ClientCredentials::parse(issued.clientId, issued.clientSecret);
    if (!credentials) {
        m_error = u"the sandbox's credentials do not parse"_s;
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<TokenSource>(m_network.get(), std::move(*credentials), m_baseUrl);
    m_tokens->setExtraCaCertificates(certificates);
    ClientConfig config;
    config.baseUrl = m_baseUrl;
    config.retry = retry;
    config.extraCaCertificates = certificates;
    m_client = std::make_unique<C1Client>(m_network.get(), m_tokens.get(), config);
    return true;
}

QByteArray BenchTenant::bearer()
{
    QByteArray token;
    Wait wait(30000);
    QObject context;
    m_tokens->token(&context, [&](const Result<QString>& result) {
        if (result)
            token = result.value().toUtf8();
        wait.quit();
    });
    wait.exec();
    return token;
}

} // namespace c1::bench

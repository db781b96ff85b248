#include "bench/BenchTenant.h"

#include "bench/BenchProbes.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace c1::bench {

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
    test::TenantSetup setup;
    setup.sandbox = options;
    setup.data = size;
    setup.retry = retry;
    setup.timeoutMs = ClientConfig {}.timeoutMs;
    setup.ownThread = true;
    setup.clientName = u"bench"_s;
    setup.generate = [this](SandboxServer& server, const SandboxDataSize& data) {
        QElapsedTimer wall;
        wall.start();
        const double cpu = threadCpuMs();
        server.generateData(data);
        m_generationCpuMs = threadCpuMs() - cpu;
        m_generationWallMs = double(wall.nsecsElapsed()) / 1e6;
    };
    return m_tenant.start(setup);
}

} // namespace c1::bench

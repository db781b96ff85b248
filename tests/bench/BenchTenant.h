#pragma once

// The benchmarks' view of the one test fixture (support/TestTenant.h): the sandbox on its own thread (so that the
// client's figures measure the client, as against a remote tenant, and the main thread's stalls are the client's
// own), a real TokenSource, QNAM and C1Client on the main thread, and the time the sandbox took to generate its data.
#include "support/TestTenant.h"

#include <functional>

namespace c1::bench {

class BenchTenant {
public:
    // Starts the sandbox with `options`, generates `size` (timed on the sandbox thread) and signs a client in.
    bool start(const SandboxOptions& options, const SandboxDataSize& size, const RetryPolicy& retry = {});
    QString errorString() const { return m_tenant.errorString(); }

    double generationWallMs() const { return m_generationWallMs; }
    double generationCpuMs() const { return m_generationCpuMs; }

    // Runs `work` on the sandbox thread with the server, and waits for it.
    void inSandbox(const std::function<void(SandboxServer&)>& work) { m_tenant.inSandbox(work); }
    int count429();
    int requestCount();
    void setLatency(int ms);
    void setRateLimit(int perSecond);

    QUrl baseUrl() const { return m_tenant.baseUrl(); }
    QNetworkAccessManager* network() const { return m_tenant.network(); }
    TokenSource* tokens() const { return m_tenant.tokens(); }
    C1Client* client() const { return m_tenant.client(); }
    // A bearer token for raw requests (waits for the sign-in); empty on failure.
    QByteArray bearer() { return m_tenant.bearer(); }

private:
    test::TestTenant m_tenant;
    double m_generationWallMs = 0;
    double m_generationCpuMs = 0;
};

} // namespace c1::bench

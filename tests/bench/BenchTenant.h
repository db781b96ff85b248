#pragma once

// An in-process sandbox tenant on its own thread (so that the client's figures measure the client, as against a
// remote tenant, and the main thread's stalls are the client's own), with a real TokenSource, QNAM and C1Client
// on the main thread, signed in over loopback.
#include "api/C1Client.h"
#include "auth/TokenSource.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QThread>

#include <functional>
#include <memory>

namespace c1::bench {

class BenchTenant {
public:
    BenchTenant();
    ~BenchTenant();

    // Starts the sandbox with `options`, generates `size` (timed on the sandbox thread) and signs a client in.
    bool start(const SandboxOptions& options, const SandboxDataSize& size, const RetryPolicy& retry = {});
    QString errorString() const { return m_error; }

    double generationWallMs() const { return m_generationWallMs; }
    double generationCpuMs() const { return m_generationCpuMs; }

    // Runs `work` on the sandbox thread with the server, and waits for it.
    void inSandbox(const std::function<void(SandboxServer&)>& work);
    int count429();
    int requestCount();
    void setLatency(int ms);
    void setRateLimit(int perSecond);

    QUrl baseUrl() const { return m_baseUrl; }
    QNetworkAccessManager* network() const { return m_network.get(); }
    TokenSource* tokens() const { return m_tokens.get(); }
    C1Client* client() const { return m_client.get(); }
    // A bearer token for raw requests (waits for the sign-in); empty on failure.
    QByteArray bearer();

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; // lives on m_thread: the context of inSandbox()
    SandboxServer* m_server = nullptr; // created, used and destroyed on m_thread
    QUrl m_baseUrl;
    QString m_error;
    double m_generationWallMs = 0;
    double m_generationCpuMs = 0;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenSource> m_tokens;
    std::unique_ptr<C1Client> m_client;
};

} // namespace c1::bench

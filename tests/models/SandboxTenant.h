#pragma once

// Test helper: an in-process sandbox tenant and a C1Client signed in to it (no retries unless asked, so that
// failure cases answer at once).
#include "api/C1Client.h"
#include "auth/ClientCredentials.h"
#include "auth/TokenSource.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace c1::test {

class SandboxTenant {
public:
    bool start(const SandboxDataSize& size, SandboxOptions options = {}, int maxAttempts = 1)
    {
        server = std::make_unique<SandboxServer>(options);
        server->generateData(size);
        if (!server->start()) {
            qWarning() << "sandbox:" << server->errorString();
            return false;
        }
        const SandboxClient issued = server->issueClient();
        std::optional<ClientCredentials> credentials = ClientCredentials::parse(issued.clientId, issued.clientSecret);
        if (!credentials)
            return false;
        network = std::make_unique<QNetworkAccessManager>();
        tokens = std::make_unique<TokenSource>(network.get(), std::move(*credentials), server->baseUrl());
        ClientConfig config;
        config.baseUrl = server->baseUrl();
        config.timeoutMs = 20000;
        config.retry.maxAttempts = maxAttempts;
        config.retry.baseDelayMs = 50;
        client = std::make_unique<C1Client>(network.get(), tokens.get(), config);
        return true;
    }

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TokenSource> tokens;
    std::unique_ptr<C1Client> client;
};

} // namespace c1::test

#pragma once

// Test helper for the bulk suites: an in-process SandboxServer plus a real C1Client (TokenSource, QNAM) talking to
// it over loopback, with a fast retry policy so that injected faults do not make the suites slow.

#include "api/C1Client.h"
#include "api/Paging.h"
#include "auth/ClientCredentials.h"
#include "auth/TokenSource.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace c1::test {

struct BulkTestTenant {
    std::unique_ptr<SandboxServer> sandbox;
    SandboxClient credentials;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TokenSource> tokens;
    std::unique_ptr<C1Client> client;
    // Cleartext HTTP/2 with prior knowledge (the sandbox must allow it: SandboxHttp2::PriorKnowledge); set before
    // start() or connectClient().
    bool http2PriorKnowledge = false;

    static RetryPolicy fastRetry()
    {
        RetryPolicy retry;
        retry.maxAttempts = 6;
        retry.baseDelayMs = 20;
        retry.maxDelayMs = 200;
        retry.maxRetryAfterMs = 1500;
        return retry;
    }

    // Starts a sandbox with `options` and demo data of `size`; false (with a QTest failure message) if it cannot.
    bool start(const SandboxOptions& options, const SandboxDataSize& size)
    {
        sandbox = std::make_unique<SandboxServer>(options);
        if (!sandbox->start()) {
            qWarning("sandbox: %s", qPrintable(sandbox->errorString()));
            return false;
        }
        sandbox->generateData(size);
        credentials = sandbox->issueClient();
        return connectClient(sandbox->baseUrl(), credentials.clientId, credentials.clientSecret);
    }

    bool connectClient(const QUrl& baseUrl, const QString& clientId, const QString& secret)
    {
        const std::optional<ClientCredentials> parsed = ClientCredentials::parse(clientId, secret);
        if (!parsed)
            return false;
        network = std::make_unique<QNetworkAccessManager>();
        tokens = std::make_unique<TokenSource>(network.get(), *parsed, baseUrl);
        tokens->setHttp2PriorKnowledge(http2PriorKnowledge);
        ClientConfig config;
        config.http2PriorKnowledge = http2PriorKnowledge;
        config.baseUrl = baseUrl;
        config.timeoutMs = 10000;
        config.retry = fastRetry();
        client = std::make_unique<C1Client>(network.get(), tokens.get(), config);
        return true;
    }

    // Every enabled user of the tenant, in the order the search returns them.
    QList<User> enabledUsers()
    {
        QList<User> users;
        bool done = false;
        QObject context;
        PageStream<User>::start(
            [this](const QString& token, QObject* ctx, C1Client::Callback<Page<User>> cb) {
                return client->searchUsers(UserSearch {}, token, 100, ctx, std::move(cb));
            },
            &context,
            [&users](QList<User> page) {
                for (const User& u : page) {
                    if (u.isEnabled())
                        users.append(u);
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
};

} // namespace c1::test

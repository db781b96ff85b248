#pragma once
// A sandbox that fails one write, for the create flow and the create dialogs' ambiguous-answer tests.

#include "sandbox/SandboxServer.h"

#include <QObject>
#include <QString>

namespace c1::test {

// One faulty write: the sandbox drops (or answers 503 to) /api requests until the first POST to `path` has been
// served, then behaves again; counts those POSTs. The ambiguous-create tests use it so that only the create fails,
// never the searches that follow it.
class FaultyPost {
public:
    enum class Fault { DropBeforeEffect, DropAfterEffect, Unavailable };

    FaultyPost(SandboxServer* server, QString path, Fault fault)
        : m_server(server)
    {
        SandboxOptions& options = server->options();
        options.dropAfterEffect = fault == Fault::DropAfterEffect;
        (fault == Fault::Unavailable ? options.failureRate : options.dropRate) = 1.0;
        m_watch = QObject::connect(server, &SandboxServer::requestServed, server,
            [this, path = std::move(path)](const QString& method, const QString& served, int) {
                if (method != QLatin1String("POST") || served != path)
                    return;
                ++m_posts;
                m_server->options().dropRate = 0.0;
                m_server->options().failureRate = 0.0;
            });
    }
    ~FaultyPost()
    {
        QObject::disconnect(m_watch);
        m_server->options().dropRate = 0.0;
        m_server->options().failureRate = 0.0;
        m_server->options().dropAfterEffect = false;
    }
    FaultyPost(const FaultyPost&) = delete;
    FaultyPost& operator=(const FaultyPost&) = delete;

    int posts() const { return m_posts; }

private:
    SandboxServer* m_server;
    QMetaObject::Connection m_watch;
    int m_posts = 0;
};

} // namespace c1::test

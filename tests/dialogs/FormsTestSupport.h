#pragma once
// Shared by the forms suites: a signed-in Session against an in-process SandboxServer, a way to wait for one
// API answer, and the accessibility walk over a widget tree.

#include "api/C1Client.h"
#include "api/RequestLog.h"
#include "api/Session.h"
#include "sandbox/SandboxServer.h"
#include "settings/Profile.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace c1::test {

struct Tenant {
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<Session> session;

    // Starts a sandbox with demo data and signs a session in against it. False (with a QWARN) on failure.
    bool start(const SandboxOptions& options = {}, bool readOnly = false, const SandboxDataSize& size = {})
    {
        server = std::make_unique<SandboxServer>(options);
        if (!server->start()) {
            qWarning("sandbox: %s", qPrintable(server->errorString()));
            return false;
        }
        server->generateData(size);
        const SandboxClient client = server->issueClient();
        Profile profile;
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        profile.name = QStringLiteral("forms-test");
        profile.urlOverride = server->baseUrl();
        profile.readOnly = readOnly;
        ProfileSecrets secrets;
        secrets.clientId = client.clientId;
        secrets.clientSecret = client.clientSecret;
        QString error;
        session = Session::create(profile, secrets, &error);
        if (!session)
            qWarning("session: %s", qPrintable(error));
        return session != nullptr;
    }

    C1Client* client() const { return session->client(); }

    // Runs one API call to its end (waiting on the event loop, not sleeping).
    template <typename T, typename Start> Result<T> call(Start start)
    {
        std::optional<Result<T>> result;
        QObject context;
        start(&context, [&result](Result<T> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return ApiError::invalidInput(QStringLiteral("timed out"));
        return std::move(*result);
    }

    QList<User> users(int count = 50)
    {
        auto result = call<Page<User>>([&](QObject* context, C1Client::Callback<Page<User>> done) {
            return client()->searchUsers(UserSearch {}, QString(), count, context, std::move(done));
        });
        return result ? result.value().items : QList<User>();
    }

    QList<AppEntitlement> entitlements(const QString& appId)
    {
        auto result = call<Page<AppEntitlement>>([&](QObject* context, C1Client::Callback<Page<AppEntitlement>> done) {
            return client()->listEntitlements(appId, QString(), 100, context, std::move(done));
        });
        return result ? result.value().items : QList<AppEntitlement>();
    }

    QList<AppResourceType> resourceTypes(const QString& appId)
    {
        auto result
            = call<Page<AppResourceType>>([&](QObject* context, C1Client::Callback<Page<AppResourceType>> done) {
                  return client()->listResourceTypes(appId, QString(), 100, context, std::move(done));
              });
        return result ? result.value().items : QList<AppResourceType>();
    }

    QList<AppResource> resources(const QString& appId, const QString& typeId)
    {
        auto result = call<Page<AppResource>>([&](QObject* context, C1Client::Callback<Page<AppResource>> done) {
            return client()->listResources(appId, typeId, QString(), 100, context, std::move(done));
        });
        return result ? result.value().items : QList<AppResource>();
    }

    // The JSON body of the last logged request whose method matches and whose URL path ends with `pathEnd`.
    QJsonObject lastBody(const QString& method, const QString& pathEnd) const
    {
        RequestLog* log = session->requestLog();
        for (int row = log->size() - 1; row >= 0; --row) {
            const RequestLogEntry& entry = log->entry(row);
            if (entry.method == method && QUrl(entry.url).path().endsWith(pathEnd))
                return QJsonDocument::fromJson(entry.requestBody).object();
        }
        return {};
    }

    int countRequests(const QString& method, const QString& pathPart) const
    {
        int count = 0;
        RequestLog* log = session->requestLog();
        for (int row = 0; row < log->size(); ++row) {
            const RequestLogEntry& entry = log->entry(row);
            if (entry.method == method && QUrl(entry.url).path().contains(pathPart))
                ++count;
        }
        return count;
    }
};

// Every interactive widget under `root` (controls a person can reach, not the internals of Qt's composite
// widgets) has an objectName and an accessibleName. Returns the offenders' descriptions.
inline QStringList unnamedInteractiveWidgets(QWidget* root)
{
    QStringList offenders;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w)
            || qobject_cast<QAbstractItemView*>(w);
        if (!interactive || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QWidget* parent = w->parentWidget();
        bool internal = false;
        for (QWidget* p = parent; p && p != root; p = p->parentWidget()) {
            if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QLineEdit*>(p)
                || qobject_cast<QAbstractItemView*>(p))
                internal = true;
        }
        if (internal)
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
            offenders.append(QStringLiteral("%1 \"%2\" in %3")
                                 .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                     parent ? parent->objectName() : QString()));
    }
    return offenders;
}

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

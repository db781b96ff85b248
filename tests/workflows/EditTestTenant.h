#pragma once
// Shared by the issue-16 workflow suites (tst_resourcetypeflow, tst_editflow, tst_deleteflow, tst_editfaults): the
// forms fixture's sandbox tenant and session, more sessions on it with other profile flags, objects made through
// the client, and faults for requests of one method.
#include "support/FaultyPost.h"
#include "support/TestTenant.h"

#include "api/RequestLog.h"

#include "workflows/EditFlow.h"

#include <QTest>
#include <QUuid>

#include <memory>

namespace c1::test {

using namespace Qt::StringLiterals;

// Faults for requests of one method: every one is dropped (before or after its effect) or answered 503.
class MethodFault {
public:
    enum class Fault { DropBeforeEffect, DropAfterEffect, Unavailable };
    MethodFault(SandboxServer* server, const QByteArray& method, Fault fault)
        : m_server(server)
    {
        SandboxOptions& o = server->options();
        o.faultMethod = method;
        o.dropAfterEffect = fault == Fault::DropAfterEffect;
        (fault == Fault::Unavailable ? o.failureRate : o.dropRate) = 1.0;
    }
    ~MethodFault()
    {
        SandboxOptions& o = m_server->options();
        o.faultMethod.clear();
        o.dropAfterEffect = false;
        o.dropRate = 0.0;
        o.failureRate = 0.0;
    }
    MethodFault(const MethodFault&) = delete;
    MethodFault& operator=(const MethodFault&) = delete;

private:
    SandboxServer* m_server;
};

struct EditTestTenant : TestTenant {
    int serial = 0;

    std::unique_ptr<Session> makeSession(bool readOnly, bool production)
    {
        const SandboxClient client = server()->issueClient(u"edit-test-%1"_s.arg(++serial));
        Profile profile;
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        profile.name = readOnly ? u"read-only"_s : production ? u"Acme production"_s : u"edit-test"_s;
        profile.urlOverride = server()->baseUrl();
        profile.readOnly = readOnly;
        profile.production = production;
        ProfileSecrets secrets;
        secrets.clientId = client.clientId;
        secrets.clientSecret = client.clientSecret;
        QString error;
        auto made = Session::create(profile, secrets, &error);
        if (!made)
            qWarning("session: %s", qPrintable(error));
        else
            made->client()->setRetryPolicy(fastRetry());
        return made;
    }

    App newApp(const QString& name, const Annotations& annotations = {})
    {
        CreateAppRequest request;
        request.displayName = name;
        request.annotations = annotations;
        auto result = call<App>([&](QObject* context, C1Client::Callback<App> done) {
            return client()->createApp(request, context, std::move(done));
        });
        return result ? result.value() : App();
    }

    AppResourceType newType(const QString& appId, const QString& name, const QString& kind)
    {
        auto result = call<AppResourceType>([&](QObject* context, C1Client::Callback<AppResourceType> done) {
            return client()->createResourceType(appId, { name, kind }, context, std::move(done));
        });
        return result ? result.value() : AppResourceType();
    }

    AppResource newResource(const QString& appId, const QString& typeId, const QString& name)
    {
        CreateResourceRequest request;
        request.displayName = name;
        auto result = call<AppResource>([&](QObject* context, C1Client::Callback<AppResource> done) {
            return client()->createResource(appId, typeId, request, context, std::move(done));
        });
        return result ? result.value() : AppResource();
    }

    Result<App> getApp(const QString& id)
    {
        return call<App>([&](QObject* context, C1Client::Callback<App> done) {
            return client()->getApp(id, context, std::move(done));
        });
    }

    int typesNamed(const QString& appId, const QString& name)
    {
        int n = 0;
        for (const AppResourceType& t : resourceTypes(appId))
            n += t.displayName == name ? 1 : 0;
        return n;
    }

    // An app synced by a connector from the demo data (not manually managed).
    App syncedApp()
    {
        auto result = call<Page<App>>([&](QObject* context, C1Client::Callback<Page<App>> done) {
            return client()->listApps(QString(), 100, context, std::move(done));
        });
        if (result) {
            for (const App& app : result.value().items) {
                if (!app.isManuallyManaged && !app.isDirectory)
                    return app;
            }
        }
        return {};
    }

    static void loadAndWait(EditFlow& flow)
    {
        flow.load();
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 15000);
    }
};

} // namespace c1::test

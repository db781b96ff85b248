#pragma once
// Shared by the accessibility and screenshot suites: the test tenant (support/TestTenant.h), a signed-in
// SessionController over a profile store and an in-memory secret store, and every top-level form of the console
// built against it, by name.

#include "api/C1Client.h"
#include "api/Session.h"
#include "bulkpaste/BulkOwnersDialog.h"
#include "connect/SettingsDialog.h"
#include "create/CreateAppDialog.h"
#include "create/CreateResourceDialog.h"
#include "edit/DeleteDialog.h"
#include "edit/EditDialog.h"
#include "edit/NewResourceTypeDialog.h"
#include "ownerstab/OwnersPanel.h"
#include "sandbox/SandboxServer.h"
#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "support/TestTenant.h"
#include "workflows/DeleteFlow.h"
#include "workflows/EditFlow.h"
#include "workflows/SessionController.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace c1::test {

class UiFixture {
public:
    // The forms every suite walks; "mainwindow" is connected, with its docks; "welcome" is the main window with no
    // profile connected (its welcome view).
    static QStringList formNames()
    {
        return { QStringLiteral("settings"), QStringLiteral("createapp"), QStringLiteral("createresource"),
            QStringLiteral("createresource-target"), QStringLiteral("bulk"), QStringLiteral("owners"),
            QStringLiteral("mainwindow"), QStringLiteral("welcome"), QStringLiteral("newresourcetype"),
            QStringLiteral("editapp"), QStringLiteral("deleteapp") };
    }

    // Starts the sandbox and stores a profile with its secrets. False (with a warning) when it cannot.
    bool start(const QString& applicationName)
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<c1::Session*>();
        QCoreApplication::setOrganizationName(QStringLiteral("C1 Console Tests"));
        QCoreApplication::setApplicationName(applicationName);
        QSettings().clear();
        if (!m_dir.isValid())
            return false;
        if (!m_tenant.start(SandboxOptions {}, SandboxDataSize { 8, 2, 6, 4, 30, 2, 0 }))
            return false;
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_secrets = std::make_unique<MemorySecretStore>();

        m_profile.id = QStringLiteral("sandbox");
        m_profile.name = QStringLiteral("Sandbox");
        m_profile.urlOverride = m_tenant.baseUrl();
        m_profile.color = QStringLiteral("#7b3fa0");
        m_profiles->save(m_profile);
        m_profiles->setActiveProfileId(m_profile.id);
        m_secrets->write(m_profile.id, secrets(), nullptr, [](const SecretStore::Outcome&) {});
        return true;
    }

    ProfileSecrets secrets() const { return m_tenant.secrets(); }

    // A signed-in controller (made on first use, kept for the suite).
    SessionController* controller()
    {
        if (!m_controller) {
            m_controller = std::make_unique<SessionController>(m_profiles.get(), m_secrets.get());
            m_controller->connectWithSecrets(m_profile, secrets());
            if (!QTest::qWaitFor(
                    [this] { return m_controller->state() == SessionController::State::Connected; }, 15000))
                qWarning("sign-in: %s", qPrintable(m_controller->lastError()));
        }
        return m_controller.get();
    }
    Session* session() { return controller()->session(); }
    SandboxServer* server() const { return m_tenant.server(); }
    ProfileStore* profiles() const { return m_profiles.get(); }
    SecretStore* secretStore() const { return m_secrets.get(); }

    // The tenant's apps (the first page), for targets with names.
    QList<App> apps()
    {
        if (m_apps.isEmpty()) {
            m_apps = m_tenant.apps(50);
        }
        return m_apps;
    }

    // Builds the named form, shown at its usual size. The widget owns everything it needs but the fixture.
    std::unique_ptr<QWidget> make(const QString& name)
    {
        Session* s = session();
        const QList<App> apps = this->apps();
        const QString firstApp = apps.isEmpty() ? QString() : apps.first().id;
        std::unique_ptr<QWidget> widget;
        if (name == QLatin1String("settings")) {
            auto dialog = std::make_unique<SettingsDialog>(m_profiles.get(), m_secrets.get());
            dialog->selectProfile(m_profile.id);
            widget = std::move(dialog);
        } else if (name == QLatin1String("createapp")) {
            widget = std::make_unique<CreateAppDialog>(s);
        } else if (name == QLatin1String("createresource")) {
            widget = std::make_unique<CreateResourceDialog>(s);
        } else if (name == QLatin1String("createresource-target")) {
            widget = std::make_unique<CreateResourceDialog>(s, firstApp, QString());
        } else if (name == QLatin1String("bulk")) {
            QList<OwnerTarget> targets;
            for (int i = 0; i < 3 && i < apps.size(); ++i)
                targets << OwnerTarget::app(apps[i].id, apps[i].displayName);
            auto dialog = std::make_unique<BulkOwnersDialog>(s, targets);
            dialog->setProfileStore(m_profiles.get());
            dialog->setJournalDir(m_dir.filePath(QStringLiteral("jobs")));
            widget = std::move(dialog);
        } else if (name == QLatin1String("owners")) {
            auto panel = std::make_unique<OwnersPanel>();
            panel->setProfileStore(m_profiles.get());
            panel->setSession(s);
            panel->setTarget(OwnerTarget::app(firstApp, apps.isEmpty() ? QString() : apps.first().displayName));
            panel->resize(640, 480);
            widget = std::move(panel);
        } else if (name == QLatin1String("mainwindow")) {
            auto window = std::make_unique<MainWindow>(controller());
            window->setSecretStoreForSettings(m_secrets.get());
            window->resize(1200, 800);
            window->requestLogDock()->show();
            widget = std::move(window);
        } else if (name == QLatin1String("newresourcetype")) {
            widget = std::make_unique<NewResourceTypeDialog>(
                s, firstApp, apps.isEmpty() ? QString() : apps.first().displayName, QList<AppResourceType> {});
        } else if (name == QLatin1String("editapp")) {
            auto dialog = std::make_unique<EditDialog>(EditTarget::app(firstApp), s);
            const EditFlow* flow = dialog->flow(); // the form opens on the app's values, read fresh
            if (!QTest::qWaitFor([flow] { return flow->state() == EditFlow::State::Ready; }, 15000))
                qWarning("the app to edit was not read");
            widget = std::move(dialog);
        } else if (name == QLatin1String("deleteapp")) {
            auto dialog = std::make_unique<DeleteDialog>(EditTarget::app(firstApp), s);
            const DeleteFlow* flow = dialog->flow();
            if (!QTest::qWaitFor([flow] { return flow->state() == DeleteFlow::State::Ready; }, 15000))
                qWarning("the app to delete was not read");
            widget = std::move(dialog);
        } else if (name == QLatin1String("welcome")) {
            if (!m_idleController)
                m_idleController = std::make_unique<SessionController>(m_profiles.get(), m_secrets.get());
            auto window = std::make_unique<MainWindow>(m_idleController.get());
            window->setSecretStoreForSettings(m_secrets.get());
            window->resize(1200, 800);
            widget = std::move(window);
        }
        if (widget) {
            widget->show();
            if (!QTest::qWaitForWindowExposed(widget.get()))
                qWarning("%s was not exposed", qPrintable(name));
        }
        return widget;
    }

private:
    QTemporaryDir m_dir;
    TestTenant m_tenant;
    Profile m_profile;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<SessionController> m_idleController; // never connected: the welcome view
    QList<App> m_apps;
};

} // namespace c1::test

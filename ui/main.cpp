// C1 Console: application, translations, command line, main window. Everything else lives in the layers.
#include "auth/ProcessHardening.h"
#include "sandbox/SandboxServer.h"
#include "settings/KeychainSecretStore.h"
#include "settings/MemorySecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "shell/Translations.h"
#include "workflows/SessionController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QTimer>
#include <QWindow>

#include <cstdio>

#include <time.h>
#include <unistd.h>

using namespace c1;

namespace {

// The language before any widget exists: --profile's or the last active profile's own, else the app's, else
// the system's.
QString startupLanguage(const ProfileStore& profiles, const QString& profileName)
{
    std::optional<Profile> profile
        = profileName.isEmpty() ? profiles.profile(profiles.activeProfileId()) : profiles.profileByName(profileName);
    if (profile && !profile->language.isEmpty())
        return profile->language;
    return Translations::savedLanguage();
}

// --benchmark-startup (hidden, for c1-bench): prints one JSON line when the main window is first exposed (and so
// painted), with the milliseconds since the process started (/proc/self/stat, 10 ms resolution) and VmRSS, another
// with VmRSS after a second of idling, and quits.
QByteArray procFile(const char* path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

long long msSinceProcessStart()
{
    const QByteArray stat = procFile("/proc/self/stat");
    // Field 22 (starttime, in clock ticks since boot); fields counted from after the command name's ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double startMs = fields.value(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return static_cast<long long>(double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs);
}

long long rssKiB()
{
    const QByteArray status = procFile("/proc/self/status");
    const qsizetype at = status.indexOf("VmRSS:");
    return at < 0 ? -1
                  : status.mid(at + 6, status.indexOf('\n', at) - at - 6).trimmed().split(' ').value(0).toLongLong();
}

void benchmarkStartup(QWidget* window)
{
    auto* probe = new QTimer(window);
    probe->setInterval(1);
    QObject::connect(probe, &QTimer::timeout, window, [window, probe] {
        if (!window->windowHandle() || !window->windowHandle()->isExposed())
            return;
        probe->stop();
        probe->deleteLater();
        std::printf("{\"event\":\"shown\",\"startup_ms\":%lld,\"rss_kib\":%lld}\n", msSinceProcessStart(), rssKiB());
        std::fflush(stdout);
        QTimer::singleShot(1000, window, [] {
            std::printf("{\"event\":\"idle\",\"rss_kib\":%lld}\n", rssKiB());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    });
    probe->start();
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything can hold a secret (the keychain read, a pasted client secret): no core dumps.
    c1::ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("C1 Console"));
    QApplication::setOrganizationDomain(QStringLiteral("c1console.example.org"));
    QApplication::setApplicationName(QStringLiteral("c1console"));
    QApplication::setApplicationDisplayName(QStringLiteral("C1 Console"));
    QApplication::setApplicationVersion(QStringLiteral(C1_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("c1console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/c1console.svg")));

    ProfileStore profiles;

    // The language depends on --profile, and the help text on the language: a quiet first look for --profile,
    // then the real parser with translated descriptions.
    {
        QCommandLineParser early;
        const QCommandLineOption earlyProfile(
            QStringList { QStringLiteral("p"), QStringLiteral("profile") }, QString(), QStringLiteral("name"));
        early.addOption(earlyProfile);
        early.addOption(QCommandLineOption(QStringLiteral("demo")));
        early.parse(QCoreApplication::arguments());
        Translations::install(startupLanguage(profiles, early.value(earlyProfile)));
    }

    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringList { QStringLiteral("p"), QStringLiteral("profile") },
        QCoreApplication::translate("main", "Connect to the profile called <name>."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Start a local sandbox tenant with demo data and connect to it (no C1 tenant needed)."));
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop admin console for C1 (ConductorOne) tenants."));
    parser.addOption(profileOption);
    parser.addOption(demoOption);
    QCommandLineOption benchmarkOption(QStringLiteral("benchmark-startup"));
    benchmarkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmarkOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    Theme::apply(Theme::saved());

    KeychainSecretStore keychain;
    MemorySecretStore demoSecrets;
    const bool demo = parser.isSet(demoOption);
    SessionController controller(&profiles, demo ? static_cast<SecretStore*>(&demoSecrets) : &keychain);
    MainWindow window(&controller);
    window.setSecretStoreForSettings(&keychain);

    std::unique_ptr<SandboxServer> sandbox;
    if (demo) {
        sandbox = std::make_unique<SandboxServer>();
        if (!sandbox->start()) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "The demo tenant could not start: %1")
                               .arg(sandbox->errorString())));
            return 1;
        }
        sandbox->generateData(SandboxDataSize {});
    }

    window.show();
    if (parser.isSet(benchmarkOption))
        benchmarkStartup(&window);

    // The keychain is read only once the window is up (the first QtKeychain job can be slow).
    QTimer::singleShot(0, &window, [&] {
        if (sandbox) {
            const SandboxClient client = sandbox->issueClient(QStringLiteral("demo-admin"));
            Profile profile;
            profile.id = QStringLiteral("demo");
            profile.name = QCoreApplication::translate("main", "Demo tenant");
            profile.urlOverride = sandbox->baseUrl();
            profile.color = QStringLiteral("#2e9d57");
            ProfileSecrets secrets;
            secrets.clientId = client.clientId;
            secrets.clientSecret = client.clientSecret;
            secrets.tenantDomain = sandbox->baseUrl().authority();
            demoSecrets.write(profile.id, secrets, &window, [](const SecretStore::Outcome&) {});
            controller.connectWithSecrets(profile, secrets);
            secrets.wipe();
            return;
        }
        QString id = profiles.activeProfileId();
        if (parser.isSet(profileOption)) {
            const QString name = parser.value(profileOption);
            if (const std::optional<Profile> profile = profiles.profileByName(name)) {
                id = profile->id;
            } else {
                std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate("main", "No profile is called “%1”.").arg(name)));
                id.clear();
            }
        } else if (id.isEmpty() && !profiles.profiles().isEmpty()) {
            id = profiles.profiles().constFirst().id;
        }
        if (!id.isEmpty()) {
            profiles.setActiveProfileId(id);
            controller.connectProfile(id);
        }
    });

    const int status = QApplication::exec();
    controller.disconnectSession(); // before the sandbox and the stores go
    return status;
}

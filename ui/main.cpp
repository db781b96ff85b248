// C1 Console: application, translations, command line, main window. Everything else lives in the layers.
#include "auth/ProcessHardening.h"
#include "sandbox/DemoTenant.h"
#include "settings/KeychainSecretStore.h"
#include "settings/ProfileStore.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "shell/Translations.h"
#include "workflows/SessionController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
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

// The console's names for QSettings, the help text and the desktop (no display needed).
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("C1 Console"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("c1console.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("c1console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(C1_VERSION));
}

// The command line, with the help text in the user's language.
struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption profile { QStringList { QStringLiteral("p"), QStringLiteral("profile") },
        QCoreApplication::translate("main", "Connect to the profile called <name>."),
        QCoreApplication::translate("main", "name") };
    QCommandLineOption demo { QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Start a local sandbox tenant with demo data and connect to it (no C1 tenant needed).") };
    QCommandLineOption benchmark { QStringLiteral("benchmark-startup") };

    // The language depends on --profile, and the help text on the language: a quiet first look for --profile,
    // then the real parser with translated descriptions. Needs a QCoreApplication.
    static std::unique_ptr<CommandLine> make(const ProfileStore& profiles)
    {
        QCommandLineParser early;
        const QCommandLineOption earlyProfile(
            QStringList { QStringLiteral("p"), QStringLiteral("profile") }, QString(), QStringLiteral("name"));
        early.addOption(earlyProfile);
        early.addOption(QCommandLineOption(QStringLiteral("demo")));
        early.parse(QCoreApplication::arguments());
        Translations::install(startupLanguage(profiles, early.value(earlyProfile)));

        auto line = std::make_unique<CommandLine>();
        line->parser.setApplicationDescription(
            QCoreApplication::translate("main", "Desktop admin console for C1 (ConductorOne) tenants."));
        line->parser.addOption(line->profile);
        line->parser.addOption(line->demo);
        line->benchmark.setFlags(QCommandLineOption::HiddenFromHelp);
        line->parser.addOption(line->benchmark);
        line->parser.addHelpOption();
        line->parser.addVersionOption();
        return line;
    }
};

// --help and --version need no display (a terminal over SSH, a packaging script): when asked for, the command line
// is parsed with a QCoreApplication before the QApplication exists, which prints the help, the version or what is
// wrong with the command line, and exits.
void answerWithoutDisplay(int argc, char* argv[])
{
    static const QByteArrayList textOptions { "-h", "--help", "-?", "--help-all", "-v", "--version" };
    bool asked = false;
    for (int i = 1; i < argc && !asked; ++i)
        asked = textOptions.contains(QByteArray(argv[i]));
    if (!asked)
        return;
    QCoreApplication core(argc, argv);
    setApplicationNames();
    const ProfileStore profiles;
    const std::unique_ptr<CommandLine> line = CommandLine::make(profiles);
    line->parser.process(core); // returns only when "-v" was not the option (e.g. the value of -p)
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything can hold a secret (the keychain read, a pasted client secret): no core dumps.
    c1::ProcessHardening::disableCoreDumps();
    answerWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("C1 Console"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.c1console")); // resources/<ID>.desktop
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/c1console.svg")));

    ProfileStore profiles;
    const std::unique_ptr<CommandLine> line = CommandLine::make(profiles);
    line->parser.process(app);

    Theme::apply(Theme::saved());

    KeychainSecretStore keychain;
    DemoTenant demo;
    const bool demoOnly = line->parser.isSet(line->demo);
    if (demoOnly && !demo.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.errorString()));
        return 1;
    }
    SessionController controller(&profiles, demoOnly ? demo.secretStore() : &keychain);
    MainWindow window(&controller);
    window.setSecretStoreForSettings(&keychain);
    // The welcome view's "Try the demo tenant": the same tenant as --demo, started when first asked for.
    QObject::connect(&window, &MainWindow::demoRequested, &window, [&demo, &controller, &window] {
        if (!demo.connectSession(&controller))
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Demo tenant"), demo.errorString());
    });

    window.show();
    if (line->parser.isSet(line->benchmark))
        benchmarkStartup(&window);

    // The keychain is read only once the window is up (the first QtKeychain job can be slow).
    QTimer::singleShot(0, &window, [&] {
        if (demoOnly) {
            demo.connectSession(&controller);
            return;
        }
        QString id = profiles.activeProfileId();
        if (line->parser.isSet(line->profile)) {
            const QString name = line->parser.value(line->profile);
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

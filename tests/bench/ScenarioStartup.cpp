// startup: c1console from launch to its main window shown, and its idle RSS. Measured from this process: a
// QProcess is started and the clock stops when the child prints the line its --benchmark-startup hook writes
// once the window is exposed (painted). The child's own figure from /proc/self/stat (10 ms resolution) is reported
// beside it. Under QT_QPA_PLATFORM=offscreen, with an empty configuration (no profile, so no keychain).
#include "bench/BenchProbes.h"
#include "bench/Scenarios.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace c1::bench {

namespace {

struct Launch {
    double shownMs = -1; // launch → "shown" line, measured here
    double childMs = -1; // the child's /proc/self/stat figure
    double shownRssKiB = -1;
    double idleRssKiB = -1;
    QString error;
};

Launch launch(const QString& program, const QProcessEnvironment& env)
{
    Launch result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    Wait wait(30000);
    QElapsedTimer timer;
    QByteArray pending;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        const double at = double(timer.nsecsElapsed()) / 1e6;
        pending += process.readAllStandardOutput();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QJsonObject line = QJsonDocument::fromJson(pending.left(end)).object();
            pending.remove(0, end + 1);
            if (line.value(u"event"_s) == u"shown"_s) {
                result.shownMs = at;
                result.childMs = line.value(u"startup_ms"_s).toDouble();
                result.shownRssKiB = line.value(u"rss_kib"_s).toDouble();
            } else if (line.value(u"event"_s) == u"idle"_s) {
                result.idleRssKiB = line.value(u"rss_kib"_s).toDouble();
            }
        }
    });
    QObject::connect(&process, &QProcess::finished, &process, [&wait] { wait.quit(); });
    QObject::connect(&process, &QProcess::errorOccurred, &process, [&](QProcess::ProcessError) {
        result.error = process.errorString();
        wait.quit();
    });
    timer.start();
    process.start(program, { u"--benchmark-startup"_s });
    if (!wait.exec()) {
        process.kill();
        process.waitForFinished(5000);
        result.error = u"c1console did not quit within 30 s"_s;
    }
    if (result.error.isEmpty() && (result.shownMs < 0 || result.idleRssKiB < 0))
        result.error = u"c1console printed no startup figures (exit %1): %2"_s.arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(process.readAllStandardError().right(400)));
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

void runStartupScenario(const BenchConfig& config, const Sink& sink)
{
    if (!config.wanted(u"startup"_s))
        return;
    ScenarioReport report(u"startup"_s);
    const int runs = config.quick ? 1 : 7;
    report.setParameter(u"runs"_s, runs);
    report.setParameter(u"platform"_s, u"offscreen"_s);
    if (!QFileInfo(config.consolePath).isExecutable()) {
        report.setError(u"no c1console binary at \"%1\" (--console)"_s.arg(config.consolePath));
        sink(report);
        return;
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    QList<double> shown, child, shownRss, idleRss;
    QJsonArray all;
    launch(config.consolePath, env); // warm-up: the binary and its libraries into the page cache
    for (int i = 0; i < runs; ++i) {
        const Launch one = launch(config.consolePath, env);
        if (!one.error.isEmpty()) {
            report.setError(one.error);
            break;
        }
        shown << one.shownMs;
        child << one.childMs;
        shownRss << one.shownRssKiB;
        idleRss << one.idleRssKiB;
        all.append(rounded(one.shownMs));
    }
    report.setFigure(u"startup_ms"_s, median(shown));
    report.setFigure(u"startup_ms_min"_s, shown.isEmpty() ? -1 : *std::min_element(shown.cbegin(), shown.cend()));
    report.setFigure(u"startup_ms_child_proc_stat"_s, median(child));
    report.setFigure(u"shown_rss_kib"_s, median(shownRss));
    report.setFigure(u"idle_rss_kib"_s, median(idleRss));
    report.setFigure(u"idle_rss_mib"_s, median(idleRss) / 1024.0);
    report.setFigure(u"runs_ms"_s, all);
    report.addTarget(u"startup_ms"_s, u"<="_s, 400, u"main window shown within 400 ms of launch (median)"_s);
    report.addNote(u"measured by the parent: QProcess::start() to the child's \"shown\" line (window exposed and "
                   "painted), after one warm-up launch; empty configuration, offscreen"_s);
    sink(report);
}

} // namespace c1::bench

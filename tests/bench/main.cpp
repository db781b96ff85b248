// c1-bench: speed and memory of the console against the in-process sandbox tenant, one JSON object per scenario on
// stdout, all of them in bench-results.json. Figures, not tests: a missed target is reported, never an error.
// tools/bench builds it in Release and runs it; README "Performance" has the figures.
#include "bench/BenchProbes.h"
#include "bench/Scenarios.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace c1::bench;

int main(int argc, char* argv[])
{
    // The layers' debug and info lines would drown the figures (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(u"c1.*.debug=false\nc1.*.info=false"_s);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"c1-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks of C1 Console against its sandbox tenant."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"Tiny sizes: checks that every scenario runs (no figures)."_s);
    const QCommandLineOption out(u"out"_s, u"Write the results to <file>."_s, u"file"_s, u"bench-results.json"_s);
    const QCommandLineOption only(u"only"_s, u"Run only these scenarios (comma-separated names)."_s, u"names"_s);
    const QCommandLineOption console(
        u"console"_s, u"The c1console binary for the startup scenario."_s, u"path"_s, QStringLiteral(C1CONSOLE_PATH));
    parser.addOptions({ quick, out, only, console });
    parser.process(app);

    BenchConfig config;
    config.quick = parser.isSet(quick);
    config.consolePath = parser.value(console);
    for (const QString& name : parser.value(only).split(u',', Qt::SkipEmptyParts))
        config.only.insert(name.trimmed());

    QJsonObject results;
    results.insert(u"started"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    results.insert(u"quick"_s, config.quick);
    results.insert(u"machine"_s, machineInfo());
#ifdef NDEBUG
    results.insert(u"build"_s, u"release"_s);
#else
    results.insert(u"build"_s, u"debug (figures not representative: use tools/bench)"_s);
#endif
    QJsonArray scenarios;
    const Sink sink = [&scenarios](const ScenarioReport& report) {
        const QJsonObject json = report.toJson();
        scenarios.append(json);
        std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    };

    runJsonScenario(config, sink);
    runStartupScenario(config, sink);
    runTreeScenarios(config, sink);
    runBulkScenarios(config, sink);
    runTransferScenario(config, sink);
    runHealthScenario(config, sink);

    results.insert(u"scenarios"_s, scenarios);
    results.insert(u"load_after"_s, loadAverage());
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(results).toJson()) < 0 || !file.commit()) {
        std::fprintf(
            stderr, "c1-bench: cannot write %s: %s\n", qPrintable(parser.value(out)), qPrintable(file.errorString()));
        return 2;
    }
    return 0;
}

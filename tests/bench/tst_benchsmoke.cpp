// c1-bench --quick: every scenario runs and is reported as valid JSON, on stdout (one object a line) and in the
// results file. A behaviour test: no figure is judged here.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstBenchSmoke : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void stdoutHasOneObjectPerScenario();

private:
    QTemporaryDir m_dir;
    QJsonObject m_results;
    QList<QJsonObject> m_lines;
    QHash<QString, QJsonObject> m_byName;
};

void TstBenchSmoke::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(u"results.json"_s);
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(C1_BENCH), { u"--quick"_s, u"--out"_s, out });
    QVERIFY2(bench.waitForFinished(240000), "c1-bench --quick did not finish within 4 minutes");
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bench.exitCode(), 0);
    const QList<QByteArray> lines = bench.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
        m_lines << doc.object();
    }
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    m_results = doc.object();
    const QJsonArray scenarios = m_results.value(u"scenarios"_s).toArray();
    for (const QJsonValue& value : scenarios)
        m_byName.insert(value.toObject().value(u"scenario"_s).toString(), value.toObject());
}

void TstBenchSmoke::scenario_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("figures"); // must be numbers
    QTest::addColumn<int>("targets");
    QTest::newRow("tree_apps_10k") << u"tree_apps_10k"_s
                                   << QStringList { u"model_ms"_s, u"raw_ms"_s, u"ratio"_s,
                                          u"sandbox_generate_cpu_ms"_s }
                                   << 2;
    QTest::newRow("resources_100k") << u"resources_100k"_s
                                    << QStringList { u"wall_ms"_s, u"longest_stall_ms"_s,
                                           u"peak_rss_growth_kib_per_1000_rows"_s }
                                    << 2;
    QTest::newRow("filter_100k") << u"filter_100k"_s
                                 << QStringList { u"max_ms_per_keystroke"_s, u"mean_ms_per_keystroke"_s } << 2;
    QTest::newRow("bulk_1000") << u"bulk_1000"_s
                               << QStringList { u"wall_ms"_s, u"ideal_ms"_s, u"concurrency_1_wall_ms"_s,
                                      u"ratio_to_ideal"_s, u"speedup_over_concurrency_1"_s }
                               << 3;
    QTest::newRow("bulk_rate_limited") << u"bulk_rate_limited"_s
                                       << QStringList { u"wall_ms"_s, u"ideal_ms"_s, u"responses_429"_s,
                                              u"concurrency_reached"_s }
                                       << 2;
    QTest::newRow("bulk_rate_limited_unknown")
        << u"bulk_rate_limited_unknown"_s
        << QStringList { u"wall_ms"_s, u"ideal_ms"_s, u"responses_429"_s, u"concurrency_reached"_s } << 2;
    // Measured where the sandbox speaks HTTP/2, else reported "protocol unavailable" (targets: -1 = any number).
    QTest::newRow("bulk_rate_limited_h2") << u"bulk_rate_limited_h2"_s << QStringList {} << -1;
    QTest::newRow("bulk_1000_h2") << u"bulk_1000_h2"_s << QStringList {} << -1;
    QTest::newRow("transfer_300") << u"transfer_300"_s
                                  << QStringList { u"wall_ms"_s, u"ideal_ms"_s, u"ratio_to_ideal"_s, u"scan_ms"_s }
                                  << 2;
    QTest::newRow("health_100k") << u"health_100k"_s
                                 << QStringList { u"wall_ms"_s, u"longest_stall_ms"_s, u"stalls_over_30ms"_s,
                                        u"longest_stall_cpu_ms"_s, u"stalls_cpu_over_30ms"_s, u"cancel_to_stopped_ms"_s,
                                        u"longest_stall_after_cancel_ms"_s }
                                 << 2;
    QTest::newRow("json_parse") << u"json_parse"_s << QStringList { u"app_mb_per_s"_s, u"resource_mb_per_s"_s } << 0;
    QTest::newRow("startup") << u"startup"_s << QStringList { u"startup_ms"_s, u"idle_rss_kib"_s } << 1;
}

void TstBenchSmoke::scenario()
{
    QFETCH(QString, name);
    QFETCH(QStringList, figures);
    QFETCH(int, targets);
    QVERIFY2(m_byName.contains(name), qPrintable(name));
    const QJsonObject s = m_byName.value(name);
    QVERIFY2(!s.contains(u"error"_s), qPrintable(s.value(u"error"_s).toString()));
    const QJsonObject values = s.value(u"figures"_s).toObject();
    for (const QString& figure : figures) {
        QVERIFY2(values.value(figure).isDouble(), qPrintable(figure));
        QVERIFY2(values.value(figure).toDouble() >= 0, qPrintable(figure));
    }
    QVERIFY(
        !s.value(u"parameters"_s).toObject().value(u"protocol"_s).toString().isEmpty() || !name.startsWith(u"bulk"));
    const QJsonArray list = s.value(u"targets"_s).toArray();
    if (targets >= 0)
        QCOMPARE(list.size(), targets);
    for (const QJsonValue& value : list) {
        const QJsonObject target = value.toObject();
        QVERIFY(values.contains(target.value(u"figure"_s).toString()));
        QVERIFY(target.value(u"met"_s).isBool());
        QVERIFY(target.value(u"value"_s).isDouble());
        QVERIFY(!target.value(u"target"_s).toString().isEmpty());
    }
}

void TstBenchSmoke::stdoutHasOneObjectPerScenario()
{
    QCOMPARE(m_lines.size(), 12);
    QCOMPARE(m_results.value(u"scenarios"_s).toArray().size(), 12);
    QSet<QString> names;
    for (const QJsonObject& line : std::as_const(m_lines)) {
        names.insert(line.value(u"scenario"_s).toString());
        QCOMPARE(line, m_byName.value(line.value(u"scenario"_s).toString()));
    }
    QCOMPARE(names.size(), 12);
    QVERIFY(m_results.value(u"machine"_s).toObject().value(u"nproc"_s).toInt() > 0);
}

QTEST_GUILESS_MAIN(TstBenchSmoke)
#include "tst_benchsmoke.moc"

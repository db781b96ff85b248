// `c1console --version` and `--help` in a plain terminal over SSH or a packaging script: no DISPLAY, no
// WAYLAND_DISPLAY and no QT_QPA_PLATFORM. They answer on stdout and exit 0 (they used to abort with "could not
// connect to display", exit 134); a mistake on the command line is an error message and exit 1, also without a
// display.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void withoutDisplay_data();
    void withoutDisplay();

private:
    QTemporaryDir m_home;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestCommandLine::withoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");
    const QString version = QStringLiteral("c1console " C1_VERSION);
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0 << QStringList { version }
                               << QString();
    QTest::newRow("-v") << QStringList { QStringLiteral("-v") } << 0 << QStringList { version } << QString();
    const QStringList help { QStringLiteral("Usage: "), QStringLiteral("--profile <name>"), QStringLiteral("--demo"),
        QStringLiteral("--version"), QStringLiteral("Desktop admin console for C1") };
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << 0 << help << QString();
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << 0 << help << QString();
    QTest::newRow("--help with --demo") << QStringList { QStringLiteral("--demo"), QStringLiteral("--help") } << 0
                                        << help << QString();
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--no-such-option"), QStringLiteral("--help") } << 1
                                    << QStringList {} << QStringLiteral("no-such-option");
}

void TestCommandLine::withoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stdoutHas);
    QFETCH(QString, stderrHas);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(name));
    // English, and a settings folder of its own (no saved language or profile from elsewhere).
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(C1_CONSOLE), arguments);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QString report = QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(process.exitCode()).arg(out, err);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not aborted
    QVERIFY2(process.exitCode() == exitCode, qPrintable(report));
    for (const QString& text : stdoutHas)
        QVERIFY2(out.contains(text), qPrintable(report));
    if (!stderrHas.isEmpty())
        QVERIFY2(err.contains(stderrHas), qPrintable(report));
    QVERIFY2(!err.contains(QLatin1String("display"), Qt::CaseInsensitive), qPrintable(report));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

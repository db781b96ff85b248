// The AppStream metainfo that software centres read: valid for `appstreamcli validate` (strict, no network), its ID
// the desktop entry's, its newest release the project's version, and installed (component "desktop", which the .deb
// carries with everything else) beside the desktop entry and the application icon.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral(C1_APP_ID);

QString resource(const QString& name)
{
    return QStringLiteral(C1_SOURCE_DIR "/resources/") + name;
}

struct Metainfo {
    QString id;
    QString launchable;
    QStringList releases;
    QStringList binaries;
};

Metainfo readMetainfo(const QString& path)
{
    Metainfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"id")
            info.id = xml.readElementText();
        else if (name == u"launchable")
            info.launchable = xml.readElementText();
        else if (name == u"binary")
            info.binaries << xml.readElementText();
        else if (name == u"release")
            info.releases << xml.attributes().value(QLatin1StringView("version")).toString();
    }
    return info;
}

// Runs appstreamcli validate; its report on failure.
QString validate(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        return QStringLiteral("appstreamcli is missing: run tools/install-deps (Debian package appstream)");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool,
        { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--strict"),
            QStringLiteral("--pedantic"), path });
    if (!process.waitForFinished(60000))
        return QStringLiteral("appstreamcli did not finish");
    const QString report = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? QString() : report;
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metainfoValidates();
    void idsAgree();
    void installsBesideTheDesktopEntry();
};

void TestPackaging::metainfoValidates()
{
    const QString path = resource(kAppId + QStringLiteral(".metainfo.xml"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QString problems = validate(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestPackaging::idsAgree()
{
    const Metainfo info = readMetainfo(resource(kAppId + QStringLiteral(".metainfo.xml")));
    QCOMPARE(info.id, kAppId);
    QCOMPARE(info.launchable, kAppId + QStringLiteral(".desktop"));
    QVERIFY(!info.releases.isEmpty());
    QCOMPARE(info.releases.first(), QStringLiteral(C1_VERSION)); // the newest release is listed first
    QVERIFY(info.binaries.contains(QStringLiteral("c1console")));

    // The desktop entry of that ID starts c1console and names the icon that is installed.
    const QString desktop = resource(info.launchable);
    QVERIFY2(QFile::exists(desktop), qPrintable(desktop));
    QSettings entry(desktop, QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("TryExec")).toString(), QStringLiteral("c1console"));
    const QString icon = entry.value(QStringLiteral("Icon")).toString();
    QVERIFY(QFile::exists(resource(QStringLiteral("icons/%1.svg").arg(icon))));
}

void TestPackaging::installsBesideTheDesktopEntry()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral(C1_CMAKE),
        { QStringLiteral("--install"), QStringLiteral(C1_BINARY_DIR), QStringLiteral("--component"),
            QStringLiteral("desktop"), QStringLiteral("--prefix"), prefix.path() });
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitCode() == 0, install.readAll().constData());

    const QDir share(prefix.filePath(QStringLiteral("share")));
    const QString metainfo = share.filePath(QStringLiteral("metainfo/%1.metainfo.xml").arg(kAppId));
    QVERIFY2(QFile::exists(metainfo), qPrintable(metainfo));
    QVERIFY(QFile::exists(share.filePath(QStringLiteral("applications/%1.desktop").arg(kAppId))));
    QVERIFY(QFile::exists(share.filePath(QStringLiteral("icons/hicolor/scalable/apps/c1console.svg"))));
    const QString problems = validate(metainfo);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"

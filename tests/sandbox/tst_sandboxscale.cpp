// A big tenant (10,000 apps, 100,000 resources in one type): it starts in seconds and serves deep pages fast.
// Prints its figures; asserts behaviour (counts, no row lost), not times.
#include "sandbox/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace c1;
using namespace c1::test;

namespace {
// CPU time of this process in ms: on a shared, loaded machine wall-clock figures mostly measure the neighbours.
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}
} // namespace

class TestSandboxScale : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bigTenant();
};

void TestSandboxScale::bigTenant()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.stateFile = dir.filePath(QStringLiteral("big.json"));
    SandboxDataSize size;
    size.apps = 10'000;
    size.resourceTypesPerApp = 2;
    size.resourcesPerType = 2;
    size.entitlementsPerApp = 3;
    size.users = 1'000;
    size.bigTypeResources = 100'000;

    QElapsedTimer timer;
    timer.start();
    qint64 cpu = cpuMs();
    auto server = std::make_unique<SandboxServer>(options);
    server->generateData(size);
    QVERIFY(server->start());
    const qint64 startMs = timer.elapsed();
    qInfo("10,000 apps + 100,000 resources in one type: generated and listening in %lld ms (%lld ms CPU)", startMs,
        cpuMs() - cpu);
    QCOMPARE(server->appIds().size(), 10'000);

    SandboxTestClient http(*server);
    QVERIFY(http.signIn());
    const QString app = server->appIds().first();
    const QString type = http.firstResourceTypeId(app);
    // Walk 20 pages of 100 deep into the big type and 100 pages of apps; nothing repeats.
    QSet<QString> seen;
    QString token;
    timer.restart();
    cpu = cpuMs();
    for (int page = 0; page < 20; ++page) {
        const Reply reply
            = http.get(QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources?page_size=100&page_token=%3")
                           .arg(app, type, token));
        QCOMPARE(reply.status, 200);
        for (const QJsonValue& row : reply.json.value(QStringLiteral("list")).toArray())
            seen.insert(
                row.toObject().value(QStringLiteral("appResource")).toObject().value(QStringLiteral("id")).toString());
        token = reply.json.value(QStringLiteral("nextPageToken")).toString();
    }
    QCOMPARE(seen.size(), 2'000);
    QVERIFY(!token.isEmpty());
    qInfo("20 pages of 100 resources: %lld ms, %lld ms CPU for client and server together", timer.elapsed(),
        cpuMs() - cpu);
    timer.restart();
    const Reply search = http.post(QStringLiteral("/api/v1/search/app_resources"),
        { { QStringLiteral("resourceTypeIds"), QJsonArray { type } },
            { QStringLiteral("query"), QStringLiteral("Security 99") } });
    QCOMPARE(search.status, 200);
    qInfo("search over 100,000 resources by name: %lld ms, %lld hits on the first page", timer.elapsed(),
        qint64(search.json.value(QStringLiteral("list")).toArray().size()));
    QVERIFY(!search.json.value(QStringLiteral("list")).toArray().isEmpty());

    timer.restart();
    cpu = cpuMs();
    server.reset(); // saves the state
    qInfo("state saved in %lld ms, %lld ms CPU (%lld MB)", timer.elapsed(), cpuMs() - cpu,
        QFileInfo(options.stateFile).size() / (1024 * 1024));
    timer.restart();
    cpu = cpuMs();
    SandboxServer reloaded(options);
    QVERIFY(reloaded.start());
    qInfo("state reloaded and listening in %lld ms, %lld ms CPU", timer.elapsed(), cpuMs() - cpu);
    QCOMPARE(reloaded.appIds().size(), 10'000);
}

QTEST_GUILESS_MAIN(TestSandboxScale)
#include "tst_sandboxscale.moc"

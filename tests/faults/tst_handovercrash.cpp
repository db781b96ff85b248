// Crash safety of the handover (README "Reliability"): a handover runs in its own process (tests/workflows/
// handover_runner) against the in-process sandbox tenant, with some writes losing their answer after taking effect,
// and is killed with SIGKILL at a random point: after a random delay, or once its journal reaches a random step
// (adding, waiting, verifying, removing). It is then resumed here from its journal, and every object must end with
// the successor in the leaver's role and the leaver gone, no owner written twice. The seed is printed; set
// C1_CRASH_SEED to replay a run.
#include "support/TestTenant.h"

#include "workflows/Handover.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace c1;
using namespace c1::test;

namespace {

constexpr int kRuns = 12;
constexpr int kTargetsPerRun = 4;
const QString kRole = u"primary"_s;

HandoverStage stageIn(const QString& path)
{
    const std::optional<HandoverState> state = HandoverState::load(path);
    return state ? state->stage : HandoverStage::Planned;
}

} // namespace

class TstHandoverCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killAtRandomPoints();
};

void TstHandoverCrash::killAtRandomPoints()
{
    bool seedSet = false;
    const quint64 seed = qEnvironmentVariableIntValue("C1_CRASH_SEED", &seedSet);
    const quint64 actualSeed = seedSet ? seed : QRandomGenerator::global()->generate();
    qInfo("handover crash-safety seed %llu (set C1_CRASH_SEED to replay)", actualSeed);
    QRandomGenerator dice(quint32(actualSeed ^ (actualSeed >> 32)));

    SandboxOptions options;
    options.latencyMs = 6;
    options.jitterMs = 2;
    options.seed = 37;
    SandboxDataSize size;
    size.apps = 4;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = kRuns * kTargetsPerRun / 4;
    size.entitlementsPerApp = 1;
    size.users = 60;
    size.ownersPerObject = 0;
    TestTenant tenant;
    QVERIFY(tenant.start(options, size, TestTenant::fastRetry()));
    const QList<User> users = tenant.enabledUsers();
    QVERIFY(users.size() >= 2 * kRuns);
    QList<OwnerTarget> targets;
    for (const QString& app : tenant.server()->appIds()) {
        std::optional<Result<Page<AppResourceType>>> types;
        tenant.client()->listResourceTypes(app, {}, 10, this, [&](Result<Page<AppResourceType>> r) { types = r; });
        QTRY_VERIFY_WITH_TIMEOUT(types.has_value(), 15000);
        QVERIFY(bool(*types));
        const QString type = types->value().items.constFirst().id;
        std::optional<Result<Page<AppResource>>> resources;
        tenant.client()->listResources(app, type, {}, 100, this, [&](Result<Page<AppResource>> r) { resources = r; });
        QTRY_VERIFY_WITH_TIMEOUT(resources.has_value(), 15000);
        QVERIFY(bool(*resources));
        for (const AppResource& r : resources->value().items)
            targets << OwnerTarget::resource(app, type, r.id, r.displayName);
    }
    QVERIFY(targets.size() >= kRuns * kTargetsPerRun);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"C1_BULK_RUNNER_SECRET"_s, tenant.credentials().clientSecret);
    env.insert(u"QT_LOGGING_RULES"_s, u"c1.*.debug=false;c1.*.info=false"_s);

    int killed = 0;
    QElapsedTimer clock;
    clock.start();
    for (int run = 0; run < kRuns; ++run) {
        // The leaver owns four resources no other run touches; the successor owns none of them.
        const User leaver = users.at(run);
        const User successor = users.at(kRuns + run);
        HandoverState state;
        state.id = u"crash-%1"_s.arg(run);
        state.profileId = u"crash-profile"_s;
        state.leaver = leaver;
        state.stage = HandoverStage::Adding; // applied: the runner builds the add step (nothing was sent)
        state.round = 1;
        QHash<QString, QStringList> expected; // target key → owner keys in the role afterwards, sorted
        for (int t = 0; t < kTargetsPerRun; ++t) {
            const OwnerTarget target = targets.at(run * kTargetsPerRun + t);
            std::optional<Result<OwnerRecord>> added;
            tenant.client()->addOwner(
                target, kRole, OwnerRef::user(leaver.id), this, [&](Result<OwnerRecord> r) { added = r; });
            QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 15000);
            QVERIFY(bool(*added));
            QStringList want = tenant.server()
                                   ->ownersOf(target.appId, target.resourceTypeId, target.resourceId)
                                   .value(kRole); // the leaver, and any demo owner beside
            want.removeAll(u"user/"_s + leaver.id);
            want << u"user/"_s + successor.id;
            want.sort();
            expected.insert(target.key(), want);
            HandoverItem item;
            item.target = target;
            item.role = kRole;
            item.successor = successor;
            item.ownersBefore = { leaver.id };
            state.items << item;
        }
        const QString path = HandoverState::pathFor(dir.path(), state.id);
        QVERIFY(HandoverState::write(path, state));
        tenant.server()->options().dropRate = 0.1; // some writes lose their answer after taking effect
        tenant.server()->options().dropAfterEffect = true;
        // Every step lasts long enough to be killed in: each answer takes 40 ms, and the runner waits 700 ms before
        // it verifies (so a kill after at most 620 ms never comes after the end).
        tenant.server()->options().latencyMs = 40;

        const bool byStage = dice.bounded(2) == 1;
        const int delayMs = 20 + int(dice.bounded(600));
        const HandoverStage killStage = HandoverStage(int(HandoverStage::Adding) + int(dice.bounded(4)));
        QProcess runner;
        runner.setProcessEnvironment(env);
        runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy runnerFinished(&runner, &QProcess::finished);
        QTimer killer;
        QElapsedTimer sinceStart;
        connect(&killer, &QTimer::timeout, &runner, [&] {
            const bool due = byStage ? stageIn(path) >= killStage : sinceStart.elapsed() >= delayMs;
            if (due && runner.state() == QProcess::Running) {
                killer.stop();
                runner.kill(); // SIGKILL
            }
        });
        sinceStart.start();
        runner.start(QStringLiteral(HANDOVER_RUNNER),
            { tenant.server()->baseUrl().toString(), tenant.credentials().clientId, path });
        QVERIFY(runner.waitForStarted(10000));
        killer.start(byStage ? 2 : 1);
        QVERIFY(runnerFinished.wait(60000));
        const bool wasKilled = runner.exitStatus() == QProcess::CrashExit;
        killed += wasKilled;
        const HandoverStage atKill = stageIn(path);

        // Resume here, from the journals.
        Profile profile;
        profile.id = u"crash-profile"_s;
        profile.concurrency = 4;
        Handover resumed(tenant.client(), profile);
        resumed.setPropagationWait(100);
        resumed.setRetryInterval(50);
        resumed.setVerifyTimeout(5000);
        QSignalSpy finished(&resumed, &Handover::finished);
        QString error;
        if (atKill != HandoverStage::Finished) {
            QVERIFY2(resumed.resume(path, &error), qPrintable(error));
            QVERIFY(!finished.isEmpty() || finished.wait(60000));
        }
        tenant.server()->options().dropRate = 0;
        tenant.server()->options().latencyMs = options.latencyMs;
        qInfo("run %2d: %s at %s; journal at %s", run, wasKilled ? "killed" : "not killed (it had finished)",
            qPrintable(byStage ? handoverStageKey(killStage) : u"%1 ms"_s.arg(delayMs)),
            qPrintable(handoverStageKey(atKill)));

        for (const HandoverItem& item : std::as_const(state.items)) {
            QStringList owners = tenant.server()
                                     ->ownersOf(item.target.appId, item.target.resourceTypeId, item.target.resourceId)
                                     .value(kRole);
            owners.sort();
            QVERIFY2(owners == expected.value(item.target.key()),
                qPrintable(u"run %1 %2: %3"_s.arg(run).arg(item.target.key(), owners.join(u' '))));
            const int writes = tenant.server()->ownerWrites(
                item.target.appId, item.target.resourceTypeId, item.target.resourceId, u"user/"_s + successor.id);
            QVERIFY2(writes == 1, qPrintable(u"run %1: the successor written %2 times"_s.arg(run).arg(writes)));
        }
        const std::optional<HandoverState> onDisk = HandoverState::load(path);
        QVERIFY(onDisk);
        QCOMPARE(onDisk->stage, HandoverStage::Finished);
    }
    qInfo("%d runs (%d killed), %lld ms; every object handed over exactly, nothing written twice", kRuns, killed,
        clock.elapsed());
    QVERIFY2(killed >= kRuns / 2, qPrintable(u"only %1 of %2 runs were killed"_s.arg(killed).arg(kRuns)));
}

QTEST_GUILESS_MAIN(TstHandoverCrash)
#include "tst_handovercrash.moc"

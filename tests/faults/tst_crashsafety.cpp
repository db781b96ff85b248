// Crash safety (README "Reliability"): a bulk owner job runs in its own process (tests/owners/bulk_job_runner)
// against the in-process sandbox tenant and is killed with SIGKILL at a random point, either after a random delay
// or once its journal shows a random number of rows done. The job is then resumed here from its journal, and the
// tenant's owner lists must equal the request exactly, with no owner written twice. The seed is printed; set
// C1_CRASH_SEED to replay a run. undoKilledMidway does the same to the undo of a finished 300-row job (the runner's
// --undo mode: check, then apply with the undo's own journal): the undo is found unfinished in the journal folder,
// resumed, and the tenant's owner lists must equal those before the job.
#include "faults/FaultWorkloads.h"
#include "support/TestTenant.h"
#include "workflows/UndoTestSupport.h"

#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace c1;
using namespace c1::test;

namespace {

constexpr int kRuns = 24; // at least 20 of them must actually be killed
constexpr int kTargetsPerRun = 4;
constexpr int kOwnersPerTarget = 25; // 100 rows per run
const QString kRole = u"primary"_s;

int rowsIn(const QString& path, RowStatus status)
{
    const std::optional<BulkJobState> state = JobJournal::load(path);
    if (!state)
        return 0;
    return int(std::count_if(
        state->rows.cbegin(), state->rows.cend(), [status](const BulkRow& row) { return row.status == status; }));
}

} // namespace

class TstCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killAtRandomPoints();
    void undoKilledMidway();
};

void TstCrashSafety::killAtRandomPoints()
{
    bool seedSet = false;
    const quint64 seed = qEnvironmentVariableIntValue("C1_CRASH_SEED", &seedSet);
    const quint64 actualSeed = seedSet ? seed : QRandomGenerator::global()->generate();
    qInfo("crash-safety seed %llu (set C1_CRASH_SEED to replay)", actualSeed);
    QRandomGenerator dice(quint32(actualSeed ^ (actualSeed >> 32)));

    SandboxOptions options;
    options.latencyMs = 6;
    options.jitterMs = 2;
    options.dropRate = 0.02; // some writes lose their answer after taking effect: verified, never re-sent blindly
    options.dropAfterEffect = true;
    options.seed = 31;
    SandboxDataSize size;
    size.apps = 4;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = kRuns * kTargetsPerRun / 4;
    size.entitlementsPerApp = 1;
    size.users = 40;
    size.ownersPerObject = 1;
    TestTenant tenant;
    QVERIFY(tenant.start(options, size, TestTenant::fastRetry()));
    tenant.server()->options().dropRate = 0; // no faults while reading the tenant
    const std::optional<TenantTree> tree = BrowseRun::readTree(tenant.client(), 100);
    QVERIFY(tree);
    QList<OwnerTarget> targets;
    for (const QString& app : tree->apps) {
        for (const QString& type : tree->types.value(app)) {
            for (const QString& resource : tree->resources.value(app + u'/' + type))
                targets << OwnerTarget::resource(app, type, resource);
        }
    }
    QVERIFY(targets.size() >= kRuns * kTargetsPerRun);
    const QList<User> users = tenant.enabledUsers();
    QVERIFY(users.size() >= kOwnersPerTarget + 1);
    tenant.server()->options().dropRate = options.dropRate;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"C1_BULK_RUNNER_SECRET"_s, tenant.credentials().clientSecret);
    env.insert(u"QT_LOGGING_RULES"_s, u"c1.*.debug=false;c1.*.info=false"_s);

    int killed = 0;
    int totalRows = 0;
    QElapsedTimer clock;
    clock.start();
    for (int run = 0; run < kRuns; ++run) {
        // The request: 25 users as owners of 4 resources no other run touches.
        BulkJobState plan;
        plan.spec.id = u"crash-%1"_s.arg(run);
        plan.spec.roleSlug = kRole;
        QHash<QString, QSet<QString>> expected; // resource → owner keys in the role
        for (int t = 0; t < kTargetsPerRun; ++t) {
            const OwnerTarget target = targets[run * kTargetsPerRun + t];
            plan.spec.targets << target;
            const QStringList before
                = tenant.server()->ownersOf(target.appId, target.resourceTypeId, target.resourceId).value(kRole);
            QSet<QString>& want = expected[target.resourceId];
            want = QSet<QString>(before.cbegin(), before.cend());
            int picked = 0;
            for (const User& user : users) {
                if (picked == kOwnersPerTarget)
                    break;
                const QString key = u"user/"_s + user.id;
                if (want.contains(key))
                    continue;
                BulkRow row;
                row.line = int(plan.rows.size()) + 1;
                row.input = user.id;
                row.owner = OwnerRef::user(user.id);
                row.target = t;
                plan.rows << row;
                want.insert(key);
                ++picked;
            }
        }
        totalRows += int(plan.rows.size());
        const QString path = JobJournal::pathFor(dir.path(), plan.spec.id);
        QVERIFY(JobJournal::write(path, plan));

        // Run it in another process and kill it: after a random delay, or at a random count of rows done.
        const bool byProgress = dice.bounded(2) == 1;
        const int delayMs = 100 + int(dice.bounded(400)); // the job takes ~0.5-1 s
        const int doneTarget = int(dice.bounded(int(plan.rows.size())));
        QProcess runner;
        runner.setProcessEnvironment(env);
        runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy runnerFinished(&runner, &QProcess::finished);
        QTimer killer;
        QElapsedTimer sinceStart;
        connect(&killer, &QTimer::timeout, &runner, [&] {
            const bool due = byProgress ? rowsIn(path, RowStatus::Done) >= doneTarget : sinceStart.elapsed() >= delayMs;
            if (due && runner.state() == QProcess::Running) {
                killer.stop();
                runner.kill(); // SIGKILL: no chance to tidy up
            }
        });
        sinceStart.start();
        runner.start(QStringLiteral(BULK_JOB_RUNNER),
            { tenant.server()->baseUrl().toString(), tenant.credentials().clientId, path });
        QVERIFY(runner.waitForStarted(10000));
        killer.start(byProgress ? 5 : 1);
        QVERIFY(runnerFinished.wait(60000));
        const bool wasKilled = runner.exitStatus() == QProcess::CrashExit;
        killed += wasKilled;
        const int doneAtKill = rowsIn(path, RowStatus::Done);
        const int sendingAtKill = rowsIn(path, RowStatus::Sending) + rowsIn(path, RowStatus::Verifying);

        // Resume from the journal, here.
        std::optional<BulkJobState> left = JobJournal::load(path);
        QVERIFY(left);
        BulkOwnerJob job(tenant.client(), std::move(*left));
        job.setJournalPath(path);
        QSignalSpy finished(&job, &BulkOwnerJob::finished);
        job.start();
        QVERIFY(!finished.isEmpty() || finished.wait(60000)); // a job with nothing left ends within start()
        qInfo("run %2d: %s at %s; journal had %3d done, %2d in flight; resumed: %3d done, %d already, %d failed", run,
            wasKilled ? "killed" : "not killed (it had finished)",
            qPrintable(byProgress ? u"%1 rows done"_s.arg(doneTarget) : u"%1 ms"_s.arg(delayMs)), doneAtKill,
            sendingAtKill, job.counts().done, job.counts().alreadyDone, job.counts().failed);

        for (const BulkRow& row : job.rows()) {
            QVERIFY2(row.status == RowStatus::Done || row.status == RowStatus::AlreadyDone,
                qPrintable(
                    u"run %1 row %2: %3 %4"_s.arg(run).arg(row.line).arg(rowStatusKey(row.status), row.message)));
        }
        for (const OwnerTarget& target : std::as_const(plan.spec.targets)) {
            const QStringList now
                = tenant.server()->ownersOf(target.appId, target.resourceTypeId, target.resourceId).value(kRole);
            QCOMPARE(QSet<QString>(now.cbegin(), now.cend()), expected.value(target.resourceId));
            QCOMPARE(now.size(), expected.value(target.resourceId).size()); // no owner listed twice
            for (const QString& key : now) {
                const int writes
                    = tenant.server()->ownerWrites(target.appId, target.resourceTypeId, target.resourceId, key);
                QVERIFY2(writes <= 1, qPrintable(u"run %1: %2 written %3 times"_s.arg(run).arg(key).arg(writes)));
            }
        }
        const std::optional<BulkJobState> onDisk = JobJournal::load(path);
        QVERIFY(onDisk);
        QVERIFY(!JobJournal::isUnfinished(*onDisk));
    }
    qInfo("%d runs (%d killed), %d rows in all, %lld ms; every owner list equals the request, none written twice",
        kRuns, killed, totalRows, clock.elapsed());
    QVERIFY2(killed >= 20, qPrintable(u"only %1 of %2 runs were killed before they finished"_s.arg(killed).arg(kRuns)));
}

void TstCrashSafety::undoKilledMidway()
{
    bool seedSet = false;
    const quint64 seed = qEnvironmentVariableIntValue("C1_CRASH_SEED", &seedSet);
    const quint64 actualSeed = seedSet ? seed : QRandomGenerator::global()->generate();
    qInfo("undo crash-safety seed %llu (set C1_CRASH_SEED to replay)", actualSeed);
    QRandomGenerator dice(quint32(actualSeed ^ (actualSeed >> 32)));
    constexpr int kUndoRuns = 3;
    constexpr int kTargets = 12; // × (15 adds + 10 removes) = 300 rows a run
    const QString profileId = u"p-crash"_s;

    SandboxOptions options;
    options.latencyMs = 4;
    options.jitterMs = 2;
    options.seed = 47;
    SandboxDataSize size;
    size.apps = kUndoRuns * kTargets;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 1;
    size.users = 60;
    size.ownersPerObject = 0;
    TestTenant tenant;
    QVERIFY(tenant.start(options, size, TestTenant::fastRetry()));
    const QList<User> users = tenant.enabledUsers();
    QVERIFY(users.size() >= 45);
    const QStringList appIds = tenant.server()->appIds();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"C1_BULK_RUNNER_SECRET"_s, tenant.credentials().clientSecret);
    env.insert(u"QT_LOGGING_RULES"_s, u"c1.*.debug=false;c1.*.info=false"_s);
    int killed = 0;
    for (int run = 0; run < kUndoRuns; ++run) {
        QList<OwnerTarget> targets;
        for (int t = 0; t < kTargets; ++t)
            targets << OwnerTarget::app(appIds[run * kTargets + t]);
        // Before: users 0..11 own every target; the job removes 0..9 and adds 20..34 (27 owners at most, under 32).
        BulkJobState seedPlan;
        seedPlan.spec.roleSlug = kRole;
        seedPlan.spec.targets = targets;
        BulkJobState plan;
        plan.spec.id = u"undo-crash-%1"_s.arg(run);
        plan.spec.profileId = profileId;
        plan.spec.roleSlug = kRole;
        plan.spec.targets = targets;
        for (int t = 0; t < kTargets; ++t) {
            for (int u = 0; u < 12; ++u)
                seedPlan.rows << planRow(u, users[u].id, t, BulkOperation::Add);
            for (int u = 0; u < 10; ++u)
                plan.rows << planRow(u, users[u].id, t, BulkOperation::Remove);
            for (int u = 20; u < 35; ++u)
                plan.rows << planRow(u, users[u].id, t, BulkOperation::Add);
        }
        QCOMPARE(runJob(tenant.client(), seedPlan).phase, BulkJobState::Phase::Finished);
        const auto before = ownerSnapshot(*tenant.server(), targets);
        const QString jobPath = JobJournal::pathFor(dir.path(), plan.spec.id);
        QCOMPARE(runJob(tenant.client(), plan, jobPath).phase, BulkJobState::Phase::Finished);
        QVERIFY(ownerSnapshot(*tenant.server(), targets) != before);

        // The undo runs in another process and is killed once its journal shows a random number of rows done.
        const int doneTarget = int(dice.bounded(280));
        QDir undoDir(dir.filePath(u"undo-%1"_s.arg(run)));
        QVERIFY(undoDir.mkpath(u"."_s));
        auto undoJournal = [&undoDir]() -> QString {
            const QStringList files = undoDir.entryList({ u"*.json"_s }, QDir::Files);
            return files.isEmpty() ? QString() : undoDir.filePath(files.first());
        };
        QProcess runner;
        runner.setProcessEnvironment(env);
        runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy runnerFinished(&runner, &QProcess::finished);
        QTimer killer;
        connect(&killer, &QTimer::timeout, &runner, [&] {
            const QString path = undoJournal();
            if (!path.isEmpty() && rowsIn(path, RowStatus::Done) >= doneTarget && runner.state() == QProcess::Running) {
                killer.stop();
                runner.kill(); // SIGKILL in the middle of the undo
            }
        });
        runner.start(QStringLiteral(BULK_JOB_RUNNER),
            { u"--undo"_s, tenant.server()->baseUrl().toString(), tenant.credentials().clientId, jobPath,
                undoDir.path(), profileId });
        QVERIFY(runner.waitForStarted(10000));
        killer.start(3);
        QVERIFY(runnerFinished.wait(120000));
        const bool wasKilled = runner.exitStatus() == QProcess::CrashExit;
        QVERIFY2(wasKilled || runner.exitCode() == 0, "the undo runner failed");
        killed += wasKilled;
        const QString path = undoJournal();
        QVERIFY(!path.isEmpty());
        const int doneAtKill = rowsIn(path, RowStatus::Done);

        // The undo is an unfinished job like any other: found in its folder and resumed from its journal.
        const QList<JobJournal::Summary> unfinished = JobJournal::unfinishedJobs(undoDir.path());
        QCOMPARE(unfinished.size(), wasKilled ? 1 : 0);
        std::optional<BulkJobState> left = JobJournal::load(path);
        QVERIFY(left);
        QCOMPARE(left->spec.undoOf, plan.spec.id);
        BulkOwnerJob job(tenant.client(), std::move(*left));
        job.setJournalPath(path);
        QSignalSpy finished(&job, &BulkOwnerJob::finished);
        job.start();
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        qInfo("undo run %d: %s at %d rows done; journal had %d done; resumed: %d done, %d already, %d failed", run,
            wasKilled ? "killed" : "not killed (it had finished)", doneTarget, doneAtKill, job.counts().done,
            job.counts().alreadyDone, job.counts().failed);
        for (const BulkRow& row : job.rows()) {
            QVERIFY2(row.status == RowStatus::Done || row.status == RowStatus::AlreadyDone,
                qPrintable(
                    u"run %1 row %2: %3 %4"_s.arg(run).arg(row.line).arg(rowStatusKey(row.status), row.message)));
        }
        QCOMPARE(job.rows().size(), 300);
        // Exactly the owner lists before the job; no owner re-added twice (the seed once, the undo once).
        QCOMPARE(ownerSnapshot(*tenant.server(), targets), before);
        for (const OwnerTarget& t : std::as_const(targets)) {
            for (int u = 0; u < 10; ++u)
                QCOMPARE(tenant.server()->ownerWrites(t.appId, {}, {}, u"user/"_s + users[u].id), 2);
        }
        QVERIFY(!JobJournal::isUnfinished(*JobJournal::load(path)));
    }
    qInfo("%d undo runs (%d killed), 300 rows each; every owner list equals the one before the job", kUndoRuns, killed);
    QVERIFY2(killed >= 2, qPrintable(u"only %1 of %2 undo runs were killed midway"_s.arg(killed).arg(kUndoRuns)));
}

QTEST_GUILESS_MAIN(TstCrashSafety)
#include "tst_crashsafety.moc"

#include "support/TestTenant.h"

#include "owners/BulkCheck.h"
#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"

#include <QProcess>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

namespace {

QString id(char c, int n)
{
    return QString(QLatin1Char(c)) + QString::number(n).rightJustified(26, u'0');
}

BulkJobState sampleJob(const QString& jobId, int rows)
{
    BulkJobState state;
    state.spec.id = jobId;
    state.spec.createdAt = QDateTime::currentDateTimeUtc();
    state.spec.profileId = u"p1"_s;
    state.spec.profileName = u"Production, EU"_s;
    state.spec.operation = BulkOperation::Add;
    state.spec.kind = OwnerKind::Entitlement;
    state.spec.roleSlug = u"primary"_s;
    state.spec.targets = { OwnerTarget::app(id('a', 1), u"App"_s),
        OwnerTarget::resource(id('a', 1), id('t', 1), id('r', 1), u"Res"_s) };
    for (int i = 0; i < rows; ++i) {
        BulkRow row;
        row.line = i + 1;
        row.input = id('a', 2) + u':' + id('e', i);
        row.owner = OwnerRef::ofEntitlement(id('a', 2), id('e', i));
        row.target = i % 2;
        row.status = RowStatus::Ready;
        state.rows.append(row);
    }
    return state;
}

} // namespace

class TstJobJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void coalescesWrites();
    void unfinishedJobs();
    void resumeAfterKill();
};

void TstJobJournal::roundTrip()
{
    BulkJobState state = sampleJob(u"job-1"_s, 4);
    state.phase = BulkJobState::Phase::Running;
    state.rows[0].status = RowStatus::Done;
    state.rows[1].status = RowStatus::Sending;
    state.rows[1].attempts = 2;
    state.rows[1].needsVerify = true;
    state.rows[2].status = RowStatus::Failed;
    state.rows[2].message = u"denied"_s;
    state.rows[2].requestId = u"req-7"_s;
    state.rows[3].checked = false;
    state.rows[3].candidates = { { id('u', 1), u"Ann"_s, u"a@example.com"_s } };

    QString error;
    const std::optional<BulkJobState> back = JobJournal::deserialize(JobJournal::serialize(state), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->spec.id, state.spec.id);
    QCOMPARE(back->spec.profileName, state.spec.profileName);
    QCOMPARE(back->spec.kind, OwnerKind::Entitlement);
    QCOMPARE(back->spec.roleSlug, u"primary"_s);
    QCOMPARE(back->spec.targets, state.spec.targets);
    QCOMPARE(back->spec.targets[1].displayName, u"Res"_s);
    QCOMPARE(back->phase, BulkJobState::Phase::Running);
    QCOMPARE(back->rows.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(back->rows[i].status, state.rows[i].status);
        QCOMPARE(back->rows[i].owner, state.rows[i].owner);
        QCOMPARE(back->rows[i].target, state.rows[i].target);
        QCOMPARE(back->rows[i].checked, state.rows[i].checked);
    }
    QCOMPARE(back->rows[1].attempts, 2);
    QVERIFY(back->rows[1].needsVerify);
    QCOMPARE(back->rows[2].requestId, u"req-7"_s);
    QCOMPARE(back->rows[3].candidates.size(), 1);
    QCOMPARE(back->rows[3].candidates[0].name, u"Ann"_s);
}

void TstJobJournal::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << JobJournal::serialize(sampleJob(u"j"_s, 3)).chopped(10);
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("other version") << QByteArray(R"({"version":99,"id":"x"})");
    QTest::newRow("target out of range") << QByteArray(
        R"({"version":1,"id":"x","targets":[],"rows":[{"line":1,"target":0,"status":"ready"}]})");
}

void TstJobJournal::rejectsBrokenFiles()
{
    QFETCH(QByteArray, data);
    QString error;
    QVERIFY(!JobJournal::deserialize(data, &error));
    QVERIFY(!error.isEmpty());
}

void TstJobJournal::coalescesWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BulkJobState state = sampleJob(u"job-c"_s, 10);
    const QString path = JobJournal::pathFor(dir.path() + u"/jobs"_s, state.spec.id);
    JobJournal journal(path, [&state] { return state; });
    journal.setInterval(50);
    for (int i = 0; i < 10; ++i) {
        state.rows[i].status = RowStatus::Done;
        journal.markDirty();
    }
    QCOMPARE(journal.writeCount(), 0);
    QTRY_COMPARE(journal.writeCount(), 1);
    std::optional<BulkJobState> onDisk = JobJournal::load(path);
    QVERIFY(onDisk);
    QCOMPARE(onDisk->rows[9].status, RowStatus::Done);

    // flush() writes at once, and only when something changed
    state.rows[0].status = RowStatus::Sending;
    journal.markDirty();
    QVERIFY(journal.flush());
    QCOMPARE(journal.writeCount(), 2);
    QVERIFY(journal.flush());
    QCOMPARE(journal.writeCount(), 2);
    QCOMPARE(JobJournal::load(path)->rows[0].status, RowStatus::Sending);

    // A path that cannot be written reports it
    QFile blocker(dir.path() + u"/file"_s);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    JobJournal bad(dir.path() + u"/file/sub/x.json"_s, [&state] { return state; });
    QSignalSpy failed(&bad, &JobJournal::writeFailed);
    bad.markDirty();
    QVERIFY(!bad.flush());
    QCOMPARE(failed.count(), 1);
}

void TstJobJournal::unfinishedJobs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto save = [&](BulkJobState s) { QVERIFY(JobJournal::write(JobJournal::pathFor(dir.path(), s.spec.id), s)); };

    BulkJobState finished = sampleJob(u"finished"_s, 2);
    finished.phase = BulkJobState::Phase::Finished;
    finished.rows[0].status = RowStatus::Done;
    finished.rows[1].status = RowStatus::Failed;
    save(finished);

    BulkJobState planned = sampleJob(u"planned"_s, 2); // never started: nothing to resume
    save(planned);

    BulkJobState crashed = sampleJob(u"crashed"_s, 3);
    crashed.phase = BulkJobState::Phase::Running;
    crashed.rows[0].status = RowStatus::Done;
    crashed.rows[1].status = RowStatus::Sending;
    save(crashed);

    BulkJobState paused = sampleJob(u"paused"_s, 2);
    paused.phase = BulkJobState::Phase::Paused;
    paused.rows[1].checked = false;
    save(paused);

    BulkJobState canceledMidWrite = sampleJob(u"canceled"_s, 2);
    canceledMidWrite.phase = BulkJobState::Phase::Canceled;
    canceledMidWrite.rows[0].status = RowStatus::Canceled;
    canceledMidWrite.rows[1].status = RowStatus::Verifying; // killed while verifying
    save(canceledMidWrite);

    QFile junk(dir.path() + u"/junk.json"_s);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not json");
    junk.close();

    const QList<JobJournal::Summary> list = JobJournal::unfinishedJobs(dir.path());
    QStringList ids;
    for (const JobJournal::Summary& s : list)
        ids << s.jobId;
    ids.sort();
    QCOMPARE(ids, (QStringList { u"canceled"_s, u"crashed"_s, u"paused"_s }));
    for (const JobJournal::Summary& s : list) {
        if (s.jobId == u"crashed"_s) {
            QCOMPARE(s.pending, 2);
            QCOMPARE(s.rows, 3);
            QCOMPARE(s.targets, 2);
            QCOMPARE(s.profileName, u"Production, EU"_s);
        } else if (s.jobId == u"paused"_s) {
            QCOMPARE(s.pending, 1);
        }
    }
    QVERIFY(JobJournal::unfinishedJobs(dir.path() + u"/missing"_s).isEmpty());
}

namespace {
int rowsIn(const QString& path, RowStatus status)
{
    const std::optional<BulkJobState> state = JobJournal::load(path);
    if (!state)
        return 0;
    return int(std::count_if(
        state->rows.cbegin(), state->rows.cend(), [status](const BulkRow& r) { return r.status == status; }));
}
} // namespace

void TstJobJournal::resumeAfterKill()
{
    SandboxOptions options;
    options.latencyMs = 10;
    options.tokenLifetimeSeconds = 5;
    SandboxDataSize size;
    size.apps = 8;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 1;
    size.users = 40;
    test::TestTenant tenant;
    QVERIFY(tenant.start(options, size, test::TestTenant::fastRetry()));
    const QList<User> users = tenant.enabledUsers();
    QVERIFY(users.size() >= 30);
    const QStringList appIds = tenant.server()->appIds();
    QList<OwnerTarget> targets;
    QHash<QString, QSet<QString>> expected;
    QString paste;
    for (int u = 0; u < 30; ++u)
        paste += users[u].email + u"\n"_s;
    for (int a = 0; a < 8; ++a) {
        targets << OwnerTarget::app(appIds[a]);
        const QStringList before = tenant.server()->ownersOf(appIds[a]).value(u"primary"_s);
        expected[appIds[a]] = QSet<QString>(before.cbegin(), before.cend());
        for (int u = 0; u < 30; ++u)
            expected[appIds[a]].insert(u"user/"_s + users[u].id);
    }

    // Check in-process, journal the plan, and let a separate process run it.
    BulkPlanner::Input in;
    in.targets = targets;
    in.roleSlug = u"primary"_s;
    BulkCheck check(tenant.client(), in, OwnerIdParser::parse(paste));
    QSignalSpy checked(&check, &BulkCheck::finished);
    check.start();
    QVERIFY(checked.wait(30000));
    BulkJobState plan;
    plan.spec.id = u"kill-test"_s;
    plan.spec.roleSlug = u"primary"_s;
    plan.spec.targets = targets;
    plan.rows = check.rows();
    QCOMPARE(plan.rows.size(), 240);
    const int toWrite = int(std::count_if(
        plan.rows.cbegin(), plan.rows.cend(), [](const BulkRow& r) { return r.status == RowStatus::Ready; }));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = JobJournal::pathFor(dir.path(), plan.spec.id);
    QVERIFY(JobJournal::write(path, plan));

    QProcess runner;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"C1_BULK_RUNNER_SECRET"_s, tenant.credentials().clientSecret);
    runner.setProcessEnvironment(env);
    runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QSignalSpy runnerFinished(&runner, &QProcess::finished);
    runner.start(QStringLiteral(BULK_JOB_RUNNER),
        { tenant.server()->baseUrl().toString(), tenant.credentials().clientId, path });
    QTRY_VERIFY_WITH_TIMEOUT(rowsIn(path, RowStatus::Done) >= toWrite / 2, 60000);
    runner.kill(); // SIGKILL: no chance to tidy up
    QVERIFY(runnerFinished.wait(10000));
    QCOMPARE(runner.exitStatus(), QProcess::CrashExit);

    std::optional<BulkJobState> left = JobJournal::load(path);
    QVERIFY(left);
    QVERIFY(JobJournal::isUnfinished(*left));
    const int doneBefore = rowsIn(path, RowStatus::Done);
    const int sendingBefore = rowsIn(path, RowStatus::Sending);
    qInfo("killed with %d done and %d sending of %d", doneBefore, sendingBefore, toWrite);
    QVERIFY(doneBefore < toWrite);
    const QList<JobJournal::Summary> unfinished = JobJournal::unfinishedJobs(dir.path());
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().jobId, u"kill-test"_s);

    // Resume in-process from the journal.
    BulkOwnerJob job(tenant.client(), std::move(*left));
    job.setJournalPath(path);
    QSignalSpy finished(&job, &BulkOwnerJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    for (const BulkRow& row : job.rows()) {
        QVERIFY2(row.status == RowStatus::Done || row.status == RowStatus::NoOp, qPrintable(rowStatusKey(row.status)));
    }
    for (const OwnerTarget& target : std::as_const(targets)) {
        const QStringList now = tenant.server()->ownersOf(target.appId).value(u"primary"_s);
        QCOMPARE(QSet<QString>(now.cbegin(), now.cend()), expected.value(target.appId));
        for (int u = 0; u < 30; ++u) {
            const QString key = u"user/"_s + users[u].id;
            QVERIFY2(tenant.server()->ownerWrites(target.appId, {}, {}, key) <= 1, qPrintable(key));
        }
    }
    QVERIFY(JobJournal::unfinishedJobs(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TstJobJournal)
#include "tst_jobjournal.moc"

// Journal retention (app/owners/JobHistory, app/workflows/RecentBulkJobs): finished jobs are kept for
// JobHistory::kRetentionDays after they ended and listed per profile; expired ones are hidden and pruned at start-up;
// unfinished jobs are never pruned; the admin clears one job or all of the profile's. Time is an injected clock:
// nothing sleeps.
#include "owners/JobHistory.h"
#include "owners/JobJournal.h"
#include "workflows/HandoverHistory.h"
#include "workflows/RecentBulkJobs.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

class TstJobHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void listsFinishedJobsOfTheProfile();
    void expiresAfterTheRetention();
    void pruneKeepsUnfinishedAndRecent();
    void clearOneAndAll();
    void undoneJobsAreNotUndoableTwice();
    void handoversAreListedClearedAndPruned();

private:
    // A job journal in the folder; `done` rows written (adds), `phase` as given.
    QString writeJob(
        const QString& id, const QString& profileId, BulkJobState::Phase phase, int done, const QString& undoOf = {});
    static int scan(RecentBulkJobs& recent, const QString& profileId);
    // A handover's state in `dir` and its step journals: steps[i] = (add?, round, {handover row → status}).
    struct Step {
        bool add;
        int round;
        QMap<int, RowStatus> rows;
    };
    static QString writeHandover(
        const QString& dir, const QString& id, HandoverStage stage, int round, const QList<Step>& steps);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstJobHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstJobHistory::writeJob(
    const QString& id, const QString& profileId, BulkJobState::Phase phase, int done, const QString& undoOf)
{
    BulkJobState state;
    state.spec.id = id;
    state.spec.profileId = profileId;
    state.spec.profileName = u"Profile "_s + profileId;
    state.spec.createdAt = QDateTime::currentDateTimeUtc();
    state.spec.roleSlug = u"primary"_s;
    state.spec.targets = { OwnerTarget::app(u"app0000000000000000000000001"_s) };
    state.spec.undoOf = undoOf;
    state.phase = phase;
    for (int i = 0; i < done + 2; ++i) {
        BulkRow row;
        row.line = i + 1;
        row.owner = OwnerRef::user(u"user%1"_s.arg(i, 23, 10, QChar(u'0')));
        row.status = i < done ? RowStatus::Done : (i == done ? RowStatus::AlreadyDone : RowStatus::Failed);
        if (i % 2)
            row.operation = BulkOperation::Remove;
        state.rows << row;
    }
    if (phase == BulkJobState::Phase::Running || phase == BulkJobState::Phase::Paused)
        state.rows.last().status = RowStatus::Ready; // not written yet: the job did not finish
    const QString path = JobJournal::pathFor(m_dir->path(), id);
    if (!JobJournal::write(path, state))
        qWarning("could not write %s", qPrintable(path));
    return path;
}

int TstJobHistory::scan(RecentBulkJobs& recent, const QString& profileId)
{
    QSignalSpy scanned(&recent, &RecentBulkJobs::scanned);
    recent.setProfileId(profileId);
    if (!scanned.wait(10000))
        return -1;
    return scanned.first().first().toInt();
}

void TstJobHistory::listsFinishedJobsOfTheProfile()
{
    writeJob(u"a-finished"_s, u"p1"_s, BulkJobState::Phase::Finished, 4);
    writeJob(u"a-canceled"_s, u"p1"_s, BulkJobState::Phase::Canceled, 1);
    writeJob(u"a-running"_s, u"p1"_s, BulkJobState::Phase::Running, 1); // ready rows left: unfinished
    writeJob(u"b-finished"_s, u"p2"_s, BulkJobState::Phase::Finished, 3);
    QFile junk(m_dir->filePath(u"junk.json"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{not json");
    junk.close();

    RecentBulkJobs recent;
    recent.setJournalDir(m_dir->path());
    QCOMPARE(scan(recent, u"p1"_s), 2);
    QStringList ids;
    for (const JobHistory::Entry& e : recent.jobs()) {
        ids << e.jobId;
        QCOMPARE(e.profileId, u"p1"_s); // never another profile's
    }
    ids.sort();
    QCOMPARE(ids, QStringList({ u"a-canceled"_s, u"a-finished"_s }));
    const auto finished = std::find_if(recent.jobs().cbegin(), recent.jobs().cend(),
        [](const JobHistory::Entry& e) { return e.jobId == u"a-finished"_s; });
    QCOMPARE(finished->added + finished->removed, 4);
    QCOMPARE(finished->added, 2);
    QCOMPARE(finished->alreadyDone, 1);
    QCOMPARE(finished->failed, 1);
    QVERIFY(finished->mixed);
    QVERIFY(finished->undoable());
    QCOMPARE(recent.expiresAt(*finished), finished->endedAt.addDays(30));
    QCOMPARE(RecentBulkJobs::retentionDays(), 30);
    QCOMPARE(scan(recent, u"p2"_s), 1);
}

void TstJobHistory::expiresAfterTheRetention()
{
    writeJob(u"old"_s, u"p1"_s, BulkJobState::Phase::Finished, 2);
    RecentBulkJobs recent;
    recent.setJournalDir(m_dir->path());
    QDateTime now = QDateTime::currentDateTimeUtc();
    recent.setClock([&now] { return now; });
    QCOMPARE(scan(recent, u"p1"_s), 1);
    now = now.addDays(29);
    QCOMPARE(scan(recent, u"p1"_s), 1); // kept for 30 days
    now = now.addDays(2);
    QCOMPARE(scan(recent, u"p1"_s), 0); // then no longer offered
    QVERIFY(QFile::exists(JobJournal::pathFor(m_dir->path(), u"old"_s))); // until pruned
}

void TstJobHistory::pruneKeepsUnfinishedAndRecent()
{
    const QString oldFinished = writeJob(u"old-finished"_s, u"p1"_s, BulkJobState::Phase::Finished, 2);
    const QString oldOther = writeJob(u"old-other"_s, u"p2"_s, BulkJobState::Phase::Canceled, 2);
    const QString unfinished = writeJob(u"unfinished"_s, u"p1"_s, BulkJobState::Phase::Paused, 1);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QCOMPARE(JobHistory::prune(m_dir->path(), start.addDays(29)), 0);
    // 31 days later a new job ends; the old ones expired.
    RecentBulkJobs recent;
    recent.setJournalDir(m_dir->path());
    recent.setClock([start] { return start.addDays(31); });
    QSignalSpy pruned(&recent, &RecentBulkJobs::pruned);
    recent.pruneExpired(); // what start-up does, off the UI thread, for every profile
    QVERIFY(pruned.wait(10000));
    QCOMPARE(pruned.first().first().toInt(), 2);
    QVERIFY(!QFile::exists(oldFinished));
    QVERIFY(!QFile::exists(oldOther));
    QVERIFY(QFile::exists(unfinished)); // waits to be resumed or discarded
    QCOMPARE(JobJournal::unfinishedJobs(m_dir->path()).size(), 1);
}

void TstJobHistory::clearOneAndAll()
{
    const QString one = writeJob(u"one"_s, u"p1"_s, BulkJobState::Phase::Finished, 1);
    const QString two = writeJob(u"two"_s, u"p1"_s, BulkJobState::Phase::Finished, 1);
    const QString three = writeJob(u"three"_s, u"p1"_s, BulkJobState::Phase::Finished, 1);
    const QString other = writeJob(u"other"_s, u"p2"_s, BulkJobState::Phase::Finished, 1);
    const QString unfinished = writeJob(u"unfinished"_s, u"p1"_s, BulkJobState::Phase::Running, 1);
    RecentBulkJobs recent;
    recent.setJournalDir(m_dir->path());
    QCOMPARE(scan(recent, u"p1"_s), 3);
    QVERIFY(!recent.clear(other)); // not this profile's
    QVERIFY(QFile::exists(other));
    QVERIFY(!recent.error().isEmpty());
    QVERIFY(recent.clear(one));
    QVERIFY(!QFile::exists(one));
    QCOMPARE(recent.jobs().size(), 2);
    QCOMPARE(recent.clearAll(), 2);
    QVERIFY(!QFile::exists(two));
    QVERIFY(!QFile::exists(three));
    QVERIFY(recent.jobs().isEmpty());
    QVERIFY(QFile::exists(other)); // another profile's jobs stay
    QVERIFY(QFile::exists(unfinished)); // and unfinished ones
    QCOMPARE(scan(recent, u"p1"_s), 0);
}

void TstJobHistory::undoneJobsAreNotUndoableTwice()
{
    writeJob(u"job"_s, u"p1"_s, BulkJobState::Phase::Finished, 2);
    writeJob(u"undo"_s, u"p1"_s, BulkJobState::Phase::Finished, 2, u"job"_s);
    RecentBulkJobs recent;
    recent.setJournalDir(m_dir->path());
    QCOMPARE(scan(recent, u"p1"_s), 2);
    for (const JobHistory::Entry& e : recent.jobs()) {
        if (e.jobId == u"job"_s) {
            QCOMPARE(e.undoneBy, u"undo"_s);
            QVERIFY(!e.undoable());
        } else {
            QCOMPARE(e.undoOf, u"job"_s);
            QVERIFY(e.undoable()); // the undo itself can be undone (a redo)
        }
    }
    // The journal keeps undoOf.
    const std::optional<BulkJobState> undo = JobJournal::load(JobJournal::pathFor(m_dir->path(), u"undo"_s));
    QVERIFY(undo);
    QCOMPARE(undo->spec.undoOf, u"job"_s);
}

QString TstJobHistory::writeHandover(
    const QString& dir, const QString& id, HandoverStage stage, int round, const QList<Step>& steps)
{
    HandoverState state;
    state.id = id;
    state.profileId = u"p1"_s;
    state.profileName = u"Profile p1"_s;
    state.createdAt = QDateTime::currentDateTimeUtc();
    state.leaver.id = u"leaver000000000000000000000"_s;
    state.leaver.displayName = u"Jordan Avery"_s;
    state.leaver.email = u"jordan.avery@example.com"_s;
    state.leaver.status = u"DELETED"_s;
    state.stage = stage;
    state.round = round;
    for (int i = 0; i < 2; ++i) {
        HandoverItem item;
        item.target = OwnerTarget::app(u"app000000000000000000000%1"_s.arg(i, 3, 10, QChar(u'0')));
        item.role = u"primary"_s;
        item.successor.id = u"successor000000000000000000"_s;
        item.successor.displayName = u"Ada Lovelace"_s;
        item.successor.email = u"ada@example.com"_s;
        state.items << item;
    }
    for (const Step& step : steps) {
        BulkJobState job;
        job.spec.id = id + (step.add ? u"-add-"_s : u"-remove-"_s) + QString::number(step.round);
        job.spec.profileId = state.profileId;
        job.spec.operation = step.add ? BulkOperation::Add : BulkOperation::Remove;
        job.phase = BulkJobState::Phase::Finished;
        for (auto it = step.rows.cbegin(); it != step.rows.cend(); ++it) {
            const HandoverItem& item = state.items.at(it.key());
            job.spec.targets << item.target; // one target per row, in the order of the rows
            BulkRow row;
            row.line = it.key() + 1;
            row.owner = OwnerRef::user(step.add ? item.successor.id : state.leaver.id);
            row.target = int(job.spec.targets.size()) - 1;
            row.operation = job.spec.operation;
            row.roleSlug = item.role;
            row.status = it.value();
            job.rows << row;
        }
        if (!JobJournal::write(HandoverState::jobPathFor(dir, id, step.add, step.round), job))
            qWarning("could not write a step of %s", qPrintable(id));
    }
    const QString path = HandoverState::pathFor(dir, id);
    if (!HandoverState::write(path, state))
        qWarning("could not write %s", qPrintable(path));
    return path;
}

// Handovers (workflows/HandoverHistory) are listed beside the jobs: leaver, successor and what their steps wrote, a
// retried row counted once (its latest round); an unfinished one is listed but neither undone nor cleared; an undo
// of a handover marks it undone; clearing removes its state and step journals; pruning takes finished ones only.
void TstJobHistory::handoversAreListedClearedAndPruned()
{
    const QString handovers = m_dir->filePath(u"handovers"_s);
    QVERIFY(QDir().mkpath(handovers));
    // Row 2's add failed in round 1 and was retried in round 2.
    const QString finished = writeHandover(handovers, u"h-finished"_s, HandoverStage::Finished, 2,
        { { true, 1, { { 0, RowStatus::Done }, { 1, RowStatus::Failed } } }, { false, 1, { { 0, RowStatus::Done } } },
            { true, 2, { { 1, RowStatus::Done } } }, { false, 2, { { 1, RowStatus::Done } } } });
    const QString unfinished = writeHandover(
        handovers, u"h-unfinished"_s, HandoverStage::Verifying, 1, { { true, 1, { { 0, RowStatus::Done } } } });
    writeJob(u"undo-of-h"_s, u"p1"_s, BulkJobState::Phase::Running, 1, u"h-finished"_s); // under way

    RecentBulkJobs recent;
    recent.setJournalDir(m_dir->path());
    recent.setHandoverDir(handovers);
    QCOMPARE(scan(recent, u"p1"_s), 2); // the undo under way is not listed (it is resumed), the handovers are
    const JobHistory::Entry* done = recent.job(finished);
    const JobHistory::Entry* open = recent.job(unfinished);
    QVERIFY(done && open);
    QVERIFY(done->handover && !done->unfinished);
    QCOMPARE(done->jobId, u"h-finished"_s);
    QCOMPARE(done->leaver, u"Jordan Avery (jordan.avery@example.com)"_s);
    QCOMPARE(done->successor, u"Ada Lovelace (ada@example.com)"_s);
    QCOMPARE(done->added, 2);
    QCOMPARE(done->removed, 2);
    QCOMPARE(done->failed, 0); // retried: the latest round counts
    QCOMPARE(done->targets, 2);
    QVERIFY(done->mixed);
    QCOMPARE(done->undoneBy, u"undo-of-h"_s);
    QVERIFY(!done->undoable());
    QVERIFY(open->handover && open->unfinished);
    QCOMPARE(open->added, 1);
    QVERIFY(!open->undoable());

    // The rows an undo works from: both steps, each row with its own operation and role.
    const std::optional<BulkJobState> job = HandoverHistory::loadJob(finished);
    QVERIFY(job);
    QCOMPARE(job->spec.id, u"h-finished"_s);
    QCOMPARE(job->phase, BulkJobState::Phase::Finished);
    QCOMPARE(job->rows.size(), 4);
    QCOMPARE(inversePlan(*job).rows.size(), 4);
    QCOMPARE(inversePlan(*job).spec.undoOf, u"h-finished"_s);
    int adds = 0;
    for (const BulkRow& row : job->rows) {
        QCOMPARE(row.status, RowStatus::Done);
        QCOMPARE(job->roleOf(row), u"primary"_s);
        adds += job->operationOf(row) == BulkOperation::Add;
    }
    QCOMPARE(adds, 2);

    // Clearing: not while unfinished; a finished one takes its steps' journals along.
    QVERIFY(!recent.clear(unfinished));
    QVERIFY(recent.error().contains(u"did not finish"_s));
    QVERIFY(QFile::exists(unfinished));
    QVERIFY(recent.clear(finished));
    QVERIFY(!QFile::exists(finished));
    QVERIFY(QDir(handovers).entryList({ u"h-finished*"_s }, QDir::Files).isEmpty());
    QCOMPARE(recent.clearAll(), 0); // the unfinished one stays
    QVERIFY(QFile::exists(unfinished));

    // Pruning after the retention: finished handovers only.
    const QString old
        = writeHandover(handovers, u"h-old"_s, HandoverStage::Canceled, 1, { { true, 1, { { 0, RowStatus::Done } } } });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(HandoverHistory::prune(handovers, now.addDays(29)), 0);
    QCOMPARE(HandoverHistory::prune(handovers, now.addDays(31)), 1);
    QVERIFY(!QFile::exists(old));
    QVERIFY(!QFile::exists(HandoverState::jobPathFor(handovers, u"h-old"_s, true, 1)));
    QVERIFY(QFile::exists(unfinished));
    QVERIFY(QFile::exists(HandoverState::jobPathFor(handovers, u"h-unfinished"_s, true, 1)));
}

QTEST_GUILESS_MAIN(TstJobHistory)
#include "tst_jobhistory.moc"

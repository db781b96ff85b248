// Journal retention (app/owners/JobHistory, app/workflows/RecentBulkJobs): finished jobs are kept for
// JobHistory::kRetentionDays after they ended and listed per profile; expired ones are hidden and pruned at start-up;
// unfinished jobs are never pruned; the admin clears one job or all of the profile's. Time is an injected clock:
// nothing sleeps.
#include "owners/JobHistory.h"
#include "owners/JobJournal.h"
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

private:
    // A job journal in the folder; `done` rows written (adds), `phase` as given.
    QString writeJob(
        const QString& id, const QString& profileId, BulkJobState::Phase phase, int done, const QString& undoOf = {});
    static int scan(RecentBulkJobs& recent, const QString& profileId);

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

QTEST_GUILESS_MAIN(TstJobHistory)
#include "tst_jobhistory.moc"

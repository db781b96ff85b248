// The undo workflow (app/workflows/UndoBulkJob, UndoCheck) driven without widgets against an in-process sandbox
// tenant: a 300-row job of adds and removes undone exactly; rows changed since the job are not undone without the
// admin's consent; the undo under faults (drops before and after effect, 503, 429); what cannot be undone is
// refused; and the finished jobs it leaves behind are listed by RecentBulkJobs.
#include "UndoTestSupport.h"

#include "models/BulkLedger.h"
#include "models/BulkRowsModel.h"
#include "owners/JobHistory.h"
#include "workflows/BulkAssignment.h"
#include "workflows/RecentBulkJobs.h"
#include "workflows/UndoBulkJob.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace c1;
using namespace c1::test;

namespace {
const QString kProfile = u"p-undo"_s;
} // namespace

class TstUndoBulkJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void undoesThreeHundredRowsExactly();
    void undoUnderFaults_data();
    void undoUnderFaults();
    void refusesWhatCannotBeUndone();
    void undoesATransferJournal();
    void interruptedUndoResumesAsABulkJob();
    void changedSinceNeedsConsent(); // last: it moves the tenant's clock forward

private:
    QList<OwnerTarget> appTargets(int first, int count) const;
    // Setup outside any journal: owners the targets have before the job.
    void seedOwners(const QList<OwnerTarget>& targets, int firstUser, int count, const QString& role);
    // A job over `targets`: per target, adds users [addFrom, addFrom+adds), removes [0, removes), and adds user 0 of
    // the seeded ones again (already an owner: not undone).
    BulkJobState mixedPlan(const QList<OwnerTarget>& targets, int removes, int addFrom, int adds) const;
    bool check(UndoBulkJob& undo);
    bool applyUndo(UndoBulkJob& undo);
    bool ownerCall(bool add, const OwnerTarget& target, const QString& role, const QString& userId);

    TestTenant m_tenant;
    QList<User> m_users;
    QTemporaryDir m_journals;
    int m_nextApp = 0;
};

void TstUndoBulkJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    SandboxOptions options;
    options.latencyMs = 2;
    options.seed = 16;
    SandboxDataSize size;
    size.apps = 24;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 1;
    size.users = 80;
    size.ownersPerObject = 0;
    QVERIFY(m_tenant.start(options, size, TestTenant::fastRetry()));
    m_users = m_tenant.enabledUsers();
    QVERIFY(m_users.size() >= 50);
    QVERIFY(m_journals.isValid());
}

QList<OwnerTarget> TstUndoBulkJob::appTargets(int first, int count) const
{
    QList<OwnerTarget> targets;
    const QStringList ids = m_tenant.server()->appIds();
    for (int a = first; a < first + count; ++a)
        targets << OwnerTarget::app(ids[a], u"App %1"_s.arg(a));
    return targets;
}

void TstUndoBulkJob::seedOwners(const QList<OwnerTarget>& targets, int firstUser, int count, const QString& role)
{
    BulkJobState seed;
    seed.spec.roleSlug = role;
    seed.spec.targets = targets;
    for (int t = 0; t < targets.size(); ++t) {
        for (int u = firstUser; u < firstUser + count; ++u)
            seed.rows << planRow(u, m_users[u].id, t, BulkOperation::Add);
    }
    const BulkJobState done = runJob(m_tenant.client(), seed);
    for (const BulkRow& row : done.rows)
        QVERIFY2(row.status == RowStatus::Done, qPrintable(row.message));
}

BulkJobState TstUndoBulkJob::mixedPlan(const QList<OwnerTarget>& targets, int removes, int addFrom, int adds) const
{
    BulkJobState plan;
    plan.spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.spec.profileId = kProfile;
    plan.spec.profileName = u"Sandbox"_s;
    plan.spec.roleSlug = u"primary"_s;
    plan.spec.targets = targets;
    int line = 0;
    for (int t = 0; t < targets.size(); ++t) {
        for (int u = addFrom; u < addFrom + adds; ++u)
            plan.rows << planRow(++line, m_users[u].id, t, BulkOperation::Add);
        for (int u = 0; u < removes; ++u)
            plan.rows << planRow(++line, m_users[u].id, t, BulkOperation::Remove);
        plan.rows << planRow(++line, m_users[removes].id, t, BulkOperation::Add); // already an owner
    }
    return plan;
}

bool TstUndoBulkJob::check(UndoBulkJob& undo)
{
    QSignalSpy finished(&undo, &UndoBulkJob::checkFinished);
    undo.startCheck();
    return (!finished.isEmpty() || finished.wait(60000)) && undo.state() == UndoBulkJob::State::Preview;
}

bool TstUndoBulkJob::applyUndo(UndoBulkJob& undo)
{
    QSignalSpy finished(&undo, &UndoBulkJob::finished);
    undo.apply();
    return (!finished.isEmpty() || finished.wait(120000)) && undo.state() == UndoBulkJob::State::Ended;
}

bool TstUndoBulkJob::ownerCall(bool add, const OwnerTarget& target, const QString& role, const QString& userId)
{
    std::optional<bool> ok;
    QObject context;
    if (add) {
        m_tenant.client()->addOwner(
            target, role, OwnerRef::user(userId), &context, [&ok](const Result<OwnerRecord>& r) { ok = r.ok(); });
    } else {
        m_tenant.client()->removeOwner(
            target, role, OwnerRef::user(userId), &context, [&ok](const Result<Empty>& r) { ok = r.ok(); });
    }
    return QTest::qWaitFor([&ok] { return ok.has_value(); }, 15000) && *ok;
}

void TstUndoBulkJob::undoesThreeHundredRowsExactly()
{
    // 10 apps × (19 adds + 10 removes + 1 "already an owner") = 300 rows.
    const QList<OwnerTarget> targets = appTargets(m_nextApp, 10);
    m_nextApp += 10;
    // 11 + 1 + 19 owners at most: under the tenant's limit of 32 user owners per object.
    seedOwners(targets, 0, 11, u"primary"_s);
    seedOwners(targets, 40, 1, u"secondary"_s); // another role: never touched
    const auto before = ownerSnapshot(*m_tenant.server(), targets);

    const BulkJobState plan = mixedPlan(targets, 10, 20, 19);
    QCOMPARE(plan.rows.size(), 300);
    const QString path = JobJournal::pathFor(m_journals.path(), plan.spec.id);
    const BulkJobState ran = runJob(m_tenant.client(), plan, path);
    QCOMPARE(ran.phase, BulkJobState::Phase::Finished);
    QVERIFY(ownerSnapshot(*m_tenant.server(), targets) != before);

    auto session = sandboxSession(m_tenant, kProfile);
    QVERIFY(session);
    UndoBulkJob undo(session.get());
    undo.setJournalDir(m_journals.path());
    BulkRowsModel model(undo.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(undo.load(path, &error), qPrintable(error));
    QCOMPARE(undo.ledger()->size(), 290); // the 10 "already an owner" rows wrote nothing: not undone
    QVERIFY(!undo.canApply()); // checked first
    QVERIFY(check(undo));
    QCOMPARE(undo.changedCount(), 0);
    QCOMPARE(undo.toUndoCount(), 290);
    QVERIFY(undo.summary().contains(u"190"_s)); // owners to remove
    QVERIFY(undo.canApply());
    QVERIFY(applyUndo(undo));
    QCOMPARE(undo.job()->counts().done + undo.job()->counts().alreadyDone, 290);
    QCOMPARE(undo.job()->counts().failed, 0);

    // The tenant's owner lists equal those before the job, every role.
    QCOMPARE(ownerSnapshot(*m_tenant.server(), targets), before);

    // The undo has its own journal, finished, marked as the undo of the job; the job is listed as undone.
    const std::optional<BulkJobState> undoJournal = JobJournal::load(undo.undoJournalPath());
    QVERIFY(undoJournal);
    QCOMPARE(undoJournal->spec.undoOf, plan.spec.id);
    QVERIFY(JobHistory::isFinished(*undoJournal));
    RecentBulkJobs recent;
    recent.setJournalDir(m_journals.path());
    QSignalSpy scanned(&recent, &RecentBulkJobs::scanned);
    recent.setProfileId(kProfile);
    QVERIFY(scanned.wait(10000));
    const auto jobs = recent.jobs();
    const auto original = std::find_if(
        jobs.cbegin(), jobs.cend(), [&plan](const JobHistory::Entry& e) { return e.jobId == plan.spec.id; });
    QVERIFY(original != jobs.cend());
    QCOMPARE(original->added, 190);
    QCOMPARE(original->removed, 100);
    QCOMPARE(original->alreadyDone, 10);
    QVERIFY(original->mixed);
    QCOMPARE(original->undoneBy, undoJournal->spec.id);
    QVERIFY(!original->undoable());

    // The undo of the undo (a redo) is the same workflow: it writes the job's changes again.
    UndoBulkJob redo(session.get());
    redo.setJournalDir(m_journals.path());
    QVERIFY2(redo.load(undo.undoJournalPath(), &error), qPrintable(error));
    QCOMPARE(redo.ledger()->size(), 290);
}

// Rows that changed since the job: an owner the job added that someone else removed is left alone (nothing to
// undo); one that was removed and added again after the job is only removed with the admin's tick; an owner the job
// removed that someone else added back is not added twice.
void TstUndoBulkJob::changedSinceNeedsConsent()
{
    const QList<OwnerTarget> targets = appTargets(m_nextApp, 1);
    m_nextApp += 1;
    const OwnerTarget app = targets.first();
    seedOwners(targets, 0, 3, u"primary"_s); // users 0..2
    const auto before = ownerSnapshot(*m_tenant.server(), targets);
    // The job adds users 10, 11, 12 and removes 0, 1.
    BulkJobState plan;
    plan.spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.spec.profileId = kProfile;
    plan.spec.roleSlug = u"primary"_s;
    plan.spec.targets = targets;
    for (int u : { 10, 11, 12 })
        plan.rows << planRow(u, m_users[u].id, 0, BulkOperation::Add);
    for (int u : { 0, 1 })
        plan.rows << planRow(u, m_users[u].id, 0, BulkOperation::Remove);
    const QString path = JobJournal::pathFor(m_journals.path(), plan.spec.id);
    QCOMPARE(runJob(m_tenant.client(), plan, path).phase, BulkJobState::Phase::Finished);

    // Meanwhile, someone else: removes user 11; removes user 12 and adds it again later; adds user 1 back.
    m_tenant.server()->advanceClock(60000); // "later" on the tenant's clock than the job's end
    QVERIFY(ownerCall(false, app, u"primary"_s, m_users[11].id));
    QVERIFY(ownerCall(false, app, u"primary"_s, m_users[12].id));
    QVERIFY(ownerCall(true, app, u"primary"_s, m_users[12].id));
    QVERIFY(ownerCall(true, app, u"primary"_s, m_users[1].id));
    const int writesOf1 = m_tenant.server()->ownerWrites(app.appId, {}, {}, u"user/"_s + m_users[1].id);

    auto session = sandboxSession(m_tenant, kProfile);
    QVERIFY(session);
    UndoBulkJob undo(session.get());
    undo.setJournalDir(m_journals.path());
    QString error;
    QVERIFY2(undo.load(path, &error), qPrintable(error));
    QVERIFY(check(undo));
    auto rowOf = [&undo](const QString& userId) {
        for (int i = 0; i < undo.ledger()->size(); ++i) {
            if (undo.ledger()->row(i).owner.userId == userId)
                return i;
        }
        return -1;
    };
    const int r10 = rowOf(m_users[10].id);
    const int r11 = rowOf(m_users[11].id);
    const int r12 = rowOf(m_users[12].id);
    const int r0 = rowOf(m_users[0].id);
    const int r1 = rowOf(m_users[1].id);
    QVERIFY(r10 >= 0 && r11 >= 0 && r12 >= 0 && r0 >= 0 && r1 >= 0);
    const BulkLedger& l = *undo.ledger();
    QCOMPARE(l.row(r10).status, RowStatus::Ready);
    QVERIFY(l.row(r10).checked);
    QCOMPARE(l.row(r11).status, RowStatus::NoOp); // removed by someone else: nothing to undo
    QCOMPARE(l.row(r12).status, RowStatus::Ready); // changed since: flagged and unticked
    QVERIFY(!l.row(r12).checked);
    QVERIFY(undo.isChangedSince(r12));
    QVERIFY(l.row(r12).message.contains(u"changed since"_s));
    QCOMPARE(undo.changedCount(), 1);
    QCOMPARE(l.row(r0).status, RowStatus::Ready);
    QCOMPARE(l.row(r1).status, RowStatus::NoOp); // added back by someone else
    QCOMPARE(undo.toUndoCount(), 2);

    QVERIFY(applyUndo(undo));
    QMap<QString, QStringList> now = m_tenant.server()->ownersOf(app.appId);
    QVERIFY(!now.value(u"primary"_s).contains(u"user/"_s + m_users[10].id)); // undone
    QVERIFY(now.value(u"primary"_s).contains(u"user/"_s + m_users[12].id)); // not without consent
    QVERIFY(now.value(u"primary"_s).contains(u"user/"_s + m_users[0].id)); // added again
    QVERIFY(now.value(u"primary"_s).contains(u"user/"_s + m_users[1].id));
    QCOMPARE(m_tenant.server()->ownerWrites(app.appId, {}, {}, u"user/"_s + m_users[1].id), writesOf1);
    QCOMPARE(undo.ledger()->row(r12).status, RowStatus::NotAttempted);

    // With consent: a second undo of the same job, the changed row ticked.
    UndoBulkJob consent(session.get());
    consent.setJournalDir(m_journals.path());
    QVERIFY2(consent.load(path, &error), qPrintable(error));
    QVERIFY(check(consent));
    QCOMPARE(consent.changedCount(), 1);
    QCOMPARE(consent.toUndoCount(), 0); // the rest is undone already
    QVERIFY(!consent.canApply());
    QVERIFY(consent.ledger()->setChecked(consent.changedRows().first(), true));
    QCOMPARE(consent.toUndoCount(), 1);
    QVERIFY(applyUndo(consent));
    now = m_tenant.server()->ownersOf(app.appId);
    QVERIFY(!now.value(u"primary"_s).contains(u"user/"_s + m_users[12].id));
    QCOMPARE(ownerSnapshot(*m_tenant.server(), targets), before); // 0 added again, 1 back, 2 never touched
}

void TstUndoBulkJob::undoUnderFaults_data()
{
    QTest::addColumn<double>("dropRate");
    QTest::addColumn<bool>("afterEffect");
    QTest::addColumn<double>("failureRate");
    QTest::addColumn<int>("rateLimit");
    QTest::newRow("drop before effect") << 0.15 << false << 0.0 << 0;
    QTest::newRow("drop after effect") << 0.15 << true << 0.0 << 0;
    QTest::newRow("503") << 0.0 << false << 0.2 << 0;
    QTest::newRow("429") << 0.0 << false << 0.0 << 25;
}

void TstUndoBulkJob::undoUnderFaults()
{
    QFETCH(double, dropRate);
    QFETCH(bool, afterEffect);
    QFETCH(double, failureRate);
    QFETCH(int, rateLimit);
    const QList<OwnerTarget> targets = appTargets(m_nextApp, 2);
    m_nextApp += 2;
    seedOwners(targets, 0, 8, u"primary"_s);
    const auto before = ownerSnapshot(*m_tenant.server(), targets);
    const BulkJobState plan = mixedPlan(targets, 6, 20, 14); // 2 × 21 rows
    const QString path = JobJournal::pathFor(m_journals.path(), plan.spec.id);
    QCOMPARE(runJob(m_tenant.client(), plan, path).phase, BulkJobState::Phase::Finished);

    SandboxOptions& o = m_tenant.server()->options();
    o.dropRate = dropRate;
    o.dropAfterEffect = afterEffect;
    o.failureRate = failureRate;
    o.rateLimitPerSecond = rateLimit;
    const auto restore = qScopeGuard([&o] {
        o.dropRate = 0;
        o.dropAfterEffect = false;
        o.failureRate = 0;
        o.rateLimitPerSecond = 0;
    });
    auto session = sandboxSession(m_tenant, kProfile);
    QVERIFY(session);
    UndoBulkJob undo(session.get());
    undo.setJournalDir(m_journals.path());
    QString error;
    QVERIFY2(undo.load(path, &error), qPrintable(error));
    QVERIFY(check(undo));
    QCOMPARE(undo.ledger()->count(RowStatus::CheckFailed), 0);
    QCOMPARE(undo.toUndoCount(), 40);
    QVERIFY(applyUndo(undo));
    // A write that never took effect in three tries is reported failed, as the admin sees it; they retry it.
    for (int retry = 0; retry < 3 && undo.canRetry(); ++retry) {
        QSignalSpy finished(&undo, &UndoBulkJob::finished);
        undo.retryFailed();
        QVERIFY(finished.wait(60000));
    }
    for (const BulkRow& row : undo.job()->rows()) {
        QVERIFY2(row.status == RowStatus::Done || row.status == RowStatus::AlreadyDone,
            qPrintable(rowStatusKey(row.status) + u": "_s + row.message));
    }
    QCOMPARE(ownerSnapshot(*m_tenant.server(), targets), before);
    // Nothing re-added twice: each owner the job removed was added once by the seed and once by the undo.
    for (const OwnerTarget& t : targets) {
        for (int u = 0; u < 6; ++u)
            QCOMPARE(m_tenant.server()->ownerWrites(t.appId, {}, {}, u"user/"_s + m_users[u].id), 2);
    }
}

void TstUndoBulkJob::refusesWhatCannotBeUndone()
{
    auto session = sandboxSession(m_tenant, kProfile);
    QVERIFY(session);
    const QList<OwnerTarget> targets = appTargets(m_nextApp, 1);
    QString error;
    // Unfinished (a row still journaled "sending"): resume it first.
    BulkJobState running = mixedPlan(targets, 0, 30, 2);
    running.phase = BulkJobState::Phase::Running;
    running.rows[0].status = RowStatus::Sending;
    const QString runningPath = JobJournal::pathFor(m_journals.path(), running.spec.id);
    QVERIFY(JobJournal::write(runningPath, running));
    UndoBulkJob a(session.get());
    QVERIFY(!a.load(runningPath, &error));
    QVERIFY(error.contains(u"not finished"_s));
    // Another profile's job.
    BulkJobState other = mixedPlan(targets, 0, 30, 2);
    other.spec.profileId = u"p-other"_s;
    other.spec.profileName = u"Other"_s;
    other.phase = BulkJobState::Phase::Finished;
    for (BulkRow& row : other.rows)
        row.status = RowStatus::Done;
    const QString otherPath = JobJournal::pathFor(m_journals.path(), other.spec.id);
    QVERIFY(JobJournal::write(otherPath, other));
    QVERIFY(!a.load(otherPath, &error));
    QVERIFY(error.contains(u"Other"_s));
    // A job that wrote nothing.
    BulkJobState nothing = mixedPlan(targets, 0, 30, 2);
    nothing.phase = BulkJobState::Phase::Finished;
    for (BulkRow& row : nothing.rows)
        row.status = RowStatus::AlreadyDone;
    const QString nothingPath = JobJournal::pathFor(m_journals.path(), nothing.spec.id);
    QVERIFY(JobJournal::write(nothingPath, nothing));
    QVERIFY(!a.load(nothingPath, &error));
    QVERIFY(error.contains(u"nothing to undo"_s));
    QCOMPARE(a.state(), UndoBulkJob::State::Empty);
    // A read-only profile checks and previews, never writes.
    auto readOnly = sandboxSession(m_tenant, kProfile, true);
    for (BulkRow& row : nothing.rows)
        row.status = RowStatus::Done;
    QVERIFY(JobJournal::write(nothingPath, nothing));
    QVERIFY(readOnly);
    UndoBulkJob b(readOnly.get());
    QVERIFY(b.isReadOnly());
    QVERIFY2(b.load(nothingPath, &error), qPrintable(error));
    QVERIFY(check(b));
    QVERIFY(!b.canApply());
    for (const QString& p : { runningPath, otherPath, nothingPath })
        QFile::remove(p);
}

// An ownership transfer's journal (as the handover writes it on the same engine): per role the leaver held, the
// successor added and the leaver removed, in several roles, plus an entitlement owner; rows carry their own operation,
// role and owner kind. Undone from the rows alone, exactly.
void TstUndoBulkJob::undoesATransferJournal()
{
    const QList<OwnerTarget> targets = appTargets(m_nextApp, 2);
    m_nextApp += 2;
    const QString leaver = m_users[45].id;
    const QString successor = m_users[46].id;
    seedOwners(targets, 45, 1, u"primary"_s);
    seedOwners({ targets[0] }, 45, 1, u"secondary"_s);
    std::optional<AppEntitlement> entitlement;
    QObject context;
    m_tenant.client()->listEntitlements(
        targets[1].appId, QString(), 10, &context, [&entitlement](const Result<Page<AppEntitlement>>& page) {
            if (page && !page.value().items.isEmpty())
                entitlement = page.value().items.first();
        });
    QVERIFY(QTest::qWaitFor([&entitlement] { return entitlement.has_value(); }, 15000));
    const auto before = ownerSnapshot(*m_tenant.server(), targets);

    BulkJobState transfer;
    transfer.spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    transfer.spec.profileId = kProfile;
    transfer.spec.profileName = u"Sandbox"_s;
    transfer.spec.roleSlug = u"primary"_s;
    transfer.spec.targets = targets;
    int line = 0;
    for (const auto& [target, role] : { std::pair { 0, u"primary"_s }, { 0, u"secondary"_s }, { 1, u"primary"_s } }) {
        transfer.rows << planRow(++line, successor, target, BulkOperation::Add, role);
        transfer.rows << planRow(++line, leaver, target, BulkOperation::Remove, role);
    }
    BulkRow entitlementRow;
    entitlementRow.line = ++line;
    entitlementRow.owner = OwnerRef::ofEntitlement(entitlement->appId, entitlement->id);
    entitlementRow.target = 1;
    entitlementRow.operation = BulkOperation::Add;
    entitlementRow.roleSlug = u"primary"_s;
    transfer.rows << entitlementRow;
    const QString path = JobJournal::pathFor(m_journals.path(), transfer.spec.id);
    const BulkJobState ran = runJob(m_tenant.client(), transfer, path);
    for (const BulkRow& row : ran.rows)
        QVERIFY2(row.status == RowStatus::Done, qPrintable(row.message));
    QVERIFY(ownerSnapshot(*m_tenant.server(), targets) != before);

    auto session = sandboxSession(m_tenant, kProfile);
    QVERIFY(session);
    UndoBulkJob undo(session.get());
    undo.setJournalDir(m_journals.path());
    QString error;
    QVERIFY2(undo.load(path, &error), qPrintable(error));
    QVERIFY(check(undo));
    QCOMPARE(undo.toUndoCount(), 7);
    QVERIFY(applyUndo(undo));
    QCOMPARE(undo.job()->counts().done, 7);
    QCOMPARE(ownerSnapshot(*m_tenant.server(), targets), before);
}

// An undo interrupted mid-way (its journal: running, a row caught "sending") is an unfinished job like any other: the
// resume bar's path (JobJournal::unfinishedJobs, BulkAssignment::resume) finishes it, mixed operations and all.
void TstUndoBulkJob::interruptedUndoResumesAsABulkJob()
{
    const QList<OwnerTarget> targets = appTargets(m_nextApp, 1);
    m_nextApp += 1;
    seedOwners(targets, 0, 4, u"primary"_s);
    const auto before = ownerSnapshot(*m_tenant.server(), targets);
    const BulkJobState plan = mixedPlan(targets, 2, 10, 4);
    const QString path = JobJournal::pathFor(m_journals.path(), plan.spec.id);
    const BulkJobState ran = runJob(m_tenant.client(), plan, path);
    QCOMPARE(ran.phase, BulkJobState::Phase::Finished);

    // What UndoBulkJob::apply() journals, caught by a crash after the first request may have left.
    BulkJobState undo = inversePlan(ran);
    undo.spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    undo.phase = BulkJobState::Phase::Running;
    QCOMPARE(undo.rows.size(), 6);
    undo.rows[0].status = RowStatus::Sending;
    QTemporaryDir undoDir;
    QVERIFY(undoDir.isValid());
    const QString undoPath = JobJournal::pathFor(undoDir.path(), undo.spec.id);
    QVERIFY(JobJournal::write(undoPath, undo));
    const QList<JobJournal::Summary> unfinished = JobJournal::unfinishedJobs(undoDir.path());
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().pending, 6);

    auto session = sandboxSession(m_tenant, kProfile);
    QVERIFY(session);
    BulkAssignment resumed(session.get(), {});
    resumed.setJournalDir(undoDir.path());
    QString error;
    QVERIFY2(resumed.resume(undoPath, &error), qPrintable(error));
    QVERIFY(resumed.canApply());
    resumed.apply();
    QVERIFY(resumed.job());
    QTRY_COMPARE_WITH_TIMEOUT(resumed.job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(resumed.job()->counts().done, 6);
    QCOMPARE(ownerSnapshot(*m_tenant.server(), targets), before);
    QVERIFY(JobJournal::unfinishedJobs(undoDir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TstUndoBulkJob)
#include "tst_undobulkjob.moc"

// The bulk-assignment workflow (app/workflows/BulkAssignment) driven without any widget against an in-process
// sandbox tenant: paste → parse → check → preview → tick → apply → pause/resume/cancel → retry → CSV, the resume of
// a journaled job and its counts, the production confirmation, and the scan for unfinished jobs.
#include "support/TestTenant.h"

#include "api/Session.h"
#include "models/BulkLedger.h"
#include "models/BulkRowsModel.h"
#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"
#include "workflows/BulkAssignment.h"
#include "workflows/BulkExport.h"
#include "workflows/UnfinishedBulkJobs.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

namespace {
// One CSV line's fields (RFC 4180 quoting; no line breaks inside fields in these tests).
QStringList csvFields(const QString& line)
{
    QStringList fields { QString() };
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            fields.last() += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}
} // namespace

class TstBulkAssignment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pasteCheckTickApplyExport();
    void parseIsCanceled();
    void pauseResumeCancel();
    void retryFailedCountsOneWay();
    void resumeFromJournal();
    void resumedJobCountsConsistently();
    void productionNeedsTheWholeName();
    void readOnlyPreviewsOnly();
    void findsUnfinishedJobs();
    void entitlementOwners();

private:
    std::unique_ptr<Session> session(bool readOnly = false, bool production = false);
    std::unique_ptr<BulkAssignment> assignment(Session* s, int firstApp, int apps);
    static bool check(BulkAssignment& a, const QString& paste);
    bool addOwner(const OwnerTarget& target, const QString& role, const QString& userId);
    bool hasOwner(int app, const QString& role, const QString& userId) const;
    QList<AppEntitlement> entitlementsOf(const QString& appId);
    BulkJobState journaledJob(const QString& id, const QList<OwnerTarget>& targets, const QList<int>& users);

    test::TestTenant m_tenant;
    QList<User> m_users;
    QTemporaryDir m_journals;
};

void TstBulkAssignment::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    SandboxOptions options;
    options.latencyMs = 2;
    SandboxDataSize size;
    size.apps = 12;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 1;
    size.users = 120;
    size.ownersPerObject = 0; // every row of these tests is one this suite writes
    QVERIFY(m_tenant.start(options, size, test::TestTenant::fastRetry()));
    m_users = m_tenant.enabledUsers();
    QVERIFY(m_users.size() >= 100);
    QVERIFY(m_journals.isValid());
}

std::unique_ptr<Session> TstBulkAssignment::session(bool readOnly, bool production)
{
    return m_tenant.newSession([readOnly, production](Profile& profile) {
        profile.id = u"p-test"_s;
        profile.name = u"Sandbox"_s;
        profile.readOnly = readOnly;
        profile.production = production;
        profile.concurrency = 4;
    });
}

std::unique_ptr<BulkAssignment> TstBulkAssignment::assignment(Session* s, int firstApp, int apps)
{
    QList<OwnerTarget> targets;
    const QStringList ids = m_tenant.server()->appIds();
    for (int a = firstApp; a < firstApp + apps; ++a)
        targets << OwnerTarget::app(ids[a], u"App %1"_s.arg(a));
    auto result = std::make_unique<BulkAssignment>(s, targets);
    result->setJournalDir(m_journals.path());
    return result;
}

bool TstBulkAssignment::check(BulkAssignment& a, const QString& paste)
{
    a.setPasteText(paste);
    QSignalSpy finished(&a, &BulkAssignment::checkFinished);
    a.startCheck();
    return finished.wait(30000) && !a.isChecking();
}

bool TstBulkAssignment::addOwner(const OwnerTarget& target, const QString& role, const QString& userId)
{
    std::optional<bool> added;
    QObject context;
    m_tenant.client()->addOwner(
        target, role, OwnerRef::user(userId), &context, [&added](const Result<OwnerRecord>& r) { added = r.ok(); });
    return QTest::qWaitFor([&added] { return added.has_value(); }, 15000) && *added;
}

bool TstBulkAssignment::hasOwner(int app, const QString& role, const QString& userId) const
{
    const QString appId = m_tenant.server()->appIds()[app];
    return m_tenant.server()->ownersOf(appId).value(role).contains(u"user/"_s + userId);
}

BulkJobState TstBulkAssignment::journaledJob(
    const QString& id, const QList<OwnerTarget>& targets, const QList<int>& users)
{
    BulkJobState state;
    state.spec.id = id;
    state.spec.profileId = u"p-test"_s;
    state.spec.profileName = u"Sandbox"_s;
    state.spec.roleSlug = u"primary"_s;
    state.spec.targets = targets;
    state.phase = BulkJobState::Phase::Running;
    for (int t = 0; t < targets.size(); ++t) {
        for (int u : users) {
            BulkRow row;
            row.line = u;
            row.input = m_users[u].id;
            row.owner = OwnerRef::user(m_users[u].id);
            row.target = t;
            state.rows << row;
        }
    }
    return state;
}

void TstBulkAssignment::pasteCheckTickApplyExport()
{
    auto s = session();
    QVERIFY(s);
    auto a = assignment(s.get(), 0, 2);
    BulkRowsModel model(a->ledger()); // the preview is a view onto the ledger, from start to end
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    a->setRoleSlug(u"secondary"_s);
    // A header, a quoted ID, a line with an ID and a repeated email, junk, and a truncated ID.
    const QString paste = u"email\n"_s + m_users[0].email + u"\n\""_s + m_users[1].id + u"\",\n"_s + m_users[2].id
        + u"\t"_s + m_users[0].email + u"\njunk\n"_s + m_users[3].id.left(26) + u"\n"_s;
    QVERIFY(check(*a, paste));
    QVERIFY(a->isPreviewValid());
    QVERIFY(a->notes().contains(u"duplicate"_s));
    QVERIFY(a->notes().contains(u"header"_s));

    BulkLedger* ledger = a->ledger();
    QCOMPARE(ledger->size(), 10); // (3 users + 2 malformed) × 2 apps
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(ledger->count(RowStatus::Invalid), 4);
    QCOMPARE(ledger->count(RowStatus::Ready) + ledger->count(RowStatus::NoOp), 6);
    const int ready = ledger->count(RowStatus::Ready);
    QVERIFY(ready > 0);
    // Lines and rows are told apart: 2 bad lines, each once per target. (No catalog is loaded here: "(s)" is the
    // untranslated plural.)
    const QString summary = a->summary().replace(u"(s)"_s, u"s"_s);
    QVERIFY2(summary.contains(u"2 lines with problems (4 rows)"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"10 rows (5 lines × 2 targets)"_s), qPrintable(summary));
    QVERIFY(a->summary().contains(u"%1 owner"_s.arg(ready)));
    QVERIFY(a->canApply());

    // A changed setting outdates the preview until it is checked again.
    a->setRoleSlug(u"primary"_s);
    QVERIFY(!a->isPreviewValid());
    QVERIFY(!a->canApply());
    a->setRoleSlug(u"secondary"_s);
    QVERIFY(check(*a, paste));
    QCOMPARE(ledger->count(RowStatus::Ready), ready);

    // Untick one ready row through the view: the ledger and the counts follow.
    int unticked = -1;
    for (int i = 0; i < ledger->size() && unticked < 0; ++i) {
        if (ledger->row(i).status == RowStatus::Ready)
            unticked = i;
    }
    QVERIFY(model.setData(model.index(unticked, 0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!ledger->row(unticked).checked);
    QCOMPARE(ledger->count(RowStatus::Ready, true), ready - 1);
    QVERIFY(a->summary().contains(u"1 unticked"_s));

    // The CSV of a preview names no call: nothing was sent.
    QBuffer preview;
    preview.open(QIODevice::WriteOnly);
    ledger->writeCsv(&preview);
    QVERIFY(!preview.data().contains("POST"));

    a->apply();
    BulkOwnerJob* job = a->job();
    QVERIFY(job);
    QVERIFY(!ledger->isCheckable());
    QVERIFY(!model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(&ledger->rows(), &job->rows()); // one ledger: the view reads the job's rows
    QTRY_COMPARE_WITH_TIMEOUT(job->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(ledger->count(RowStatus::Done), ready - 1);
    QCOMPARE(ledger->count(RowStatus::NotAttempted), 1);
    QCOMPARE(model.index(unticked, int(BulkRowsModel::Column::Status)).data().toString(),
        rowStatusText(RowStatus::NotAttempted));
    QVERIFY(!a->canRetry());
    QVERIFY(a->canExport());
    const BulkAssignment::Progress p = a->progress();
    QCOMPARE(p.total, ready - 1);
    QCOMPARE(p.written, ready - 1);
    QCOMPARE(p.finished, ready - 1);
    QCOMPARE(p.resumed, 0);
    QVERIFY(a->progressText().contains(u"%1 of %1 written"_s.arg(ready - 1)));

    // The tenant has exactly the rows that were done.
    for (const BulkRow& row : ledger->rows()) {
        if (row.status == RowStatus::Done || row.status == RowStatus::NotAttempted)
            QCOMPARE(hasOwner(row.target, u"secondary"_s, row.owner.userId), row.status == RowStatus::Done);
    }

    // The export: a role column, and a method and path only for rows that were sent; remembered folder.
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString path = out.filePath(u"results.csv"_s);
    QVERIFY(a->exportCsv(path));
    QCOMPARE(BulkExport::directory(), out.path());
    QVERIFY(a->suggestedExportPath().startsWith(out.path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    const QStringList header = csvFields(lines[0]);
    const qsizetype role = header.indexOf(u"role"_s);
    const qsizetype status = header.indexOf(u"status"_s);
    const qsizetype method = header.indexOf(u"method"_s);
    QVERIFY(role > 0 && status > 0 && method > 0);
    int sent = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = csvFields(line);
        QCOMPARE(fields.size(), header.size());
        QCOMPARE(fields[role], u"secondary"_s);
        const bool done = fields[status] == u"done"_s;
        QCOMPARE(fields[method], done ? u"POST"_s : QString());
        QCOMPARE(fields[method + 1].isEmpty(), !done);
        sent += done;
    }
    QCOMPARE(sent, ready - 1);
}

void TstBulkAssignment::parseIsCanceled()
{
    auto s = session();
    QVERIFY(s);
    auto a = assignment(s.get(), 0, 1);
    QString paste;
    for (int i = 0; i < 300000; ++i)
        paste += m_users[i % m_users.size()].id + u",x"_s + QString::number(i) + u'\n';
    a->setPasteText(paste);
    QSignalSpy finished(a.get(), &BulkAssignment::checkFinished);
    a->startCheck();
    QVERIFY(a->isParsing()); // on a pool thread: the caller's thread is free
    QVERIFY(!a->canEditInputs());
    a->cancelCheck();
    QVERIFY(finished.wait(30000));
    QVERIFY(!a->isChecking());
    QVERIFY(!a->isPreviewValid());
    QCOMPARE(a->ledger()->size(), 0);
    QVERIFY(a->notes().contains(u"stopped"_s));
    QVERIFY(a->canCheck());
}

void TstBulkAssignment::pauseResumeCancel()
{
    m_tenant.server()->options().latencyMs = 25;
    auto s = session();
    QVERIFY(s);
    auto a = assignment(s.get(), 2, 4);
    a->setRoleSlug(u"primary"_s);
    QString paste;
    for (int u = 10; u < 35; ++u)
        paste += m_users[u].id + u'\n';
    QVERIFY(check(*a, paste));
    const int toWrite = a->ledger()->count(RowStatus::Ready, true);
    QVERIFY(toWrite > 60);
    a->apply();
    BulkOwnerJob* job = a->job();
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(a->ledger()->count(RowStatus::Done) >= 5, 30000);

    QVERIFY(a->canPause());
    a->pause();
    QVERIFY(job->isPaused());
    QVERIFY(a->canResumeJob());
    QVERIFY(a->canCancelJob());
    QVERIFY(a->progressText().contains(u"paused"_s));
    QTRY_COMPARE_WITH_TIMEOUT(job->counts().inFlight, 0, 30000); // what was out settles; nothing new starts
    const int settled = a->progress().finished;
    QCOMPARE(a->progress().total, toWrite);
    QVERIFY(settled < toWrite);

    a->resumeJob();
    QVERIFY(!job->isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(a->progress().finished >= settled + 5, 30000);
    QVERIFY(a->canCancelJob());
    a->cancelJob();
    QTRY_COMPARE_WITH_TIMEOUT(job->phase(), BulkJobState::Phase::Canceled, 30000);
    m_tenant.server()->options().latencyMs = 2;

    BulkLedger* ledger = a->ledger();
    QVERIFY(ledger->count(RowStatus::Canceled) > 0);
    QCOMPARE(
        ledger->count(RowStatus::Sending) + ledger->count(RowStatus::Verifying) + ledger->count(RowStatus::Ready), 0);
    QVERIFY(a->summary().contains(u"canceled"_s));
    const BulkAssignment::Progress p = a->progress();
    QCOMPARE(p.total, toWrite);
    QCOMPARE(p.written + p.failed + p.canceled, toWrite);
    for (const BulkRow& row : ledger->rows()) {
        if (row.status == RowStatus::Done || row.status == RowStatus::Canceled)
            QCOMPARE(hasOwner(2 + row.target, u"primary"_s, row.owner.userId), row.status == RowStatus::Done);
    }
}

void TstBulkAssignment::retryFailedCountsOneWay()
{
    auto s = session();
    QVERIFY(s);
    auto a = assignment(s.get(), 6, 1);
    a->setRoleSlug(u"reviewer"_s); // unknown to the tenant until later
    QVERIFY(check(*a, m_users[40].id + u' ' + m_users[41].id + u' ' + m_users[42].id));
    QCOMPARE(a->ledger()->count(RowStatus::Ready), 3);
    // One row is unticked: it is not part of the job, nor of its retry.
    QVERIFY(a->ledger()->setChecked(2, false));
    a->apply();
    QTRY_COMPARE_WITH_TIMEOUT(a->job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(a->ledger()->count(RowStatus::Failed), 2);
    QVERIFY(a->ledger()->row(0).requestId.size() > 0);
    QCOMPARE(a->progress().total, 2);
    QCOMPARE(a->progress().failed, 2);
    QVERIFY(a->canRetry());

    m_tenant.server()->options().roleSlugs << u"reviewer"_s;
    QList<BulkAssignment::Progress> seen;
    connect(a.get(), &BulkAssignment::progressChanged, this, [&seen, &a] { seen << a->progress(); });
    a->retryFailed();
    QTRY_COMPARE_WITH_TIMEOUT(a->ledger()->count(RowStatus::Done), 2, 30000);
    QTRY_COMPARE(a->job()->phase(), BulkJobState::Phase::Finished);
    QCOMPARE(a->ledger()->count(RowStatus::Failed), 0);
    QVERIFY(!seen.isEmpty());
    for (const BulkAssignment::Progress& p : std::as_const(seen)) {
        QCOMPARE(p.total, 2);
        QVERIFY(p.written <= p.total && p.finished <= p.total);
    }
    QCOMPARE(a->progress().written, 2);
    QVERIFY(!a->canRetry());
}

void TstBulkAssignment::resumeFromJournal()
{
    // A journal as a crash would leave it: one row "sending" (it did reach the tenant), one never sent.
    const OwnerTarget target = OwnerTarget::app(m_tenant.server()->appIds()[7], u"App 7"_s);
    BulkJobState state = journaledJob(u"resume-1"_s, { target }, { 50, 51 });
    state.rows[0].status = RowStatus::Sending;
    QVERIFY(addOwner(target, u"primary"_s, m_users[50].id)); // row 50 took effect before the "crash"
    const QString path = JobJournal::pathFor(m_journals.path(), state.spec.id);
    QVERIFY(JobJournal::write(path, state));

    auto s = session();
    QVERIFY(s);
    BulkAssignment a(s.get(), {});
    BulkRowsModel model(a.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inputs(&a, &BulkAssignment::inputsChanged);
    QString error;
    QVERIFY2(a.resume(path, &error), qPrintable(error));
    QVERIFY(a.isResumed());
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(a.targets(), QList<OwnerTarget> { target });
    QCOMPARE(a.roleSlug(), u"primary"_s);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!a.canCheck()); // the job is what it is
    QVERIFY(!a.canEditInputs());
    QVERIFY(a.canApply());
    a.apply();
    QTRY_COMPARE_WITH_TIMEOUT(a.job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(a.ledger()->count(RowStatus::Done), 2);
    const QString appId = target.appId;
    QCOMPARE(m_tenant.server()->ownerWrites(appId, {}, {}, u"user/"_s + m_users[50].id), 1); // read back, not re-sent
    QCOMPARE(m_tenant.server()->ownerWrites(appId, {}, {}, u"user/"_s + m_users[51].id), 1);
    QVERIFY(!a.canApply());

    // Another profile's job is refused, and so is an unreadable file.
    state.spec.profileId = u"other"_s;
    state.spec.profileName = u"Other tenant"_s;
    QVERIFY(JobJournal::write(path, state));
    BulkAssignment other(s.get(), {});
    QVERIFY(!other.resume(path, &error));
    QVERIFY(error.contains(u"Other tenant"_s));
    QVERIFY(!other.isResumed());
    QVERIFY(!other.resume(m_journals.filePath(u"missing.json"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TstBulkAssignment::resumedJobCountsConsistently()
{
    // 60 rows (3 apps × 20 users): 17 were written before the process died, 43 were not.
    QList<OwnerTarget> targets;
    for (int app = 8; app < 11; ++app)
        targets << OwnerTarget::app(m_tenant.server()->appIds()[app], u"App %1"_s.arg(app));
    QList<int> users;
    for (int u = 60; u < 80; ++u)
        users << u;
    BulkJobState state = journaledJob(u"resume-counts"_s, targets, users);
    QCOMPARE(state.rows.size(), 60);
    for (int i = 0; i < 17; ++i) {
        BulkRow& row = state.rows[i];
        QVERIFY(addOwner(targets[row.target], u"primary"_s, row.owner.userId));
        row.status = RowStatus::Done;
        row.attempts = 1;
    }
    const QString path = JobJournal::pathFor(m_journals.path(), state.spec.id);
    QVERIFY(JobJournal::write(path, state));

    m_tenant.server()->options().latencyMs = 10;
    auto s = session();
    QVERIFY(s);
    BulkAssignment a(s.get(), {});
    QString error;
    QVERIFY2(a.resume(path, &error), qPrintable(error));
    BulkAssignment::Progress p = a.progress();
    QCOMPARE(p.total, 60);
    QCOMPARE(p.written, 17);
    QCOMPARE(p.resumed, 17);
    QVERIFY2(a.progressText().startsWith(u"17 of 60 written, 17 resumed"_s), qPrintable(a.progressText()));

    QList<BulkAssignment::Progress> seen;
    QStringList texts;
    connect(&a, &BulkAssignment::progressChanged, this, [&] {
        seen << a.progress();
        texts << a.progressText();
    });
    a.apply();
    QTRY_COMPARE_WITH_TIMEOUT(a.job()->phase(), BulkJobState::Phase::Finished, 30000);
    m_tenant.server()->options().latencyMs = 2;
    QVERIFY(seen.size() > 5);
    int lastWritten = 0;
    for (const BulkAssignment::Progress& q : std::as_const(seen)) {
        QCOMPARE(q.total, 60);
        QCOMPARE(q.resumed, 17);
        QVERIFY(q.written >= 17 && q.written <= q.total);
        QVERIFY(q.finished >= q.written && q.finished <= q.total);
        QVERIFY(q.written >= lastWritten);
        lastWritten = q.written;
    }
    for (const QString& text : std::as_const(texts))
        QVERIFY2(text.contains(u" of 60 written, 17 resumed"_s), qPrintable(text));
    p = a.progress();
    QCOMPARE(p.written, 60);
    QCOMPARE(p.finished, 60);
    QVERIFY2(a.progressText().startsWith(u"60 of 60 written, 17 resumed, 0 failed"_s), qPrintable(a.progressText()));
    for (const BulkRow& row : a.ledger()->rows())
        QCOMPARE(m_tenant.server()->ownerWrites(targets[row.target].appId, {}, {}, row.owner.key()), 1);
}

void TstBulkAssignment::productionNeedsTheWholeName()
{
    auto s = session(false, true);
    QVERIFY(s);
    auto a = assignment(s.get(), 11, 1);
    QVERIFY(a->needsConfirmation());
    const QString name = s->tenantHost(); // what the profile band shows: "127.0.0.1:<port>"
    QCOMPARE(a->confirmationName(), name);
    QVERIFY(name.contains(u':'));
    QVERIFY(check(*a, m_users[90].id));
    QVERIFY(!a->canApply());
    for (const QString& typed : { u"127"_s, name.section(u':', 0, 0), name.left(name.size() - 1), u"wrong"_s }) {
        a->setConfirmation(typed);
        QVERIFY2(!a->isConfirmed(), qPrintable(typed));
        QVERIFY(!a->canApply());
        a->apply();
        QVERIFY(!a->job());
    }
    a->setConfirmation(u"  "_s + name.toUpper() + u' ');
    QVERIFY(a->isConfirmed());
    QVERIFY(a->canApply());
}

void TstBulkAssignment::readOnlyPreviewsOnly()
{
    auto s = session(true);
    QVERIFY(s);
    auto a = assignment(s.get(), 11, 1);
    QVERIFY(a->isReadOnly());
    QVERIFY(!a->needsConfirmation());
    QVERIFY(check(*a, m_users[91].id));
    QCOMPARE(a->ledger()->count(RowStatus::Blocked), 1);
    QVERIFY(!a->canApply());
    a->apply();
    QVERIFY(!a->job());
}

void TstBulkAssignment::findsUnfinishedJobs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const OwnerTarget target = OwnerTarget::app(m_tenant.server()->appIds()[0]);
    QStringList paths;
    for (const auto& [id, profile] :
        { std::pair { u"job-a"_s, u"p-test"_s }, { u"job-b"_s, u"p-test"_s }, { u"job-c"_s, u"another"_s } }) {
        BulkJobState state = journaledJob(id, { target }, { 95 });
        state.spec.profileId = profile;
        state.updatedAt = QDateTime::currentDateTimeUtc();
        paths << JobJournal::pathFor(dir.path(), id);
        QVERIFY(JobJournal::write(paths.constLast(), state));
    }
    UnfinishedBulkJobs jobs;
    jobs.setJournalDir(dir.path());
    QSignalSpy scanned(&jobs, &UnfinishedBulkJobs::scanned);
    QSignalSpy discarded(&jobs, &UnfinishedBulkJobs::discarded);
    jobs.setProfileId(u"p-test"_s);
    QVERIFY(scanned.wait(10000));
    QCOMPARE(scanned.constFirst().constFirst().toInt(), 2); // another profile's job is not offered
    QCOMPARE(jobs.jobs().size(), 2);

    jobs.takeOver(paths[0]);
    QCOMPARE(jobs.jobs().size(), 1);
    QVERIFY(QFile::exists(paths[0])); // resumable again next time
    QVERIFY(jobs.discard(paths[1]));
    QCOMPARE(discarded.size(), 1);
    QVERIFY(!QFile::exists(paths[1]));
    QVERIFY(jobs.jobs().isEmpty());

    jobs.setError(u"cannot"_s);
    QCOMPARE(jobs.error(), u"cannot"_s);
    jobs.setProfileId(QString()); // disconnected: nothing offered, nothing scanned
    QVERIFY(jobs.jobs().isEmpty());
    QVERIFY(jobs.error().isEmpty());
    QVERIFY(!jobs.isScanning());
}

QList<AppEntitlement> TstBulkAssignment::entitlementsOf(const QString& appId)
{
    std::optional<Result<Page<AppEntitlement>>> listed;
    QObject context;
    m_tenant.client()->listEntitlements(
        appId, {}, 10, &context, [&listed](Result<Page<AppEntitlement>> r) { listed = std::move(r); });
    if (!QTest::qWaitFor([&listed] { return listed.has_value(); }, 15000) || !*listed)
        return {};
    return listed->value().items;
}

// Entitlement owners in the owner column, onto an app and an entitlement (the fifth owner kind): the Owners tab's
// "Copy ID" form (appId/entitlementId) and the colon form, pasted while user owners were chosen, switch the kind;
// a reference to no entitlement is refused per row by the check; the spreadsheet's two-column range (app ID, then
// entitlement ID, under a header) removes them again, and a user ID there is the wrong kind. Both through
// BulkOwnerJob, the tenant read after each.
void TstBulkAssignment::entitlementOwners()
{
    auto s = session();
    QVERIFY(s);
    const QStringList apps = m_tenant.server()->appIds();
    const QList<AppEntitlement> source = entitlementsOf(apps[9]);
    const QList<AppEntitlement> own = entitlementsOf(apps[10]);
    QVERIFY(source.size() >= 2 && !own.isEmpty());
    const QList<OwnerTarget> targets { OwnerTarget::app(apps[10], u"App 10"_s),
        OwnerTarget::entitlement(apps[10], own[0].id, own[0].displayName) };
    const QString refA = apps[9] + u'/' + source[0].id;
    const QString refB = apps[9] + u'/' + source[1].id;
    const QString nothing = source[0].id.left(20) + u"QQQQQQQ"_s; // 27 characters, no such entitlement
    auto ownersNow = [this, &apps, &own] {
        return m_tenant.server()->ownersOf(apps[10]).value(u"primary"_s)
            + m_tenant.server()->entitlementOwnersOf(apps[10], own[0].id).value(u"primary"_s);
    };
    QVERIFY(!ownersNow().contains(u"ent/"_s + refA));

    BulkAssignment add(s.get(), targets);
    add.setJournalDir(m_journals.path());
    add.setRoleSlug(u"primary"_s);
    BulkRowsModel model(add.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(add.ownerKind(), OwnerKind::User);
    QSignalSpy inputs(&add, &BulkAssignment::inputsChanged);
    QVERIFY(check(add,
        refA + u"\n"_s + apps[9] + u':' + source[1].id + u"\n"_s + apps[9] + u'/' + nothing + u"\n"_s + refA
            + u"\n"_s));
    QCOMPARE(add.ownerKind(), OwnerKind::Entitlement);
    QCOMPARE(inputs.count(), 1);
    QVERIFY2(add.notes().contains(u"entitlement owners"_s), qPrintable(add.notes()));
    QVERIFY2(add.notes().contains(u"duplicate"_s), qPrintable(add.notes()));
    BulkLedger* ledger = add.ledger();
    QCOMPARE(ledger->size(), 6); // 3 references × 2 targets
    QCOMPARE(ledger->count(RowStatus::Ready), 4);
    QCOMPARE(ledger->count(RowStatus::EntitlementNotFound), 2);
    for (int i = 0; i < ledger->size(); ++i) {
        const BulkRow& row = ledger->row(i);
        if (row.status != RowStatus::Ready)
            continue;
        QCOMPARE(row.owner.kind, OwnerKind::Entitlement);
        QVERIFY(row.ownerName == source[0].displayName || row.ownerName == source[1].displayName);
        const QString call = model.index(i, int(BulkRowsModel::Column::Call)).data().toString();
        QVERIFY2(call.startsWith(u"POST /api/v2/apps/"_s + apps[10])
                && call.contains(u"/owners/entitlements/primary/"_s + apps[9] + u'/'),
            qPrintable(call));
        QCOMPARE(call.contains(u"/entitlements/"_s + own[0].id + u"/owners/"_s), row.target == 1);
    }
    QVERIFY(add.canApply());
    add.apply();
    QVERIFY(add.job());
    QTRY_COMPARE_WITH_TIMEOUT(add.job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(ledger->count(RowStatus::Done), 4);
    const QStringList onApp = m_tenant.server()->ownersOf(apps[10]).value(u"primary"_s);
    const QStringList onEntitlement = m_tenant.server()->entitlementOwnersOf(apps[10], own[0].id).value(u"primary"_s);
    for (const QString& ref : { refA, refB }) {
        QCOMPARE(onApp.count(u"ent/"_s + ref), 1);
        QCOMPARE(onEntitlement.count(u"ent/"_s + ref), 1);
    }

    // A spreadsheet range under a header, entitlement owners chosen: removed again; a user ID is the wrong kind.
    BulkAssignment remove(s.get(), targets);
    remove.setJournalDir(m_journals.path());
    remove.setRoleSlug(u"primary"_s);
    remove.setOwnerKind(OwnerKind::Entitlement);
    remove.setOperation(BulkOperation::Remove);
    QVERIFY(check(remove,
        u"App ID\tEntitlement ID\r\n"_s + apps[9] + u'\t' + source[0].id + u"\r\n"_s + apps[9] + u'\t' + source[1].id
            + u"\r\n"_s + m_users[5].id + u"\r\n"_s));
    QCOMPARE(remove.ownerKind(), OwnerKind::Entitlement);
    QVERIFY2(remove.notes().contains(u"header"_s), qPrintable(remove.notes()));
    QCOMPARE(remove.ledger()->size(), 6);
    QCOMPARE(remove.ledger()->count(RowStatus::Ready), 4);
    QCOMPARE(remove.ledger()->count(RowStatus::WrongKind), 2);
    remove.apply();
    QVERIFY(remove.job());
    QTRY_COMPARE_WITH_TIMEOUT(remove.job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(remove.ledger()->count(RowStatus::Done), 4);
    const QStringList after = ownersNow();
    QVERIFY(!after.contains(u"ent/"_s + refA));
    QVERIFY(!after.contains(u"ent/"_s + refB));
}

QTEST_GUILESS_MAIN(TstBulkAssignment)
#include "tst_bulkassignment.moc"

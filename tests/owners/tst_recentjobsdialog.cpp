// The Recent Bulk Jobs window (ui/bulkpaste/RecentJobsDialog) and the undo dialog (UndoJobDialog) driven through
// their widgets against an in-process sandbox tenant, under Xvfb: a finished job is listed (another profile's is
// not), undone with Undo… → the check → Undo N changes (the tenant's owner lists equal those before the job), then
// cleared one by one and all at once.
#include "ui/WidgetAudit.h"
#include "workflows/UndoTestSupport.h"

#include "bulkpaste/RecentJobsDialog.h"
#include "bulkpaste/UndoJobDialog.h"
#include "workflows/RecentBulkJobs.h"
#include "workflows/UndoBulkJob.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace c1;
using namespace c1::test;

class TstRecentJobsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void undoThroughTheWidgets();

private:
    TestTenant m_tenant;
    QList<User> m_users;
};

void TstRecentJobsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    SandboxOptions options;
    options.latencyMs = 2;
    SandboxDataSize size;
    size.apps = 3;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 1;
    size.users = 40;
    size.ownersPerObject = 0;
    QVERIFY(m_tenant.start(options, size, TestTenant::fastRetry()));
    m_users = m_tenant.enabledUsers();
    QVERIFY(m_users.size() >= 25);
}

void TstRecentJobsDialog::undoThroughTheWidgets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<OwnerTarget> targets;
    for (const QString& id : m_tenant.server()->appIds().mid(0, 2))
        targets << OwnerTarget::app(id, id);
    // Before: users 0..3 own both apps. The job removes 0, 1 and adds 10..19.
    BulkJobState seed;
    seed.spec.roleSlug = u"primary"_s;
    seed.spec.targets = targets;
    BulkJobState plan;
    plan.spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.spec.profileId = u"p-gui"_s;
    plan.spec.profileName = u"Sandbox"_s;
    plan.spec.roleSlug = u"primary"_s;
    plan.spec.targets = targets;
    for (int t = 0; t < targets.size(); ++t) {
        for (int u = 0; u < 4; ++u)
            seed.rows << planRow(u, m_users[u].id, t, BulkOperation::Add);
        for (int u = 0; u < 2; ++u)
            plan.rows << planRow(u, m_users[u].id, t, BulkOperation::Remove);
        for (int u = 10; u < 20; ++u)
            plan.rows << planRow(u, m_users[u].id, t, BulkOperation::Add);
    }
    QCOMPARE(runJob(m_tenant.client(), seed).phase, BulkJobState::Phase::Finished);
    const auto before = ownerSnapshot(*m_tenant.server(), targets);
    QCOMPARE(runJob(m_tenant.client(), plan, JobJournal::pathFor(dir.path(), plan.spec.id)).phase,
        BulkJobState::Phase::Finished);
    // Another profile's finished job in the same folder: never offered here.
    BulkJobState other = plan;
    other.spec.id = u"other-profile-job"_s;
    other.spec.profileId = u"p-other"_s;
    other.phase = BulkJobState::Phase::Finished;
    for (BulkRow& row : other.rows)
        row.status = RowStatus::Done;
    const QString otherPath = JobJournal::pathFor(dir.path(), other.spec.id);
    QVERIFY(JobJournal::write(otherPath, other));

    auto session = sandboxSession(m_tenant, u"p-gui"_s);
    QVERIFY(session);
    RecentBulkJobs jobs;
    jobs.setJournalDir(dir.path());
    jobs.setProfileId(u"p-gui"_s);
    RecentJobsDialog dialog(&jobs, session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QTreeWidget*>(u"jobsList"_s);
    auto* undoButton = dialog.findChild<QPushButton*>(u"undoButton"_s);
    auto* clearButton = dialog.findChild<QPushButton*>(u"clearButton"_s);
    auto* clearAllButton = dialog.findChild<QPushButton*>(u"clearAllButton"_s);
    auto* intro = dialog.findChild<QLabel*>(u"introLabel"_s);
    QVERIFY(list && undoButton && clearButton && clearAllButton && intro);
    QVERIFY(intro->text().contains(u"30"_s)); // the retention, said in the window
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(2).contains(u"20"_s)); // 20 added
    QVERIFY(list->topLevelItem(0)->text(2).contains(u"4"_s)); // 4 removed
    C1_VERIFY_WIDGET_AUDIT(&dialog);

    list->setCurrentItem(list->topLevelItem(0));
    QTRY_VERIFY(undoButton->isEnabled());
    QTest::mouseClick(undoButton, Qt::LeftButton);
    UndoJobDialog* undoDialog = dialog.currentUndo();
    QVERIFY(undoDialog);
    QVERIFY(QTest::qWaitForWindowExposed(undoDialog));
    auto* apply = undoDialog->findChild<QPushButton*>(u"applyButton"_s);
    auto* close = undoDialog->findChild<QPushButton*>(u"closeButton"_s);
    QVERIFY(apply && close);
    QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 30000); // the check ran when the dialog opened
    QVERIFY2(apply->text().contains(u"24"_s), qPrintable(apply->text()));
    C1_VERIFY_WIDGET_AUDIT(undoDialog);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(undoDialog->undo()->state() == UndoBulkJob::State::Ended, 60000);
    QCOMPARE(ownerSnapshot(*m_tenant.server(), targets), before);
    QTRY_VERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);

    // The list now holds the undo too, and the job is marked undone (no second Undo…).
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    for (int i = 0; i < 2; ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        if (item->text(4).contains(u"undone by"_s)) {
            list->setCurrentItem(item);
            QTRY_VERIFY(!undoButton->isEnabled());
        }
    }
    // Clear one, then all (after a question).
    QTest::mouseClick(clearButton, Qt::LeftButton);
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QTest::mouseClick(clearAllButton, Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = dialog.findChild<QMessageBox*>(u"clearAllQuestion"_s)) != nullptr);
    auto* confirm = question->findChild<QPushButton*>(u"clearAllConfirmButton"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(list->topLevelItemCount(), 0);
    QVERIFY(QFile::exists(otherPath)); // another profile's job stays
    QVERIFY(jobs.jobs().isEmpty());
}

QTEST_MAIN(TstRecentJobsDialog)
#include "tst_recentjobsdialog.moc"

// The Recent Bulk Jobs window (ui/bulkpaste/RecentJobsDialog) and the undo dialog (UndoJobDialog) driven through
// their widgets against an in-process sandbox tenant, under Xvfb: a finished job is listed (another profile's is
// not), undone with Undo… → the check → Undo N changes (the tenant's owner lists equal those before the job), then
// cleared one by one and all at once.
#include "ui/WidgetAudit.h"
#include "workflows/HandoverTestSupport.h"
#include "workflows/UndoTestSupport.h"

#include "bulkpaste/RecentJobsDialog.h"
#include "bulkpaste/UndoJobDialog.h"
#include "workflows/HandoverHistory.h"
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
    void handoverListedAndUndone();

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

// A handover run to its end is listed with its leaver, successor and counts, and undone from the list (the tenant's
// owners of every object it touched are as before it); an interrupted one is listed as unfinished, neither undone
// nor cleared from here.
void TstRecentJobsDialog::handoverListedAndUndone()
{
    HandoverTenant t;
    SandboxOptions options;
    options.latencyMs = 2;
    QVERIFY(t.start(options));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString handovers = dir.filePath(u"handovers"_s);
    const QString journals = dir.filePath(u"jobs"_s);
    auto scan = t.scan(t.leaver);
    const User successor = t.successor(scan->model());
    QVERIFY(!successor.id.isEmpty());
    auto handover = t.handover(handovers);
    HandoverChoice choice;
    choice.leaver = t.leaver;
    choice.successor = successor;
    QVERIFY(handover->plan(scan->model()->items(), choice));
    const Handover& h = *handover;
    auto owners = [&t, &h] {
        QStringList all;
        for (const HandoverItem& item : h.items()) {
            QStringList now = t.ownersIn(item.target, item.role);
            now.sort();
            all << item.target.key() + u' ' + item.role + u' ' + now.join(u',');
        }
        return all;
    };
    const QStringList before = owners();
    QVERIFY(HandoverTenant::runs(*handover));
    QCOMPARE(h.stage(), HandoverStage::Finished);
    QVERIFY(owners() != before);
    int added = 0, removed = 0;
    for (const HandoverItem& item : h.items()) {
        added += item.add == RowStatus::Done;
        removed += item.remove == RowStatus::Done;
    }
    QVERIFY(added > 0 && removed > 0);
    // An interrupted one of the same profile.
    HandoverState interrupted;
    interrupted.id = u"interrupted"_s;
    interrupted.profileId = t.profile.id;
    interrupted.profileName = t.profile.name;
    interrupted.leaver = t.leaver;
    interrupted.stage = HandoverStage::Verifying;
    interrupted.round = 1;
    interrupted.items = { h.items().constFirst() };
    QVERIFY(HandoverState::write(HandoverState::pathFor(handovers, interrupted.id), interrupted));

    auto session = sandboxSession(t.tenant, t.profile.id);
    QVERIFY(session);
    RecentBulkJobs jobs;
    jobs.setJournalDir(journals);
    jobs.setHandoverDir(handovers);
    jobs.setProfileId(t.profile.id);
    RecentJobsDialog dialog(&jobs, session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QTreeWidget*>(u"jobsList"_s);
    auto* undoButton = dialog.findChild<QPushButton*>(u"undoButton"_s);
    auto* clearButton = dialog.findChild<QPushButton*>(u"clearButton"_s);
    QVERIFY(list && undoButton && clearButton);
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem* finished = nullptr;
    QTreeWidgetItem* unfinished = nullptr;
    const QString leaver = handoverPersonLabel(t.leaver);
    for (int i = 0; i < 2; ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        QVERIFY2(item->text(4).contains(u"handover of %1 to %2"_s.arg(leaver, handoverPersonLabel(successor))),
            qPrintable(item->text(4)));
        (item->text(4).contains(u"unfinished"_s) ? unfinished : finished) = item;
    }
    QVERIFY(finished && unfinished);
    QVERIFY2(finished->text(2).contains(u"%1 added"_s.arg(added)), qPrintable(finished->text(2)));
    QVERIFY2(finished->text(2).contains(u"%1 removed"_s.arg(removed)), qPrintable(finished->text(2)));
    C1_VERIFY_WIDGET_AUDIT(&dialog);

    list->setCurrentItem(unfinished);
    QTRY_VERIFY(!undoButton->isEnabled());
    QVERIFY(!clearButton->isEnabled());
    QVERIFY(undoButton->toolTip().contains(u"resume"_s));

    list->setCurrentItem(finished);
    QTRY_VERIFY(undoButton->isEnabled());
    QTest::mouseClick(undoButton, Qt::LeftButton);
    UndoJobDialog* undoDialog = dialog.currentUndo();
    QVERIFY(undoDialog);
    QVERIFY(QTest::qWaitForWindowExposed(undoDialog));
    auto* apply = undoDialog->findChild<QPushButton*>(u"applyButton"_s);
    auto* close = undoDialog->findChild<QPushButton*>(u"closeButton"_s);
    QVERIFY(apply && close);
    QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 30000);
    QVERIFY2(apply->text().contains(QString::number(added + removed)), qPrintable(apply->text()));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(undoDialog->undo()->state() == UndoBulkJob::State::Ended, 60000);
    QCOMPARE(undoDialog->undo()->job()->counts().failed, 0);
    QCOMPARE(owners(), before);
    QTRY_VERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);

    // The undo is listed, and the handover is undone: no second Undo….
    QTRY_COMPARE(list->topLevelItemCount(), 3);
    bool undone = false;
    for (int i = 0; i < 3; ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        if (item->text(4).contains(u"handover of"_s) && item->text(4).contains(u"undone by"_s)) {
            undone = true;
            list->setCurrentItem(item);
            QTRY_VERIFY(!undoButton->isEnabled());
        }
    }
    QVERIFY(undone);
}

QTEST_MAIN(TstRecentJobsDialog)
#include "tst_recentjobsdialog.moc"

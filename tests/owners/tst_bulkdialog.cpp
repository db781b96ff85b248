#include "support/TestTenant.h"

#include "api/Session.h"
#include "bulkpaste/BulkOwnersDialog.h"
#include "models/BulkRowsModel.h"
#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"
#include "workflows/BulkAssignment.h"
#include "workflows/BulkExport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

class TstBulkDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pastePreviewApply();
    void cancelMidway();
    void retryFailed();
    void readOnlyAndProduction();
    void resumeFromJournal();
    void offersTheTargetsRoles();
    void previewGetsTheRoom();
    void exportOpensInDocumentsThenLastFolder();
    void enterConfirmsTheWholeTenantName();

private:
    std::unique_ptr<Session> session(bool readOnly = false, bool production = false);
    std::unique_ptr<BulkOwnersDialog> dialog(Session* s, int apps);
    std::unique_ptr<BulkOwnersDialog> dialogFor(Session* s, int app);
    QString freshUser(int app, const QString& role, int from) const; // a user that does not own the app yet
    bool check(BulkOwnersDialog& d, const QString& paste);
    int count(BulkOwnersDialog& d, RowStatus status) { return d.rowsModel()->count(status); }
    template <typename T> T* find(BulkOwnersDialog& d, const char* name)
    {
        return d.findChild<T*>(QString::fromLatin1(name));
    }

    test::TestTenant m_tenant;
    QList<User> m_users;
    QTemporaryDir m_journals;
};

void TstBulkDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // file dialogs the test can drive
    SandboxOptions options;
    options.latencyMs = 2;
    SandboxDataSize size;
    size.apps = 6;
    size.resourceTypesPerApp = 1;
    size.resourcesPerType = 1;
    size.users = 60;
    QVERIFY(m_tenant.start(options, size, test::TestTenant::fastRetry()));
    m_users = m_tenant.enabledUsers();
    QVERIFY(m_users.size() >= 40);
    QVERIFY(m_journals.isValid());
}

std::unique_ptr<Session> TstBulkDialog::session(bool readOnly, bool production)
{
    Profile profile;
    profile.id = u"p-test"_s;
    profile.name = u"Sandbox"_s;
    profile.urlOverride = m_tenant.server()->baseUrl();
    profile.readOnly = readOnly;
    profile.production = production;
    profile.concurrency = 4;
    ProfileSecrets secrets;
    secrets.clientId = m_tenant.credentials().clientId;
    secrets.clientSecret = m_tenant.credentials().clientSecret;
    QString error;
    std::unique_ptr<Session> s = Session::create(profile, secrets, &error);
    if (!s)
        qWarning("session: %s", qPrintable(error));
    return s;
}

std::unique_ptr<BulkOwnersDialog> TstBulkDialog::dialog(Session* s, int apps)
{
    QList<OwnerTarget> targets;
    const QStringList ids = m_tenant.server()->appIds();
    for (int a = 0; a < apps; ++a)
        targets << OwnerTarget::app(ids[a], u"App %1"_s.arg(a));
    auto d = std::make_unique<BulkOwnersDialog>(s, targets);
    d->setJournalDir(m_journals.path());
    d->show();
    return d;
}

std::unique_ptr<BulkOwnersDialog> TstBulkDialog::dialogFor(Session* s, int app)
{
    auto d = std::make_unique<BulkOwnersDialog>(
        s, QList<OwnerTarget> { OwnerTarget::app(m_tenant.server()->appIds()[app], u"App %1"_s.arg(app)) });
    d->setJournalDir(m_journals.path());
    d->show();
    return d;
}

QString TstBulkDialog::freshUser(int app, const QString& role, int from) const
{
    const QStringList owners = m_tenant.server()->ownersOf(m_tenant.server()->appIds()[app]).value(role);
    for (int u = from; u < m_users.size(); ++u) {
        if (!owners.contains(u"user/"_s + m_users[u].id))
            return m_users[u].id;
    }
    return {};
}

bool TstBulkDialog::check(BulkOwnersDialog& d, const QString& paste)
{
    auto* edit = find<QPlainTextEdit>(d, "pasteEdit");
    edit->clear();
    QTest::keyClicks(edit, paste.left(1));
    edit->insertPlainText(paste.mid(1)); // as a paste would
    QSignalSpy checked(&d, &BulkOwnersDialog::checkFinished);
    QTest::mouseClick(find<QPushButton>(d, "checkButton"), Qt::LeftButton);
    return checked.wait(30000);
}

void TstBulkDialog::pastePreviewApply()
{
    auto s = session();
    QVERIFY(s);
    auto d = dialog(s.get(), 2);
    d->setRoleSlug(u"secondary"_s);
    const QString paste = u"email\n"_s + m_users[0].email + u"\n\""_s + m_users[1].id + u"\",\n"_s + m_users[2].id
        + u"\t"_s + m_users[0].email + u"\njunk\n"_s + m_users[3].id.left(26) + u"\n"_s;
    QVERIFY(check(*d, paste));
    QVERIFY(find<QLabel>(*d, "notesLabel")->text().contains(u"duplicate"_s));
    QVERIFY(find<QLabel>(*d, "notesLabel")->text().contains(u"header"_s));

    BulkRowsModel* model = d->rowsModel();
    QCOMPARE(model->rowCount(), 10); // (3 users + 2 malformed) × 2 apps
    QCOMPARE(count(*d, RowStatus::Invalid), 4);
    QCOMPARE(count(*d, RowStatus::Ready) + count(*d, RowStatus::NoOp), 6);
    const int ready = count(*d, RowStatus::Ready);
    QVERIFY(ready > 0);
    QVERIFY(find<QLabel>(*d, "summaryLabel")->text().contains(u"%1 owner"_s.arg(ready)));

    // Filter the table to problems, then back.
    auto* table = find<QTableView>(*d, "previewTable");
    auto* filter = find<QComboBox>(*d, "statusFilterCombo");
    filter->setCurrentIndex(filter->findData(int(BulkRowsFilterModel::StatusGroup::Problems)));
    QCOMPARE(table->model()->rowCount(), 4);
    filter->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 10);

    // Untick one ready row.
    int unticked = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->row(i).status == RowStatus::Ready) {
            unticked = i;
            break;
        }
    }
    QVERIFY(model->setData(model->index(unticked, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model->count(RowStatus::Ready, true), ready - 1);

    auto* apply = find<QPushButton>(*d, "applyButton");
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(d->job());
    QTRY_COMPARE_WITH_TIMEOUT(d->job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(count(*d, RowStatus::Done), ready - 1);
    QCOMPARE(count(*d, RowStatus::NotAttempted), 1);
    QVERIFY(!find<QPushButton>(*d, "retryButton")->isEnabled());
    QVERIFY(find<QPushButton>(*d, "exportButton")->isEnabled());
    QVERIFY(find<QLabel>(*d, "rateLabel")->text().contains(u"written"_s));
    // The finished page offers the undo of the job, by its journal.
    auto* undo = find<QPushButton>(*d, "undoJobButton");
    QTRY_VERIFY(!undo->isHidden() && undo->isEnabled());
    QSignalSpy undoRequested(d.get(), &BulkOwnersDialog::undoRequested);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(undoRequested.size(), 1);
    QCOMPARE(undoRequested.first().first().toString(), d->job()->journal()->path());

    // The tenant has exactly the rows that were done.
    for (int i = 0; i < model->rowCount(); ++i) {
        const BulkRow& row = model->row(i);
        if (row.status != RowStatus::Done && row.status != RowStatus::NotAttempted)
            continue;
        const QString appId = m_tenant.server()->appIds()[row.target];
        const bool present = m_tenant.server()->ownersOf(appId).value(u"secondary"_s).contains(row.owner.key());
        QCOMPARE(present, row.status == RowStatus::Done);
    }
}

void TstBulkDialog::cancelMidway()
{
    m_tenant.server()->options().latencyMs = 25;
    auto s = session();
    QVERIFY(s);
    auto d = dialog(s.get(), 4);
    d->setRoleSlug(u"primary"_s);
    QString paste;
    for (int u = 10; u < 35; ++u)
        paste += m_users[u].id + u'\n';
    QVERIFY(check(*d, paste));
    QTest::mouseClick(find<QPushButton>(*d, "applyButton"), Qt::LeftButton);
    QVERIFY(d->job());
    QTRY_VERIFY_WITH_TIMEOUT(count(*d, RowStatus::Done) >= 10, 30000);
    auto* cancel = find<QPushButton>(*d, "cancelJobButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(d->job()->phase(), BulkJobState::Phase::Canceled, 30000);
    m_tenant.server()->options().latencyMs = 2;
    QVERIFY(count(*d, RowStatus::Canceled) > 0);
    QCOMPARE(count(*d, RowStatus::Sending) + count(*d, RowStatus::Verifying) + count(*d, RowStatus::Ready), 0);
    QVERIFY(find<QLabel>(*d, "summaryLabel")->text().contains(u"canceled"_s));
}

void TstBulkDialog::retryFailed()
{
    auto s = session();
    QVERIFY(s);
    auto d = dialog(s.get(), 1);
    d->setRoleSlug(u"reviewer"_s); // unknown to the tenant until later
    QVERIFY(check(*d, m_users[40].id + u' ' + m_users[41].id));
    QCOMPARE(count(*d, RowStatus::Ready), 2);
    QTest::mouseClick(find<QPushButton>(*d, "applyButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(d->job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(count(*d, RowStatus::Failed), 2);
    const QModelIndex details = d->rowsModel()->index(0, int(BulkRowsModel::Column::Details));
    QVERIFY(details.data().toString().contains(u"request-id"_s));
    auto* retry = find<QPushButton>(*d, "retryButton");
    QVERIFY(retry->isEnabled());

    m_tenant.server()->options().roleSlugs << u"reviewer"_s;
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(count(*d, RowStatus::Done), 2, 30000);
    QCOMPARE(count(*d, RowStatus::Failed), 0);
}

void TstBulkDialog::readOnlyAndProduction()
{
    {
        auto s = session(true);
        QVERIFY(s);
        auto d = dialog(s.get(), 1);
        QVERIFY(find<QLabel>(*d, "readOnlyBanner")->isVisible());
        QVERIFY(check(*d, m_users[45].id));
        QCOMPARE(count(*d, RowStatus::Blocked), 1);
        QVERIFY(!find<QPushButton>(*d, "applyButton")->isEnabled());
    }
    {
        auto s = session(false, true);
        QVERIFY(s);
        auto d = dialog(s.get(), 1);
        QVERIFY(!find<QLabel>(*d, "readOnlyBanner")->isVisible());
        QVERIFY(check(*d, m_users[46].id));
        auto* apply = find<QPushButton>(*d, "applyButton");
        auto* confirm = find<QLineEdit>(*d, "confirmEdit");
        QVERIFY(confirm->isVisible());
        QVERIFY(!apply->isEnabled());
        QTest::keyClicks(confirm, u"wrong-tenant"_s);
        QVERIFY(!apply->isEnabled());
        confirm->clear();
        QTest::keyClicks(confirm, s->tenantHost());
        QVERIFY(apply->isEnabled());
    }
}

void TstBulkDialog::resumeFromJournal()
{
    // A journal as a crash would leave it: one row "sending" (it did reach the tenant), one never sent.
    const QString appId = m_tenant.server()->appIds()[5];
    BulkJobState state;
    state.spec.id = u"resume-1"_s;
    state.spec.profileId = u"p-test"_s;
    state.spec.roleSlug = u"primary"_s;
    state.spec.targets = { OwnerTarget::app(appId, u"App 5"_s) };
    state.phase = BulkJobState::Phase::Running;
    for (int u : { 50, 51 }) {
        BulkRow row;
        row.line = u;
        row.input = m_users[u].id;
        row.owner = OwnerRef::user(m_users[u].id);
        row.status = u == 50 ? RowStatus::Sending : RowStatus::Ready;
        state.rows << row;
    }
    // Row 50 took effect before the "crash".
    bool added = false;
    QObject context;
    m_tenant.client()->addOwner(state.spec.targets[0], u"primary"_s, OwnerRef::user(m_users[50].id), &context,
        [&added](const Result<OwnerRecord>& r) { added = r.ok(); });
    QTRY_VERIFY(added);
    const QString path = JobJournal::pathFor(m_journals.path(), state.spec.id);
    QVERIFY(JobJournal::write(path, state));

    auto s = session();
    QVERIFY(s);
    // Resuming is the workflow's (BulkAssignment::resume); the dialog shows the job it took over.
    auto* assignment = new BulkAssignment(s.get(), {});
    QString error;
    QVERIFY2(assignment->resume(path, &error), qPrintable(error));
    auto d = std::make_unique<BulkOwnersDialog>(assignment);
    QCOMPARE(assignment->parent(), d.get());
    d->show();
    QVERIFY(find<QPushButton>(*d, "applyButton")->text().contains(u"Resume"_s));
    QVERIFY(!find<QPushButton>(*d, "checkButton")->isEnabled());
    QVERIFY(find<QPlainTextEdit>(*d, "pasteEdit")->isReadOnly());
    QCOMPARE(d->rowsModel()->rowCount(), 2);
    auto* apply = find<QPushButton>(*d, "applyButton");
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(d->job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(count(*d, RowStatus::Done), 2);
    QCOMPARE(m_tenant.server()->ownerWrites(appId, {}, {}, u"user/"_s + m_users[50].id), 1);
    QCOMPARE(m_tenant.server()->ownerWrites(appId, {}, {}, u"user/"_s + m_users[51].id), 1);

    // Another profile's job is refused.
    state.spec.profileId = u"other"_s;
    QVERIFY(JobJournal::write(path, state));
    BulkAssignment refused(s.get(), {});
    QVERIFY(!refused.resume(path, &error));
    QVERIFY(!error.isEmpty());
}

void TstBulkDialog::offersTheTargetsRoles()
{
    // An owner in a role the console has never seen: after the check it is offered, and the choice stays.
    m_tenant.server()->options().roleSlugs << u"approver"_s;
    const OwnerTarget target = OwnerTarget::app(m_tenant.server()->appIds()[3], u"App 3"_s);
    QObject context;
    bool added = false;
    m_tenant.client()->addOwner(target, u"approver"_s, OwnerRef::user(m_users[45].id), &context,
        [&added](const Result<OwnerRecord>& result) { added = result.ok(); });
    QTRY_VERIFY(added);

    auto s = session();
    QVERIFY(s);
    QList<OwnerTarget> targets { target };
    auto d = std::make_unique<BulkOwnersDialog>(s.get(), targets);
    d->setJournalDir(m_journals.path());
    d->show();
    d->setRoleSlug(u"secondary"_s);
    auto* roles = find<QComboBox>(*d, "roleCombo");
    QCOMPARE(roles->findText(u"approver"_s), -1);
    QVERIFY(check(*d, m_users[46].id));
    QVERIFY(roles->findText(u"approver"_s) >= 0);
    QCOMPARE(roles->currentText(), u"secondary"_s);
    QVERIFY(find<QLabel>(*d, "notesLabel")->text().contains(u"approver"_s));
    QVERIFY(find<QPushButton>(*d, "applyButton")->isEnabled()); // the preview is still valid
}

void TstBulkDialog::previewGetsTheRoom()
{
    QSettings().remove(u"bulkOwnersDialog/previewSplit"_s);
    auto s = session();
    QVERIFY(s);
    QList<int> chosen;
    {
        auto d = dialog(s.get(), 2);
        d->setRoleSlug(u"secondary"_s);
        auto* paste = find<QGroupBox>(*d, "pasteGroup");
        auto* preview = find<QGroupBox>(*d, "previewGroup");
        QVERIFY(check(*d, m_users[20].id + u"\njunk\n"_s + m_users[21].id + u"\nnot-an-id\n"_s));
        // Two bad lines, each a problem once per target: both counts are said.
        // (No catalog is loaded here: "(s)" is the untranslated plural.)
        const QString summary = find<QLabel>(*d, "summaryLabel")->text().replace(u"(s)"_s, u"s"_s);
        QVERIFY2(summary.contains(u"2 lines with problems (4 rows)"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"8 rows (4 lines × 2 targets)"_s), qPrintable(summary));
        // Once checked, the preview has the room.
        QTRY_VERIFY2(preview->height() > 2 * paste->height(),
            qPrintable(u"paste %1, preview %2"_s.arg(paste->height()).arg(preview->height())));
        // The admin moves the split the other way; closing keeps it.
        auto* splitter = find<QSplitter>(*d, "splitter");
        splitter->setSizes({ 400, 250 });
        chosen = splitter->sizes();
        QVERIFY(chosen[0] > chosen[1]);
        d->reject();
    }
    auto d = dialog(s.get(), 2);
    auto* splitter = find<QSplitter>(*d, "splitter");
    const QList<int> before = splitter->sizes();
    QVERIFY(check(*d, m_users[22].id));
    QTRY_COMPARE(splitter->sizes(), chosen);
    QVERIFY(before != chosen); // not shown like that before a check
}

void TstBulkDialog::exportOpensInDocumentsThenLastFolder()
{
    QSettings().remove(u"bulkOwners/exportDirectory"_s);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(!documents.isEmpty());
    QVERIFY(QDir().mkpath(documents));
    auto s = session();
    QVERIFY(s);
    auto d = dialog(s.get(), 1);
    QVERIFY(check(*d, m_users[23].id + u"\njunk"_s));
    auto* exportButton = find<QPushButton>(*d, "exportButton");
    QVERIFY(exportButton->isEnabled());

    QTest::mouseClick(exportButton, Qt::LeftButton);
    QPointer<QFileDialog> files = d->findChild<QFileDialog*>(u"exportCsvFileDialog"_s);
    QVERIFY(files);
    QTRY_VERIFY(files->isVisible());
    QCOMPARE(QDir(files->directory()).canonicalPath(), QDir(documents).canonicalPath()); // not the working folder
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString path = out.filePath(u"bulk.csv"_s);
    files->selectFile(path);
    static_cast<QDialog*>(files.data())->accept(); // QFileDialog::accept (protected there) as the Save button does
    QTRY_VERIFY(!files);
    QVERIFY(QFile::exists(path));
    QCOMPARE(BulkExport::directory(), out.path());

    QTest::mouseClick(exportButton, Qt::LeftButton);
    files = d->findChild<QFileDialog*>(u"exportCsvFileDialog"_s);
    QVERIFY(files);
    QCOMPARE(QDir(files->directory()).canonicalPath(), QDir(out.path()).canonicalPath()); // the last folder used
    files->reject();
}

void TstBulkDialog::enterConfirmsTheWholeTenantName()
{
    auto s = session(false, true);
    QVERIFY(s);
    const QString user = freshUser(4, u"primary"_s, 47);
    QVERIFY(!user.isEmpty());
    auto d = dialogFor(s.get(), 4);
    d->setRoleSlug(u"primary"_s);
    QVERIFY(check(*d, user));
    // No button is a default that Enter could press by accident.
    for (QPushButton* button : d->findChildren<QPushButton*>()) {
        QVERIFY2(!button->isDefault(), qPrintable(button->objectName()));
        QVERIFY2(!button->autoDefault(), qPrintable(button->objectName()));
    }
    auto* apply = find<QPushButton>(*d, "applyButton");
    auto* confirm = find<QLineEdit>(*d, "confirmEdit");
    const QString name = s->tenantHost(); // "127.0.0.1:<port>", as the profile band shows it
    QVERIFY(find<QLabel>(*d, "confirmLabel")->text().contains(name));
    confirm->setFocus();

    // Enter with nothing typed, with the first label of the address, or without its port: nothing happens.
    for (const QString& typed : { QString(), u"127"_s, name.section(u':', 0, 0) }) {
        confirm->clear();
        QTest::keyClicks(confirm, typed);
        QVERIFY2(!apply->isEnabled(), qPrintable(typed));
        QTest::keyClick(confirm, Qt::Key_Return);
        QVERIFY2(!d->job(), qPrintable(typed));
        QVERIFY(!d->findChild<QFileDialog*>());
        QVERIFY(d->isVisible());
    }

    // The whole name, then Enter: the job starts; no file dialog opens.
    confirm->clear();
    QTest::keyClicks(confirm, name);
    QVERIFY(apply->isEnabled());
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(d->job());
    QVERIFY(!d->findChild<QFileDialog*>());
    QTRY_COMPARE_WITH_TIMEOUT(d->job()->phase(), BulkJobState::Phase::Finished, 30000);
    QCOMPARE(count(*d, RowStatus::Done), 1);
}

QTEST_MAIN(TstBulkDialog)
#include "tst_bulkdialog.moc"

#include "models/BulkLedger.h"
#include "models/BulkRowsModel.h"
#include "models/CsvWriter.h"
#include "owners/BulkPlanner.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

namespace {

QString id(char c, int n)
{
    return (QString(QLatin1Char(c)) + QString::number(n).rightJustified(26, u'0'));
}

User user(const QString& userId, const QString& email, const QString& status = u"ENABLED"_s)
{
    User u;
    u.id = userId;
    u.email = email;
    u.displayName = u"User "_s + userId.right(3);
    u.status = status;
    return u;
}

OwnerRecord owner(const QString& userId, const QString& role)
{
    OwnerRecord r;
    r.ref = OwnerRef::user(userId);
    r.roleSlug = role;
    return r;
}

QStringList statuses(const QList<BulkRow>& rows)
{
    QStringList out;
    for (const BulkRow& r : rows)
        out << QString::number(r.target) + u':' + rowStatusKey(r.status);
    return out;
}

} // namespace

class TstBulkPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plansEveryVerdict();
    void ownerLimitCountsExistingAndNew();
    void chooseResolvesAmbiguousEmail();
    void removeOperation();
    void readOnlyBlocksEverything();
    void modelUnderTester();
    void csvQuoting_data();
    void csvQuoting();
    void csvExport();
};

void TstBulkPlanner::plansEveryVerdict()
{
    BulkPlanner::Input in;
    in.targets = { OwnerTarget::app(id('a', 1), u"App one"_s), OwnerTarget::app(id('a', 2), u"App two"_s) };
    in.roleSlug = u"primary"_s;
    BulkPlanner planner(in);
    planner.addUsers({ user(id('u', 1), u"one@example.com"_s), user(id('u', 2), u"two@example.com"_s, u"DISABLED"_s) });
    planner.addEmailMatches(u"three@example.com"_s, { user(id('u', 3), u"Three@Example.com"_s) });
    planner.addEmailMatches(u"shared@example.com"_s,
        { user(id('u', 4), u"shared@example.com"_s), user(id('u', 5), u"shared@example.com"_s),
            user(id('u', 6), u"other@example.com"_s) });
    planner.setExistingOwners(0, { owner(id('u', 1), u"primary"_s) });
    planner.setExistingOwners(1, { owner(id('u', 1), u"secondary"_s) });

    const QString text = id('u', 1) + u"\n"_s + id('u', 2) + u"\n"_s + id('u', 9) + u"\nthree@example.com\n"_s
        + u"shared@example.com\nnobody@example.com\nbad\n"_s + id('a', 1) + u":"_s + id('e', 1) + u"\n"_s + id('u', 3);
    const OwnerParseResult parsed = OwnerIdParser::parse(text);
    const QList<BulkRow> rows = planner.plan(parsed);
    QCOMPARE(statuses(rows),
        (QStringList { u"0:noop"_s, u"1:ready"_s, // u1: owner of app one in this role, of app two in another
            u"0:disabled"_s, u"1:disabled"_s, u"0:unknown-user"_s, u"1:unknown-user"_s, u"0:ready"_s, u"1:ready"_s,
            u"0:ambiguous"_s, u"1:ambiguous"_s, u"0:unknown-user"_s, u"1:unknown-user"_s, u"0:invalid"_s,
            u"1:invalid"_s, u"0:wrong-kind"_s, u"1:wrong-kind"_s, u"0:noop"_s,
            u"1:noop"_s })); // the ID of a user already given by email
    QCOMPARE(rows[8].candidates.size(), 2);
    QVERIFY(rows[16].message.contains(u"line 4"_s));
    QCOMPARE(rows[6].owner.userId, id('u', 3));
}

void TstBulkPlanner::ownerLimitCountsExistingAndNew()
{
    BulkPlanner::Input in;
    in.targets = { OwnerTarget::app(id('a', 1)) };
    in.roleSlug = u"primary"_s;
    in.ownerLimit = 5;
    BulkPlanner planner(in);
    QList<User> users;
    QString text;
    for (int i = 0; i < 6; ++i) {
        users << user(id('u', i), {});
        text += id('u', i) + u'\n';
    }
    planner.addUsers(users);
    // Two existing owners in another role and one in this role (u0).
    planner.setExistingOwners(
        0, { owner(id('u', 0), u"primary"_s), owner(id('x', 1), u"secondary"_s), owner(id('x', 2), u"secondary"_s) });
    QList<BulkRow> rows = planner.plan(OwnerIdParser::parse(text));
    QCOMPARE(statuses(rows),
        (QStringList {
            u"0:noop"_s, u"0:ready"_s, u"0:ready"_s, u"0:over-limit"_s, u"0:over-limit"_s, u"0:over-limit"_s }));
    rows[1].checked = false; // unticking frees a place
    planner.applyTargetRules(rows);
    QCOMPARE(statuses(rows),
        (QStringList { u"0:noop"_s, u"0:ready"_s, u"0:ready"_s, u"0:ready"_s, u"0:over-limit"_s, u"0:over-limit"_s }));
}

void TstBulkPlanner::chooseResolvesAmbiguousEmail()
{
    BulkPlanner::Input in;
    in.targets = { OwnerTarget::app(id('a', 1)), OwnerTarget::app(id('a', 2)) };
    in.roleSlug = u"primary"_s;
    BulkPlanner planner(in);
    planner.addEmailMatches(u"shared@example.com"_s,
        { user(id('u', 4), u"shared@example.com"_s), user(id('u', 5), u"shared@example.com"_s) });
    planner.setExistingOwners(1, { owner(id('u', 5), u"primary"_s) });
    QList<BulkRow> rows = planner.plan(OwnerIdParser::parse(u"shared@example.com"_s));
    QCOMPARE(statuses(rows), (QStringList { u"0:ambiguous"_s, u"1:ambiguous"_s }));
    QVERIFY(!planner.choose(rows, u"shared@example.com"_s, id('u', 9))); // not a candidate
    QVERIFY(planner.choose(rows, u"shared@example.com"_s, id('u', 5)));
    QCOMPARE(statuses(rows), (QStringList { u"0:ready"_s, u"1:noop"_s }));
    QCOMPARE(rows[0].owner.userId, id('u', 5));
}

void TstBulkPlanner::removeOperation()
{
    BulkPlanner::Input in;
    in.targets = { OwnerTarget::resource(id('a', 1), id('t', 1), id('r', 1)) };
    in.roleSlug = u"primary"_s;
    in.operation = BulkOperation::Remove;
    BulkPlanner planner(in);
    planner.addUsers({ user(id('u', 1), {}), user(id('u', 2), {}, u"DISABLED"_s) });
    planner.setExistingOwners(0, { owner(id('u', 2), u"primary"_s) });
    const QList<BulkRow> rows = planner.plan(OwnerIdParser::parse(QString(id('u', 1) + u' ' + id('u', 2))));
    // Removing a disabled user is allowed; removing a non-owner is a no-op.
    QCOMPARE(statuses(rows), (QStringList { u"0:noop"_s, u"0:ready"_s }));
}

void TstBulkPlanner::readOnlyBlocksEverything()
{
    BulkPlanner::Input in;
    in.targets = { OwnerTarget::app(id('a', 1)) };
    in.roleSlug = u"primary"_s;
    in.readOnly = true;
    BulkPlanner planner(in);
    planner.addUsers({ user(id('u', 1), {}), user(id('u', 2), {}) });
    const QList<BulkRow> rows = planner.plan(OwnerIdParser::parse(QString(id('u', 1) + u' ' + id('u', 2))));
    QCOMPARE(statuses(rows), (QStringList { u"0:blocked"_s, u"0:blocked"_s }));
}

void TstBulkPlanner::modelUnderTester()
{
    BulkLedger ledger;
    BulkRowsModel model(&ledger);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BulkRowsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    BulkPlanner::Input in;
    in.targets = { OwnerTarget::app(id('a', 1), u"App one"_s), OwnerTarget::app(id('a', 2), u"App two"_s) };
    in.roleSlug = u"primary"_s;
    BulkPlanner planner(in);
    planner.addUsers({ user(id('u', 1), u"one@example.com"_s), user(id('u', 2), u"two@example.com"_s) });
    ledger.setContext({ in.targets, in.kind, in.operation, in.roleSlug });
    ledger.setRows(planner.plan(OwnerIdParser::parse(QString(id('u', 1) + u"\n"_s + id('u', 2) + u"\nnope"_s))));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.count(RowStatus::Ready), 4);
    QCOMPARE(model.count(RowStatus::Invalid), 2);
    const QModelIndex call = model.index(0, int(BulkRowsModel::Column::Call));
    QCOMPARE(call.data().toString(), u"POST /api/v2/apps/"_s + id('a', 1) + u"/owners/users/primary/"_s + id('u', 1));
    QCOMPARE(model.index(4, int(BulkRowsModel::Column::Call)).data().toString(), QString());
    QCOMPARE(model.index(1, int(BulkRowsModel::Column::Target)).data().toString(), u"App two"_s);

    proxy.setStatusGroup(BulkRowsFilterModel::StatusGroup::Problems);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStatusGroup(BulkRowsFilterModel::StatusGroup::All);
    proxy.setFilterFixedString(u"App two"_s);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterFixedString(QString());
    proxy.sort(int(BulkRowsModel::Column::Line), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toInt(), 3);

    // Untick through the model
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(model.setData(first, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.count(RowStatus::Ready, true), 3);
    ledger.setCheckable(false);
    QVERIFY(!(model.flags(first) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(first, Qt::Checked, Qt::CheckStateRole));

    BulkRow done = model.row(1);
    done.status = RowStatus::Failed;
    done.message = u"server said no"_s;
    done.requestId = u"req-1"_s;
    ledger.setRow(1, done);
    QVERIFY(model.index(1, int(BulkRowsModel::Column::Details)).data().toString().contains(u"req-1"_s));
    QCOMPARE(model.count(RowStatus::Failed), 1);
    ledger.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TstBulkPlanner::csvQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("formula") << u"=SUM(A1)"_s << u"'=SUM(A1)"_s;
    QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
    QTest::newRow("leading space") << u" x"_s << u"\" x\""_s;
    QTest::newRow("empty") << QString() << QString();
}

void TstBulkPlanner::csvQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(value), expected);
}

void TstBulkPlanner::csvExport()
{
    BulkLedger ledger;
    const QList<OwnerTarget> targets { OwnerTarget::app(id('a', 1), u"App, \"one\""_s) };
    ledger.setContext({ targets, OwnerKind::User, BulkOperation::Add, u"primary"_s });
    BulkRow row;
    row.line = 3;
    row.input = id('u', 1);
    row.owner = OwnerRef::user(id('u', 1));
    row.status = RowStatus::Failed;
    row.message = u"denied, sorry"_s;
    row.requestId = u"r-9"_s;
    row.attempts = 1; // it was sent
    ledger.setRows({ row });
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ledger.writeCsv(&buffer);
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(buffer.data().mid(3));
    const QStringList lines = csv.split(u"\r\n"_s);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(u"line,input,"_s));
    QCOMPARE(lines[1],
        u"3,"_s + id('u', 1) + u",user,"_s + id('u', 1) + u",,,primary,\"App, \"\"one\"\"\",app/"_s + id('a', 1)
            + u",failed,\"denied, sorry\",r-9,POST,/api/v2/apps/"_s + id('a', 1) + u"/owners/users/primary/"_s
            + id('u', 1));
    QVERIFY(lines[0].contains(u",role,"_s));

    // A row that was never sent names no call.
    row.attempts = 0;
    row.status = RowStatus::NotAttempted;
    row.message = u"unticked"_s;
    row.requestId.clear();
    ledger.setRows({ row });
    QBuffer unsent;
    unsent.open(QIODevice::WriteOnly);
    ledger.writeCsv(&unsent);
    QVERIFY(QString::fromUtf8(unsent.data()).split(u"\r\n"_s).at(1).endsWith(u",not-attempted,unticked,,,"_s));
}

QTEST_GUILESS_MAIN(TstBulkPlanner)
#include "tst_bulkplanner.moc"

// OwnersModel: grouping by role slug, merging list results with accepted-but-pending changes, and Qt's model
// rules (QAbstractItemModelTester on every step).
#include "models/OwnersModel.h"
#include "models/RoleSlugs.h"
#include "settings/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;

namespace {
QString id27(char fill, int n)
{
    QString id = QString::number(n).rightJustified(4, QLatin1Char('0'));
    return QString(27 - id.size(), QLatin1Char(fill)) + id;
}

OwnerRecord userOwner(const OwnerTarget& target, const QString& slug, int n, const QString& name = {})
{
    OwnerRecord r;
    r.target = target;
    r.roleSlug = slug;
    r.ref = OwnerRef::user(id27('U', n));
    User user;
    user.id = r.ref.userId;
    user.displayName = name.isEmpty() ? QStringLiteral("User %1").arg(n) : name;
    user.email = QStringLiteral("user%1@example.com").arg(n);
    r.user = user;
    return r;
}

OwnerRecord entitlementOwner(const OwnerTarget& target, const QString& slug, int n)
{
    OwnerRecord r;
    r.target = target;
    r.roleSlug = slug;
    r.ref = OwnerRef::ofEntitlement(id27('A', 1), id27('E', n));
    AppEntitlement entitlement;
    entitlement.id = r.ref.entitlement.id;
    entitlement.appId = r.ref.entitlement.appId;
    entitlement.displayName = QStringLiteral("Entitlement %1").arg(n);
    r.entitlement = entitlement;
    return r;
}

const OwnerTarget appA = OwnerTarget::app(id27('A', 1), QStringLiteral("App A"));
const OwnerTarget resB = OwnerTarget::resource(id27('A', 1), id27('T', 1), id27('R', 1), QStringLiteral("Res B"));
const QString primary = QStringLiteral("primary");
const QString secondary = QStringLiteral("secondary");
} // namespace

class TestOwnersModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupsByRoleSlug()
    {
        OwnersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTarget(appA);
        QCOMPARE(model.rowCount(), 0);
        model.setListed(OwnerKind::User,
            { userOwner(appA, secondary, 2, QStringLiteral("Zed")), userOwner(appA, primary, 1, QStringLiteral("Ann")),
                userOwner(appA, primary, 3, QStringLiteral("Bob")) });
        model.setListed(OwnerKind::Entitlement, { entitlementOwner(appA, primary, 1) });
        QCOMPARE(model.roleSlugs(), (QStringList { primary, secondary }));
        const QModelIndex primaryGroup = model.index(0, 0);
        QCOMPARE(model.rowCount(primaryGroup), 3);
        QCOMPARE(model.index(0, 0, primaryGroup).data().toString(), QStringLiteral("Ann"));
        QCOMPARE(model.index(1, 0, primaryGroup).data().toString(), QStringLiteral("Bob"));
        QCOMPARE(model.index(2, 0, primaryGroup).data().toString(), QStringLiteral("Entitlement 1"));
        QCOMPARE(model.index(0, int(OwnersModel::Column::Detail), primaryGroup).data().toString(),
            QStringLiteral("user1@example.com"));
        QCOMPARE(model.index(2, int(OwnersModel::Column::Id), primaryGroup).data().toString(),
            id27('A', 1) + QLatin1Char('/') + id27('E', 1));
        QVERIFY(model.index(0, 0).data(OwnersModel::IsGroupRole).toBool());
        QCOMPARE(model.ownerCount(OwnerKind::User), 3);
        QCOMPARE(model.ownerCount(OwnerKind::Entitlement), 1);
        QVERIFY(model.recordAt(model.index(0, 0, primaryGroup)).has_value());
        QVERIFY(!model.recordAt(primaryGroup).has_value());

        // A new complete list: rows that left disappear, an emptied group goes.
        model.setListed(OwnerKind::User, { userOwner(appA, primary, 1, QStringLiteral("Ann")) });
        QCOMPARE(model.roleSlugs(), (QStringList { primary }));
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    }

    void pendingAddUntilListed()
    {
        OwnersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pending(&model, &OwnersModel::pendingChanged);
        model.setTarget(appA);
        model.setListed(OwnerKind::User, { userOwner(appA, primary, 1) });
        const OwnerRecord added = userOwner(appA, secondary, 7);
        model.markAdded(added);
        QCOMPARE(model.pendingCount(), 1);
        QCOMPARE(pending.constLast().at(0).toInt(), 1);
        QCOMPARE(model.stateOf(appA, secondary, added.ref), OwnersModel::State::PendingAdd);
        QVERIFY(model.isOwner(appA, secondary, added.ref));
        QVERIFY(!model.isOwner(appA, primary, added.ref)); // per role
        QCOMPARE(model.ownerCount(OwnerKind::User), 2);
        const QModelIndex group = model.index(model.roleSlugs().indexOf(secondary), 0);
        QCOMPARE(model.index(0, 0, group).data(OwnersModel::StateRole).toInt(), int(OwnersModel::State::PendingAdd));
        QVERIFY(!model.index(0, 0, group).data(Qt::ToolTipRole).toString().isEmpty());

        // A list that does not show it yet keeps it pending; one that does confirms it.
        model.setListed(OwnerKind::User, { userOwner(appA, primary, 1) });
        QCOMPARE(model.stateOf(appA, secondary, added.ref), OwnersModel::State::PendingAdd);
        QCOMPARE(model.ownerCount(OwnerKind::User), 2);
        model.setListed(OwnerKind::User, { userOwner(appA, primary, 1), added });
        QCOMPARE(model.stateOf(appA, secondary, added.ref), OwnersModel::State::Confirmed);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(pending.constLast().at(0).toInt(), 0);
        // The entitlement list does not touch pending user changes.
        model.markAdded(userOwner(appA, primary, 8));
        model.setListed(OwnerKind::Entitlement, {});
        QCOMPARE(model.pendingCount(), 1);
    }

    void pendingRemoveUntilGone()
    {
        OwnersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTarget(resB);
        const OwnerRecord owner = entitlementOwner(resB, primary, 1);
        model.setListed(OwnerKind::Entitlement, { owner });
        model.markRemoved(resB, primary, owner.ref);
        QCOMPARE(model.stateOf(resB, primary, owner.ref), OwnersModel::State::PendingRemove);
        QVERIFY(!model.isOwner(resB, primary, owner.ref));
        QCOMPARE(model.ownerCount(OwnerKind::Entitlement), 0);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1); // still shown, struck out
        model.setListed(OwnerKind::Entitlement, { owner }); // not yet gone
        QCOMPARE(model.stateOf(resB, primary, owner.ref), OwnersModel::State::PendingRemove);
        model.setListed(OwnerKind::Entitlement, {});
        QCOMPARE(model.stateOf(resB, primary, owner.ref), std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    void removingAPendingAddForgetsIt()
    {
        OwnersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTarget(appA);
        model.setListed(OwnerKind::User, {});
        const OwnerRecord added = userOwner(appA, primary, 3);
        model.markAdded(added);
        QCOMPARE(model.rowCount(), 1);
        model.markRemoved(appA, primary, added.ref);
        QCOMPARE(model.stateOf(appA, primary, added.ref), std::nullopt);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 0);
    }

    void pendingSurvivesTargetSwitch()
    {
        OwnersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTarget(appA);
        const OwnerRecord added = userOwner(appA, primary, 4);
        model.markAdded(added);
        model.setTarget(resB);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 0);
        // An answer for another target arriving meanwhile is kept for it.
        model.markAdded(userOwner(appA, secondary, 5));
        QCOMPARE(model.rowCount(), 0);
        model.setTarget(appA);
        QCOMPARE(model.pendingCount(), 2);
        QCOMPARE(model.roleSlugs(), (QStringList { primary, secondary }));
        QVERIFY(model.isOwner(appA, primary, added.ref));
        QVERIFY(!model.hasListed(OwnerKind::User));
        QCOMPARE(OwnersModel::pendingKey(appA, primary, added.ref),
            appA.key() + QStringLiteral("|primary|") + added.ref.key());
    }

    void manyRowsAndGroupsChurn()
    {
        OwnersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTarget(appA);
        QList<OwnerRecord> list;
        for (int i = 0; i < 40; ++i)
            list.append(userOwner(appA, QStringLiteral("role%1").arg(i % 5), i));
        model.setListed(OwnerKind::User, list);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.ownerCount(OwnerKind::User), 40);
        // "User 9" (role4, the last group) stays; it sorts after "User 14", "User 19" … in its group.
        const QString key = list.at(9).ref.key();
        QPersistentModelIndex lastGroupChild;
        const QModelIndex role4 = model.index(4, 0);
        for (int r = 0; r < model.rowCount(role4); ++r) {
            if (model.index(r, 0, role4).data(OwnersModel::OwnerKeyRole).toString() == key)
                lastGroupChild = model.index(r, 0, role4);
        }
        QVERIFY(lastGroupChild.isValid());
        // Drop every even row: groups shift, persistent indexes must follow their rows.
        QList<OwnerRecord> odd;
        for (int i = 1; i < 40; i += 2)
            odd.append(list.at(i));
        odd.append(userOwner(appA, QStringLiteral("a-first"), 100));
        model.setListed(OwnerKind::User, odd);
        QCOMPARE(model.roleSlugs().constFirst(), QStringLiteral("a-first"));
        QVERIFY(lastGroupChild.isValid());
        QCOMPARE(lastGroupChild.data(OwnersModel::OwnerKeyRole).toString(), key);
        QCOMPARE(model.ownerCount(OwnerKind::User), 21);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void roleSlugsDiscoveredRememberedTyped()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("settings.ini")));
        for (const char* id : { "p1", "p2" }) {
            Profile profile;
            profile.id = QString::fromLatin1(id);
            profile.name = QStringLiteral("Profile ") + profile.id;
            store.save(profile);
        }
        RoleSlugs slugs;
        QSignalSpy changed(&slugs, &RoleSlugs::changed);
        slugs.setProfile(&store, QStringLiteral("p1"));
        slugs.discover({ primary, primary, secondary });
        QCOMPARE(slugs.slugs(), (QStringList { primary, secondary }));
        slugs.remember(QStringLiteral("approver"));
        QCOMPARE(slugs.slugs(), (QStringList { QStringLiteral("approver"), primary, secondary }));
        QVERIFY(store.roleSlugs(QStringLiteral("p1")).contains(QStringLiteral("approver")));
        // Another RoleSlugs for the same profile (a new session) knows the remembered slug only.
        RoleSlugs later;
        later.setProfile(&store, QStringLiteral("p1"));
        QCOMPARE(later.slugs(), (QStringList { QStringLiteral("approver") }));
        RoleSlugs other;
        other.setProfile(&store, QStringLiteral("p2"));
        QVERIFY(other.slugs().isEmpty());
        QVERIFY(changed.count() >= 3);
    }

    void roleSlugProblems_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("ok");
        QTest::newRow("primary") << QStringLiteral("primary") << true;
        QTest::newRow("primary-role") << QStringLiteral("primary-role") << true;
        QTest::newRow("dotted") << QStringLiteral("a.b_c~d") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("leading dash") << QStringLiteral("-a") << false;
        QTest::newRow("too long") << QString(129, QLatin1Char('a')) << false;
    }
    void roleSlugProblems()
    {
        QFETCH(QString, slug);
        QFETCH(bool, ok);
        QCOMPARE(RoleSlugs::problem(slug).isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestOwnersModel)
#include "tst_ownersmodel.moc"

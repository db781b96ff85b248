// OwnersPanel (a view of OwnersController) against an in-process sandbox tenant: the four v2 owner kinds added and
// removed through the UI, pending state while the tenant does not list a change yet, duplicates and the 33rd owner
// refused before sending, an unknown role slug's 400 shown, removals while DELETEs fail checked row by row against
// the tenant, entitlement owners named by name with the IDs on hover and copy, read-only profiles, accessible
// names. The workflow's own rules are tested without widgets in tests/workflows/tst_ownerscontroller.
#include "dialogs/FormsTestSupport.h"

#include "create/EntitlementPicker.h"
#include "create/UserPicker.h"
#include "models/OwnersModel.h"
#include "models/RoleSlugs.h"
#include "owners/OwnerRules.h"
#include "ownerstab/OwnersPanel.h"
#include "settings/ProfileStore.h"
#include "workflows/OwnersController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

using namespace c1;
using namespace Qt::StringLiterals;

namespace {
QStringList allOwners(const QMap<QString, QStringList>& byRole)
{
    QStringList all;
    for (const QStringList& keys : byRole)
        all += keys;
    return all;
}

QModelIndex findOwner(const OwnersModel* model, const QString& slug, const QString& ownerKey)
{
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        if (group.data(OwnersModel::RoleSlugRole).toString() != slug)
            continue;
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex row = model->index(r, 0, group);
            if (row.data(OwnersModel::OwnerKeyRole).toString() == ownerKey)
                return row;
        }
    }
    return {};
}
} // namespace

class TestOwnersPanel : public QObject {
    Q_OBJECT
    test::TestTenant m_tenant;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    QList<User> m_users;

    struct Fixture {
        std::unique_ptr<OwnersPanel> panel;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

    Fixture makePanel(Session* session, const OwnerTarget& target)
    {
        Fixture f;
        f.panel = std::make_unique<OwnersPanel>();
        f.tester = std::make_unique<QAbstractItemModelTester>(
            f.panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.panel->setProfileStore(m_store.get());
        f.panel->setSession(session);
        QSignalSpy listed(f.panel.get(), &OwnersPanel::listed);
        f.panel->setTarget(target);
        f.panel->show();
        if (!listed.wait(10000))
            qWarning("owners were not listed");
        return f;
    }

    OwnerTarget resourceTarget(int appIndex)
    {
        const QString appId = m_tenant.server()->appIds().at(appIndex);
        const AppResourceType type = m_tenant.resourceTypes(appId).constFirst();
        const AppResource resource = m_tenant.resources(appId, type.id).constFirst();
        return OwnerTarget::resource(appId, type.id, resource.id, resource.displayName);
    }

    // Fills the add form and presses Add; returns after the tenant answered.
    static void addThroughUi(OwnersPanel& panel, OwnerKind kind, const QString& slug, const QString& typed)
    {
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
        QVERIFY(!panel.findChild<QWidget*>(QStringLiteral("addBox"))->isHidden());
        panel.findChild<QComboBox*>(QStringLiteral("kindCombo"))->setCurrentIndex(kind == OwnerKind::User ? 0 : 1);
        auto* roles = panel.findChild<QComboBox*>(QStringLiteral("roleSlugCombo"));
        roles->lineEdit()->selectAll();
        QTest::keyClicks(roles->lineEdit(), slug);
        SearchPicker* picker = kind == OwnerKind::User
            ? static_cast<SearchPicker*>(panel.findChild<UserPicker*>(QStringLiteral("userPicker")))
            : static_cast<SearchPicker*>(panel.findChild<EntitlementPicker*>(QStringLiteral("entitlementPicker")));
        QTest::keyClicks(picker->searchEdit(), typed);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("addConfirmButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tenant.start());
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_store->save(m_tenant.session()->profile()); // role slugs are remembered for stored profiles
        m_users = m_tenant.users();
        QVERIFY(m_users.size() >= 40);
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("onResource");
        QTest::addColumn<bool>("entitlementOwner");
        QTest::newRow("app user owner") << false << false;
        QTest::newRow("app entitlement owner") << false << true;
        QTest::newRow("resource user owner") << true << false;
        QTest::newRow("resource entitlement owner") << true << true;
    }
    void roundTrip()
    {
        QFETCH(bool, onResource);
        QFETCH(bool, entitlementOwner);
        const int appIndex = 1 + (onResource ? 2 : 0) + (entitlementOwner ? 1 : 0);
        const QString appId = m_tenant.server()->appIds().at(appIndex);
        const OwnerTarget target = onResource ? resourceTarget(appIndex) : OwnerTarget::app(appId);
        auto owners
            = [&] { return m_tenant.server()->ownersOf(target.appId, target.resourceTypeId, target.resourceId); };
        Fixture f = makePanel(m_tenant.session(), target);
        OwnersPanel& panel = *f.panel;
        OwnersModel* model = panel.model();

        // The listing shows what the tenant has, grouped by role, and teaches the role slugs.
        const QMap<QString, QStringList> before = owners();
        QCOMPARE(model->ownerCount(OwnerKind::User) + model->ownerCount(OwnerKind::Entitlement),
            int(allOwners(before).size()));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!it.value().isEmpty())
                QVERIFY(panel.roleSlugs()->slugs().contains(it.key()));
        }

        const QString slug = QStringLiteral("secondary");
        OwnerRef ref;
        QString typed;
        if (entitlementOwner) {
            const AppEntitlement entitlement = m_tenant.entitlements(m_tenant.server()->appIds().constFirst()).last();
            ref = OwnerRef::ofEntitlement(entitlement.appId, entitlement.id);
            typed = entitlement.appId + QLatin1Char('/') + entitlement.id;
        } else {
            ref = OwnerRef::user(m_users.at(30 + appIndex).id);
            typed = ref.userId;
        }
        QVERIFY(!allOwners(before).contains(ref.key()));
        QSignalSpy written(&panel, &OwnersPanel::writeFinished);
        QSignalSpy changed(&panel, &OwnersPanel::ownersChanged);
        addThroughUi(panel, ref.kind, slug, typed);
        QVERIFY(written.wait(10000));
        QCOMPARE(changed.count(), 1);
        QVERIFY2(owners().value(slug).contains(ref.key()), qPrintable(owners().value(slug).join(QLatin1Char(' '))));
        QCOMPARE(m_tenant.server()->ownerWrites(target.appId, target.resourceTypeId, target.resourceId, ref.key()), 1);
        QCOMPARE(model->stateOf(target, slug, ref), OwnersModel::State::PendingAdd);
        QVERIFY(findOwner(model, slug, ref.key()).isValid());
        QVERIFY(m_store->roleSlugs(m_tenant.session()->profile().id).contains(slug));

        // The request on the wire: the spec's path and body.
        const QString objectPath = onResource ? QStringLiteral("/api/v2/apps/%1/resource_types/%2/resources/%3")
                                                    .arg(target.appId, target.resourceTypeId, target.resourceId)
                                              : QStringLiteral("/api/v2/apps/") + target.appId;
        const QString kindPath = objectPath
            + (entitlementOwner ? QStringLiteral("/owners/entitlements/secondary/")
                                : QStringLiteral("/owners/users/secondary/"))
            + typed;
        const QJsonObject body = m_tenant.lastBody(QStringLiteral("POST"), kindPath);
        if (entitlementOwner)
            QCOMPARE(body,
                QJsonObject({ { u"appEntitlementRef"_s,
                    QJsonObject { { u"appId"_s, ref.entitlement.appId }, { u"id"_s, ref.entitlement.id } } } }));
        else
            QCOMPARE(body, QJsonObject({ { u"userRef"_s, QJsonObject { { u"id"_s, ref.userId } } } }));

        // Refresh confirms it.
        QSignalSpy listed(&panel, &OwnersPanel::listed);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QVERIFY(listed.wait(10000));
        QCOMPARE(model->stateOf(target, slug, ref), OwnersModel::State::Confirmed);

        // Remove: select, confirm, pending removal, gone after a list.
        auto* tree = panel.findChild<QTreeView*>(QStringLiteral("ownersTree"));
        tree->selectionModel()->select(
            findOwner(model, slug, ref.key()), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto* remove = panel.findChild<QPushButton*>(QStringLiteral("removeButton"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        auto* box = panel.findChild<QMessageBox*>(QStringLiteral("removeConfirmBox"));
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("removeConfirmYes")), Qt::LeftButton);
        QVERIFY(written.wait(10000));
        QVERIFY(!owners().value(slug).contains(ref.key()));
        QCOMPARE(model->stateOf(target, slug, ref), OwnersModel::State::PendingRemove);
        QCOMPARE(m_tenant.countRequests(QStringLiteral("DELETE"), kindPath), 1);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QVERIFY(listed.wait(10000));
        QCOMPARE(model->stateOf(target, slug, ref), std::nullopt);
        QVERIFY(!findOwner(model, slug, ref.key()).isValid());
    }

    void pendingUntilTheTenantListsIt()
    {
        const OwnerTarget target = OwnerTarget::app(m_tenant.server()->appIds().at(6));
        Fixture f = makePanel(m_tenant.session(), target);
        OwnersPanel& panel = *f.panel;
        panel.setPendingRefreshInterval(200);
        m_tenant.server()->options().ownerVisibilityDelayMs = 3000;
        const OwnerRef ref = OwnerRef::user(m_users.at(20).id);
        QSignalSpy written(&panel, &OwnersPanel::writeFinished);
        addThroughUi(panel, OwnerKind::User, QStringLiteral("primary"), ref.userId);
        QVERIFY(written.wait(10000));
        m_tenant.server()->options().ownerVisibilityDelayMs = 0;
        QCOMPARE(panel.model()->stateOf(target, QStringLiteral("primary"), ref), OwnersModel::State::PendingAdd);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("pending")));
        // Re-listed automatically until the tenant shows it; it is confirmed, never sent again.
        QSignalSpy listed(&panel, &OwnersPanel::listed);
        QVERIFY(listed.wait(10000)); // at least one list while it is still invisible
        QTRY_COMPARE_WITH_TIMEOUT(
            panel.model()->stateOf(target, QStringLiteral("primary"), ref), OwnersModel::State::Confirmed, 20000);
        QCOMPARE(m_tenant.server()->ownerWrites(target.appId, {}, {}, ref.key()), 1);
        QCOMPARE(
            m_tenant.countRequests(QStringLiteral("POST"), QStringLiteral("/owners/users/primary/") + ref.userId), 1);
    }

    void duplicateRefusedBeforeSending()
    {
        const OwnerTarget target = OwnerTarget::app(m_tenant.server()->appIds().at(7));
        const OwnerRef ref = OwnerRef::user(m_users.at(21).id);
        // An owner the list shows, and one accepted but not yet visible: both are owners already.
        Fixture f = makePanel(m_tenant.session(), target);
        OwnersPanel& panel = *f.panel;
        m_tenant.server()->options().ownerVisibilityDelayMs = 600000;
        QSignalSpy written(&panel, &OwnersPanel::writeFinished);
        addThroughUi(panel, OwnerKind::User, QStringLiteral("primary"), ref.userId);
        QVERIFY(written.wait(10000));
        m_tenant.server()->options().ownerVisibilityDelayMs = 0;
        QCOMPARE(panel.model()->stateOf(target, QStringLiteral("primary"), ref), OwnersModel::State::PendingAdd);
        const int posts = m_tenant.countRequests(QStringLiteral("POST"), QStringLiteral("/owners/"));
        auto* error = panel.findChild<QLabel*>(QStringLiteral("ownerError"));
        addThroughUi(panel, OwnerKind::User, QStringLiteral("primary"), ref.userId);
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("Already an owner")));
        QCOMPARE(m_tenant.countRequests(QStringLiteral("POST"), QStringLiteral("/owners/")), posts);
        QCOMPARE(m_tenant.server()->ownerWrites(target.appId, {}, {}, ref.key()), 1);
    }

    void thirtyThirdOwnerRefused()
    {
        const OwnerTarget target = OwnerTarget::app(m_tenant.server()->appIds().at(8));
        int have = 0;
        for (const QString& key : allOwners(m_tenant.server()->ownersOf(target.appId)))
            have += key.startsWith(QLatin1String("user/"));
        for (int i = 0; have < ownerRules::maxOwnersPerKind; ++i) {
            const OwnerRef ref = OwnerRef::user(m_users.at(i).id);
            if (allOwners(m_tenant.server()->ownersOf(target.appId)).contains(ref.key()))
                continue;
            auto added = m_tenant.call<OwnerRecord>([&](QObject* context, C1Client::Callback<OwnerRecord> done) {
                return m_tenant.client()->addOwner(target, QStringLiteral("primary"), ref, context, std::move(done));
            });
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().userMessage()));
            ++have;
        }
        Fixture f = makePanel(m_tenant.session(), target);
        OwnersPanel& panel = *f.panel;
        QCOMPARE(panel.model()->ownerCount(OwnerKind::User), ownerRules::maxOwnersPerKind);
        QString outsider;
        for (const User& user : std::as_const(m_users)) {
            if (!allOwners(m_tenant.server()->ownersOf(target.appId)).contains(QStringLiteral("user/") + user.id)) {
                outsider = user.id;
                break;
            }
        }
        QVERIFY(!outsider.isEmpty());
        const int posts = m_tenant.countRequests(QStringLiteral("POST"), QStringLiteral("/owners/"));
        addThroughUi(panel, OwnerKind::User, QStringLiteral("secondary"), outsider);
        auto* error = panel.findChild<QLabel*>(QStringLiteral("ownerError"));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("32")));
        QCOMPARE(m_tenant.countRequests(QStringLiteral("POST"), QStringLiteral("/owners/")), posts);
    }

    void unknownRoleSlugShowsTheServersAnswer()
    {
        const OwnerTarget target = OwnerTarget::app(m_tenant.server()->appIds().at(9));
        Fixture f = makePanel(m_tenant.session(), target);
        OwnersPanel& panel = *f.panel;
        QSignalSpy written(&panel, &OwnersPanel::writeFinished);
        const OwnerRef ref = OwnerRef::user(m_users.at(22).id);
        addThroughUi(panel, OwnerKind::User, QStringLiteral("no-such-role"), ref.userId);
        QVERIFY(written.wait(10000));
        auto* error = panel.findChild<QLabel*>(QStringLiteral("ownerError"));
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        // The picker changes on its own when a typed ID's name arrives, possibly after the tenant's answer: the
        // answer stays. The admin's next edit clears it.
        auto* picker = panel.findChild<UserPicker*>(QStringLiteral("userPicker"));
        Q_EMIT picker->changed();
        QVERIFY(!error->isHidden());
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("x"));
        QVERIFY(error->text().isEmpty() || error->text() == picker->problem());
        QCOMPARE(panel.model()->stateOf(target, QStringLiteral("no-such-role"), ref), std::nullopt);
        QVERIFY(!m_store->roleSlugs(m_tenant.session()->profile().id).contains(QStringLiteral("no-such-role")));
    }

    void readOnlyDisablesWrites()
    {
        test::TestTenant readOnly;
        QVERIFY(readOnly.start(test::TenantSetup::readOnlyProfile()));
        const OwnerTarget target = OwnerTarget::app(readOnly.server()->appIds().constFirst());
        Fixture f = makePanel(readOnly.session(), target);
        OwnersPanel& panel = *f.panel;
        QVERIFY(panel.model()->rowCount() > 0);
        auto* add = panel.findChild<QPushButton*>(QStringLiteral("addButton"));
        auto* remove = panel.findChild<QPushButton*>(QStringLiteral("removeButton"));
        auto* tree = panel.findChild<QTreeView*>(QStringLiteral("ownersTree"));
        tree->selectionModel()->select(panel.model()->index(0, 0, panel.model()->index(0, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!add->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(add->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(remove->toolTip().contains(QStringLiteral("read-only")));
        panel.showAddForm();
        QVERIFY(panel.findChild<QWidget*>(QStringLiteral("addBox"))->isHidden());
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("refreshButton"))->isEnabled());
    }

    // Owners removed through the panel while the tenant's DELETEs fail: each row ends as the tenant has it.
    void removeWhileDeletesFail()
    {
        const OwnerTarget target = OwnerTarget::app(m_tenant.server()->appIds().at(11));
        const QString slug = QStringLiteral("secondary");
        QList<OwnerRef> refs;
        for (int i = 0; i < 4; ++i) {
            const OwnerRef ref = OwnerRef::user(m_users.at(40 + i).id);
            auto added = m_tenant.call<OwnerRecord>([&](QObject* context, C1Client::Callback<OwnerRecord> done) {
                return m_tenant.client()->addOwner(target, slug, ref, context, std::move(done));
            });
            QVERIFY(added.ok());
            refs.append(ref);
        }
        auto owner = [&](const OwnerRef& ref) {
            return m_tenant.server()->ownersOf(target.appId).value(slug).contains(ref.key());
        };
        Fixture f = makePanel(m_tenant.session(), target);
        OwnersPanel& panel = *f.panel;
        panel.controller()->setMaxSendsPerRow(1);
        OwnersModel* model = panel.model();
        auto* tree = panel.findChild<QTreeView*>(QStringLiteral("ownersTree"));
        auto* status = panel.findChild<QLabel*>(QStringLiteral("statusLabel"));
        QSignalSpy written(&panel, &OwnersPanel::writeFinished);
        auto removeThroughUi = [&](const QList<OwnerRef>& which) {
            tree->selectionModel()->clearSelection();
            for (const OwnerRef& ref : which)
                tree->selectionModel()->select(
                    findOwner(model, slug, ref.key()), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
            QMessageBox* box = nullptr; // the one open now (an earlier one may wait for its deferred delete)
            for (QMessageBox* open : panel.findChildren<QMessageBox*>(QStringLiteral("removeConfirmBox"))) {
                if (open->isVisible())
                    box = open;
            }
            QVERIFY(box);
            QVERIFY2(box->text().contains(panel.controller()->targetText()),
                qPrintable(box->text() + QStringLiteral(" / ") + panel.controller()->targetText()));
            QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("removeConfirmYes")), Qt::LeftButton);
            QVERIFY(written.wait(60000));
        };
        SandboxOptions& options = m_tenant.server()->options();
        int deletes = 0;
        int faulty = 0;
        const QMetaObject::Connection watch = connect(m_tenant.server(), &SandboxServer::requestServed, this,
            [&](const QString& method, const QString& path, int) {
                if (method != QLatin1String("DELETE") || !path.contains(QLatin1String("/owners/")))
                    return;
                if (++deletes == faulty) { // the first `faulty` DELETEs fail, then the tenant behaves
                    options.dropRate = options.failureRate = 0.0;
                    options.faultMethod.clear();
                }
            });
        const auto restore = qScopeGuard([&] {
            disconnect(watch);
            options.dropRate = options.failureRate = 0.0;
            options.dropAfterEffect = false;
            options.faultMethod.clear();
        });
        options.faultMethod = "DELETE";

        // Dropped after taking effect (the retry then finds nothing): read back, done, gone from the tenant.
        options.dropRate = 1.0;
        options.dropAfterEffect = true;
        faulty = 2;
        removeThroughUi({ refs[0], refs[1] });
        for (const OwnerRef& ref : { refs[0], refs[1] }) {
            QVERIFY(!owner(ref));
            QCOMPARE(model->stateOf(target, slug, ref), OwnersModel::State::PendingRemove);
        }
        QVERIFY2(status->text().contains(QStringLiteral("2 owner")), qPrintable(status->text()));

        // 503 to every DELETE, beyond the retries: read back, reported failed, still an owner.
        options.dropAfterEffect = false;
        options.faultMethod = "DELETE";
        options.failureRate = 1.0;
        deletes = 0;
        faulty = -1;
        removeThroughUi({ refs[2] });
        QVERIFY(owner(refs[2]));
        QCOMPARE(model->stateOf(target, slug, refs[2]), OwnersModel::State::Confirmed);
        QCOMPARE(panel.controller()->lastResults().first().status, RowStatus::Failed);
        QVERIFY2(status->text().contains(model->ownerText(panel.controller()->lastResults().first().record)),
            qPrintable(status->text()));

        // Dropped before taking effect once: sent again, done.
        options.failureRate = 0.0;
        options.dropRate = 1.0;
        deletes = 0;
        faulty = 1;
        removeThroughUi({ refs[2], refs[3] });
        for (const OwnerRef& ref : { refs[2], refs[3] }) {
            QVERIFY(!owner(ref));
            QCOMPARE(model->stateOf(target, slug, ref), OwnersModel::State::PendingRemove);
        }
        for (const OwnersController::RowResult& row : panel.controller()->lastResults())
            QCOMPARE(row.status, RowStatus::Done);
    }

    // An entitlement owner shows its entitlement's and app's names, the IDs on hover and on "Copy ID".
    void entitlementOwnerNamedByName()
    {
        const OwnerTarget target = OwnerTarget::app(m_tenant.server()->appIds().at(10));
        const QString otherApp = m_tenant.server()->appIds().constLast();
        const AppEntitlement entitlement = m_tenant.entitlements(otherApp).constFirst();
        auto app = m_tenant.call<App>([&](QObject* context, C1Client::Callback<App> done) {
            return m_tenant.client()->getApp(otherApp, context, std::move(done));
        });
        QVERIFY(app.ok());
        const OwnerRef ref = OwnerRef::ofEntitlement(entitlement.appId, entitlement.id);
        auto added = m_tenant.call<OwnerRecord>([&](QObject* context, C1Client::Callback<OwnerRecord> done) {
            return m_tenant.client()->addOwner(target, QStringLiteral("primary"), ref, context, std::move(done));
        });
        QVERIFY(added.ok());
        Fixture f = makePanel(m_tenant.session(), target);
        OwnersPanel& panel = *f.panel;
        const QModelIndex row = findOwner(panel.model(), QStringLiteral("primary"), ref.key());
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), entitlement.displayName);
        QTRY_COMPARE_WITH_TIMEOUT(
            row.siblingAtColumn(int(OwnersModel::Column::Detail)).data().toString(), app.value().displayName, 10000);
        QVERIFY(!row.siblingAtColumn(int(OwnersModel::Column::Detail)).data().toString().contains(otherApp));
        const QString tip = row.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(entitlement.id) && tip.contains(otherApp));

        auto* tree = panel.findChild<QTreeView*>(QStringLiteral("ownersTree"));
        tree->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto* copy = panel.findChild<QAction*>(QStringLiteral("copyIdAction"));
        QVERIFY(copy && copy->isEnabled());
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), entitlement.appId + QLatin1Char('/') + entitlement.id);

        // The confirmation names the owner by name and what it is removed from.
        panel.removeSelected();
        auto* box = panel.findChild<QMessageBox*>(QStringLiteral("removeConfirmBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(panel.controller()->targetText()));
        QVERIFY(box->informativeText().contains(entitlement.displayName));
        QVERIFY(box->informativeText().contains(app.value().displayName));
        box->reject();
    }

    void everyInteractiveWidgetIsNamed()
    {
        Fixture f = makePanel(m_tenant.session(), OwnerTarget::app(m_tenant.server()->appIds().at(10)));
        f.panel->showAddForm();
        QStringList offenders = test::unnamedInteractiveWidgets(f.panel.get());
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral("; "))));
        f.panel->model()->index(0, 0); // the confirm box as well
        auto* tree = f.panel->findChild<QTreeView*>(QStringLiteral("ownersTree"));
        tree->selectionModel()->select(f.panel->model()->index(0, 0, f.panel->model()->index(0, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        f.panel->removeSelected();
        auto* box = f.panel->findChild<QMessageBox*>(QStringLiteral("removeConfirmBox"));
        QVERIFY(box);
        offenders = test::unnamedInteractiveWidgets(box);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral("; "))));
        box->reject();
    }
};

QTEST_MAIN(TestOwnersPanel)
#include "tst_ownerspanel.moc"

// OwnersController (the Owners tab's workflow) against an in-process sandbox tenant, every write on the owner-change
// engine: removals and additions whose requests are dropped before or after taking effect or answered 5xx beyond
// the client's retries end verified against the tenant and reported as they really are; "already an owner", "not
// an owner" and the 32-owner limit are decided before sending and, when the console did not know, from the
// tenant's answer; a 404 for a target that no longer exists is told from "not an owner".
#include "support/TestTenant.h"

#include "models/OwnerNames.h"
#include "models/OwnersModel.h"
#include "owners/OwnerRules.h"
#include "workflows/OwnersController.h"

#include <QScopeGuard>
#include <QSharedPointer>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace c1;
using namespace Qt::StringLiterals;

namespace {

// Faults for requests of one method only (SandboxOptions::faultMethod): every one of them, or only the first
// `times` whose path contains "/owners/". Records the owner requests served, in order ("DELETE 0", "GET 200" …).
class MethodFaults {
public:
    enum class Fault { DropBeforeEffect, DropAfterEffect, Unavailable };

    MethodFaults(SandboxServer* server, const QByteArray& method, Fault fault, int times = -1)
        : m_server(server)
        , m_times(times)
    {
        SandboxOptions& options = server->options();
        options.faultMethod = method;
        options.dropAfterEffect = fault == Fault::DropAfterEffect;
        (fault == Fault::Unavailable ? options.failureRate : options.dropRate) = 1.0;
        m_watch = QObject::connect(server, &SandboxServer::requestServed, server,
            [this, method](const QString& served, const QString& path, int status) {
                if (!path.contains(u"/owners"_s))
                    return;
                m_log.append(served + u' ' + QString::number(status));
                if (served.toLatin1() == method && ++m_faulted == m_times)
                    reset();
            });
    }
    ~MethodFaults()
    {
        QObject::disconnect(m_watch);
        reset();
    }
    MethodFaults(const MethodFaults&) = delete;
    MethodFaults& operator=(const MethodFaults&) = delete;

    const QStringList& log() const { return m_log; }

private:
    void reset()
    {
        SandboxOptions& options = m_server->options();
        options.dropRate = 0.0;
        options.failureRate = 0.0;
        options.dropAfterEffect = false;
        options.faultMethod.clear();
    }

    SandboxServer* m_server;
    QMetaObject::Connection m_watch;
    int m_times = -1;
    int m_faulted = 0;
    QStringList m_log;
};

bool hasOwner(SandboxServer& sandbox, const OwnerTarget& target, const QString& role, const OwnerRef& ref)
{
    return sandbox.ownersOf(target.appId, target.resourceTypeId, target.resourceId).value(role).contains(ref.key());
}

} // namespace

class TstOwnersController : public QObject {
    Q_OBJECT
    test::TestTenant m_tenant;
    Profile m_profile;
    QList<User> m_users;
    int m_nextApp = 0;

    // A controller showing the next unused app's owners, listed and named.
    std::unique_ptr<OwnersController> controllerFor(const OwnerTarget& target)
    {
        auto controller = std::make_unique<OwnersController>();
        controller->setMaxSendsPerRow(2);
        controller->setClient(m_tenant.client(), m_profile);
        QSignalSpy listed(controller.get(), &OwnersController::listed);
        controller->setTarget(target);
        if (!listed.wait(15000))
            qWarning("owners were not listed");
        if (!QTest::qWaitFor([&] { return !controller->names()->isResolving(); }, 15000))
            qWarning("names were not resolved");
        return controller;
    }
    OwnerTarget nextApp() { return OwnerTarget::app(m_tenant.server()->appIds().at(m_nextApp++)); }

    // The first owner record the controller lists (every demo object has one).
    static OwnerRecord someOwner(OwnersController& controller)
    {
        const QList<OwnerRecord> owners = controller.model()->currentOwners();
        return owners.isEmpty() ? OwnerRecord() : owners.constFirst();
    }
    QString outsider(const OwnerTarget& target, int from = 0) const
    {
        const QMap<QString, QStringList> owners = m_tenant.server()->ownersOf(target.appId);
        for (int i = from; i < m_users.size(); ++i) {
            bool owner = false;
            for (const QStringList& keys : owners)
                owner = owner || keys.contains(u"user/"_s + m_users[i].id);
            if (!owner)
                return m_users[i].id;
        }
        return {};
    }
    static OwnerRecord userRecord(const QString& id)
    {
        OwnerRecord record;
        record.ref = OwnerRef::user(id);
        return record;
    }
    static bool runs(OwnersController& controller, const std::function<QString()>& start)
    {
        QSignalSpy finished(&controller, &OwnersController::writeFinished);
        const QString problem = start();
        if (!problem.isEmpty()) {
            qWarning("refused: %s", qPrintable(problem));
            return false;
        }
        return !finished.isEmpty() || finished.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxDataSize size;
        size.apps = 24;
        size.resourceTypesPerApp = 1;
        size.resourcesPerType = 2;
        size.users = 60;
        QVERIFY(m_tenant.start(SandboxOptions {}, size, test::TestTenant::fastRetry()));
        m_profile.id = u"controller-test"_s;
        m_profile.name = u"controller test"_s;
        m_profile.concurrency = 4;
        m_users = m_tenant.enabledUsers();
        QVERIFY(m_users.size() >= 40);
    }

    void cleanup()
    {
        SandboxOptions& options = m_tenant.server()->options();
        options.dropRate = options.failureRate = 0.0;
        options.dropAfterEffect = false;
        options.faultMethod.clear();
    }

    // The DELETE takes effect and every answer is lost: the read-back finds the owner gone, so it is done.
    void removalDroppedAfterEffect()
    {
        const OwnerTarget target = nextApp();
        auto c = controllerFor(target);
        const OwnerRecord owner = someOwner(*c);
        QVERIFY(hasOwner(*m_tenant.server(), target, owner.roleSlug, owner.ref));
        MethodFaults faults(m_tenant.server(), "DELETE", MethodFaults::Fault::DropAfterEffect);
        QVERIFY(runs(*c, [&] { return c->remove({ owner }); }));
        QCOMPARE(c->lastResults().size(), 1);
        QCOMPARE(c->lastResults().first().status, RowStatus::Done);
        QVERIFY(!hasOwner(*m_tenant.server(), target, owner.roleSlug, owner.ref));
        QVERIFY2(faults.log().contains(u"GET 404"_s), qPrintable(faults.log().join(u", "_s))); // read back
        QCOMPARE(c->model()->stateOf(target, owner.roleSlug, owner.ref), OwnersModel::State::PendingRemove);
        QVERIFY(c->lastErrors().isEmpty());
    }

    // Every DELETE is lost before it takes effect: read back after each, re-sent only then, and reported failed
    // in the end, with the owner still there. Never "done".
    void removalDroppedBeforeEffect()
    {
        const OwnerTarget target = nextApp();
        auto c = controllerFor(target);
        const OwnerRecord owner = someOwner(*c);
        MethodFaults faults(m_tenant.server(), "DELETE", MethodFaults::Fault::DropBeforeEffect);
        QVERIFY(runs(*c, [&] { return c->remove({ owner }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::Failed);
        QVERIFY(!c->lastResults().first().message.isEmpty());
        QVERIFY(hasOwner(*m_tenant.server(), target, owner.roleSlug, owner.ref));
        QCOMPARE(faults.log().count(u"GET 200"_s), 2); // one read-back per send, each before anything else
        QCOMPARE(c->model()->stateOf(target, owner.roleSlug, owner.ref), OwnersModel::State::Confirmed);
        QCOMPARE(c->lastErrors().size(), 1);
    }

    // The first DELETE's attempts are all lost before effect (the knob stays on until the engine reads the owner
    // back): still there, so it is sent again, only then, and done.
    void removalRetriedAfterVerification()
    {
        const OwnerTarget target = nextApp();
        auto c = controllerFor(target);
        const OwnerRecord owner = someOwner(*c);
        MethodFaults faults(m_tenant.server(), "DELETE", MethodFaults::Fault::DropBeforeEffect);
        SandboxServer* sandbox = m_tenant.server();
        const QMetaObject::Connection readBack = connect(
            sandbox, &SandboxServer::requestServed, this, [sandbox](const QString& method, const QString& path, int) {
                if (method == u"GET"_s && path.contains(u"/owners/"_s))
                    sandbox->options().dropRate = 0.0;
            });
        const auto disconnectReadBack = qScopeGuard([&readBack] { disconnect(readBack); });
        QVERIFY(runs(*c, [&] { return c->remove({ owner }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::Done);
        QVERIFY(!hasOwner(*m_tenant.server(), target, owner.roleSlug, owner.ref));
        // Every attempt of the client's (and any QNAM re-send of an idempotent DELETE) lost, one read, one more send.
        QStringList log = faults.log();
        QVERIFY2(log.size() >= test::TestTenant::fastRetry().maxAttempts + 2, qPrintable(log.join(u", "_s)));
        QCOMPARE(log.takeLast(), u"DELETE 200"_s);
        QCOMPARE(log.takeLast(), u"GET 200"_s);
        QCOMPARE(log.count(u"DELETE 0"_s), log.size());
    }

    // 503 to every DELETE, beyond the client's retries: read back, reported failed, the owner still there.
    void removalUnavailable()
    {
        const OwnerTarget target = nextApp();
        auto c = controllerFor(target);
        const OwnerRecord owner = someOwner(*c);
        MethodFaults faults(m_tenant.server(), "DELETE", MethodFaults::Fault::Unavailable);
        QVERIFY(runs(*c, [&] { return c->remove({ owner }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::Failed);
        QVERIFY(hasOwner(*m_tenant.server(), target, owner.roleSlug, owner.ref));
        QVERIFY(faults.log().contains(u"GET 200"_s));
        QVERIFY(!faults.log().contains(u"DELETE 200"_s));
    }

    void additions_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<bool>("done");
        QTest::newRow("dropped after effect") << int(MethodFaults::Fault::DropAfterEffect) << -1 << true;
        QTest::newRow("dropped before effect") << int(MethodFaults::Fault::DropBeforeEffect) << -1 << false;
        QTest::newRow("dropped once before effect") << int(MethodFaults::Fault::DropBeforeEffect) << 1 << true;
        QTest::newRow("503 always") << int(MethodFaults::Fault::Unavailable) << -1 << false;
        QTest::newRow("503 once") << int(MethodFaults::Fault::Unavailable) << 1 << true;
    }
    // A POST is never re-sent by the client: after each lost or 5xx answer the engine reads it back first. The
    // owner is added at most once, and the row says what the tenant holds.
    void additions()
    {
        QFETCH(int, fault);
        QFETCH(int, times);
        QFETCH(bool, done);
        const OwnerTarget target = nextApp();
        auto c = controllerFor(target);
        const QString userId = outsider(target);
        const OwnerRef ref = OwnerRef::user(userId);
        MethodFaults faults(m_tenant.server(), "POST", MethodFaults::Fault(fault), times);
        QVERIFY(runs(*c, [&] { return c->add(u"secondary"_s, { userRecord(userId) }); }));
        const OwnersController::RowResult result = c->lastResults().first();
        QCOMPARE(result.status, done ? RowStatus::Done : RowStatus::Failed);
        QCOMPARE(hasOwner(*m_tenant.server(), target, u"secondary"_s, ref), done);
        QCOMPARE(m_tenant.server()->ownerWrites(target.appId, {}, {}, ref.key()), done ? 1 : 0);
        QVERIFY(faults.log().contains(done && times < 0 ? u"GET 200"_s : u"GET 404"_s)); // read back
        QCOMPARE(c->model()->isOwner(target, u"secondary"_s, ref), done);
        if (!done)
            QVERIFY(!result.message.isEmpty());
    }

    void alreadyAnOwner()
    {
        const OwnerTarget target = nextApp();
        auto c = controllerFor(target);
        const OwnerRecord owner = someOwner(*c);
        const int before = m_tenant.server()->requestCount();
        // Known to the console: refused before sending.
        const QString problem = c->add(owner.roleSlug, { owner });
        QVERIFY2(problem.contains(u"Already an owner"_s), qPrintable(problem));
        QVERIFY(!c->isWriting());
        QCOMPARE(m_tenant.server()->requestCount(), before);

        // Added behind the console's back after it listed: the tenant's 409 makes it "already in place".
        const QString userId = outsider(target);
        auto added = QSharedPointer<bool>::create(false);
        QObject context;
        m_tenant.client()->addOwner(target, u"secondary"_s, OwnerRef::user(userId), &context,
            [added](const Result<OwnerRecord>& r) { *added = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(*added, 10000);
        QVERIFY(runs(*c, [&] { return c->add(u"secondary"_s, { userRecord(userId) }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::AlreadyDone);
        QCOMPARE(m_tenant.server()->ownerWrites(target.appId, {}, {}, u"user/"_s + userId), 1);
        QVERIFY(c->lastErrors().isEmpty());
    }

    void notAnOwner()
    {
        const OwnerTarget target = nextApp();
        auto c = controllerFor(target);
        // Known to the console: nothing is sent, the row says so.
        OwnerRecord stranger = userRecord(outsider(target));
        stranger.roleSlug = u"primary"_s;
        stranger.target = target;
        QSignalSpy deletes(m_tenant.server(), &SandboxServer::requestServed);
        QVERIFY(runs(*c, [&] { return c->remove({ stranger }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::NoOp);
        for (const QList<QVariant>& served : std::as_const(deletes))
            QVERIFY(served.at(0).toString() != u"DELETE"_s);

        // Removed behind the console's back: the tenant answers 404; read back, the target exists and the owner is
        // gone, which is what was asked (not "the target is gone").
        const OwnerRecord owner = someOwner(*c);
        auto removed = QSharedPointer<bool>::create(false);
        QObject context;
        m_tenant.client()->removeOwner(
            target, owner.roleSlug, owner.ref, &context, [removed](const Result<Empty>& r) { *removed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(*removed, 10000);
        QVERIFY(runs(*c, [&] { return c->remove({ owner }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::Done);
        QVERIFY(c->lastResults().first().message.contains(u"gone"_s));
        QVERIFY(!hasOwner(*m_tenant.server(), target, owner.roleSlug, owner.ref));
    }

    void ownerLimit()
    {
        const OwnerTarget target = nextApp();
        // Fill the app to one below the limit of user owners.
        int have = 0;
        for (const QStringList& keys : m_tenant.server()->ownersOf(target.appId)) {
            for (const QString& key : keys)
                have += key.startsWith(u"user/"_s);
        }
        QObject context;
        int from = 0;
        while (have < ownerRules::maxOwnersPerKind - 1) {
            const QString id = outsider(target, from++);
            QVERIFY(!id.isEmpty());
            auto done = QSharedPointer<int>::create(0);
            m_tenant.client()->addOwner(target, u"primary"_s, OwnerRef::user(id), &context,
                [done](const Result<OwnerRecord>& r) { *done = r.ok() ? 1 : 2; });
            QTRY_VERIFY_WITH_TIMEOUT(*done != 0, 10000);
            QCOMPARE(*done, 1);
            ++have;
        }
        auto c = controllerFor(target);
        QCOMPARE(c->model()->ownerCount(OwnerKind::User), ownerRules::maxOwnersPerKind - 1);
        // Two more: refused before sending, in words that name the limit.
        const QString a = outsider(target, from);
        const QString b = outsider(target, from + 10);
        const int posts = m_tenant.server()->requestCount();
        const QString problem = c->add(u"secondary"_s, { userRecord(a), userRecord(b) });
        QVERIFY2(problem.contains(u"32"_s), qPrintable(problem));
        QCOMPARE(m_tenant.server()->requestCount(), posts);

        // The 32nd added behind the console's back: the 33rd is the tenant's to refuse, reported as over the limit.
        auto done = QSharedPointer<int>::create(0);
        m_tenant.client()->addOwner(target, u"primary"_s, OwnerRef::user(b), &context,
            [done](const Result<OwnerRecord>& r) { *done = r.ok() ? 1 : 2; });
        QTRY_VERIFY_WITH_TIMEOUT(*done != 0, 10000);
        QVERIFY(runs(*c, [&] { return c->add(u"secondary"_s, { userRecord(a) }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::Failed);
        QVERIFY2(c->lastResults().first().message.contains(u"32"_s), qPrintable(c->lastResults().first().message));
        QVERIFY(!hasOwner(*m_tenant.server(), target, u"secondary"_s, OwnerRef::user(a)));
        QCOMPARE(c->lastErrors().size(), 1);
    }

    // A 404 because the resource itself is gone is reported as such, for a removal and for an addition.
    void targetGone()
    {
        const QString appId = m_tenant.server()->appIds().at(m_nextApp++);
        QObject context;
        std::optional<Result<Page<AppResourceType>>> types;
        m_tenant.client()->listResourceTypes(
            appId, {}, 10, &context, [&types](Result<Page<AppResourceType>> r) { types.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(types.has_value(), 10000);
        QVERIFY(types->ok() && !types->value().items.isEmpty());
        const QString typeId = types->value().items.first().id;
        CreateResourceRequest create;
        create.displayName = u"Short-lived resource"_s;
        create.resourceOwnerUserIds = { m_users.at(3).id };
        std::optional<Result<AppResource>> created;
        m_tenant.client()->createResource(
            appId, typeId, create, &context, [&created](Result<AppResource> r) { created.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY(created->ok());
        const OwnerTarget target
            = OwnerTarget::resource(appId, typeId, created->value().id, created->value().displayName);
        auto c = controllerFor(target);
        const OwnerRecord owner = someOwner(*c);
        QCOMPARE(owner.ref, OwnerRef::user(m_users.at(3).id));

        std::optional<Result<Empty>> deleted;
        m_tenant.client()->deleteResource(
            appId, typeId, target.resourceId, &context, [&deleted](Result<Empty> r) { deleted.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 10000);
        QVERIFY(deleted->ok());

        QVERIFY(runs(*c, [&] { return c->remove({ owner }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::TargetGone);
        QVERIFY(c->lastErrors().first().contains(u"no longer exists"_s));
        QVERIFY(runs(*c, [&] { return c->add(u"primary"_s, { userRecord(m_users.at(4).id) }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::TargetGone);
    }

    // Entitlement owners are named by the entitlement's and its app's names, looked up once and cached.
    void entitlementOwnersByName()
    {
        const OwnerTarget target = nextApp();
        auto c = controllerFor(target);
        const QString otherApp = m_tenant.server()->appIds().constLast();
        QObject context;
        std::optional<Result<Page<AppEntitlement>>> entitlements;
        m_tenant.client()->listEntitlements(otherApp, {}, 10, &context,
            [&entitlements](Result<Page<AppEntitlement>> r) { entitlements.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(entitlements.has_value(), 10000);
        QVERIFY(entitlements->ok() && !entitlements->value().items.isEmpty());
        const AppEntitlement entitlement = entitlements->value().items.first();
        std::optional<Result<App>> app;
        m_tenant.client()->getApp(otherApp, &context, [&app](Result<App> r) { app.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(app.has_value(), 10000);
        QVERIFY(app->ok());

        OwnerRecord wanted;
        wanted.ref = OwnerRef::ofEntitlement(entitlement.appId, entitlement.id); // no names: as typed
        QVERIFY(runs(*c, [&] { return c->add(u"secondary"_s, { wanted }); }));
        QCOMPARE(c->lastResults().first().status, RowStatus::Done);
        QTRY_VERIFY_WITH_TIMEOUT(!c->names()->isResolving(), 10000);
        const QString text = c->ownerText(c->lastResults().first().record);
        QCOMPARE(text, u"%1 — %2"_s.arg(entitlement.displayName, app->value().displayName));
        OwnersModel* model = c->model();
        QModelIndex row;
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                if (model->index(r, 0, group).data(OwnersModel::OwnerKeyRole).toString() == wanted.ref.key())
                    row = model->index(r, 0, group);
            }
        }
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), entitlement.displayName);
        QCOMPARE(row.siblingAtColumn(int(OwnersModel::Column::Detail)).data().toString(), app->value().displayName);
        const QString tip = row.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(entitlement.id));
        QVERIFY(tip.contains(entitlement.appId));
        QCOMPARE(row.siblingAtColumn(int(OwnersModel::Column::Id)).data().toString(),
            entitlement.appId + u'/' + entitlement.id);
        // The confirmation names the owner and what it is removed from.
        const OwnerRecord record = *model->recordAt(row);
        QVERIFY(c->removalQuestion({ record }).contains(c->targetText()));
        QVERIFY(c->removalLines({ record }).first().contains(app->value().displayName));
    }

    // The inverse plan of a finished job undoes exactly what it wrote.
    void inversePlanUndoes()
    {
        BulkJobState state;
        state.spec.operation = BulkOperation::Add;
        state.spec.roleSlug = u"primary"_s;
        state.spec.targets = { OwnerTarget::app(u"a"_s) };
        BulkRow written;
        written.owner = OwnerRef::user(u"u1"_s);
        written.status = RowStatus::Done;
        BulkRow already = written;
        already.owner = OwnerRef::user(u"u2"_s);
        already.status = RowStatus::AlreadyDone;
        BulkRow removed = written;
        removed.owner = OwnerRef::user(u"u3"_s);
        removed.operation = BulkOperation::Remove;
        removed.roleSlug = u"secondary"_s;
        state.rows = { written, already, removed };
        const BulkJobState undo = inversePlan(state);
        QCOMPARE(undo.rows.size(), 2);
        QCOMPARE(undo.operationOf(undo.rows[0]), BulkOperation::Remove);
        QCOMPARE(undo.roleOf(undo.rows[0]), u"primary"_s);
        QCOMPARE(undo.operationOf(undo.rows[1]), BulkOperation::Add);
        QCOMPARE(undo.roleOf(undo.rows[1]), u"secondary"_s);
        QCOMPARE(undo.rows[1].status, RowStatus::Ready);
        // A row's own operation and role survive the journal.
        const BulkRow back = BulkRow::fromJson(undo.rows[1].toJson());
        QCOMPARE(back.operation, std::optional<BulkOperation>(BulkOperation::Add));
        QCOMPARE(back.roleSlug, u"secondary"_s);
    }
};

QTEST_GUILESS_MAIN(TstOwnersController)
#include "tst_ownerscontroller.moc"

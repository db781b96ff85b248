// Ownership of one person (OwnershipScan) and its handover to a successor (Handover), driven without widgets against
// a fresh in-process sandbox tenant per case, under the owner-visibility delay and injected faults: every case ends
// with the tenant's owner rows exactly as asked (the successor in the leaver's role, the leaver gone where the
// successor was verified) and no owner written twice.
#include "HandoverTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace c1;
using namespace c1::test;
using namespace Qt::StringLiterals;

class TstHandover : public QObject {
    Q_OBJECT

    static SandboxOptions delayed(int ownerDelayMs = 600)
    {
        SandboxOptions options;
        options.ownerVisibilityDelayMs = ownerDelayMs;
        options.latencyMs = 2;
        return options;
    }

    // Every row ended as asked, and the tenant agrees: successor in, leaver out (Transfer), nothing written twice.
    static void verifyTransferred(HandoverTenant& t, const Handover& h)
    {
        for (const HandoverItem& item : h.items()) {
            QVERIFY2(item.isSettled(h.mode()), qPrintable(item.target.key() + u": "_s + item.resultText(h.mode())));
            const QStringList owners = t.ownersIn(item.target, item.role);
            QVERIFY2(owners.contains(u"user/"_s + item.successor.id), qPrintable(item.target.key()));
            QVERIFY2(!owners.contains(u"user/"_s + t.leaver.id), qPrintable(item.target.key()));
            QVERIFY(t.writes(item.target, item.successor.id) <= 1);
            QCOMPARE(owners.count(u"user/"_s + item.successor.id), 1);
        }
    }

private Q_SLOTS:
    // Everything the departed user owns, streamed in, with the role from each object's owner list, whether they are
    // the only owner of it, and the annotations; the CSV has a line per ownership.
    void ownershipOfOnePerson()
    {
        HandoverTenant t;
        QVERIFY(t.start());
        auto scan = t.scan(t.leaver);
        QVERIFY(scan->errorText().isEmpty());
        QVERIFY(!scan->wasCanceled());
        const OwnershipModel* model = scan->model();
        QAbstractItemModelTester tester(const_cast<OwnershipModel*>(model));
        QVERIFY(model->rowCount() >= 8);
        QCOMPARE(scan->detailed(), model->rowCount());
        QSet<OwnerTarget::Kind> kinds;
        int sole = 0, shared = 0;
        for (const OwnershipItem& item : model->items()) {
            QCOMPARE(item.state, OwnershipItem::State::Ready);
            kinds.insert(item.target.kind);
            QCOMPARE(item.rolesOf(t.leaver.id), QStringList { u"primary"_s });
            (item.isSoleOwner(u"primary"_s, t.leaver.id) ? sole : shared) += 1;
            QVERIFY(!targetLabel(item.target).isEmpty());
        }
        QCOMPARE(kinds.size(), 3);
        QVERIFY(sole > 0);
        QVERIFY(shared > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ownership.csv"_s);
        QVERIFY(scan->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size() - 2, model->rowCount()); // header, and the empty piece after the last CRLF
        QVERIFY(lines.at(0).contains("only_owner"));
    }

    void userSearchIncludesEveryStatus()
    {
        HandoverTenant t;
        QVERIFY(t.start());
        const QList<User> byEmail = t.findUsers(u"jordan.avery@example.com"_s);
        QCOMPARE(byEmail.size(), 1);
        QCOMPARE(byEmail.first().status, u"DELETED"_s);
        QCOMPARE(OwnershipScan::statusText(byEmail.first()).isEmpty(), false);
        const QList<User> byId = t.findUsers(t.leaver.id);
        QCOMPARE(byId.size(), 1);
        QCOMPARE(byId.first().id, t.leaver.id);
    }

    void unknownUserId()
    {
        HandoverTenant t;
        QVERIFY(t.start());
        User ghost;
        ghost.id = u"0123456789abcdefghijklmnopq"_s;
        auto scan = t.scan(ghost);
        QCOMPARE(scan->found(), 0);
        QVERIFY(!scan->errorText().isEmpty());
        User malformed;
        malformed.id = u"not-an-id"_s;
        auto bad = t.scan(malformed);
        QCOMPARE(bad->found(), 0);
        QVERIFY(!bad->errorText().isEmpty());
    }

    void cancelScan()
    {
        HandoverTenant t;
        SandboxOptions options;
        options.latencyMs = 200;
        QVERIFY(t.start(options));
        OwnershipScan scan(t.tenant.client());
        QSignalSpy finished(&scan, &OwnershipScan::finished);
        scan.start(t.leaver);
        QVERIFY(scan.isRunning());
        scan.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(scan.wasCanceled());
        QVERIFY(!scan.isRunning());
    }

    // Add → wait (countdown) → verify by get-one → remove, under a 600 ms owner-visibility delay.
    void transferEndsVerified()
    {
        HandoverTenant t;
        QVERIFY(t.start(delayed()));
        auto scan = t.scan(t.leaver);
        const User successor = t.successor(scan->model());
        QVERIFY(!successor.id.isEmpty());
        QTemporaryDir dir;
        auto h = t.handover(dir.path());
        QVERIFY(
            h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} }));
        QCOMPARE(h->items().size(), scan->model()->rowCount());
        QVERIFY(h->canApply());
        const QStringList calls = h->calls(0);
        QCOMPARE(calls.size(), 3);
        QVERIFY(calls.at(0).startsWith(u"POST /api/v2/apps/"_s));
        QVERIFY(calls.at(2).startsWith(u"DELETE /api/v2/apps/"_s));
        QVERIFY(calls.at(2).endsWith(t.leaver.id));
        QSignalSpy countdown(h.get(), &Handover::countdown);
        QSignalSpy stages(h.get(), &Handover::stageChanged);
        QVERIFY(HandoverTenant::runs(*h));
        QCOMPARE(h->stage(), HandoverStage::Finished);
        QVERIFY(!countdown.isEmpty());
        QList<HandoverStage> seen;
        for (const QList<QVariant>& s : std::as_const(stages))
            seen << s.at(0).value<HandoverStage>();
        QVERIFY(seen.indexOf(HandoverStage::Adding) < seen.indexOf(HandoverStage::Verifying));
        QVERIFY(seen.indexOf(HandoverStage::Verifying) < seen.indexOf(HandoverStage::Removing));
        verifyTransferred(t, *h);
        QCOMPARE(h->counts().settled, int(h->items().size()));
        // The report: before and after per object.
        const QString csv = dir.filePath(u"report.csv"_s);
        QVERIFY(h->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("owners_before"));
        QVERIFY(text.contains(successor.id.toUtf8()));
        // The journal says it finished.
        const std::optional<HandoverState> onDisk = HandoverState::load(h->journalPath());
        QVERIFY(onDisk);
        QCOMPARE(onDisk->stage, HandoverStage::Finished);
        QVERIFY(HandoverState::unfinished(dir.path(), t.profile.id).isEmpty());
    }

    void addOnlyKeepsTheLeaver()
    {
        HandoverTenant t;
        QVERIFY(t.start(delayed(200)));
        auto scan = t.scan(t.leaver);
        const User successor = t.successor(scan->model());
        QTemporaryDir dir;
        auto h = t.handover(dir.path());
        QVERIFY(h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::AddOnly, successor, {}, {} }));
        QVERIFY(HandoverTenant::runs(*h));
        for (const HandoverItem& item : h->items()) {
            QVERIFY(item.isSettled(h->mode()));
            QCOMPARE(item.verify, VerifyState::Verified);
            QVERIFY(!item.remove);
            const QStringList owners = t.ownersIn(item.target, item.role);
            QVERIFY(owners.contains(u"user/"_s + successor.id));
            QVERIFY(owners.contains(u"user/"_s + t.leaver.id));
        }
    }

    void removeOnly()
    {
        HandoverTenant t;
        QVERIFY(t.start());
        auto scan = t.scan(t.leaver);
        QTemporaryDir dir;
        auto h = t.handover(dir.path());
        QVERIFY(h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::RemoveOnly, {}, {}, {} }));
        QCOMPARE(h->calls(0).size(), 2); // DELETE, then GET (expects 404)
        QVERIFY(HandoverTenant::runs(*h));
        for (const HandoverItem& item : h->items()) {
            QVERIFY2(item.isSettled(h->mode()), qPrintable(item.resultText(h->mode())));
            QVERIFY(!t.ownersIn(item.target, item.role).contains(u"user/"_s + t.leaver.id));
        }
    }

    // Checks before anything is sent: a disabled successor, the leaver as successor, no successor.
    void checksBlockRows()
    {
        HandoverTenant t;
        QVERIFY(t.start());
        auto scan = t.scan(t.leaver);
        QTemporaryDir dir;
        User disabled;
        for (const User& u : t.findUsers(u"example.com"_s)) {
            if (u.status == u"DISABLED"_s)
                disabled = u;
        }
        QVERIFY(!disabled.id.isEmpty());
        const QList<std::pair<std::optional<User>, QString>> cases {
            { disabled, u"not enabled"_s },
            { t.leaver, u"is the leaver"_s },
            { std::nullopt, u"no successor"_s },
        };
        for (const auto& [successor, expected] : cases) {
            auto h = t.handover(dir.path());
            QVERIFY(h->plan(
                scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} }));
            QVERIFY(!h->items().isEmpty());
            for (const HandoverItem& item : h->items()) {
                QVERIFY(item.blocked);
                QVERIFY2(item.problem.contains(expected), qPrintable(item.problem));
            }
            QVERIFY(!h->canApply());
            h->apply();
            QCOMPARE(h->stage(), HandoverStage::Planned);
        }
        // Managed by infrastructure as code: a warning, not a block (app 10 of the demo data is managed_by terraform).
        const User successor = t.successor(scan->model());
        auto h = t.handover(dir.path());
        QVERIFY(
            h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} }));
        int warned = 0;
        for (const HandoverItem& item : h->items()) {
            QVERIFY(!item.blocked);
            warned += item.warning.contains(u"terraform"_s);
        }
        QVERIFY(warned > 0);
    }

    // An ownership the resource's connector sourced (immutableUserIds) cannot be removed: blocked before sending
    // in a transfer and a removal; adding the successor beside it is fine.
    void connectorManagedOwnership()
    {
        HandoverTenant t;
        QVERIFY(t.start());
        OwnerTarget resource;
        {
            auto first = t.scan(t.leaver);
            for (const OwnershipItem& item : first->model()->items()) {
                if (item.target.kind == OwnerTarget::Kind::Resource)
                    resource = item.target;
            }
        }
        QVERIFY(!resource.resourceId.isEmpty());
        QVERIFY(t.tenant.server()->setConnectorOwner(
            resource.appId, resource.resourceTypeId, resource.resourceId, t.leaver.id));
        auto scan = t.scan(t.leaver);
        const int row = scan->model()->indexOf(resource.key());
        QVERIFY(row >= 0);
        QCOMPARE(scan->model()->item(row).immutableUserIds, QStringList { t.leaver.id });
        const User successor = t.successor(scan->model());
        QTemporaryDir dir;
        for (const HandoverMode mode : { HandoverMode::Transfer, HandoverMode::RemoveOnly, HandoverMode::AddOnly }) {
            auto h = t.handover(dir.path());
            QVERIFY(h->plan(scan->model()->items(), HandoverChoice { t.leaver, mode, successor, {}, {} }));
            for (const HandoverItem& item : h->items()) {
                const bool blocked = item.target == resource && mode != HandoverMode::AddOnly;
                QCOMPARE(item.blocked, blocked);
                if (blocked)
                    QVERIFY(item.problem.contains(u"connector"_s));
            }
        }
    }

    // A successor per app overrides the default one.
    void successorPerApp()
    {
        HandoverTenant t;
        QVERIFY(t.start());
        auto scan = t.scan(t.leaver);
        const User first = t.successor(scan->model(), 0);
        const User second = t.successor(scan->model(), 1);
        const QString app = scan->model()->item(0).target.appId;
        QTemporaryDir dir;
        auto h = t.handover(dir.path());
        HandoverChoice choice { t.leaver, HandoverMode::Transfer, first, {}, {} };
        choice.successorByApp.insert(app, second);
        QVERIFY(h->plan(scan->model()->items(), choice));
        QVERIFY(HandoverTenant::runs(*h));
        for (const HandoverItem& item : h->items())
            QCOMPARE(item.successor.id, item.target.appId == app ? second.id : first.id);
        verifyTransferred(t, *h);
    }

    // Drops before and after effect on the adds and the removals, and a rate limit: read back, never sent twice.
    void faults_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("afterEffect");
        QTest::addColumn<int>("rateLimit");
        QTest::newRow("add dropped after effect") << QByteArray("POST") << true << 0;
        QTest::newRow("add dropped before effect") << QByteArray("POST") << false << 0;
        QTest::newRow("remove dropped after effect") << QByteArray("DELETE") << true << 0;
        QTest::newRow("remove dropped before effect") << QByteArray("DELETE") << false << 0;
        QTest::newRow("429 storm") << QByteArray() << false << 15;
    }
    void faults()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, afterEffect);
        QFETCH(int, rateLimit);
        HandoverTenant t;
        QVERIFY(t.start(delayed(300)));
        auto scan = t.scan(t.leaver);
        const User successor = t.successor(scan->model());
        QTemporaryDir dir;
        auto h = t.handover(dir.path());
        h->setMaxSendsPerRow(6);
        QVERIFY(
            h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} }));
        SandboxOptions& options = t.tenant.server()->options();
        options.faultMethod = method;
        options.rateLimitPerSecond = rateLimit;
        if (!method.isEmpty()) {
            options.dropRate = 0.3;
            options.dropAfterEffect = afterEffect;
        }
        QVERIFY(HandoverTenant::runs(*h, 120000));
        options.dropRate = 0;
        options.rateLimitPerSecond = 0;
        if (rateLimit)
            QVERIFY(t.tenant.server()->count429() > 0);
        else
            QVERIFY(t.tenant.server()->countDropped() > 0);
        for (int round = 0; round < 3 && h->canRetry(); ++round) {
            QSignalSpy finished(h.get(), &Handover::finished);
            h->retryFailed();
            QVERIFY(!finished.isEmpty() || finished.wait(60000));
        }
        verifyTransferred(t, *h);
    }

    // The token dies again and again while the handover runs: the tenant's clock jumps 2 s every 6 API requests it
    // serves (a token lives 5 s: 18 requests), far ahead of the client's own renewal. Each call that meets a 401 gets
    // one fresh token and is sent again (the 401 means it was not executed); the handover ends as without it, each
    // owner written once. (A fresh token outlives the at most 8 requests retried with it.)
    void tokenExpiresMidHandover()
    {
        HandoverTenant t;
        SandboxOptions options = delayed(300);
        options.tokenLifetimeSeconds = 5;
        QVERIFY(t.start(options));
        auto scan = t.scan(t.leaver);
        const User successor = t.successor(scan->model());
        QTemporaryDir dir;
        auto h = t.handover(dir.path());
        QVERIFY(
            h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} }));
        int served = 0, unauthorized = 0, jumps = 0;
        QObject context;
        connect(t.tenant.server(), &SandboxServer::requestServed, &context,
            [&](const QString&, const QString& path, int status) {
                unauthorized += status == 401;
                // At most 60 s in all: the client's assertions (valid 120 s by its own clock) stay acceptable.
                if (path.startsWith(u"/api/"_s) && ++served % 6 == 0 && jumps < 30) {
                    t.tenant.server()->advanceClock(2000);
                    ++jumps;
                }
            });
        QVERIFY(HandoverTenant::runs(*h, 120000));
        QCOMPARE(h->stage(), HandoverStage::Finished);
        QVERIFY(jumps > 0);
        QVERIFY(unauthorized > 0);
        verifyTransferred(t, *h);
        QCOMPARE(h->counts().settled, int(h->items().size()));
    }

    // A role slug the tenant refuses: the leaver also holds "secondary" on an app, and the tenant stops accepting that
    // slug before the handover is applied. That row ends failed with the tenant's reason, the leaver kept there
    // (nothing is removed without a verified successor) and nothing written for it; every other row is handed over.
    void refusedRoleSlug()
    {
        HandoverTenant t;
        QVERIFY(t.start(delayed(0)));
        OwnerTarget app;
        {
            auto first = t.scan(t.leaver);
            for (const OwnershipItem& item : first->model()->items()) {
                if (app.appId.isEmpty() && item.target.kind == OwnerTarget::Kind::App)
                    app = item.target;
            }
        }
        QVERIFY(!app.appId.isEmpty());
        std::optional<bool> added;
        t.tenant.client()->addOwner(app, u"secondary"_s, OwnerRef::user(t.leaver.id), this,
            [&added](const Result<OwnerRecord>& r) { added = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 15000);
        QVERIFY(*added);
        auto scan = t.scan(t.leaver);
        const User successor = t.successor(scan->model());
        QTemporaryDir dir;
        auto h = t.handover(dir.path());
        QVERIFY(
            h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} }));
        int refusedRows = 0;
        for (const HandoverItem& item : h->items())
            refusedRows += item.role == u"secondary"_s;
        QCOMPARE(refusedRows, 1);
        SandboxOptions& live = t.tenant.server()->options();
        live.roleSlugs = QStringList { u"primary"_s };
        QVERIFY(HandoverTenant::runs(*h));
        live.roleSlugs = QStringList { u"primary"_s, u"secondary"_s };
        QCOMPARE(h->stage(), HandoverStage::Finished);
        for (const HandoverItem& item : h->items()) {
            const QStringList owners = t.ownersIn(item.target, item.role);
            if (item.role != u"secondary"_s) {
                QVERIFY2(item.isSettled(h->mode()), qPrintable(item.resultText(h->mode())));
                QVERIFY(owners.contains(u"user/"_s + successor.id));
                QVERIFY(!owners.contains(u"user/"_s + t.leaver.id));
                continue;
            }
            QCOMPARE(item.target, app);
            QVERIFY(!item.isSettled(h->mode()));
            QCOMPARE(item.add, std::optional<RowStatus>(RowStatus::Failed));
            QVERIFY(!item.remove.has_value()); // never asked to remove
            QVERIFY2(item.message.contains(u"role slug"_s), qPrintable(item.message));
            const QString result = item.resultText(h->mode());
            QVERIFY2(result.contains(u"not added"_s) && result.contains(u"role slug"_s), qPrintable(result));
            QVERIFY(owners.contains(u"user/"_s + t.leaver.id));
            QVERIFY(!owners.contains(u"user/"_s + successor.id));
        }
        QCOMPARE(h->counts().failed, 1);
        QVERIFY(t.writes(app, successor.id) <= 1); // the primary row's add, once
        QVERIFY(h->canRetry());
    }

    // An object deleted while the handover runs: its rows end "no longer exists", the others are handed over.
    void targetDeletedMidJob()
    {
        HandoverTenant t;
        SandboxOptions options = delayed(300);
        options.latencyMs = 20;
        QVERIFY(t.start(options));
        auto scan = t.scan(t.leaver);
        const User successor = t.successor(scan->model());
        QTemporaryDir dir;
        auto h = t.handover(dir.path());
        h->setPropagationWait(600);
        QVERIFY(
            h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} }));
        const QString doomed = h->items().last().target.appId;
        bool deleted = false;
        connect(h.get(), &Handover::stageChanged, this, [&](HandoverStage stage) {
            if (stage == HandoverStage::Waiting && !deleted) {
                deleted = true;
                t.tenant.client()->deleteApp(doomed, this, [](const Result<Empty>&) {});
            }
        });
        QVERIFY(HandoverTenant::runs(*h));
        QVERIFY(deleted);
        int gone = 0;
        for (const HandoverItem& item : h->items()) {
            if (item.target.appId == doomed) {
                ++gone;
                QCOMPARE(item.verify, VerifyState::TargetGone);
                QVERIFY(item.resultText(h->mode()).contains(u"no longer exists"_s));
            } else {
                QVERIFY(item.isSettled(h->mode()));
                QVERIFY(!t.ownersIn(item.target, item.role).contains(u"user/"_s + t.leaver.id));
            }
        }
        QVERIFY(gone > 0);
    }

    // Cancel during the wait: nothing is removed; the rows added stay added; a retry finishes the job.
    void cancelAndRetry()
    {
        HandoverTenant t;
        QVERIFY(t.start(delayed(200)));
        auto scan = t.scan(t.leaver);
        const User successor = t.successor(scan->model());
        QTemporaryDir dir;
        auto h = t.handover(dir.path());
        h->setPropagationWait(5000);
        QVERIFY(
            h->plan(scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} }));
        QSignalSpy finished(h.get(), &Handover::finished);
        h->apply();
        QTRY_COMPARE_WITH_TIMEOUT(h->stage(), HandoverStage::Waiting, 30000);
        QVERIFY(h->secondsLeft() > 0);
        h->cancel();
        QCOMPARE(h->stage(), HandoverStage::Canceled);
        QCOMPARE(finished.size(), 1);
        for (const HandoverItem& item : h->items()) {
            QVERIFY(item.addInEffect());
            QVERIFY(t.ownersIn(item.target, item.role).contains(u"user/"_s + t.leaver.id));
        }
        QVERIFY(h->canRetry());
        h->setPropagationWait(100);
        h->retryFailed();
        QVERIFY(finished.wait(60000));
        verifyTransferred(t, *h);
    }

    // The handover object goes away mid-add (as in a crash: the engine's rows caught "sending" stay so in its
    // journal); another one resumes from the journal and ends in the same state, nothing written twice.
    void resumeFromJournal_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("adding") << int(HandoverStage::Adding);
        QTest::newRow("waiting") << int(HandoverStage::Waiting);
        QTest::newRow("removing") << int(HandoverStage::Removing);
    }
    void resumeFromJournal()
    {
        QFETCH(int, stopAt);
        HandoverTenant t;
        SandboxOptions options = delayed(300);
        options.latencyMs = 30;
        QVERIFY(t.start(options));
        auto scan = t.scan(t.leaver);
        const User successor = t.successor(scan->model());
        QTemporaryDir dir;
        QString path;
        {
            auto h = t.handover(dir.path());
            h->setPropagationWait(400);
            QVERIFY(h->plan(
                scan->model()->items(), HandoverChoice { t.leaver, HandoverMode::Transfer, successor, {}, {} }));
            h->apply();
            path = h->journalPath();
            QTRY_COMPARE_WITH_TIMEOUT(int(h->stage()), stopAt, 30000);
        } // gone mid-step
        const QList<HandoverState> left = HandoverState::unfinished(dir.path(), t.profile.id);
        QCOMPARE(left.size(), 1);
        auto resumed = t.handover(dir.path());
        QString error;
        QVERIFY2(resumed->resume(path, &error), qPrintable(error));
        QVERIFY(HandoverTenant::runs(*resumed));
        QCOMPARE(resumed->stage(), HandoverStage::Finished);
        verifyTransferred(t, *resumed);
        QVERIFY(HandoverState::unfinished(dir.path(), t.profile.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstHandover)
#include "tst_handover.moc"

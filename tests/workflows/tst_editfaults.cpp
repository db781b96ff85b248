// The fault matrix of edit and delete (README "Reliability"): under each fault the sandbox can inject, edits and
// deletes run at once through EditFlow and DeleteFlow; each ends saved/deleted or failed with a message that agrees
// with the tenant, and nothing is sent twice.
#include "workflows/EditTestTenant.h"

#include "workflows/DeleteFlow.h"
#include "workflows/EditFlow.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace c1;
using namespace Qt::StringLiterals;

class TestEditFaults : public QObject {
    Q_OBJECT

private:
    test::EditTestTenant m_tenant;

private Q_SLOTS:
    void initTestCase()
    {
        SandboxDataSize size;
        size.apps = 6;
        size.resourcesPerType = 3;
        size.users = 10;
        QVERIFY(m_tenant.start(SandboxOptions {}, size, test::TestTenant::fastRetry()));
    }

    // The fault matrix of edit and delete (README "Reliability"): under each fault the sandbox can inject, five edits
    // (an app and four resources) and four deletes run at once. Every one ends saved/deleted or failed with a message,
    // what it reports agrees with the tenant afterwards, and no write is sent twice by a flow.
    void faultMatrix_data()
    {
        QTest::addColumn<QString>("fault");
        for (const char* fault : { "503 at 15%", "drops before effect 15%", "drops after effect 15%",
                 "truncated bodies 15%", "HTML 502 pages 15%", "redirects 10%" })
            QTest::newRow(fault) << QString::fromLatin1(fault);
    }

    void faultMatrix()
    {
        QFETCH(QString, fault);
        const App app = m_tenant.newApp(u"Matrix "_s + fault);
        const AppResourceType type = m_tenant.newType(app.id, u"Matrix things"_s, u"CUSTOM"_s);
        QList<AppResource> resources;
        for (int i = 0; i < 8; ++i)
            resources.append(m_tenant.newResource(app.id, type.id, u"Thing %1"_s.arg(i)));
        std::vector<std::unique_ptr<EditFlow>> edits;
        edits.push_back(std::make_unique<EditFlow>(EditTarget::app(app.id), m_tenant.session()));
        for (int i = 0; i < 4; ++i)
            edits.push_back(std::make_unique<EditFlow>(
                EditTarget::resource(app.id, type.id, resources.at(i).id), m_tenant.session()));
        std::vector<std::unique_ptr<DeleteFlow>> deletes;
        for (int i = 4; i < 8; ++i)
            deletes.push_back(std::make_unique<DeleteFlow>(
                EditTarget::resource(app.id, type.id, resources.at(i).id), m_tenant.session()));
        for (auto& edit : edits)
            test::EditTestTenant::loadAndWait(*edit);
        for (auto& del : deletes) {
            del->prepare();
            QTRY_COMPARE_WITH_TIMEOUT(del->state(), DeleteFlow::State::Ready, 15000);
        }
        // Count every write the tenant receives, per path.
        QHash<QString, int> writes;
        const auto watch = connect(m_tenant.server(), &SandboxServer::requestServed, this,
            [&writes](const QString& method, const QString& path, int) {
                if (method != u"GET"_s)
                    writes[method + u' ' + path] += 1;
            });
        SandboxOptions& o = m_tenant.server()->options();
        if (fault.startsWith(u"503"_s))
            o.failureRate = 0.15;
        else if (fault.startsWith(u"drops"_s)) {
            o.dropRate = 0.15;
            o.dropAfterEffect = fault.contains(u"after"_s);
        } else if (fault.startsWith(u"truncated"_s))
            o.truncateRate = 0.15;
        else if (fault.startsWith(u"HTML"_s))
            o.htmlErrorRate = 0.15;
        else
            o.redirectRate = 0.10;
        QList<QVariantMap> wanted;
        for (size_t i = 0; i < edits.size(); ++i) {
            QVariantMap edited = edits[i]->original();
            edited[u"description"_s] = u"matrix %1"_s.arg(i);
            wanted.append(edited);
            QVERIFY(edits[i]->save(edited));
        }
        for (auto& del : deletes)
            QVERIFY(del->remove({}));
        const auto busy = [&edits, &deletes] {
            for (auto& e : edits)
                if (e->isBusy())
                    return true;
            for (auto& d : deletes)
                if (d->isBusy())
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!busy(), 120000);
        o.failureRate = o.dropRate = o.truncateRate = o.htmlErrorRate = o.redirectRate = 0.0;
        o.dropAfterEffect = false;
        disconnect(watch);

        int saved = 0, deleted = 0, failed = 0;
        for (size_t i = 0; i < edits.size(); ++i) {
            EditFlow& e = *edits[i];
            const QString path = e.target().kind == EditTarget::Kind::App
                ? u"/api/v1/apps/"_s + app.id
                : u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(app.id, type.id, e.target().resourceId);
            QVERIFY2(writes.value(u"POST "_s + path) <= 1, qPrintable(path)); // never sent twice
            QCOMPARE(e.state(), EditFlow::State::Ready);
            QString now;
            if (e.target().kind == EditTarget::Kind::App)
                now = m_tenant.getApp(app.id).value().description;
            else {
                const auto r = m_tenant.call<AppResource>([&](QObject* context, C1Client::Callback<AppResource> done) {
                    return m_tenant.client()->getResource(
                        app.id, type.id, e.target().resourceId, context, std::move(done));
                });
                QVERIFY(r);
                now = r.value().description;
            }
            const QString mine = wanted.at(int(i)).value(u"description"_s).toString();
            if (e.errorText().isEmpty()) {
                ++saved;
                QCOMPARE(now, mine); // reported saved: the tenant has it
            } else {
                ++failed;
                if (!e.errorText().contains(u"Could not check whether"_s))
                    QVERIFY2(now != mine, qPrintable(e.errorText())); // reported not saved: it is not
            }
        }
        for (auto& d : deletes) {
            const QString path
                = u"/api/v1/apps/%1/resource_types/%2/resources/%3"_s.arg(app.id, type.id, d->target().resourceId);
            const auto r = m_tenant.call<AppResource>([&](QObject* context, C1Client::Callback<AppResource> done) {
                return m_tenant.client()->getResource(
                    app.id, type.id, d->target().resourceId, context, std::move(done));
            });
            if (d->state() == DeleteFlow::State::Deleted) {
                ++deleted;
                QVERIFY2(!r && r.error().httpStatus == 404, qPrintable(path)); // reported deleted: it is gone
            } else {
                ++failed;
                QCOMPARE(d->state(), DeleteFlow::State::Ready);
                QVERIFY(!d->errorText().isEmpty());
                if (!d->errorText().contains(u"Could not check whether"_s))
                    QVERIFY2(bool(r), qPrintable(d->errorText())); // reported not deleted: it is there
            }
            QCOMPARE(d->sends(), 1);
        }
        qInfo("%s: %d saved, %d deleted, %d failed with a message, of %d", qPrintable(fault), saved, deleted, failed,
            int(edits.size() + deletes.size()));
        QCOMPARE(saved + deleted + failed, int(edits.size() + deletes.size()));
    }
};

QTEST_GUILESS_MAIN(TestEditFaults)
#include "tst_editfaults.moc"

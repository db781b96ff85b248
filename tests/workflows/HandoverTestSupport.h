#pragma once

// Helpers of the handover suites: a fresh sandbox tenant (its demo data holds the departed user "Jordan Avery"), the
// leaver and a successor looked up through OwnershipScan, the leaver's ownership scanned, and the tenant's owner
// rows for asserting the end state.

#include "support/TestTenant.h"

#include "workflows/Handover.h"
#include "workflows/OwnershipScan.h"

#include <QSignalSpy>
#include <QTest>

namespace c1::test {

struct HandoverTenant {
    TestTenant tenant;
    Profile profile;
    User leaver;
    QList<User> users; // enabled, in search order

    bool start(const SandboxOptions& options = {}, SandboxDataSize size = {})
    {
        if (!tenant.start(options, size, TestTenant::fastRetry()))
            return false;
        profile.id = QStringLiteral("handover-test");
        profile.name = QStringLiteral("handover test");
        profile.concurrency = 8;
        users = tenant.enabledUsers();
        const QList<User> found = findUsers(QStringLiteral("Jordan Avery"));
        if (found.size() != 1)
            return false;
        leaver = found.constFirst();
        return leaver.status == QStringLiteral("DELETED");
    }

    QList<User> findUsers(const QString& text)
    {
        OwnershipScan scan(tenant.client());
        QSignalSpy spy(&scan, &OwnershipScan::usersFound);
        scan.findUsers(text);
        if (!spy.wait(15000))
            return {};
        return spy.constFirst().at(0).value<QList<User>>();
    }

    // An enabled user who owns nothing of what the leaver owns.
    User successor(const OwnershipModel* owned, int skip = 0) const
    {
        for (const User& user : users) {
            bool owner = false;
            for (const OwnershipItem& item : owned->items())
                owner = owner || item.isAnyRoleOwner(user.id);
            if (!owner && skip-- == 0)
                return user;
        }
        return {};
    }

    std::unique_ptr<OwnershipScan> scan(const User& user)
    {
        auto scan = std::make_unique<OwnershipScan>(tenant.client());
        QSignalSpy finished(scan.get(), &OwnershipScan::finished);
        scan->start(user);
        if (!finished.wait(30000))
            qWarning("the ownership scan did not finish");
        return scan;
    }

    std::unique_ptr<Handover> handover(const QString& dir)
    {
        auto h = std::make_unique<Handover>(tenant.client(), profile);
        h->setJournalDir(dir);
        h->setPropagationWait(300);
        h->setVerifyTimeout(4000);
        h->setRetryInterval(200);
        h->setMaxSendsPerRow(3);
        return h;
    }

    static bool runs(Handover& h, int timeoutMs = 60000)
    {
        QSignalSpy finished(&h, &Handover::finished);
        if (h.stage() == HandoverStage::Planned)
            h.apply();
        return !finished.isEmpty() || finished.wait(timeoutMs);
    }

    QStringList ownersIn(const OwnerTarget& target, const QString& role) const
    {
        if (target.kind == OwnerTarget::Kind::Entitlement)
            return tenant.server()->entitlementOwnersOf(target.appId, target.entitlementId).value(role);
        return tenant.server()->ownersOf(target.appId, target.resourceTypeId, target.resourceId).value(role);
    }

    int writes(const OwnerTarget& target, const QString& userId) const
    {
        const QString objectId
            = target.kind == OwnerTarget::Kind::Entitlement ? target.entitlementId : target.resourceId;
        return tenant.server()->ownerWrites(
            target.appId, target.resourceTypeId, objectId, QStringLiteral("user/") + userId);
    }
};

} // namespace c1::test

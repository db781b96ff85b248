#pragma once

// Shared by the undo suites: a journaled owner-change job run to its end against the sandbox tenant, a plan of adds
// and removes over app targets, and a snapshot of the tenant's owner lists to compare before and after.

#include "support/TestTenant.h"

#include "api/Session.h"
#include "owners/BulkOwnerJob.h"
#include "owners/JobJournal.h"

#include <QSignalSpy>

#include <algorithm>
#include <memory>

namespace c1::test {

// Every owner of every target, all roles, sorted: equal snapshots mean equal owner lists.
inline QMap<QString, QMap<QString, QStringList>> ownerSnapshot(
    const SandboxServer& sandbox, const QList<OwnerTarget>& targets)
{
    QMap<QString, QMap<QString, QStringList>> snapshot;
    for (const OwnerTarget& t : targets) {
        QMap<QString, QStringList> roles = sandbox.ownersOf(t.appId, t.resourceTypeId, t.resourceId);
        for (QStringList& owners : roles)
            std::sort(owners.begin(), owners.end());
        roles.removeIf([](const auto& it) { return it.value().isEmpty(); });
        snapshot.insert(t.key(), roles);
    }
    return snapshot;
}

// Runs `state` to its end (journaled to `journalPath` when given) and returns the finished job's state.
inline BulkJobState runJob(C1Client* client, BulkJobState state, const QString& journalPath = {}, int concurrency = 4)
{
    BulkOwnerJob job(client, std::move(state));
    job.setConcurrency(concurrency);
    if (!journalPath.isEmpty())
        job.setJournalPath(journalPath);
    QSignalSpy finished(&job, &BulkOwnerJob::finished);
    job.start();
    if (finished.isEmpty() && !finished.wait(120000))
        qWarning("the job did not finish");
    return job.state();
}

inline BulkRow planRow(int line, const QString& userId, int target, BulkOperation op, const QString& role = {})
{
    BulkRow row;
    row.line = line;
    row.input = userId;
    row.owner = OwnerRef::user(userId);
    row.target = target;
    row.operation = op;
    row.roleSlug = role;
    return row;
}

inline std::unique_ptr<Session> sandboxSession(
    const TestTenant& tenant, const QString& profileId, bool readOnly = false)
{
    Profile profile;
    profile.id = profileId;
    profile.name = QStringLiteral("Sandbox");
    profile.urlOverride = tenant.server()->baseUrl();
    profile.readOnly = readOnly;
    profile.concurrency = 4;
    ProfileSecrets secrets;
    secrets.clientId = tenant.credentials().clientId;
    secrets.clientSecret = tenant.credentials().clientSecret;
    QString error;
    std::unique_ptr<Session> s = Session::create(profile, secrets, &error);
    if (!s)
        qWarning("session: %s", qPrintable(error));
    return s;
}

} // namespace c1::test

#pragma once

// What the bulk scenarios share: a plan of owner writes on the tenant's resources, one job run with its figures
// (wall time, the limiter's peak concurrency, 429s, protocol), and the HTTP/2 switch of the sandbox.
#include "bench/BenchReport.h"
#include "bench/BenchTenant.h"

#include "owners/BulkOwnerJob.h"

#include <functional>

namespace c1::bench {

// `resources` × `users` rows assigning each user as a `role` owner of each resource: every row is a write.
struct Plan {
    QList<OwnerTarget> targets;
    QList<QString> users;
    QString error;

    BulkJobState job(const QString& role, int rows) const;
};
Plan plan(BenchTenant& tenant, int resources, int usersPerResource);

struct JobRun {
    double ms = 0;
    BulkOwnerJob::Counts counts;
    int peakConcurrency = 0; // the job's AdaptiveLimiter
    double finalPace = 0; // requests/s, 0 = never paced
    int responses429 = 0; // the tenant's count during the job
    int requests = 0; // the tenant's count during the job
    int writtenTwice = 0; // rows the tenant applied more than once (checked only when asked)
    QString error;
};
// `during` runs once the job has started (e.g. timers changing the rate limit).
JobRun runJob(BenchTenant& tenant, BulkJobState state, int concurrency, bool checkWrites = false,
    const std::function<void(QObject* context)>& during = {});

// Sets `options` to serve HTTP/2 by ALPN over TLS when this build's sandbox can (SandboxOptions has an HTTP/2
// mode); false when it cannot, and the HTTP/2 scenarios then report the protocol unavailable.
bool requestHttp2(SandboxOptions& options);
// "h2" or "http/1.1": what one authenticated GET through the tenant's QNAM negotiated; empty on failure.
QString negotiatedProtocol(BenchTenant& tenant);
// protocol, concurrency reached, 429s, requests: in every bulk scenario's JSON.
void reportRun(ScenarioReport& report, const QString& protocol, const JobRun& run);

} // namespace c1::bench

#pragma once

// The handover rows of tst_faultmatrix: the departed demo user's 20 objects (5 apps, each with two resources and an
// entitlement) handed over to a successor while the sandbox tenant injects a fault, then every row checked against
// the tenant's final owner lists.

#include <QString>

#include <functional>

class QObject;

namespace c1 {
class SandboxServer;
}

namespace c1::test {

struct HandoverFaultRun {
    QString setupError; // the tenant, the scan or the plan failed: no figures
    QString runError; // the handover did not end
    int injected = 0; // 429, 503 and dropped answers and 401s met
    int unauthorized = 0;
    int rows = 0;
    int handedOver = 0; // settled, and the tenant agrees
    int failed = 0; // not settled, with the row's message
    int lost = 0; // the tenant disagrees with the row, or a row without a message
    int duplicated = 0; // the successor written more than once
    qint64 maxGapMs = 0; // the longest stall of the event loop (a 10 ms timer)
    qint64 elapsedMs = 0;
};

// Scans and plans without faults, calls `inject(sandbox, context)` to turn the fault on (connections made to
// `context` live until the run ends), applies the handover once (no retry) and checks it. `tokenLifetimeSeconds`
// applies to the tenant from the start. Waits (test helper).
HandoverFaultRun runHandoverUnderFault(quint64 seed, int tokenLifetimeSeconds, int attemptTimeoutMs,
    const std::function<void(SandboxServer&, QObject*)>& inject);

} // namespace c1::test

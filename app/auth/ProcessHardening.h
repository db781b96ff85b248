#pragma once

namespace c1 {

// Keeps the secrets a process holds (client secret, private key, bearer token) out of core dumps: the core size limit
// goes to 0 (soft and hard), and on Linux the process is marked not dumpable (PR_SET_DUMPABLE 0), which also stops
// other processes of the same user from reading its memory through ptrace or /proc/<pid>/mem.
// main() calls it first thing; ClientCredentials::parse calls it too, before it decodes a secret.
class ProcessHardening {
public:
    // Idempotent and cheap. True when core dumps are off afterwards.
    static bool disableCoreDumps();
    // The current state (for tests and diagnostics): core limit 0 and, on Linux, not dumpable.
    static bool coreDumpsDisabled();
};

} // namespace c1

#pragma once

#include <QStringList>

namespace c1 {

class SandboxStore;
struct SandboxDataSize;

// Deterministic demo data (same seed, same tenant, same IDs): apps with real-world names ("Okta", "GitHub",
// "AWS Production" …), resource types of several kinds, resources, entitlements per app and per resource,
// users with names and e-mails (a few disabled, two sharing a display name), existing owners under every
// role slug, and a departed user ("Jordan Avery", DELETED) who still owns apps, resources and entitlements across
// several apps, some beside other owners of the role and some alone. Fast enough for 10,000 apps and 100,000 resources
// in one type in a few seconds.
class SandboxDemoData {
public:
    static void generate(SandboxStore& store, const SandboxDataSize& size, const QStringList& roleSlugs, quint64 seed);
};

} // namespace c1

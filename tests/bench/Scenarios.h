#pragma once

#include "bench/BenchReport.h"

#include <QSet>
#include <QString>

#include <functional>

namespace c1::bench {

struct BenchConfig {
    bool quick = false; // tiny sizes: for the CTest smoke test, not for figures
    QString consolePath; // the c1console binary for `startup`
    QSet<QString> only; // scenario names to run; empty = all
    bool wanted(const QString& scenario) const { return only.isEmpty() || only.contains(scenario); }
};

using Sink = std::function<void(const ScenarioReport&)>;

// tree_apps_10k, resources_100k, filter_100k (one tenant, one tree)
void runTreeScenarios(const BenchConfig& config, const Sink& sink);
// bulk_1000, bulk_rate_limited, bulk_rate_limited_h2, bulk_rate_limited_unknown, bulk_1000_h2
void runBulkScenarios(const BenchConfig& config, const Sink& sink);
// transfer_300 (the handover of a leaver's 300 objects)
void runTransferScenario(const BenchConfig& config, const Sink& sink);
// health_100k (Ownership Health over the 10,000-app / 100,000-resource tenant: stalls, cancel)
void runHealthScenario(const BenchConfig& config, const Sink& sink);
// json_parse
void runJsonScenario(const BenchConfig& config, const Sink& sink);
// startup
void runStartupScenario(const BenchConfig& config, const Sink& sink);

} // namespace c1::bench

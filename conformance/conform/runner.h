// The conformance runner: drives an endpoint through the scenarios with generated valid and
// one-violation requests and collects what the oracles find.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_RUNNER_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_RUNNER_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "conform/finding.h"
#include "conform/scenario_hints.h"
#include "shapeguard/catalog.h"
#include "shapeguard/result.h"

namespace shapeguard::conformance {

// Where the run is, for a progress line.
struct Progress {
  std::uint64_t requests = 0;
  std::size_t findings = 0;
  std::string operation;  // the scenario's target
};

struct RunOptions {
  std::string endpoint;                 // "http://127.0.0.1:5000"
  std::vector<std::string> operations;  // targets ("service.Operation"); empty: the hints'
  std::uint64_t seed = 1;
  // Stop after this many requests (a scenario in flight is finished) ...
  std::uint64_t budget = 1000;
  // ... or after this long, whichever comes first; zero: no time limit.
  std::chrono::milliseconds time{0};
  std::function<void(const Progress&)> on_progress;  // called after every request
};

// What a run did and found.
struct RunResult {
  std::string endpoint;
  std::uint64_t seed = 0;
  std::uint64_t requests = 0;
  double seconds = 0;
  std::vector<Finding> findings;  // de-duplicated by (operation, oracle, rule), first kept
  // Every operation the run sent requests to, with the oracles that judged its answers
  // (pass or fail): the rows and cells of a report's matrix.
  std::map<std::string, std::set<std::string>> checked;
  // Targets no scenario reached, and why (a prerequisite not routed or refused).
  std::map<std::string, std::string> unreached;
};

// Runs the scenarios of options.operations against options.endpoint, round-robin, until the
// budget or the time is spent. Fails (and the caller exits 2) when an operation name is
// unknown or the endpoint cannot be reached or stops answering: a transport failure is never
// a finding.
Result<RunResult> RunConformance(const Catalog& catalog, const RunOptions& options,
                                 const ScenarioHints& hints = BuiltinScenarioHints());

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_RUNNER_H_

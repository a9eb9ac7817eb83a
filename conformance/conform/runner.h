// The conformance runner: drives an endpoint through the scenarios with generated valid and
// one-violation requests and collects what the oracles find.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_RUNNER_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_RUNNER_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "conform/finding.h"
#include "conform/mutation.h"
#include "conform/oracles/oracles.h"
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

// Carries one request to the endpoint and brings its answer back: HTTP to a URL, or
// straight into an in-process emulator (the fuzz harness). A failure is an error of the run,
// never a finding.
struct Transport {
  std::string authority;  // the Host header's value, which SigV4 signs
  std::function<Result<HttpResponse>(const HttpRequest&)> send;
};

// One judged answer, for a fuzzer's feedback: the exchange, the step it answered and the
// oracles that found something in it.
struct Judgement {
  const Exchange& exchange;
  Moment moment;
  std::vector<std::string_view> found;
};

struct RunOptions {
  std::string endpoint;                 // "http://127.0.0.1:5000"
  std::vector<std::string> operations;  // targets ("service.Operation"); empty: the hints'
  std::uint64_t seed = 1;
  // The largest generation size (RapidCheck's scale, 0-100) requests are drawn at.
  int max_size = 100;
  // Stop after this many requests (a scenario in flight is finished) ...
  std::uint64_t budget = 1000;
  // ... or after this long, whichever comes first; zero: no time limit.
  std::chrono::milliseconds time{0};
  std::function<void(const Progress&)> on_progress;  // called after every request
  // How requests travel; empty `send`: HTTP to `endpoint`.
  Transport transport;
  std::function<void(const Judgement&)> on_judged;  // called for every judged answer
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
  // The rules the invalid requests of a run aim to break at least once per target: each
  // violation kind its input has a place for ("pattern") and each required member left out
  // ("missing StageName"); undeclared members (which services ignore) excepted. How many were
  // sent, and per target those that were not (with " (no request found)" when the
  // generator found no request the wire can carry after several scenarios).
  std::size_t violations_sent = 0;
  std::map<std::string, std::vector<std::string>> violations_unsent;
};

// Runs the scenarios of options.operations against options.endpoint, round-robin, until the
// budget or the time is spent. Fails (and the caller exits 2) when an operation name is
// unknown or the endpoint cannot be reached or stops answering: a transport failure is never
// a finding.
Result<RunResult> RunConformance(const Catalog& catalog, const RunOptions& options,
                                 const ScenarioHints& hints = BuiltinScenarioHints());

// Runs scenarios one at a time, as a caller (a fuzz harness) chooses them, against one
// endpoint; what they find accumulates in result(), de-duplicated as in RunConformance.
class ScenarioSession {
 public:
  // A session over options.operations (the hints' targets when empty). Fails as
  // RunConformance does on unknown operations or an endpoint that is not a URL.
  static Result<std::unique_ptr<ScenarioSession>> Create(
      const Catalog& catalog, RunOptions options,
      const ScenarioHints& hints = BuiltinScenarioHints());
  ~ScenarioSession();
  ScenarioSession(const ScenarioSession&) = delete;
  ScenarioSession& operator=(const ScenarioSession&) = delete;

  // The targets, in the order `Run` indexes them.
  const std::vector<std::string>& targets() const;

  // Draws requests from `seed` from now on, as a new session would; resource names come from
  // the seed too, so against a long-lived endpoint give each scenario a new seed.
  void Reseed(std::uint64_t seed);

  // One scenario of targets()[target % size]: prerequisites with valid requests, then the
  // target's request departing from a valid one as `mutation` says. Fails on a transport
  // failure only.
  Status Run(std::size_t target, const Mutation& mutation);

  const RunResult& result() const;

  // The scenario engine (runner.cc), which RunConformance drives in its own cycle.
  class Runner;

 private:
  explicit ScenarioSession(std::unique_ptr<Runner> runner);
  std::unique_ptr<Runner> runner_;
};

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_RUNNER_H_

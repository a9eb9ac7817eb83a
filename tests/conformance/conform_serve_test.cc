// conform against the built-in reference emulator: nothing found when it is clean, and
// every fault it can inject found, by the oracles conformance/conform/scenarios/faults.json maps it
// to and by no other, in a run aimed at the operations (and with the budget) it gives.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "conform/runner.h"
#include "conformance/serve_process.h"
#include "run_process.h"
#include "shapeguard/catalog.h"
#include "test_support.h"

namespace shapeguard::conformance {
namespace {

using testing_support::ServeProcess;

// Enough for every target's scenario to run a few times.
constexpr std::uint64_t kBudget = 1000;

const Catalog& Builtin() {
  static const Catalog catalog = Catalog::Builtin().value();
  return catalog;
}

Result<RunResult> Conform(const std::string& url, std::uint64_t budget = kBudget,
                          std::vector<std::string> operations = {}) {
  RunOptions options;
  options.endpoint = url;
  options.budget = budget;
  options.operations = std::move(operations);
  options.seed = 1;
  return RunConformance(Builtin(), options);
}

std::string Describe(const RunResult& result) {
  std::string text;
  for (const Finding& f : result.findings) {
    text += "  " + f.operation + " " + f.oracle + ": " + f.rule + "\n    " + f.reproduce + "\n";
  }
  return text;
}

TEST(ConformServe, CleanEmulatorHasNoFindings) {
  ServeProcess serve(SHAPEGUARD_BINARY, {});
  ASSERT_FALSE(serve.url().empty()) << "shapeguard serve did not say where it listens";
  auto start = std::chrono::steady_clock::now();
  auto result = Conform(serve.url());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_TRUE(result->findings.empty()) << Describe(result.value());
  EXPECT_TRUE(result->unreached.empty());
  EXPECT_GE(result->requests, 1000u);
  // The default budget breaks every rule of every target once, missing members included.
  std::string unsent;
  for (const auto& [op, rules] : result->violations_unsent) {
    for (const std::string& rule : rules) unsent += op + ": " + rule + "\n";
  }
  EXPECT_EQ(unsent, "");
  EXPECT_GT(result->violations_sent, 100u);
  std::cout << result->requests << " requests in " << seconds << " s ("
            << result->requests / seconds << " requests/s)\n";
}

TEST(ConformServe, EveryFaultIsFoundAndNothingElse) {
  auto listed = testing_support::RunProcess(SHAPEGUARD_BINARY, {"serve", "--list-faults"});
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  auto faults = testing_support::Lines(listed.out);
  ASSERT_GE(faults.size(), 10u);
  auto expected = nlohmann::json::parse(
      testing_support::ReadSourceFile("conformance/conform/scenarios/faults.json"));
  std::size_t detected = 0;
  for (const std::string& fault : faults) {
    SCOPED_TRACE(fault);
    ASSERT_TRUE(expected.contains(fault))
        << "map the fault in conformance/conform/scenarios/faults.json";
    const auto& entry = expected[fault];
    auto allowed = entry.at("oracles").get<std::set<std::string>>();
    auto operations = entry.at("operations").get<std::vector<std::string>>();
    auto budget = entry.at("budget").get<std::uint64_t>();
    ServeProcess serve(SHAPEGUARD_BINARY, {"--fault", fault});
    ASSERT_FALSE(serve.url().empty());
    auto start = std::chrono::steady_clock::now();
    auto result = Conform(serve.url(), budget, operations);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(result.ok()) << result.error();
    bool found = false;
    for (const Finding& f : result->findings) {
      EXPECT_TRUE(allowed.count(f.oracle)) << "unrelated to the fault: " << f.operation << " "
                                           << f.oracle << ": " << f.rule << "\n  " << f.reproduce;
      found = found || allowed.count(f.oracle);
    }
    EXPECT_TRUE(found) << "not detected";
    std::cout << fault << ": " << (found ? "found" : "NOT found") << ", " << result->requests
              << " requests in " << seconds << " s\n";
    detected += found ? 1 : 0;
  }
  std::cout << "detected " << detected << " of " << faults.size() << " faults\n";
  EXPECT_EQ(detected, faults.size());
}

}  // namespace
}  // namespace shapeguard::conformance

// The emulator at SHAPEGUARD_EMULATOR_URL honours the contract: for any seeded operation
// and any seed, a scenario's valid requests are accepted, its one-violation requests are
// rejected, and every response conforms (no finding but not-implemented).
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <cstdlib>
#include <string>

#include "conform/oracles/oracles.h"
#include "conform/runner.h"
#include "run_property.h"
#include "shapeguard/catalog.h"

namespace shapeguard::conformance {
namespace {

// Requests per case: one scenario (prerequisites, the target, its read-back, a violation).
constexpr std::uint64_t kRequestsPerCase = 12;

TEST(ConformProperty, ScenariosAgainstTheEmulatorFindNothing) {
  const char* url = std::getenv("SHAPEGUARD_EMULATOR_URL");
  if (!url || !*url) {
    GTEST_SKIP() << "SHAPEGUARD_EMULATOR_URL is not set: start an emulator (shapeguard serve, "
                    "or python3 -m moto.server) and set it to its base URL to run this property";
  }
  static const Catalog catalog = Catalog::Builtin().value();
  const auto& targets = BuiltinScenarioHints().targets;
  properties::CheckProperty(
      [&] {
        RunOptions options;
        options.endpoint = url;
        options.operations = {*rc::gen::elementOf(targets)};
        options.seed = *rc::gen::arbitrary<std::uint32_t>();
        options.budget = kRequestsPerCase;
        auto result = RunConformance(catalog, options);
        RC_ASSERT(result.ok());
        for (const Finding& finding : result->findings) {
          if (finding.oracle == kNotImplemented) continue;
          RC_FAIL(finding.operation + " " + finding.oracle + ": " + finding.rule + "\n  " +
                  finding.reproduce);
        }
      },
      properties::PropertyCases(30));
}

}  // namespace
}  // namespace shapeguard::conformance

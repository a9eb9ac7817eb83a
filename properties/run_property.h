// Runs a RapidCheck property inside a GoogleTest test, with the project's case count and a
// fixed seed, so CI runs are bounded and repeatable:
//   SHAPEGUARD_PROPERTY_CASES=N   cases per property (default 100)
//   RC_PARAMS="seed=S ..."        RapidCheck's own parameters; its seed replaces ours
#ifndef SHAPEGUARD_PROPERTIES_RUN_PROPERTY_H_
#define SHAPEGUARD_PROPERTIES_RUN_PROPERTY_H_

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <cstdlib>
#include <sstream>
#include <string>

namespace shapeguard::properties {

// The seed CI uses unless RC_PARAMS gives one.
constexpr std::uint64_t kDefaultSeed = 20261123;

inline int PropertyCases(int fallback = 100) {
  const char* cases = std::getenv("SHAPEGUARD_PROPERTY_CASES");
  return cases && std::atoi(cases) > 0 ? std::atoi(cases) : fallback;
}

inline rc::detail::TestParams PropertyParams(int cases) {
  rc::detail::TestParams params = rc::detail::configuration().testParams;
  params.maxSuccess = cases;
  const char* rc_params = std::getenv("RC_PARAMS");
  if (!rc_params || std::string(rc_params).find("seed=") == std::string::npos) {
    params.seed = kDefaultSeed;
  }
  return params;
}

// The outcome of checking a property: true when every case passed.
template <typename Testable>
rc::detail::TestResult RunProperty(Testable&& testable, int cases) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  rc::detail::TestMetadata metadata;
  metadata.id = std::string(info->test_suite_name()) + "/" + info->name();
  metadata.description = info->name();
  return rc::detail::checkTestable(std::forward<Testable>(testable), metadata,
                                   PropertyParams(cases));
}

// Checks the property; on failure the test fails with RapidCheck's (shrunk) counterexample
// and the seed to reproduce it.
template <typename Testable>
void CheckProperty(Testable&& testable, int cases = PropertyCases()) {
  auto result = RunProperty(std::forward<Testable>(testable), cases);
  if (result.template is<rc::detail::SuccessResult>()) return;
  std::ostringstream message;
  rc::detail::printResultMessage(result, message);
  ADD_FAILURE() << message.str() << "\nseed " << PropertyParams(cases).seed
                << " (rerun with RC_PARAMS=\"seed=" << PropertyParams(cases).seed << "\")";
}

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_RUN_PROPERTY_H_

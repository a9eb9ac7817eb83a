// The rules a value meets whole (Check::MetWhole: an ARN, an access-log format, a mapping
// expression, ...) make their own values and breakers, beside their checks. Each such rule
// of the built-in services: what it generates, it accepts; what it names as its breaker, it
// refuses, with the breaker's code. A new kind needs nothing here: its rules in the built-in
// overlays are found by walking every schema.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "choice.h"
#include "property_support.h"
#include "rc_chooser.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

// Every distinct rule met whole in the built-in services, in the order first reached.
const std::vector<Constraint>& MetWholeRules() {
  static const auto* rules =
      new std::vector<Constraint>(BuiltinRules([](const Constraint& c) { return c.met_whole(); }));
  return *rules;
}

bool HasError(const std::vector<Finding>& findings) {
  for (const Finding& f : findings) {
    if (f.error) return true;
  }
  return false;
}

TEST(MetWhole, BuiltinServicesHaveSuchRules) {
  std::set<std::string> kinds;
  for (const Constraint& c : MetWholeRules()) kinds.insert(c.kind());
  // The API Gateway overlays use several; fewer would mean the walk misses positions.
  EXPECT_GE(kinds.size(), 3u);
}

TEST(MetWhole, GeneratedValuesPassTheirRule) {
  CheckProperty([] {
    const Constraint& rule = PickFrom(MetWholeRules());
    RcChooser chooser;
    std::optional<std::string> value = rule.Generate(chooser);
    RC_ASSERT(value.has_value());
    RC_LOG() << rule.kind() << " (" << rule.description() << "): " << *value;
    RC_ASSERT(!HasError(rule.CheckString(*value)));
  });
}

TEST(MetWhole, BreakersFailTheirRuleWithTheirCode) {
  int breakers = 0;
  for (const Constraint& rule : MetWholeRules()) {
    std::optional<Breaker> breaker = rule.Break();
    if (!breaker) continue;
    ++breakers;
    std::vector<Finding> findings = rule.CheckString(breaker->value);
    ASSERT_TRUE(HasError(findings)) << rule.kind() << " accepts " << breaker->value;
    for (const Finding& f : findings) {
      EXPECT_EQ(f.code, breaker->code) << rule.kind() << ": " << f.message;
    }
  }
  EXPECT_GT(breakers, 0);
}

TEST(MetWhole, OtherKindsGenerateNothing) {
  for (const Constraint& c : BuiltinRules([](const Constraint& r) { return !r.met_whole(); })) {
    EXPECT_FALSE(c.Break().has_value()) << c.kind();
  }
}

}  // namespace
}  // namespace shapeguard::properties

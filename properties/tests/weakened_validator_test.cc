// The property harness can fail: against a deliberately weakened validator (the
// stage-variable value rule replaced by one that accepts anything), the one-violation
// property must find a counterexample, and shrink it to a small document.
#include <gtest/gtest.h>

#include "instance_generator.h"
#include "property_support.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

// A catalog whose CreateStage stage-variable values accept any string: a rule for a more
// specific target replaces the built-in one of the same kind.
Catalog Weakened() {
  Catalog catalog = std::move(Catalog::Builtin().value());
  Status s = catalog.AddOverlay(R"({"service": "apigatewayv2", "sources": {"test": "weakened"},
      "rules": [{"target": "CreateStageRequest$StageVariables$value", "check": "pattern",
                 "args": {"regex": ".*", "anchoring": "search"}, "source": "test"}]})",
                                "weakening overlay");
  EXPECT_TRUE(s.ok()) << s.message();
  return catalog;
}

TEST(WeakenedValidator, ThePropertyFindsAndShrinksACounterexample) {
  Catalog weakened = Weakened();
  auto weak = weakened.GetSchema("apigatewayv2.CreateStage", Direction::kInput).value();
  auto strict = BuiltinSchema("apigatewayv2.CreateStage");
  std::string last_document;
  auto result = RunProperty(
      [&] {
        // Violations come from the strict contract; the weakened validator must miss one.
        Violation v = *OneViolation(strict, Code::kPattern);
        Report report = weak->Validate(v.document);
        last_document = v.document.dump();
        // (RC_ASSERT decomposes its expression: "&&" would not short-circuit.)
        bool reported = report.errors.size() == 1u && report.errors[0].path == v.pointer;
        RC_ASSERT(reported);
      },
      200);
  ASSERT_TRUE(result.is<rc::detail::FailureResult>()) << "the weakened validator went unnoticed";
  const auto& failure = result.get<rc::detail::FailureResult>();
  EXPECT_FALSE(failure.reproduce.shrinkPath.empty()) << "the counterexample was not shrunk";
  // The last document checked is the shrunk counterexample: little beyond the required
  // members and the one stage variable.
  EXPECT_LT(last_document.size(), 120u) << last_document;
  EXPECT_NE(last_document.find("StageVariables"), std::string::npos) << last_document;
  std::cout << "shrunk counterexample after " << failure.reproduce.shrinkPath.size()
            << " shrink steps: " << last_document << "\n";
}

TEST(WeakenedValidator, TheStrictValidatorPassesTheSameProperty) {
  auto strict = BuiltinSchema("apigatewayv2.CreateStage");
  CheckProperty([&] {
    Violation v = *OneViolation(strict, Code::kPattern);
    Report report = strict->Validate(v.document);
    bool reported = report.errors.size() == 1u && report.errors[0].path == v.pointer;
    RC_ASSERT(reported);
  });
}

}  // namespace
}  // namespace shapeguard::properties

#include "overlay.h"

#include <gtest/gtest.h>

namespace shapeguard::internal {
namespace {

std::string ErrorOf(std::string_view rules) {
  std::string text =
      R"({"service": "svc", "sources": {"seed": "a seed"}, "rules": )" + std::string(rules) + "}";
  auto overlay = ParseOverlay(text, "o.json");
  return overlay.ok() ? "" : overlay.error();
}

TEST(ParseOverlay, ParsesRulesAndSplitsTargets) {
  auto overlay = ParseOverlay(R"({"service": "svc", "sources": {"seed": "a seed"},
      "rules": [{"target": "Stage$variables$key", "check": "pattern",
                 "args": {"regex": "x", "anchoring": "full"}, "source": "seed", "note": "n"}]})",
                              "o.json");
  ASSERT_TRUE(overlay.ok()) << overlay.error();
  ASSERT_EQ(overlay.value().rules.size(), 1u);
  const OverlayRule& rule = overlay.value().rules[0];
  EXPECT_EQ(rule.steps, (std::vector<std::string>{"Stage", "variables", "key"}));
  EXPECT_EQ(rule.check, "pattern");
  EXPECT_EQ(rule.note, "n");
}

TEST(ParseOverlay, EveryRuleCitesADeclaredSource) {
  EXPECT_EQ(ErrorOf(R"([{"target": "A", "check": "length", "source": "blog"}])"),
            "o.json: rule 0 (A): source \"blog\" is not declared in \"sources\"");
}

TEST(ParseOverlay, RejectsUnknownChecksAndFields) {
  EXPECT_EQ(ErrorOf(R"([{"target": "A", "check": "lenght", "source": "seed"}])"),
            "o.json: rule 0 (A): unknown check \"lenght\"");
  EXPECT_EQ(ErrorOf(R"([{"target": "A", "check": "length", "source": "seed", "min": 1}])"),
            "o.json: rule 0: unknown field \"min\"");
  EXPECT_EQ(ErrorOf(R"([{"target": "A$$b", "check": "length", "source": "seed"}])"),
            "o.json: rule 0 (A$$b): \"target\" has an empty step");
  EXPECT_EQ(ErrorOf(R"([{"target": "A", "check": "length", "source": "seed", "args": []}])"),
            "o.json: rule 0 (A): \"args\" must be an object");
}

}  // namespace
}  // namespace shapeguard::internal

// Property: every pattern rule of the built-in models and overlays answers exactly as RE2
// does (whole-value or searched, as the rule's anchoring says) on strings that match,
// nearly match and do not. The rule takes the byte-table matcher (SimpleRegex) for the
// common pattern shape and RE2 for the rest, so this holds the fast matcher to RE2 through
// the public view; validators/tests/checks/simple_regex_test.cc covers its edges directly.
// The same holds for the resource regexes of ARN rules.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "property_support.h"
#include "regex_generator.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

// Every distinct rule of a kind in the built-in services.
std::vector<Constraint> RulesOfKind(std::string_view kind) {
  return BuiltinRules([kind](const Constraint& c) { return c.kind() == kind; });
}

// A string near the pattern's language: a matching one, perhaps with one byte changed,
// inserted or removed, perhaps framed by other text.
rc::Gen<std::string> NearMiss(const std::string& pattern) {
  auto regex = Regex::Parse(pattern);
  return rc::gen::exec([regex, pattern] {
    std::string text = regex.ok() ? *regex.value().Matching() : *rc::gen::string<std::string>();
    const std::string bytes = "aZ09-_./:\n é" + pattern;
    int edit = *rc::gen::inRange(0, 5);
    std::size_t at = text.empty() ? 0 : *rc::gen::inRange<std::size_t>(0, text.size());
    char byte = bytes[*rc::gen::inRange<std::size_t>(0, bytes.size())];
    if (edit == 1 && at < text.size()) text[at] = byte;
    if (edit == 2) text.insert(text.begin() + at, byte);
    if (edit == 3 && at < text.size()) text.erase(at, 1);
    if (edit == 4) text = "x" + text + "\n";
    return text;
  });
}

std::string RuleName(const testing::TestParamInfo<Constraint>& info) {
  return "rule" + std::to_string(info.index);
}

class PatternAgreement : public testing::TestWithParam<Constraint> {};

TEST_P(PatternAgreement, AnswersAsRe2Does) {
  const Constraint& rule = GetParam();
  std::string pattern = rule.args().at("regex").get<std::string>();
  bool full = rule.args().at("anchoring") == "full";
  RE2 re2(pattern);
  ASSERT_TRUE(re2.ok()) << re2.error();
  CheckProperty([&] {
    std::string text = *NearMiss(pattern);
    bool expected = full ? RE2::FullMatch(text, re2) : RE2::PartialMatch(text, re2);
    RC_LOG() << pattern << (full ? " (whole)" : " (searched)") << " on "
             << nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    RC_ASSERT(rule.CheckString(text).empty() == expected);
  });
}

INSTANTIATE_TEST_SUITE_P(ModelsAndOverlays, PatternAgreement,
                         testing::ValuesIn(RulesOfKind("pattern")), RuleName);

// The resource part of an ARN is matched whole by its kind's regex, with the same matcher.
class ArnResourceAgreement : public testing::TestWithParam<Constraint> {};

TEST_P(ArnResourceAgreement, AnswersAsRe2Does) {
  const Constraint& rule = GetParam();
  const nlohmann::json& kinds = rule.args().at("kinds");
  CheckProperty([&] {
    const nlohmann::json& kind = *rc::gen::elementOf(kinds);
    std::string service = kind.at("service");
    std::string resource = *NearMiss(kind.at("resource").get<std::string>());
    bool expected = false;  // any kind of the same service may take it
    for (const auto& k : kinds) {
      if (k.at("service") != service) continue;
      RE2 re2(k.at("resource").get<std::string>());
      RC_ASSERT(re2.ok());
      expected = expected || RE2::FullMatch(resource, re2);
    }
    std::string arn = "arn:aws:" + service + ":us-east-1:123456789012:" + resource;
    RC_LOG() << nlohmann::json(arn).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    RC_ASSERT(rule.CheckString(arn).empty() == expected);
  });
}

INSTANTIATE_TEST_SUITE_P(Overlays, ArnResourceAgreement, testing::ValuesIn(RulesOfKind("arn")),
                         RuleName);

}  // namespace
}  // namespace shapeguard::properties

// Property: SimpleRegex, the byte-table matcher the validator uses instead of RE2 for the
// common pattern shape, answers exactly as RE2 does, whole-value and searched, for every
// pattern of the built-in models and overlays that it takes on, on strings that match,
// nearly match and do not.
#include "checks/simple_regex.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "property_support.h"
#include "regex_generator.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

using internal::SimpleRegex;

// Simple shapes the models happen not to use: edges of the recognizer.
const std::vector<std::string> kSimpleShapes = {
    "abc",        "^abc$",     "x[0-9]",    "[^a]*", "q[\\-.]?",  "^[a-z]{2,3}$",
    "[a-c]{0,2}", "[a-z]{3,}", "\\.[\\w]+", "^$",    "[\\]\\[]+", "[^\\n]{1,4}"};

std::vector<std::string> Patterns() {
  std::vector<std::string> patterns = BuiltinPatterns();
  patterns.insert(patterns.end(), kSimpleShapes.begin(), kSimpleShapes.end());
  return patterns;
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

class SimpleRegexAgreement : public testing::TestWithParam<std::string> {};

TEST_P(SimpleRegexAgreement, AnswersAsRe2Does) {
  RE2 re2(GetParam());
  ASSERT_TRUE(re2.ok()) << re2.error();
  for (bool full : {true, false}) {
    auto simple = SimpleRegex::Recognize(GetParam(), full);
    if (!simple) continue;  // RE2 handles it: nothing to compare
    CheckProperty([&] {
      std::string text = *NearMiss(GetParam());
      bool expected = full ? RE2::FullMatch(text, re2) : RE2::PartialMatch(text, re2);
      RC_LOG() << (full ? "full" : "searched") << " on "
               << nlohmann::json(text).dump(-1, ' ', false,
                                            nlohmann::json::error_handler_t::replace);
      RC_ASSERT(simple->Matches(text) == expected);
    });
  }
}

INSTANTIATE_TEST_SUITE_P(ModelsAndOverlays, SimpleRegexAgreement, testing::ValuesIn(Patterns()));

TEST(SimpleRegex, TakesOnTheCommonShapeOnly) {
  EXPECT_TRUE(SimpleRegex::Recognize("^[a-zA-Z0-9]+$", false));
  EXPECT_TRUE(SimpleRegex::Recognize("log-group:[.\\-_/#A-Za-z0-9]{1,512}", true));
  for (const char* pattern : {"a|b", "(ab)+", "[a-z]+[0-9]+", "a+", "\\d+", ".*", "[[:alpha:]]"}) {
    EXPECT_FALSE(SimpleRegex::Recognize(pattern, true)) << pattern;
  }
  // Anchored at one end only: searched use is left to RE2.
  EXPECT_FALSE(SimpleRegex::Recognize("^[a-z]+", false));
}

}  // namespace
}  // namespace shapeguard::properties

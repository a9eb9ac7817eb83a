// SimpleRegex, the byte-table matcher the pattern rule uses instead of RE2 for the common
// pattern shape: which patterns it takes on, and, for shapes at the edges of its recognizer,
// the same answers as RE2 on every short string over an alphabet that hits each class edge.
// (properties/tests/pattern_agreement_test.cc compares every built-in pattern rule with RE2.)
#include "checks/simple_regex.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

namespace shapeguard::internal {
namespace {

// Simple shapes the models happen not to use: edges of the recognizer.
const std::vector<std::string> kSimpleShapes = {
    "abc",        "^abc$",     "x[0-9]",    "[^a]*", "q[\\-.]?",  "^[a-z]{2,3}$",
    "[a-c]{0,2}", "[a-z]{3,}", "\\.[\\w]+", "^$",    "[\\]\\[]+", "[^\\n]{1,4}"};

// Every string of up to `max_length` bytes over `alphabet`.
std::vector<std::string> AllStrings(const std::string& alphabet, std::size_t max_length) {
  std::vector<std::string> out = {""};
  for (std::size_t begin = 0, length = 1; length <= max_length; ++length) {
    std::size_t end = out.size();
    for (std::size_t i = begin; i < end; ++i) {
      for (char c : alphabet) out.push_back(out[i] + c);
    }
    begin = end;
  }
  return out;
}

TEST(SimpleRegex, AnswersAsRe2DoesOnEveryShortString) {
  // Letters at both ends of a-z and a-c, a digit, and the punctuation the shapes name.
  const std::vector<std::string> texts = AllStrings("abdzA0q.-[]\nx_", 4);
  int compared = 0;
  for (const std::string& pattern : kSimpleShapes) {
    RE2 re2(pattern);
    ASSERT_TRUE(re2.ok()) << pattern;
    for (bool full : {true, false}) {
      auto simple = SimpleRegex::Recognize(pattern, full);
      if (!simple) continue;
      for (const std::string& text : texts) {
        bool expected = full ? RE2::FullMatch(text, re2) : RE2::PartialMatch(text, re2);
        ASSERT_EQ(simple->Matches(text), expected)
            << pattern << (full ? " whole" : " searched") << " on \"" << text << "\"";
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 100000);
}

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
}  // namespace shapeguard::internal

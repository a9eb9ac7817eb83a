// Property: every string the regex generator makes for a pattern matches it, as RE2 (the
// validator's engine) sees it. Covers every pattern of the built-in models and overlays.
#include "regex_generator.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "property_support.h"
#include "run_property.h"
#include "shapeguard/pattern_syntax.h"

namespace shapeguard::properties {
namespace {

class RegexGenerator : public testing::TestWithParam<std::string> {};

TEST_P(RegexGenerator, OutputsMatchThePattern) {
  auto regex = Regex::Parse(GetParam());
  ASSERT_TRUE(regex.ok()) << regex.error();
  ASSERT_TRUE(regex.value().exact()) << GetParam();
  RE2 re2(ToRe2Syntax(GetParam()));
  ASSERT_TRUE(re2.ok()) << re2.error();
  CheckProperty([&] {
    std::string text = *regex.value().Matching();
    RC_LOG() << "generated: "
             << nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    RC_ASSERT(RE2::FullMatch(text, re2));
  });
}

INSTANTIATE_TEST_SUITE_P(ModelsAndOverlays, RegexGenerator, testing::ValuesIn(BuiltinPatterns()));

TEST(RegexGenerator, SingleClassRepetitionsMeetExactCounts) {
  auto regex = Regex::Parse("^[a-z0-9]{4,7}$").value();
  auto repetition = regex.SingleClassRepetition();
  ASSERT_TRUE(repetition);
  EXPECT_EQ(repetition->min, 4u);
  EXPECT_EQ(repetition->max, 7u);
  EXPECT_FALSE(Regex::Parse("ab+").value().SingleClassRepetition());
  CheckProperty([&] {
    std::size_t count = *rc::gen::inRange<std::size_t>(0, 20);
    std::string text = *regex.RepeatedClass(count);
    RC_ASSERT(text.size() == count);
  });
}

TEST(RegexGenerator, RefusesWhatItCannotGenerate) {
  for (const char* pattern : {"a{3,2}b", "\\p{L", "[\\p{L]", "(?"}) {
    auto regex = Regex::Parse(pattern);
    EXPECT_FALSE(regex.ok()) << pattern;
    if (!regex.ok()) {
      EXPECT_NE(regex.error().find("outside the generator's regex subset"), std::string::npos);
    }
  }
}

// Patterns as AWS's models write them (Java's dialect): Unicode properties, POSIX classes,
// \uXXXX, flags, named groups, sets in classes. Every output matches the pattern as the
// validator reads it.
TEST(RegexGenerator, GeneratesJavasDialect) {
  for (const char* pattern :
       {"\\p{L}+", "(?i)abc", "[[:alpha:]]{2,5}", "\\u0041\\u00e9", "(?<name>a)b",
        "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*", "[^\\p{C}]+", "\\P{C}*", "[\\s\\S]{1,9}", "(?s).+",
        "[\\x00-\\x7F]+", "\\p{Alpha}\\p{IsDigit}", "[\\p{Alnum}-]{3}", "\\p{Lu}\\p{Ll}",
        "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF]{1,20}", "[^\\s]+"}) {
    SCOPED_TRACE(pattern);
    auto regex = Regex::Parse(pattern);
    ASSERT_TRUE(regex.ok()) << regex.error();
    EXPECT_TRUE(regex.value().exact());
    RE2 re2(ToRe2Syntax(pattern));
    ASSERT_TRUE(re2.ok()) << re2.error();
    CheckProperty([&] {
      std::string text = *regex.value().Matching();
      RC_ASSERT(RE2::FullMatch(text, re2));
    });
  }
}

// Look-around, word boundaries, back-references and possessive quantifiers are generated as
// if absent: the regex says its strings must be checked.
TEST(RegexGenerator, LookAroundMakesItInexact) {
  for (const char* pattern : {"(?!admin)[a-z]+", "\\bword\\b", "a*+b", "x(?<=x)", "(a)\\1"}) {
    auto regex = Regex::Parse(pattern);
    ASSERT_TRUE(regex.ok()) << pattern << ": " << regex.error();
    EXPECT_FALSE(regex.value().exact()) << pattern;
  }
  EXPECT_TRUE(Regex::Parse("^\\Aabc\\z$").value().exact());
}

}  // namespace
}  // namespace shapeguard::properties

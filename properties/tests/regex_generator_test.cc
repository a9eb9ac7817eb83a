// Property: every string the regex generator makes for a pattern matches it, as RE2 (the
// validator's engine) sees it. Covers every pattern of the built-in models and overlays.
#include "regex_generator.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "property_support.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

class RegexGenerator : public testing::TestWithParam<std::string> {};

TEST_P(RegexGenerator, OutputsMatchThePattern) {
  auto regex = Regex::Parse(GetParam());
  ASSERT_TRUE(regex.ok()) << regex.error();
  RE2 re2(GetParam());
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
  for (const char* pattern : {"(?!admin)[a-z]+", "(a)\\1", "\\p{L}+", "\\bword", "(?i)abc",
                              "[[:alpha:]]", "\\u0041", "(?<name>a)", "a{3,2}b"}) {
    auto regex = Regex::Parse(pattern);
    EXPECT_FALSE(regex.ok()) << pattern;
    if (!regex.ok()) {
      EXPECT_NE(regex.error().find("outside the generator's regex subset"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace shapeguard::properties

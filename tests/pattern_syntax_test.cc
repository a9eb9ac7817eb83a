#include "shapeguard/pattern_syntax.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <nlohmann/json.hpp>

#include "shapeguard/catalog.h"

namespace shapeguard {
namespace {

TEST(ToRe2Syntax, LeavesRe2PatternsAlone) {
  for (const char* pattern : {"[A-Za-z0-9_]+", "^arn:aws:[a-z]{1,10}$", "\\p{L}+\\pN*",
                              "(?P<x>a|b){2,5}", "[\\-\\]]", "\\x{1F600}", "\\{1,2\\}"}) {
    EXPECT_EQ(ToRe2Syntax(pattern), pattern);
  }
}

TEST(ToRe2Syntax, SpellsJavaConstructsAsRe2Does) {
  EXPECT_EQ(ToRe2Syntax("[\\u0020-\\u007E]"), "[\\x{20}-\\x{7E}]");
  // A surrogate pair is the one supplementary character it encodes.
  EXPECT_EQ(ToRe2Syntax("[\\uD800\\uDC00-\\uDBFF\\uDFFF]"), "[\\x{10000}-\\x{10FFFF}]");
  EXPECT_EQ(ToRe2Syntax("\\p{Alpha}+"), "[[:alpha:]]+");
  EXPECT_EQ(ToRe2Syntax("[\\p{Alnum}_]"), "[[:alnum:]_]");
  EXPECT_EQ(ToRe2Syntax("[^\\P{ASCII}]"), "[^[:^ascii:]]");
  EXPECT_EQ(ToRe2Syntax("\\P{Print}"), "[^[:print:]]");
  EXPECT_EQ(ToRe2Syntax("[\\p{LD}-]"), "[\\pL\\p{Nd}-]");
  EXPECT_EQ(ToRe2Syntax("\\p{IsAlphabetic}"), "[\\pL\\p{Nl}]");
  EXPECT_EQ(ToRe2Syntax("\\p{IsLatin}"), "[\\p{Latin}]");
  EXPECT_EQ(ToRe2Syntax("[\\p{all}]*"), "[\\x{0}-\\x{10FFFF}]*");
  EXPECT_EQ(ToRe2Syntax("(?<name>a)"), "(?P<name>a)");
  EXPECT_EQ(ToRe2Syntax("(?<!a)b(?<=b)"), "(?<!a)b(?<=b)");  // look-behind stays
  EXPECT_EQ(ToRe2Syntax("[\\p{L}\\p{Z}-_]"), "[\\p{L}\\p{Z}\\-_]");
  EXPECT_EQ(ToRe2Syntax("[\\s-a]"), "[\\s\\-a]");
  EXPECT_EQ(ToRe2Syntax("[0-9]{2}+"), "[0-9]{2}");  // possessive on a fixed count
  EXPECT_EQ(ToRe2Syntax("a|${1,4096}"), "a|$");     // a repeated anchor
}

TEST(ToRe2Syntax, SplitsRepetitionsOverRe2sLimit) {
  EXPECT_EQ(ToRe2Syntax("[a-z]{1,2048}"), "(?:[a-z]){1,1000}(?:[a-z]){0,1000}(?:[a-z]){0,48}");
  EXPECT_EQ(ToRe2Syntax("x(ab){0,1024}y"), "x(?:(ab)){0,1000}(?:(ab)){0,24}y");
  EXPECT_EQ(ToRe2Syntax("\\S{1200,}"), "(?:\\S){1000}(?:\\S){200,}");
  EXPECT_EQ(ToRe2Syntax("b{1500}"), "(?:b){1000}(?:b){500}");
}

// The translation means what the model meant: strings RE2 matches with it, against what
// Java would answer.
TEST(ToRe2Syntax, MatchesAsJavaWould) {
  struct Case {
    const char* pattern;
    std::string text;
    bool matches;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"[\\u0020-\\u007E]+", "hello world", true},
           {"[\\u0020-\\u007E]+", "tab\there", false},
           {"[\\uD800\\uDC00-\\uDBFF\\uDFFF]", "\xF0\x9F\x98\x80", true},  // U+1F600
           {"[\\uD800\\uDC00-\\uDBFF\\uDFFF]", "\xC3\xA9", false},         // U+00E9
           {"\\p{Alpha}+", "abcXYZ", true},
           {"\\p{Alpha}+", "ab\xC3\xA9", false},  // POSIX classes are ASCII in Java
           {"[\\p{LD}]+", "a1\xC3\xA9", true},
           {"[a-z]{1,2048}", std::string(2048, 'q'), true},
           {"[a-z]{1,2048}", std::string(2049, 'q'), false},
       }) {
    RE2 re(ToRe2Syntax(c.pattern), RE2::Quiet);
    ASSERT_TRUE(re.ok()) << c.pattern << ": " << re.error();
    EXPECT_EQ(RE2::FullMatch(c.text, re), c.matches) << c.pattern << " on " << c.text.substr(0, 20);
  }
}

// A one-operation model whose input member Name has the pattern.
Catalog WithPattern(const std::string& pattern) {
  nlohmann::json model = {
      {"metadata", {{"apiVersion", "2024-01-01"}, {"protocol", "json"}}},
      {"operations", {{"Put", {{"name", "Put"}, {"input", {{"shape", "PutRequest"}}}}}}},
      {"shapes",
       {{"PutRequest", {{"type", "structure"}, {"members", {{"Name", {{"shape", "Name"}}}}}}},
        {"Name", {{"type", "string"}, {"pattern", pattern}}}}}};
  Catalog catalog;
  EXPECT_TRUE(catalog.AddModel("svc", model.dump(), "test").ok());
  auto warnings = catalog.Warnings("svc");
  EXPECT_TRUE(warnings.ok() && warnings.value().empty())
      << (warnings.ok() ? warnings.value()[0] : warnings.error());
  return catalog;
}

bool Accepts(const Catalog& catalog, const std::string& name) {
  return catalog.GetSchema("svc.Put", Direction::kInput)
      .value()
      ->Validate(nlohmann::json{{"Name", name}})
      .valid();
}

// Look-around has no RE2 spelling: such patterns (billing's CostCategoryName) match through
// PCRE2, and validation answers as Java would.
TEST(ModelPatterns, LookAroundIsEnforced) {
  Catalog catalog = WithPattern("^(?! )[\\p{L}\\p{N}\\p{Z}-_]*(?<! )$");
  EXPECT_TRUE(Accepts(catalog, "cost center-1_a"));
  EXPECT_FALSE(Accepts(catalog, " leading"));
  EXPECT_FALSE(Accepts(catalog, "trailing "));
  EXPECT_FALSE(Accepts(catalog, "semi;colon"));
  auto builtin = Catalog::Builtin().value().Warnings("billing");
  ASSERT_TRUE(builtin.ok());
  EXPECT_TRUE(builtin.value().empty()) << builtin.value()[0];
}

// Backtracking is bounded: a pattern that backtracks exponentially gives an answer (no
// match) at once instead of hanging.
TEST(ModelPatterns, BacktrackingIsBounded) {
  Catalog catalog = WithPattern("^(?=x*)(a+)+b$");
  EXPECT_TRUE(Accepts(catalog, "aaab"));
  // Appended rather than std::string(40, 'a') + "c": g++ 12 at -O3 wrongly warns
  // (-Warray-bounds) on the latter.
  EXPECT_FALSE(Accepts(catalog, std::string(40, 'a').append("c")));
}

}  // namespace
}  // namespace shapeguard

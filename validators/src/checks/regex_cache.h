// Regexes compiled once per distinct pattern and shared by every checker that uses it.
#ifndef SHAPEGUARD_CHECKS_REGEX_CACHE_H_
#define SHAPEGUARD_CHECKS_REGEX_CACHE_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "checks/backtracking_regex.h"
#include "checks/simple_regex.h"
#include "shapeguard/result.h"

namespace shapeguard::internal {

// A pattern ready to match, whole-value or searched. The common simple shapes (a literal
// prefix, one character class, a quantifier) match through a byte table and need no RE2
// program, which also keeps start-up short; every other pattern matches through RE2, and
// the few RE2 cannot (look-around) through PCRE2. The pattern is the model's; what matches
// is its translation to RE2's syntax (ToRe2Syntax).
class Matcher {
 public:
  Matcher(std::string pattern, bool full, SimpleRegex simple)
      : pattern_(std::move(pattern)), full_(full), simple_(std::move(simple)) {}
  Matcher(std::string pattern, bool full, std::shared_ptr<const RE2> re2)
      : pattern_(std::move(pattern)), full_(full), re2_(std::move(re2)) {}
  Matcher(std::string pattern, bool full, std::shared_ptr<const BacktrackingRegex> backtracking)
      : pattern_(std::move(pattern)), full_(full), backtracking_(std::move(backtracking)) {}

  bool Matches(std::string_view text) const {
    if (simple_) return simple_->Matches(text);
    if (backtracking_) return backtracking_->Matches(text);
    re2::StringPiece piece(text.data(), text.size());
    return full_ ? RE2::FullMatch(piece, *re2_) : RE2::PartialMatch(piece, *re2_);
  }
  const std::string& pattern() const { return pattern_; }
  // The pattern as matched without RE2, or nullptr.
  const SimpleRegex* simple() const { return simple_ ? &*simple_ : nullptr; }
  bool full() const { return full_; }

 private:
  std::string pattern_;
  bool full_;
  std::optional<SimpleRegex> simple_;
  std::shared_ptr<const RE2> re2_;  // one of simple_, re2_ and backtracking_ is set
  std::shared_ptr<const BacktrackingRegex> backtracking_;
};

// Not thread-safe: one cache serves one compile. What it hands out is immutable and safe to
// share across threads.
class RegexCache {
 public:
  // The compiled pattern, or why RE2 refuses it (RE2 has no look-around or backreferences:
  // that is what keeps matching linear in the input).
  Result<std::shared_ptr<const RE2>> Get(std::string_view pattern);

  // A matcher for the pattern (a model's, translated by ToRe2Syntax), whole-value (`full`)
  // or searched; fails when neither RE2 nor PCRE2 can compile it.
  Result<std::shared_ptr<const Matcher>> GetMatcher(std::string_view pattern, bool full);

 private:
  std::map<std::string, std::shared_ptr<const RE2>, std::less<>> compiled_;
  std::map<std::pair<std::string, bool>, std::shared_ptr<const Matcher>> matchers_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_REGEX_CACHE_H_

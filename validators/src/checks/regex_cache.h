// Regexes compiled once per distinct pattern and shared by every checker that uses it.
#ifndef SHAPEGUARD_CHECKS_REGEX_CACHE_H_
#define SHAPEGUARD_CHECKS_REGEX_CACHE_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <re2/re2.h>

#include "checks/simple_regex.h"
#include "shapeguard/result.h"

namespace shapeguard::internal {

// A pattern ready to match, whole-value or searched. RE2 always compiles it (a pattern RE2
// refuses is refused here too); the common simple shapes then match through a byte table
// instead, with the same answers.
class Matcher {
 public:
  Matcher(std::shared_ptr<const RE2> re2, bool full)
      : re2_(std::move(re2)),
        full_(full),
        simple_(SimpleRegex::Recognize(re2_->pattern(), full)) {}

  bool Matches(std::string_view text) const {
    if (simple_) return simple_->Matches(text);
    re2::StringPiece piece(text.data(), text.size());
    return full_ ? RE2::FullMatch(piece, *re2_) : RE2::PartialMatch(piece, *re2_);
  }
  const std::string& pattern() const { return re2_->pattern(); }
  bool full() const { return full_; }

 private:
  std::shared_ptr<const RE2> re2_;
  bool full_;
  std::optional<SimpleRegex> simple_;
};

// Not thread-safe: one cache serves one compile. What it hands out is immutable and safe to
// share across threads.
class RegexCache {
 public:
  // The compiled pattern, or why RE2 refuses it (RE2 has no look-around or backreferences:
  // that is what keeps matching linear in the input).
  Result<std::shared_ptr<const RE2>> Get(std::string_view pattern);

  // A matcher for the pattern, whole-value (`full`) or searched.
  Result<std::shared_ptr<const Matcher>> GetMatcher(std::string_view pattern, bool full);

 private:
  std::map<std::string, std::shared_ptr<const RE2>, std::less<>> compiled_;
  std::map<std::pair<std::string, bool>, std::shared_ptr<const Matcher>> matchers_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_REGEX_CACHE_H_

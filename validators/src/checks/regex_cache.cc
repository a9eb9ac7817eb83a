#include "checks/regex_cache.h"

#include "shapeguard/pattern_syntax.h"

namespace shapeguard::internal {

Result<std::shared_ptr<const RE2>> RegexCache::Get(std::string_view pattern) {
  if (auto it = compiled_.find(pattern); it != compiled_.end()) return it->second;
  RE2::Options options;
  options.set_log_errors(false);  // failures are reported through our own diagnostics
  options.set_max_mem(8 << 20);   // bounds the program size of pathological patterns
  auto regex =
      std::make_shared<const RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (!regex->ok()) return Status::Error("RE2 cannot compile it: " + regex->error());
  compiled_.emplace(std::string(pattern), regex);
  return std::shared_ptr<const RE2>(regex);
}

}  // namespace shapeguard::internal

namespace shapeguard::internal {

Result<std::shared_ptr<const Matcher>> RegexCache::GetMatcher(std::string_view pattern, bool full) {
  auto key = std::make_pair(std::string(pattern), full);
  if (auto it = matchers_.find(key); it != matchers_.end()) return it->second;
  std::shared_ptr<const Matcher> matcher;
  std::string re2_syntax = ToRe2Syntax(pattern);
  if (auto simple = SimpleRegex::Recognize(re2_syntax, full)) {
    // Within RE2's syntax by construction, so nothing for RE2 to refuse.
    matcher = std::make_shared<const Matcher>(std::string(pattern), full, std::move(*simple));
  } else if (auto regex = Get(re2_syntax); regex.ok()) {
    matcher = std::make_shared<const Matcher>(std::string(pattern), full, regex.value());
  } else {
    auto backtracking = BacktrackingRegex::Compile(re2_syntax, full);
    if (!backtracking.ok()) return Status::Error(regex.error() + "; " + backtracking.error());
    matcher = std::make_shared<const Matcher>(std::string(pattern), full, backtracking.value());
  }
  matchers_.emplace(std::move(key), matcher);
  return std::shared_ptr<const Matcher>(matcher);
}

}  // namespace shapeguard::internal

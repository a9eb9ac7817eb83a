// Patterns RE2 has no way to match (look-around, possessive quantifiers; about one AWS model
// pattern in thirty), matched by PCRE2 instead. Backtracking is bounded: a match that would
// take more steps than kMatchLimit counts as no match, so no input can hang validation.
#ifndef SHAPEGUARD_CHECKS_BACKTRACKING_REGEX_H_
#define SHAPEGUARD_CHECKS_BACKTRACKING_REGEX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "shapeguard/result.h"

namespace shapeguard::internal {

class BacktrackingRegex {
 public:
  // Steps (PCRE2's match limit) a match may take.
  static constexpr std::uint32_t kMatchLimit = 1'000'000;

  // The pattern (RE2's syntax, which PCRE2 reads for everything the models use) compiled
  // for whole-value (`full`) or searched matching; fails with PCRE2's message and offset.
  static Result<std::shared_ptr<const BacktrackingRegex>> Compile(std::string_view pattern,
                                                                  bool full);
  ~BacktrackingRegex();
  BacktrackingRegex(const BacktrackingRegex&) = delete;
  BacktrackingRegex& operator=(const BacktrackingRegex&) = delete;

  // Safe to call from many threads at once. Text that is not UTF-8 does not match.
  bool Matches(std::string_view text) const;

 private:
  struct Compiled;
  explicit BacktrackingRegex(std::unique_ptr<Compiled> compiled);
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_BACKTRACKING_REGEX_H_

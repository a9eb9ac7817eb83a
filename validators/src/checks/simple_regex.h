// The common shape of the patterns in AWS models and our overlays, matched without RE2:
// an optional literal prefix and one ASCII character class with a quantifier, e.g.
// "[A-Za-z0-9_]+", "^[a-z0-9]{4,7}$", "log-group:[.\-_/#A-Za-z0-9]{1,512}". The class is an
// AsciiClass, so a whole-value match costs one pass over the bytes, 16 or 64 at a time. RE2
// remains the engine for every other pattern; a property test holds the two to the same
// answers.
#ifndef SHAPEGUARD_CHECKS_SIMPLE_REGEX_H_
#define SHAPEGUARD_CHECKS_SIMPLE_REGEX_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "checks/ascii_class.h"

namespace shapeguard::internal {

class SimpleRegex {
 public:
  // The pattern as a SimpleRegex, or nullopt when it has any other construct. `full`: it
  // will only be used whole-value; otherwise searched, which is supported when the pattern
  // has no anchors, or both.
  static std::optional<SimpleRegex> Recognize(std::string_view pattern, bool full);

  // As RE2::FullMatch or, for a searched pattern, RE2::PartialMatch would answer.
  bool Matches(std::string_view text) const;

  // For a whole-value pattern that is only a class and its quantifier: the class, with the
  // quantifier's bounds in min and max. nullptr for any other pattern.
  const AsciiClass* SoleClass(std::size_t& min, std::size_t& max) const {
    if (!whole_ || !prefix_.empty() || !has_class_) return nullptr;
    min = min_;
    max = max_;
    return &class_;
  }

 private:
  bool MatchesWhole(std::string_view text) const;
  bool MatchesSomewhere(std::string_view text) const;

  std::string prefix_;
  AsciiClass class_;
  bool has_class_ = false;
  std::size_t min_ = 1;
  std::size_t max_ = 1;  // SIZE_MAX: unbounded
  bool whole_ = true;    // full match (or anchored at both ends); else searched
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_SIMPLE_REGEX_H_

// Strings that match a regex, for the pattern traits of models and overlays (RapidCheck has
// no such generator; FuzzTest's InRegexp is the idea).
//
// Patterns are read as the models write them (Java's dialect, see ToRe2Syntax). The subset:
// literals (UTF-8), "." (any character but newline, or any with the flag s), classes with
// ranges and negation, \d \w \s \D \W \S, \xHH and \x{H...}, Unicode properties \p{..}
// and \P{..} and POSIX classes (members found by RE2 among sample characters of most
// general categories), escaped punctuation, groups "(...)", "(?:...)", named groups and
// flags, alternation, the quantifiers ? * + {m} {m,} {m,n} (lazy and possessive forms too),
// and the anchors ^ $ \A \z. Look-around, \b and \B, possessive quantifiers generate as if
// absent and make the regex inexact(): its strings must then be checked against the pattern.
// Anything else (back-references) is refused with a message, never mis-generated.
#ifndef SHAPEGUARD_PROPERTIES_REGEX_GENERATOR_H_
#define SHAPEGUARD_PROPERTIES_REGEX_GENERATOR_H_

#include <rapidcheck.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "shapeguard/result.h"

namespace shapeguard::properties {

struct RegexNode;

// A parsed regex of the supported subset.
class Regex {
 public:
  // Parses pattern; fails naming the unsupported construct and its offset.
  static Result<Regex> Parse(std::string_view pattern);

  // Strings that fully match the regex (and so also match it searched for). Unbounded
  // quantifiers repeat at most `unbounded_extra` times beyond their minimum.
  rc::Gen<std::string> Matching(int unbounded_extra = 4) const;

  // Strings that fully match the regex with a length (code points) picked in [min, max]
  // among the lengths the regex allows, built to that length rather than filtered for it.
  // Generation fails when the regex allows no length in the range.
  rc::Gen<std::string> MatchingLength(std::uint64_t min, std::uint64_t max) const;

  // When the whole regex is one class repeated ({m,n}, +, *, ? or once, optionally between
  // ^ and $), the number of repetitions it allows; used to meet length bounds exactly.
  struct Repetition {
    std::size_t min;
    std::size_t max;  // SIZE_MAX when unbounded
  };
  std::optional<Repetition> SingleClassRepetition() const;

  // Strings of one class repeated `count` times: only for SingleClassRepetition() regexes.
  rc::Gen<std::string> RepeatedClass(std::size_t count) const;

  const std::string& pattern() const { return pattern_; }

  // False when Matching() may give strings the pattern refuses (look-around, \b, possessive
  // quantifiers): check them against the pattern.
  bool exact() const { return exact_; }

 private:
  std::string pattern_;
  bool exact_ = true;
  std::shared_ptr<const RegexNode> root_;
};

// Appends the UTF-8 encoding of a code point.
void AppendUtf8(std::string& out, char32_t code_point);

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_REGEX_GENERATOR_H_

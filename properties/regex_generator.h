// Strings that match a regex, for the pattern traits of models and overlays (RapidCheck has
// no such generator; FuzzTest's InRegexp is the idea).
//
// The subset: literals (UTF-8), "." (any character but newline), classes with ranges and
// negation, \d \w \s \D \W \S and escaped punctuation, groups "(...)" and "(?:...)",
// alternation, the quantifiers ? * + {m} {m,} {m,n} (and their lazy forms), and the anchors
// ^ and $. Anything else (look-around, back-references, \p{..}, \b, flags) is refused with
// a message, never mis-generated.
#ifndef SHAPEGUARD_PROPERTIES_REGEX_GENERATOR_H_
#define SHAPEGUARD_PROPERTIES_REGEX_GENERATOR_H_

#include <rapidcheck.h>

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

 private:
  std::string pattern_;
  std::shared_ptr<const RegexNode> root_;
};

// Appends the UTF-8 encoding of a code point.
void AppendUtf8(std::string& out, char32_t code_point);

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_REGEX_GENERATOR_H_

// Model patterns in the syntax RE2 reads. AWS's models write patterns in the dialect of
// java.util.regex (which ECMAScript's shares for these constructs): UTF-16 escapes
// (\uXXXX, supplementary characters as surrogate pairs), POSIX classes as \p{Alpha},
// Java's own properties (\p{IsAlphabetic}, \p{LD}, \p{all}) and repetition counts above
// RE2's limit of 1000. ToRe2Syntax rewrites each into RE2's spelling of the same set of
// strings; what RE2 has no spelling for (look-around, possessive quantifiers) is left as it
// is, for the backtracking engine that matches those patterns.
#ifndef SHAPEGUARD_PATTERN_SYNTAX_H_
#define SHAPEGUARD_PATTERN_SYNTAX_H_

#include <string>
#include <string_view>

namespace shapeguard {

// The pattern in RE2's syntax (see above). Patterns already in RE2's syntax come back
// unchanged.
std::string ToRe2Syntax(std::string_view model_pattern);

}  // namespace shapeguard

#endif  // SHAPEGUARD_PATTERN_SYNTAX_H_

// Strings (and blobs) that meet the checks of one position, built from the checks'
// arguments: never by filtering through the validator, so the properties that validate
// them test something.
#ifndef SHAPEGUARD_PROPERTIES_STRING_GENERATOR_H_
#define SHAPEGUARD_PROPERTIES_STRING_GENERATOR_H_

#include <rapidcheck.h>

#include <cstdint>
#include <optional>
#include <string>

#include "regex_generator.h"
#include "shapeguard/constraint.h"
#include "shapeguard/shape_kind.h"

namespace shapeguard::properties {

// Inclusive bounds on a string's length (code points) or a blob's (bytes).
struct LengthBounds {
  std::uint64_t min = 0;
  std::uint64_t max = UINT64_MAX;
  bool Contains(std::uint64_t n) const { return n >= min && n <= max; }
};

// The "length" bounds among the constraints (none: 0..unbounded).
LengthBounds LengthOf(const Constraints& constraints);

// The length of text as the shape counts it: bytes for blobs, code points otherwise.
std::uint64_t MeasureLength(ShapeKind kind, const std::string& text);

// The parsed regex of a pattern check (cached); fails for patterns outside the subset.
Result<Regex> RegexOf(const std::string& pattern);

// A string meeting every constraint (for use inside rc::gen::exec: it picks with operator*).
// Throws rc::GenerationFailure when the constraints cannot be met together.
std::string GenerateString(ShapeKind kind, const Constraints& constraints);

// A string of `count` code points from a varied alphabet (ASCII and multi-byte characters).
std::string GenerateText(std::uint64_t count);

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_STRING_GENERATOR_H_

// Generating the value of one position of a shape tree, from the shape and the constraints
// that hold there. For use inside rc::gen::exec: the functions pick with operator*.
#ifndef SHAPEGUARD_PROPERTIES_VALUE_GENERATOR_H_
#define SHAPEGUARD_PROPERTIES_VALUE_GENERATOR_H_

#include <nlohmann/json.hpp>

#include "shapeguard/constraint.h"
#include "shapeguard/operation.h"
#include "shapeguard/patch_paths.h"

namespace shapeguard::properties {

// Values nested deeper than this get only what their shape requires: structures their
// required members, collections their minimum size, unions a member that does not nest when
// they have one. So recursive shapes (a filter of filters) end.
constexpr int kOptionalDepth = 5;

// A shape that still nests this deep requires its own recursion (a required member leading
// back to itself): generation fails rather than overflowing the stack.
constexpr int kMaxGeneratedDepth = 64;

// A valid value for the shape where it was reached (its kind and every constraint there).
nlohmann::json GenerateValue(const ShapeView& shape, int depth);

// A valid value of a scalar kind meeting the constraints (numbers, booleans, timestamps,
// strings, blobs).
nlohmann::json GenerateScalar(ShapeKind kind, const Constraints& constraints);

// Inclusive numeric bounds for a number type: its width intersected with a "range" check.
struct NumberBounds {
  double min;
  double max;
  bool integral;
};
NumberBounds BoundsOf(ShapeKind kind, const Constraints& constraints);

// A valid patch operation from a resource's path table.
nlohmann::json GeneratePatchOperation(const PatchPaths& table);

// A value as a patch operation carries it: the string form of a field's value.
std::string GeneratePatchValue(const PatchRules& rules);

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_VALUE_GENERATOR_H_

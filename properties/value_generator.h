// Generating the value of one position of a compiled program. For use inside
// rc::gen::exec: the functions pick with operator*.
#ifndef SHAPEGUARD_PROPERTIES_VALUE_GENERATOR_H_
#define SHAPEGUARD_PROPERTIES_VALUE_GENERATOR_H_

#include <nlohmann/json.hpp>

#include "checks/patch_operation.h"
#include "program.h"

namespace shapeguard::properties {

// Structures nested deeper than this get their required members only, so recursive shapes
// end.
constexpr int kOptionalDepth = 5;

// A valid value for the slot (its node's type and every check of the slot).
nlohmann::json GenerateSlot(const internal::Program& program, const internal::Slot& slot,
                            int depth);

// A valid value of a scalar type meeting the checks (numbers, booleans, timestamps,
// strings, blobs).
nlohmann::json GenerateScalar(internal::ShapeType type, const internal::CheckList& checks);

// Inclusive numeric bounds for a number type: its width intersected with a "range" check.
struct NumberBounds {
  double min;
  double max;
  bool integral;
};
NumberBounds BoundsOf(internal::ShapeType type, const internal::CheckList& checks);

// A valid patch operation from a resource's path table.
nlohmann::json GeneratePatchOperation(const internal::PatchTable& table);

// A value as a patch operation carries it: the string form of a field's value.
std::string GeneratePatchValue(const internal::PatchRules& rules);

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_VALUE_GENERATOR_H_

// Documents generated from a compiled Schema: valid instances, and instances with exactly
// one rule broken at a known pointer. Used by the property suites, `shapeguard generate`,
// the fuzz harnesses and the conformance runner.
#ifndef SHAPEGUARD_PROPERTIES_INSTANCE_GENERATOR_H_
#define SHAPEGUARD_PROPERTIES_INSTANCE_GENERATOR_H_

#include <rapidcheck.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "shapeguard/diagnostic.h"
#include "shapeguard/schema.h"

namespace shapeguard::properties {

// Valid documents for the schema: required members always, optional ones sometimes, every
// rule met. Shrinking keeps them valid (optional members go, collections shrink to their
// minimum, strings towards their shortest allowed form).
rc::Gen<nlohmann::json> ValidInstance(std::shared_ptr<const Schema> schema);

// A document with exactly one rule broken, and what the validator must say about it.
struct Violation {
  nlohmann::json document;
  std::string pointer;      // where the diagnostic must be
  Code code = Code::kType;  // the diagnostic's code
  std::string description;  // what was done, e.g. "removed required member"
};

// The codes OneViolation can produce, in a fixed order (callers take turns through it):
// required, type, unknown, length, size, range, enum, pattern, timestamp, union, access-log,
// arn, mapping, method-setting, patch, json-pointer.
const std::vector<Code>& ViolationKinds();

// Documents with exactly one violation, of the given code when one is given. Generation
// fails (rc::GenerationFailure) for a schema with no place to break that rule.
rc::Gen<Violation> OneViolation(std::shared_ptr<const Schema> schema,
                                std::optional<Code> code = {});

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_INSTANCE_GENERATOR_H_

// The table of check kinds the generators know one by one: how to produce a value that meets
// a check of the kind, and a value that breaks it. These are the kinds a value meets whole
// (an ARN, an access-log format, a mapping expression, ...). The rules every value of a type
// meets together (length, size, range, enum, pattern, patch-operation) are combined by the
// type's generators in string_generator.cc, value_generator.cc and violation_generator.cc.
//
// To teach the generators a new check kind (once validators/src/checks/registry.cc has it):
//   1. properties/kinds/<kind>.cc defines Generate<Kind>(args) and, where one fixed value
//      breaks the check on its own, Break<Kind>(args);
//   2. one row in kKindGenerators (kind_generators.cc), and the file in
//      properties/CMakeLists.txt;
//   3. one case in properties/tests/kind_generators_test.cc.
// Nothing else dispatches on the kind: `shapeguard generate` and the property suites use the
// row wherever a slot has a check of that kind.
#ifndef SHAPEGUARD_PROPERTIES_KINDS_KIND_GENERATORS_H_
#define SHAPEGUARD_PROPERTIES_KINDS_KIND_GENERATORS_H_

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>

#include "shapeguard/diagnostic.h"

namespace shapeguard::properties {

// A value a check refuses, and the code the validator reports for it.
struct Breaker {
  Code code;
  std::string value;
};

// One row: a check kind (its registry name) and how to meet and break it. Both read the
// check's arguments (Check::args()); the generator picks with operator*, so it runs inside
// rc::gen::exec.
struct KindGenerator {
  std::string_view kind;
  std::string (*generate)(const nlohmann::json& args);
  // nullptr when no single value breaks the check without breaking another rule.
  Breaker (*breaker)(const nlohmann::json& args);
};

// Every row, in table order.
std::span<const KindGenerator> KindGenerators();

// The row of a check kind, or nullptr when the generators meet it with the type's rules.
const KindGenerator* FindKindGenerator(std::string_view kind);

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_KINDS_KIND_GENERATORS_H_

// Generated documents drawn one after another from a seed: the same seed gives the same
// documents wherever they are drawn (`shapeguard generate`, the Python package).
#ifndef SHAPEGUARD_PROPERTIES_INSTANCE_SEQUENCE_H_
#define SHAPEGUARD_PROPERTIES_INSTANCE_SEQUENCE_H_

#include <rapidcheck.h>

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "instance_generator.h"
#include "shapeguard/diagnostic.h"
#include "shapeguard/schema.h"

namespace shapeguard::properties {

// The violation kind a name gives ("pattern"), if the generators can break that rule.
std::optional<Code> ViolationKindFromName(std::string_view name);

// "required, type, ...": the kinds ViolationKindFromName takes, for error messages.
std::string ViolationKindNames();

class InstanceSequence {
 public:
  // `kind` restricts the invalid documents to one violation kind.
  InstanceSequence(std::shared_ptr<const Schema> schema, std::uint64_t seed,
                   std::optional<Code> kind = std::nullopt);

  // The next document, valid or with one violation. Both throw rc::GenerationFailure for a
  // schema the generators cannot serve.
  nlohmann::json NextValid();
  Violation NextInvalid();

 private:
  // The next draw's random stream and size.
  template <typename T>
  T Draw(const rc::Gen<T>& gen);

  rc::Gen<nlohmann::json> valid_;
  rc::Gen<Violation> invalid_;
  rc::Random stream_;
  std::uint64_t index_ = 0;
};

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_INSTANCE_SEQUENCE_H_

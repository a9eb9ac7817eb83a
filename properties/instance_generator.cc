#include "instance_generator.h"

#include <utility>

#include "program.h"
#include "value_generator.h"

namespace shapeguard::properties {

rc::Gen<nlohmann::json> ValidInstance(std::shared_ptr<const Schema> schema) {
  return rc::gen::exec(
      [schema = std::move(schema)] { return GenerateSlot(schema->program(), schema->root(), 0); });
}

}  // namespace shapeguard::properties

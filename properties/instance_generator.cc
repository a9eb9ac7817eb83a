#include "instance_generator.h"

#include <utility>

#include "value_generator.h"

namespace shapeguard::properties {

rc::Gen<nlohmann::json> ValidInstance(std::shared_ptr<const Schema> schema) {
  return rc::gen::exec([schema = std::move(schema)] { return GenerateValue(schema->shape(), 0); });
}

}  // namespace shapeguard::properties

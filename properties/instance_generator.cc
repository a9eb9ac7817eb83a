#include "instance_generator.h"

#include <utility>

#include "program.h"
#include "schema_internals.h"
#include "value_generator.h"

namespace shapeguard::properties {

rc::Gen<nlohmann::json> ValidInstance(std::shared_ptr<const Schema> schema) {
  return rc::gen::exec([schema = std::move(schema)] {
    return GenerateSlot(internal::ProgramOf(*schema), internal::RootOf(*schema), 0);
  });
}

}  // namespace shapeguard::properties

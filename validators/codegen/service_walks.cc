#include "service_walks.h"

#include "schema_internals.h"
#include "shape_graph.h"

namespace shapeguard::codegen {

Status AddServiceWalks(const Catalog& catalog, const std::string& service,
                       const std::vector<std::string>& operations, WalkSource& source,
                       std::vector<WalkEntry>& entries) {
  for (const std::string& operation : operations) {
    for (Direction direction : {Direction::kInput, Direction::kOutput}) {
      auto schema = catalog.GetSchema(service + "." + operation, direction);
      if (!schema.ok()) {
        return Status::Error(operation + " " + std::string(DirectionName(direction)) + ": " +
                             schema.error());
      }
      const auto& program = internal::ProgramOf(*schema.value());
      const auto& root = internal::RootOf(*schema.value());
      auto graph = internal::GraphOf(program, root);
      std::string function = "GeneratedWalk" + std::to_string(entries.size());
      source.Add(program, root, graph, function,
                 service + "." + operation + " " + std::string(DirectionName(direction)));
      entries.push_back({service, operation, direction, graph.fingerprint, function});
    }
  }
  return Status();
}

}  // namespace shapeguard::codegen

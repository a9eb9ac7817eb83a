// Which operations must run before an operation can be reached: producers of the values
// its request needs, inferred from the models (RESTler's producer/consumer analysis).
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_PLANNER_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_PLANNER_H_

#include <string>
#include <vector>

#include "conform/scenario_hints.h"
#include "shapeguard/catalog.h"
#include "shapeguard/result.h"

namespace shapeguard::conformance {

// The prerequisites of `operation` ("apigateway.UpdateStage"), in the order to run them
// (producers before their consumers), the operation itself excluded. A required request
// member (or URI label) is a consumer when another Create* operation of the same service
// produces a value of that name (see ProducedNames); its producer is the one named after it
// (restApiId <- CreateRestApi, ExtensionIdentifier <- CreateExtension), else the one with
// the fewest required members. A member nothing produces is generated, not planned for.
Result<std::vector<std::string>> PlanPrerequisites(const Catalog& catalog,
                                                   const std::string& operation,
                                                   const ScenarioHints& hints);

// The operation that reads back what `operation` writes or deletes (CreateStage,
// UpdateStage, DeleteStage -> GetStage), or "" when the service has none.
std::string GetterOf(const Catalog& catalog, const std::string& operation);

// The operation that lists the siblings of what `operation` writes or deletes (DeleteStage
// -> GetStages, DeleteExtension -> ListExtensions), or "" when the service has none.
std::string ListerOf(const Catalog& catalog, const std::string& operation);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_PLANNER_H_

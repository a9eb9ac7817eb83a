// resource-path: an API Gateway resource path, or the wildcard "*". It has no breaker: a slot
// with it is not offered for a string violation.
#include "choice.h"
#include "kinds/kind_generators.h"
#include "kinds/pieces.h"

namespace shapeguard::properties {

std::string GenerateResourcePath(const nlohmann::json&) { return Coin() ? "*" : ResourcePath(); }

}  // namespace shapeguard::properties

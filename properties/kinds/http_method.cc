// http-method: an HTTP method or "*". It has no breaker: a slot with it is not offered for a
// string violation.
#include "kinds/kind_generators.h"
#include "kinds/pieces.h"

namespace shapeguard::properties {

std::string GenerateHttpMethod(const nlohmann::json&) { return HttpMethod(true); }

}  // namespace shapeguard::properties

// method-setting-key: a methodSettings key, "{resource_path}/{http_method}" with the path's
// "/" written "~1", or "*/*"; broken by a path left unescaped.
#include "choice.h"
#include "kinds/kind_generators.h"
#include "kinds/pieces.h"
#include "shapeguard/json_pointer.h"

namespace shapeguard::properties {

std::string GenerateMethodSettingKey(const nlohmann::json&) {
  // "*/*", or one method of one resource ("*" is a wildcard only in "*/*").
  if (Pick(0, 4) == 0) return std::string("*/*");
  return EscapePointerToken(ResourcePath()) + "/" + HttpMethod(false);
}

Breaker BreakMethodSettingKey(const nlohmann::json&) { return {Code::kMethodSetting, "/pets/GET"}; }

}  // namespace shapeguard::properties

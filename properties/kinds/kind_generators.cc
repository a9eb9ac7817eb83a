#include "kinds/kind_generators.h"

#include <array>

namespace shapeguard::properties {

// Each pair lives in kinds/<kind>.cc.
std::string GenerateArn(const nlohmann::json& args);
Breaker BreakArn(const nlohmann::json& args);
std::string GenerateAccessLogFormat(const nlohmann::json& args);
Breaker BreakAccessLogFormat(const nlohmann::json& args);
std::string GenerateMapping(const nlohmann::json& args);
Breaker BreakMapping(const nlohmann::json& args);
std::string GenerateHttpMethod(const nlohmann::json& args);
std::string GenerateResourcePath(const nlohmann::json& args);
std::string GenerateMethodSettingKey(const nlohmann::json& args);
Breaker BreakMethodSettingKey(const nlohmann::json& args);

namespace {

constexpr std::array kKindGenerators = {
    KindGenerator{"arn", GenerateArn, BreakArn},
    KindGenerator{"access-log-format", GenerateAccessLogFormat, BreakAccessLogFormat},
    KindGenerator{"mapping", GenerateMapping, BreakMapping},
    KindGenerator{"http-method", GenerateHttpMethod, nullptr},
    KindGenerator{"resource-path", GenerateResourcePath, nullptr},
    KindGenerator{"method-setting-key", GenerateMethodSettingKey, BreakMethodSettingKey},
};

}  // namespace

std::span<const KindGenerator> KindGenerators() { return kKindGenerators; }

const KindGenerator* FindKindGenerator(std::string_view kind) {
  for (const KindGenerator& row : kKindGenerators) {
    if (row.kind == kind) return &row;
  }
  return nullptr;
}

}  // namespace shapeguard::properties

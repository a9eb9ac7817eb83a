#include "checks/registry.h"

#include <array>

namespace shapeguard::internal {

// Each factory lives in checks/<kind>.cc.
Result<std::shared_ptr<Check>> MakeLengthCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakeSizeCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakeRangeCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakeEnumCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakePatternCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakeAccessLogFormatCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakeArnCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakeMappingCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakePatchOperationCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakeResourcePathCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakeHttpMethodCheck(const CheckSpec& spec);
Result<std::shared_ptr<Check>> MakeMethodSettingKeyCheck(const CheckSpec& spec);

namespace {

constexpr std::array kKinds = {
    CheckKind{"length", MakeLengthCheck, "{\"min\": N, \"max\": N} on a string or blob"},
    CheckKind{"size", MakeSizeCheck, "{\"min\": N, \"max\": N} on a list or map"},
    CheckKind{"range", MakeRangeCheck, "{\"min\": X, \"max\": X} on a number"},
    CheckKind{"enum", MakeEnumCheck, "{\"values\": [\"A\", ...]} on a string"},
    CheckKind{"pattern", MakePatternCheck,
              "{\"regex\": \"...\", \"anchoring\": \"search\"|\"full\"} on a string"},
    CheckKind{"access-log-format", MakeAccessLogFormatCheck,
              "{\"request_id_variables\": [\"$context.requestId\", ...]} on a string"},
    CheckKind{"arn", MakeArnCheck,
              "{\"kinds\": [{\"name\", \"service\", \"resource\": regex, \"hint\", "
              "\"global\"}]} on a string"},
    CheckKind{"mapping", MakeMappingCheck,
              "{\"forms\": [{\"prefix\", \"name\": \"header\"|\"json-expression\"}], "
              "\"static\": bool} on a string"},
    CheckKind{"patch-operation", MakePatchOperationCheck,
              "{\"resource\", \"ops\", \"placeholders\", \"paths\"} on a patch operation"},
    CheckKind{"resource-path", MakeResourcePathCheck, "{} on a string"},
    CheckKind{"http-method", MakeHttpMethodCheck, "{} on a string"},
    CheckKind{"method-setting-key", MakeMethodSettingKeyCheck, "{} on a string"},
};

}  // namespace

std::span<const CheckKind> CheckKinds() { return kKinds; }

Result<std::shared_ptr<const Check>> MakeCheck(std::string_view kind, const CheckSpec& spec) {
  for (const CheckKind& k : kKinds) {
    if (k.name != kind) continue;
    auto check = k.factory(spec);
    if (!check.ok()) {
      return Status::Error("check \"" + std::string(kind) + "\": " + check.error() + " (takes " +
                           std::string(k.usage) + ")");
    }
    check.value()->set_args(spec.args);
    check.value()->set_description(check.value()->Describe());
    return std::shared_ptr<const Check>(check.value());
  }
  std::string known;
  for (const CheckKind& k : kKinds) known += (known.empty() ? "" : ", ") + std::string(k.name);
  return Status::Error("unknown check \"" + std::string(kind) + "\" (known: " + known + ")");
}

}  // namespace shapeguard::internal

#include "emulator/stage_patch.h"

#include <optional>
#include <string_view>
#include <vector>

#include "shapeguard/json_pointer.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;
using Tokens = std::vector<std::string>;

// The MethodSetting member each "{area}/{setting}" of a method-settings path sets (AWS
// "Patch operations" reference, Stage).
struct MethodSettingField {
  std::string_view setting;
  std::string_view member;
};
constexpr MethodSettingField kMethodSettingFields[] = {
    {"metrics/enabled", "metricsEnabled"},
    {"logging/dataTrace", "dataTraceEnabled"},
    {"logging/loglevel", "loggingLevel"},
    {"throttling/burstLimit", "throttlingBurstLimit"},
    {"throttling/rateLimit", "throttlingRateLimit"},
    {"caching/enabled", "cachingEnabled"},
    {"caching/dataEncrypted", "cacheDataEncrypted"},
    {"caching/ttlInSeconds", "cacheTtlInSeconds"},
    {"caching/requireAuthorizationForCacheControl", "requireAuthorizationForCacheControl"},
    {"caching/unauthorizedCacheControlHeaderStrategy", "unauthorizedCacheControlHeaderStrategy"},
};

// A field of the Stage: where it sits in the parameter form, and its shape.
struct Field {
  Tokens location;
  ShapeView shape;
};

// A string member of a patch operation, or "" when absent or not a string.
std::string StringField(const json& object, const char* key) {
  auto it = object.is_object() ? object.find(key) : object.end();
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

class StagePatcher {
 public:
  StagePatcher(ShapeView stage_shape, ShapeView method_setting_shape,
               const StagePatchOptions& options)
      : options_(options), stage_shape_(stage_shape), method_setting_shape_(method_setting_shape) {}

  Status Apply(const json& operation, json& stage) const {
    std::string op = StringField(operation, "op");
    auto field = Resolve(StringField(operation, "path"));
    if (!field) {
      if (options_.ignore_unknown_paths) return Status();
      return Status::Error("Invalid patch path " + StringField(operation, "path"));
    }
    if (op == "remove") {
      Remove(stage, field->location);
      return Status();
    }
    if (op == "copy") {
      auto from = Resolve(StringField(operation, "from"));
      const json* source = from ? Locate(stage, from->location) : nullptr;
      if (!source) return Status::Error("Invalid patch from " + StringField(operation, "from"));
      json copied = *source;  // copy first: the target may enclose the source
      Set(stage, field->location, std::move(copied));
      return Status();
    }
    Set(stage, field->location, Typed(field->shape, StringField(operation, "value")));
    return Status();
  }

 private:
  std::optional<Field> Resolve(const std::string& path) const {
    auto parsed = ParsePointer(path);
    if (!parsed.ok() || parsed->empty()) return std::nullopt;
    Tokens tokens = std::move(parsed).value();
    if (options_.match_last_segment && tokens.size() > 1 && Member(stage_shape_, tokens.back())) {
      tokens = {tokens.back()};
    }
    if (!Member(stage_shape_, tokens.front())) return MethodSetting(tokens);
    return Walk(tokens);
  }

  // Follows the tokens through structures (by member name) and maps (any key).
  std::optional<Field> Walk(const Tokens& tokens) const {
    std::optional<ShapeView> shape = stage_shape_;
    for (const std::string& token : tokens) {
      if (shape->has_members()) {
        shape = Member(*shape, token);
      } else {
        shape = shape->map_value();  // empty unless a map
      }
      if (!shape) return std::nullopt;
    }
    return Field{tokens, *shape};
  }

  std::optional<Field> MethodSetting(const Tokens& tokens) const {
    if (tokens.size() != 4) return std::nullopt;
    std::string setting = tokens[2] + "/" + tokens[3];
    for (const MethodSettingField& field : kMethodSettingFields) {
      if (field.setting != setting) continue;
      std::optional<ShapeView> shape = Member(method_setting_shape_, std::string(field.member));
      if (!shape) return std::nullopt;
      // The methodSettings key writes the resource path in the "~1" form, as the patch
      // path does ("~1pets/GET"); the root "/" is "~1".
      std::string key = EscapePointerToken(tokens[0]) + "/" + tokens[1];
      return Field{{"methodSettings", key, std::string(field.member)}, *shape};
    }
    return std::nullopt;
  }

  static std::optional<ShapeView> Member(ShapeView structure, const std::string& name) {
    std::optional<MemberView> member = structure.FindMember(name);
    if (!member) return std::nullopt;
    return member->shape();
  }

  // A patch value (a string) as the field's type holds it; text that does not read as the
  // type stays a string (validation already refused such values).
  static json Typed(ShapeView shape, const std::string& text) {
    ShapeKind kind = shape.kind();
    if (kind == ShapeKind::kBoolean) return text == "true";
    json number = json::parse(text, nullptr, false);
    bool integral = kind == ShapeKind::kInteger || kind == ShapeKind::kLong;
    if (integral && number.is_number_integer()) return number;
    bool floating = kind == ShapeKind::kFloat || kind == ShapeKind::kDouble;
    if (floating && number.is_number()) return number;
    return text;
  }

  static const json* Locate(const json& stage, const Tokens& location) {
    const json* at = &stage;
    for (const std::string& token : location) {
      if (!at->is_object() || !at->contains(token)) return nullptr;
      at = &at->at(token);
    }
    return at;
  }

  static void Set(json& stage, const Tokens& location, json value) {
    json* at = &stage;
    for (const std::string& token : location) {
      if (!at->is_object()) *at = json::object();
      at = &(*at)[token];
    }
    *at = std::move(value);
  }

  static void Remove(json& stage, const Tokens& location) {
    json* parent = &stage;
    for (std::size_t i = 0; i + 1 < location.size(); ++i) {
      if (!parent->is_object() || !parent->contains(location[i])) return;
      parent = &(*parent)[location[i]];
    }
    if (parent->is_object()) parent->erase(location.back());
  }

  const StagePatchOptions& options_;
  ShapeView stage_shape_;
  ShapeView method_setting_shape_;
};

// The MethodSetting structure: the value shape of the Stage's methodSettings map.
std::optional<ShapeView> MethodSettingShape(ShapeView stage_shape) {
  std::optional<MemberView> settings = stage_shape.FindMember("methodSettings");
  return settings ? settings->shape().map_value() : std::nullopt;
}

}  // namespace

Status ApplyStagePatch(const Operation& update_stage, const json& operations, json& stage,
                       const StagePatchOptions& options) {
  std::optional<ShapeView> stage_shape = update_stage.output();
  std::optional<ShapeView> method_setting_shape =
      stage_shape ? MethodSettingShape(*stage_shape) : std::nullopt;
  if (!stage_shape || stage_shape->name() != "Stage" || !method_setting_shape) {
    return Status::Error("the model has no Stage or MethodSetting shape");
  }
  if (!operations.is_array()) return Status();
  StagePatcher patcher(*stage_shape, *method_setting_shape, options);
  json patched = stage;
  for (const json& operation : operations) {
    Status applied = patcher.Apply(operation, patched);
    if (!applied.ok()) return applied;
  }
  stage = std::move(patched);
  return Status();
}

}  // namespace shapeguard::emulator

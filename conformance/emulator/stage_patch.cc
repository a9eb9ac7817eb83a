#include "emulator/stage_patch.h"

#include <optional>
#include <string_view>
#include <vector>

#include "shapeguard/json_pointer.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;
using Tokens = std::vector<std::string>;

// Rows whose field is a member of this shape set a method setting.
constexpr std::string_view kMethodSettingShape = "MethodSetting$";

std::string StringMember(const json& operation, const char* name) {
  auto it = operation.find(name);
  return it != operation.end() && it->is_string() ? it->get<std::string>() : "";
}

// Where a path's value sits in the Stage, and its table row (nullptr for a copy source
// outside the table, read where its tokens point).
struct Target {
  Tokens location;
  const PatchPathRow* row = nullptr;
};

class StagePatcher {
 public:
  StagePatcher(const PatchPaths& paths, const StagePatchOptions& options)
      : paths_(paths), options_(options) {}

  Status Apply(const json& operation, json& stage) const {
    std::string op = StringMember(operation, "op");
    auto target = Resolve(StringMember(operation, "path"));
    if (!target || !target->row) {
      if (options_.ignore_unknown_paths) return Status();
      return Status::Error("Invalid patch path " + StringMember(operation, "path"));
    }
    if (op == "remove") {
      Remove(stage, target->location);
      return Status();
    }
    if (op == "copy") {
      auto from = Resolve(StringMember(operation, "from"));
      const json* source = from ? Locate(stage, from->location) : nullptr;
      if (!source) return Status::Error("Invalid patch from " + StringMember(operation, "from"));
      json copied = *source;  // copy first: the target may enclose the source
      Set(stage, target->location, std::move(copied));
      return Status();
    }
    Set(stage, target->location, Typed(target->row->value_type, StringMember(operation, "value")));
    return Status();
  }

 private:
  std::optional<Target> Resolve(const std::string& path) const {
    auto parsed = ParsePointer(path);
    if (!parsed.ok() || parsed->empty()) return std::nullopt;
    Tokens tokens = std::move(parsed).value();
    if (options_.match_last_segment && tokens.size() > 1 && paths_.Match({tokens.back()})) {
      tokens = {tokens.back()};
    }
    const PatchPathRow* row = paths_.Match(tokens);
    if (row && row->field.starts_with(kMethodSettingShape)) return MethodSetting(tokens, *row);
    return Target{std::move(tokens), row};
  }

  // A method-setting path is "/{resourcePath}/{httpMethod}/{area}/{setting}"; its value
  // goes to the member its row's field names, in the methodSettings entry whose key writes
  // the resource path in the "~1" form as the patch path does ("~1pets/GET"; the root "/"
  // is "~1").
  static Target MethodSetting(const Tokens& tokens, const PatchPathRow& row) {
    std::string key = EscapePointerToken(tokens[0]) + "/" + tokens[1];
    std::string member = row.field.substr(kMethodSettingShape.size());
    return Target{{"methodSettings", key, member}, &row};
  }

  // A patch value (a string) as the row's value type holds it; text that does not read as
  // the type stays a string (validation already refused such values).
  static json Typed(PatchValueType type, const std::string& text) {
    if (type == PatchValueType::kBoolean) return text == "true";
    json number = json::parse(text, nullptr, false);
    if (type == PatchValueType::kInteger && number.is_number_integer()) return number;
    if (type == PatchValueType::kNumber && number.is_number()) return number;
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

  const PatchPaths& paths_;
  const StagePatchOptions& options_;
};

}  // namespace

Status ApplyStagePatch(const PatchPaths& paths, const json& operations, json& stage,
                       const StagePatchOptions& options) {
  if (!operations.is_array()) return Status();
  StagePatcher patcher(paths, options);
  json patched = stage;
  for (const json& operation : operations) {
    Status applied = patcher.Apply(operation, patched);
    if (!applied.ok()) return applied;
  }
  stage = std::move(patched);
  return Status();
}

}  // namespace shapeguard::emulator

#include "emulator/stage_patch.h"

#include <optional>
#include <string_view>
#include <vector>

#include "shapeguard/json_pointer.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;
using Tokens = std::vector<std::string>;

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
    if (options_.ignore_nested_paths && IsNested(*target)) return Status();
    json value;
    if (op == "copy") {
      auto from = Resolve(StringMember(operation, "from"));
      const json* source = from ? Locate(stage, from->location) : nullptr;
      if (!source) return Status::Error("Invalid patch from " + StringMember(operation, "from"));
      value = *source;  // copy first: the target may enclose the source
    } else if (op != "remove") {
      value = Typed(target->row->value_type, StringMember(operation, "value"));
    }
    for (const Tokens& location : Locations(stage, *target)) {
      if (op == "remove") {
        Remove(stage, location);
      } else {
        Set(stage, location, value);
      }
    }
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
    if (auto setting = row ? MethodSettingOf(*row, tokens) : std::nullopt) {
      return Target{{"methodSettings", setting->key, setting->member}, row};
    }
    return Target{std::move(tokens), row};
  }

  // A path into the canary settings or a method setting (the method-setting rows resolve to
  // methodSettings).
  static bool IsNested(const Target& target) {
    const Tokens& location = target.location;
    return location.size() > 1 &&
           (location.front() == "canarySettings" || location.front() == "methodSettings");
  }

  // Where an operation writes. A method setting for every method of one resource, or one
  // method of every resource ("~1pets/*", "*/GET"), is a valid patch path, but the Stage
  // holds no such key (its keys are "{resource}/{method}" or "*/*", CONSTRAINTS.md 001): it
  // writes the entries it matches, and none when there are none.
  static std::vector<Tokens> Locations(const json& stage, const Target& target) {
    const Tokens& location = target.location;
    if (location.size() != 3 || location[0] != "methodSettings") return {location};
    std::string_view key = location[1];
    std::size_t slash = key.rfind('/');
    std::string_view resource = key.substr(0, slash);
    std::string_view method = key.substr(slash + 1);
    if ((resource == "*") == (method == "*")) return {location};
    std::vector<Tokens> matched;
    const json* settings = Locate(stage, {"methodSettings"});
    if (!settings || !settings->is_object()) return matched;
    for (const auto& entry : settings->items()) {
      const std::string& existing = entry.key();
      std::size_t at = existing.rfind('/');
      if (at == std::string::npos || existing == "*/*") continue;
      bool same_resource = resource == "*" || existing.substr(0, at) == resource;
      bool same_method = method == "*" || existing.substr(at + 1) == method;
      if (same_resource && same_method)
        matched.push_back({"methodSettings", existing, location[2]});
    }
    return matched;
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

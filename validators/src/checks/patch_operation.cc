// "patch-operation": one element of an API Gateway (REST) patchOperations list,
// {op, path, value, from}. Checks, each error at the member it concerns:
//  - op is supported by the resource ("ops");
//  - path and from are RFC 6901 pointers;
//  - value is present for add and replace, from for copy;
//  - with a path table ("paths"), the path is one of the resource's paths, the op one that
//    path allows, copy's from one of the path's sources, {placeholder} segments valid, and the
//    value valid for the field the path targets (read as the string form of that field's
//    type: "true"/"false", an integer, a number) by that field's own rules.
//   {"resource": "Stage", "ops": ["add", "remove", "replace", "copy"],
//    "placeholders": {"name": {"field": "Stage$variables$key"},
//                     "resourcePath": {"check": "resource-path"}},
//    "paths": [{"path": "/variables/{name}", "ops": ["replace", "remove"],
//               "field": "Stage$variables$value"},
//              {"path": "/deploymentId", "ops": ["replace", "copy"],
//               "from": ["/canarySettings/deploymentId"], "field": "Stage$deploymentId"}]}
#include "checks/patch_operation.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <map>
#include <memory>
#include <vector>

#include "checks/args.h"
#include "checks/registry.h"
#include "shapeguard/json_pointer.h"
#include "shapeguard/timestamp.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

// The ops RFC 6902 defines; others are left to the model's enum rule.
constexpr std::string_view kPatchOps[] = {"add", "remove", "replace", "move", "copy", "test"};

bool Contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::string Join(const std::vector<std::string>& list, std::string_view separator = ", ") {
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) out += (i ? std::string(separator) : "") + list[i];
  return out;
}

// Reports into a parent sink at a child member of the patch operation, prefixing messages.
class ChildSink : public Sink {
 public:
  ChildSink(Sink& parent, std::string_view child, std::string prefix)
      : parent_(parent), child_(child), prefix_(std::move(prefix)) {}
  void Error(const Check& check, Code code, std::string message,
             std::optional<std::string_view>) override {
    parent_.Error(check, code, prefix_ + message, child_);
  }
  void Warning(const Check& check, Code code, std::string message,
               std::optional<std::string_view>) override {
    parent_.Warning(check, code, prefix_ + message, child_);
  }

 private:
  Sink& parent_;
  std::string_view child_;
  std::string prefix_;
};

// A strict decimal number: what JSON allows, nothing else (no hex, inf or nan).
bool IsNumberText(std::string_view text) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i > start;
  };
  if (i < text.size() && text[i] == '-') ++i;
  if (!digits()) return false;
  if (i < text.size() && text[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == text.size();
}

// Reads a patch value (always a string) as the field's type would hold it; nullopt with
// *expected set when it cannot be.
std::optional<ValueView> ReadAs(ShapeType type, std::string_view text, std::string* expected) {
  ValueView view;
  view.kind = JsonKind::kString;
  view.text = text;
  switch (type) {
    case ShapeType::kBoolean:
      *expected = "\"true\" or \"false\"";
      if (text != "true" && text != "false") return std::nullopt;
      view.kind = JsonKind::kBool;
      view.boolean = text == "true";
      return view;
    case ShapeType::kInteger:
    case ShapeType::kLong:
    case ShapeType::kFloat:
    case ShapeType::kDouble: {
      bool integral = type == ShapeType::kInteger || type == ShapeType::kLong;
      *expected = integral ? "an integer" : "a number";
      if (!IsNumberText(text)) return std::nullopt;
      if (integral && text.find_first_of(".eE") != std::string_view::npos) return std::nullopt;
      std::string copy(text);
      view.kind = JsonKind::kNumber;
      errno = 0;
      char* end = nullptr;
      long long as_int = std::strtoll(copy.c_str(), &end, 10);
      if (errno == 0 && *end == '\0') {
        view.number = Number::Int(as_int);
      } else {
        view.number = Number::Double(std::strtod(copy.c_str(), nullptr));
      }
      std::int64_t min = type == ShapeType::kInteger ? INT32_MIN : INT64_MIN;
      std::int64_t max = type == ShapeType::kInteger ? INT32_MAX : INT64_MAX;
      if (integral && !view.number.FitsInteger(min, max)) return std::nullopt;
      return view;
    }
    case ShapeType::kTimestamp:
      *expected = "an ISO-8601 timestamp";
      if (!IsIso8601DateTime(text)) return std::nullopt;
      return view;
    default:
      return view;
  }
}

// How a row's value is read, from the type of the field its rules come from.
PatchValueType ValueTypeOf(const PatchPath& entry) {
  if (!entry.value) return PatchValueType::kText;
  switch (entry.value->type) {
    case ShapeType::kBoolean:
      return PatchValueType::kBoolean;
    case ShapeType::kInteger:
    case ShapeType::kLong:
      return PatchValueType::kInteger;
    case ShapeType::kFloat:
    case ShapeType::kDouble:
      return PatchValueType::kNumber;
    default:
      return PatchValueType::kText;
  }
}

// The public form of a field's rules; it refers to the table's checks, so the table must
// stay where it is.
shapeguard::PatchRules PublicRules(const PatchRules& rules) {
  return {KindOf(rules.type), Constraints(&rules.checks)};
}

// The public view of a table, row for row.
PatchPaths ViewOf(const PatchTable& table) {
  std::vector<PatchPathRow> rows;
  rows.reserve(table.paths.size());
  for (const PatchPath& entry : table.paths) {
    std::optional<shapeguard::PatchRules> value_rules;
    if (entry.value) value_rules = PublicRules(*entry.value);
    rows.push_back({entry.path, entry.tokens, entry.ops, entry.from, entry.field,
                    ValueTypeOf(entry), value_rules});
  }
  std::map<std::string, shapeguard::PatchRules, std::less<>> placeholders;
  for (const auto& [name, rules] : table.placeholders) placeholders[name] = PublicRules(rules);
  return PatchPaths(std::move(rows), table.ops, std::move(placeholders));
}

class PatchOperationCheck : public Check {
 public:
  PatchOperationCheck(PatchTable table, std::string source)
      : Check("patch-operation", std::move(source)),
        table_(std::move(table)),
        resource_(table_.resource),
        ops_(table_.ops),
        placeholders_(table_.placeholders),
        paths_(table_.paths),
        view_(ViewOf(table_)) {}

  const PatchPaths& view() const { return view_; }

  void Apply(const ValueView& value, Sink& sink) const override {
    if (!value.object) return;
    // A member of the wrong type is the walker's "type" error; say nothing more about it.
    for (const char* member : {"op", "path", "from", "value"}) {
      if (value.object->HasMember(member) && !value.object->StringMember(member)) return;
    }
    std::optional<std::string_view> op = value.object->StringMember("op");
    std::optional<std::string_view> path = value.object->StringMember("path");
    std::optional<std::string_view> from = value.object->StringMember("from");
    std::optional<std::string_view> patch_value = value.object->StringMember("value");
    if (!op) {
      sink.Error(*this, Code::kPatch, "a patch operation needs an op", "op");
      return;
    }
    if (std::find(std::begin(kPatchOps), std::end(kPatchOps), *op) == std::end(kPatchOps)) {
      return;  // not an RFC 6902 op at all: the model's enum rule reports it
    }
    if (!Contains(ops_, *op)) {
      sink.Error(*this, Code::kPatch,
                 "op \"" + std::string(*op) + "\" is not supported on a " + resource_ +
                     " (supported: " + Join(ops_) + ")",
                 "op");
    }
    if ((*op == "add" || *op == "replace") && !patch_value) {
      sink.Error(*this, Code::kPatch, "op \"" + std::string(*op) + "\" needs a value", "value");
    }
    // A from is required for copy (the only supported op that reads one); where one is
    // given, it must be a pointer whatever the op.
    if (*op == "copy" && !from) {
      sink.Error(*this, Code::kPatch, "op \"copy\" needs a from", "from");
    }
    if (from) {
      if (auto parsed = ParsePointer(*from); !parsed.ok()) {
        sink.Error(*this, Code::kJsonPointer, QuoteForMessage(*from) + ": " + parsed.error(),
                   "from");
        from.reset();
      }
    }
    if (!path) {
      sink.Error(*this, Code::kPatch, "a patch operation needs a path", "path");
      return;
    }
    auto tokens = ParsePointer(*path);
    if (!tokens.ok()) {
      sink.Error(*this, Code::kJsonPointer, QuoteForMessage(*path) + ": " + tokens.error(), "path");
      return;
    }
    if (!paths_.empty()) CheckAgainstTable(*op, *path, tokens.value(), from, patch_value, sink);
  }

  std::string Describe() const override {
    std::string out = "a patch operation on a " + resource_ + ": op one of " + Join(ops_) +
                      "; path and from RFC 6901 pointers; value required for add and replace, "
                      "from for copy";
    if (!paths_.empty()) out += "; the path one of the table below";
    return out;
  }

  std::vector<std::string> Details() const override {
    std::vector<std::string> lines;
    for (const PatchPath& entry : paths_) {
      std::string line = entry.path + "  [" + Join(entry.ops) + "]";
      if (!entry.from.empty()) line += "  copy from " + Join(entry.from, " or ");
      if (entry.value) {
        for (const auto& check : entry.value->checks) line += "; value: " + check->Describe();
        if (entry.value->type != ShapeType::kString) {
          std::string_view type = ShapeTypeName(entry.value->type);
          line += std::string("; value: ") + (type[0] == 'i' ? "an " : "a ") + std::string(type) +
                  " as text";
        }
      }
      lines.push_back(line);
    }
    for (const auto& [name, rules] : placeholders_) {
      for (const auto& check : rules.checks) {
        lines.push_back("{" + name + "}: " + check->Describe());
      }
    }
    return lines;
  }

 private:
  // The table entry matching the path's shape, by the public view's rule (the rows of both
  // are in the same order), so the validator and the tools that apply patches agree.
  const PatchPath* Match(const std::vector<std::string>& tokens) const {
    const PatchPathRow* row = view_.Match(tokens);
    return row ? &paths_[row - view_.rows().data()] : nullptr;
  }

  void CheckAgainstTable(std::string_view op, std::string_view path,
                         const std::vector<std::string>& tokens,
                         std::optional<std::string_view> from,
                         std::optional<std::string_view> patch_value, Sink& sink) const {
    const PatchPath* entry = Match(tokens);
    if (!entry) {
      std::vector<std::string> valid;
      for (const PatchPath& e : paths_) valid.push_back(e.path);
      sink.Error(*this, Code::kPatch,
                 QuoteForMessage(path, 80) + " is not a patch path of a " + resource_ +
                     "; it must be one of: " + Join(valid),
                 "path");
      return;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!IsPatchPlaceholder(entry->tokens[i])) continue;
      std::string name = entry->tokens[i].substr(1, entry->tokens[i].size() - 2);
      auto rules = placeholders_.find(name);
      if (rules == placeholders_.end()) continue;
      ValueView segment;
      segment.kind = JsonKind::kString;
      segment.text = tokens[i];
      ChildSink at_path(sink, "path", "path segment {" + name + "}: ");
      ApplyAll(rules->second.checks, segment, at_path);
    }
    if (Contains(ops_, op) && !Contains(entry->ops, op)) {
      sink.Error(*this, Code::kPatch,
                 "op \"" + std::string(op) + "\" is not allowed on " + entry->path +
                     " (allowed: " + Join(entry->ops) + ")",
                 "op");
    }
    if (op == "copy" && Contains(entry->ops, op) && from && !Contains(entry->from, *from)) {
      sink.Error(*this, Code::kPatch,
                 "copy to " + entry->path + " must be from " +
                     (entry->from.empty() ? std::string("nowhere: it takes no copy")
                                          : Join(entry->from, " or ")),
                 "from");
    }
    if (patch_value && entry->value && (op == "add" || op == "replace")) {
      CheckValue(*entry, path, *patch_value, sink);
    }
  }

  void CheckValue(const PatchPath& entry, std::string_view path, std::string_view text,
                  Sink& sink) const {
    std::string expected;
    auto view = ReadAs(entry.value->type, text, &expected);
    if (!view) {
      sink.Error(*this, Code::kType,
                 "the value for " + std::string(path) + " must be " + expected + ", got " +
                     QuoteForMessage(text),
                 "value");
      return;
    }
    ChildSink at_value(sink, "value", "value for " + std::string(path) + ": ");
    ApplyAll(entry.value->checks, *view, at_value);
  }

  PatchTable table_;
  // Short names for the table's parts.
  const std::string& resource_;
  const std::vector<std::string>& ops_;
  const std::map<std::string, PatchRules>& placeholders_;
  const std::vector<PatchPath>& paths_;
  PatchPaths view_;
};

// {"field": "Target"} (that target's type and rules) or {"check": kind, "args": {...}}.
Result<PatchRules> ReadRules(const nlohmann::json& spec_json, const CheckSpec& spec) {
  if (Status s = ExpectOnlyArgs(spec_json, {"field", "check", "args"}); !s.ok()) return s;
  PatchRules rules;
  if (spec_json.contains("field")) {
    auto field = ReadStringArg(spec_json, "field");
    if (!field.ok()) return field.status();
    if (!spec.targets) return Status::Error("\"field\" needs a model to resolve against");
    auto resolved = spec.targets->Resolve(field.value());
    if (!resolved.ok()) return Status::Error("field " + field.value() + ": " + resolved.error());
    rules.type = resolved.value().type;
    rules.checks = resolved.value().checks;
    if (rules.type == ShapeType::kStructure || rules.type == ShapeType::kList ||
        rules.type == ShapeType::kMap || rules.type == ShapeType::kDocument) {
      return Status::Error("field " + field.value() + " is a " +
                           std::string(ShapeTypeName(rules.type)) +
                           ": a patch value (a string) can only stand for a scalar field");
    }
  }
  if (spec_json.contains("check")) {
    auto kind = ReadStringArg(spec_json, "check");
    if (!kind.ok()) return kind.status();
    nlohmann::json args =
        spec_json.contains("args") ? spec_json.at("args") : nlohmann::json::object();
    CheckSpec nested{args, spec.source, rules.type, spec.regexes, spec.targets};
    auto check = MakeCheck(kind.value(), nested);
    if (!check.ok()) return check.status();
    rules.checks.push_back(check.value());
  }
  return rules;
}

Result<PatchPath> ReadPatchPath(const nlohmann::json& entry_json, const CheckSpec& spec) {
  if (Status s = ExpectOnlyArgs(entry_json, {"path", "ops", "from", "field", "check", "args"});
      !s.ok()) {
    return s;
  }
  PatchPath entry;
  auto path = ReadStringArg(entry_json, "path");
  if (!path.ok()) return path.status();
  entry.path = path.value();
  auto tokens = ParsePointer(entry.path);
  if (!tokens.ok()) return Status::Error("path " + entry.path + ": " + tokens.error());
  entry.tokens = tokens.value();
  auto ops = ReadStringListArg(entry_json, "ops");
  if (!ops.ok()) return Status::Error("path " + entry.path + ": " + ops.error());
  entry.ops = ops.value();
  if (entry_json.contains("from")) {
    auto from = ReadStringListArg(entry_json, "from");
    if (!from.ok()) return Status::Error("path " + entry.path + ": " + from.error());
    entry.from = from.value();
  }
  if (entry_json.contains("field") || entry_json.contains("check")) {
    nlohmann::json rules_json = nlohmann::json::object();
    for (const char* key : {"field", "check", "args"}) {
      if (entry_json.contains(key)) rules_json[key] = entry_json.at(key);
    }
    auto rules = ReadRules(rules_json, spec);
    if (!rules.ok()) return Status::Error("path " + entry.path + ": " + rules.error());
    entry.value = std::move(rules).value();
    // ReadRules has checked that a "field" is a string.
    if (entry_json.contains("field")) entry.field = entry_json.at("field").get<std::string>();
  }
  return entry;
}

}  // namespace

Result<std::shared_ptr<Check>> MakePatchOperationCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kStructure}); !s.ok()) return s;
  if (Status s = ExpectOnlyArgs(spec.args, {"resource", "ops", "placeholders", "paths"}); !s.ok()) {
    return s;
  }
  auto resource = ReadStringArg(spec.args, "resource");
  if (!resource.ok()) return resource.status();
  auto ops = ReadStringListArg(spec.args, "ops");
  if (!ops.ok()) return ops.status();
  std::map<std::string, PatchRules> placeholders;
  if (auto it = spec.args.find("placeholders"); it != spec.args.end()) {
    if (!it->is_object()) return Status::Error("\"placeholders\" must be an object");
    for (const auto& [name, rules_json] : it->items()) {
      auto rules = ReadRules(rules_json, spec);
      if (!rules.ok()) return Status::Error("placeholder {" + name + "}: " + rules.error());
      placeholders[name] = std::move(rules).value();
    }
  }
  std::vector<PatchPath> paths;
  if (auto it = spec.args.find("paths"); it != spec.args.end()) {
    if (!it->is_array()) return Status::Error("\"paths\" must be an array");
    for (const auto& entry_json : *it) {
      auto entry = ReadPatchPath(entry_json, spec);
      if (!entry.ok()) return entry.status();
      paths.push_back(std::move(entry).value());
    }
  }
  PatchTable table{resource.value(), ops.value(), std::move(placeholders), std::move(paths)};
  return std::shared_ptr<Check>(
      std::make_shared<PatchOperationCheck>(std::move(table), spec.source));
}

const PatchPaths* PatchPathsOf(const Check& check) {
  auto* patch = dynamic_cast<const PatchOperationCheck*>(&check);
  return patch ? &patch->view() : nullptr;
}

}  // namespace shapeguard::internal

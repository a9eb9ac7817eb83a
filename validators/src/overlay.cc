#include "overlay.h"

#include <algorithm>

#include "checks/registry.h"
#include "model_json.h"

namespace shapeguard::internal {
namespace {

using nlohmann::json;

std::vector<std::string> SplitTarget(const std::string& target) {
  std::vector<std::string> steps(1);
  for (char c : target) {
    if (c == '$') {
      steps.emplace_back();
    } else {
      steps.back().push_back(c);
    }
  }
  return steps;
}

bool IsKnownCheck(const std::string& name) {
  auto kinds = CheckKinds();
  return std::any_of(kinds.begin(), kinds.end(),
                     [&](const CheckKind& k) { return k.name == name; });
}

Result<OverlayRule> ParseRule(const json& entry, const Overlay& overlay, std::size_t index) {
  std::string where = "rule " + std::to_string(index);
  auto fail = [&](const std::string& what) { return Status::Error(where + ": " + what); };
  if (!entry.is_object()) return fail("must be an object");
  for (const auto& [key, value] : entry.items()) {
    if (key != "target" && key != "check" && key != "args" && key != "source" && key != "note") {
      return fail("unknown field \"" + key + "\"");
    }
  }
  OverlayRule rule;
  auto read = [&](const char* field, std::string& into, bool required) {
    auto it = entry.find(field);
    if (it == entry.end()) return !required;
    if (!it->is_string()) return false;
    into = it->get<std::string>();
    return true;
  };
  if (!read("target", rule.target, true) || rule.target.empty()) {
    return fail("\"target\" must be a non-empty string");
  }
  where += " (" + rule.target + ")";
  rule.steps = SplitTarget(rule.target);
  if (std::any_of(rule.steps.begin(), rule.steps.end(),
                  [](const std::string& s) { return s.empty(); })) {
    return fail("\"target\" has an empty step");
  }
  if (!read("check", rule.check, true)) return fail("\"check\" must be a string");
  if (!IsKnownCheck(rule.check)) return fail("unknown check \"" + rule.check + "\"");
  if (!read("source", rule.source, true)) return fail("\"source\" must be a string");
  if (!overlay.sources.count(rule.source)) {
    return fail("source \"" + rule.source + "\" is not declared in \"sources\"");
  }
  if (!read("note", rule.note, false)) return fail("\"note\" must be a string");
  rule.args = entry.value("args", json::object());
  if (!rule.args.is_object()) return fail("\"args\" must be an object");
  return rule;
}

}  // namespace

Result<Overlay> ParseOverlay(std::string_view text, std::string origin) {
  auto fail = [&](const std::string& what) { return Status::Error(origin + ": " + what); };
  json doc = ParseModelJson(text);
  if (doc.is_discarded()) return fail("not valid JSON");
  if (!doc.is_object()) return fail("an overlay must be a JSON object");
  Overlay overlay;
  overlay.origin = origin;
  auto service = doc.find("service");
  if (service == doc.end() || !service->is_string() || service->get<std::string>().empty()) {
    return fail("\"service\" must be a non-empty string");
  }
  overlay.service = service->get<std::string>();
  auto sources = doc.find("sources");
  if (sources == doc.end() || !sources->is_object()) return fail("\"sources\" must be an object");
  for (const auto& [name, description] : sources->items()) {
    if (!description.is_string()) return fail("source \"" + name + "\" needs a description");
    overlay.sources[name] = description.get<std::string>();
  }
  auto rules = doc.find("rules");
  if (rules == doc.end() || !rules->is_array()) return fail("\"rules\" must be an array");
  for (std::size_t i = 0; i < rules->size(); ++i) {
    auto rule = ParseRule((*rules)[i], overlay, i);
    if (!rule.ok()) return fail(rule.error());
    overlay.rules.push_back(std::move(rule).value());
  }
  for (const auto& [key, value] : doc.items()) {
    if (key != "service" && key != "sources" && key != "rules" && key != "comment") {
      return fail("unknown field \"" + key + "\"");
    }
  }
  return overlay;
}

}  // namespace shapeguard::internal

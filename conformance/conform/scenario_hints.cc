#include "conform/scenario_hints.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "conform/scenario_hints_data.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

bool IsComment(const std::string& key) { return !key.empty() && key[0] == '_'; }

// Reads one "operation -> value" section, skipping comments; `read` converts a value.
template <typename T, typename Read>
Status ReadSection(const json& root, const char* name, std::map<std::string, T>& out, Read read) {
  auto it = root.find(name);
  if (it == root.end()) return Status();
  if (!it->is_object())
    return Status::Error(std::string("hints: \"") + name + "\" is not an object");
  for (const auto& [key, value] : it->items()) {
    if (IsComment(key)) continue;
    try {
      out[key] = read(value);
    } catch (const json::exception& e) {
      return Status::Error(std::string("hints: ") + name + "." + key + ": " + e.what());
    }
  }
  return Status();
}

ExpectedAnswer ReadExpected(const json& value) {
  return {value.at("status").get<int>(), value.at("error").get<std::string>(),
          value.at("rule").get<std::string>()};
}

PatchHints ReadPatchHints(const json& value) {
  PatchHints hints;
  hints.bind = value.value("bind", json::object()).get<std::map<std::string, std::string>>();
  hints.drop = value.value("drop", json::array()).get<std::vector<std::string>>();
  hints.drop_ops = value.value("drop_ops", json::array()).get<std::vector<std::string>>();
  hints.drop_prefix = value.value("drop_prefix", json::array()).get<std::vector<std::string>>();
  hints.keep_prefix = value.value("keep_prefix", json::array()).get<std::vector<std::string>>();
  hints.append = value.value("append", json::array());
  return hints;
}

bool StartsWithAny(const std::string& text, const std::vector<std::string>& prefixes) {
  for (const std::string& prefix : prefixes) {
    if (text.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace

bool PatchHints::Drops(const std::string& op, const std::string& path) const {
  if (std::find(drop.begin(), drop.end(), path) != drop.end()) return true;
  if (std::find(drop_ops.begin(), drop_ops.end(), op) != drop_ops.end()) return true;
  return StartsWithAny(path, drop_prefix) && !StartsWithAny(path, keep_prefix);
}

const std::vector<std::string>& ScenarioHints::OmitFor(const std::string& operation) const {
  static const std::vector<std::string> kNone;
  auto it = omit.find(operation);
  return it == omit.end() ? kNone : it->second;
}

const ExpectedAnswer* ScenarioHints::ExpectFor(const std::string& operation) const {
  auto it = expect.find(operation);
  return it == expect.end() ? nullptr : &it->second;
}

Result<ScenarioHints> ParseScenarioHints(const std::string& text) {
  json root = json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) return Status::Error("hints: not a JSON object");
  ScenarioHints hints;
  try {
    hints.targets = root.value("targets", json::array()).get<std::vector<std::string>>();
  } catch (const json::exception& e) {
    return Status::Error(std::string("hints: targets: ") + e.what());
  }
  auto map_of_strings = [](const json& v) { return v.get<std::map<std::string, std::string>>(); };
  auto strings = [](const json& v) { return v.get<std::vector<std::string>>(); };
  auto string = [](const json& v) { return v.get<std::string>(); };
  auto any = [](const json& v) { return v; };
  for (Status status : {ReadSection(root, "produces", hints.produces, map_of_strings),
                        ReadSection(root, "requires", hints.requires_, strings),
                        ReadSection(root, "then", hints.then, strings),
                        ReadSection(root, "omit", hints.omit, strings),
                        ReadSection(root, "fixed", hints.fixed, any),
                        ReadSection(root, "patch_paths", hints.patch_paths, ReadPatchHints),
                        ReadSection(root, "expect", hints.expect, ReadExpected),
                        ReadSection(root, "unique", hints.unique, string),
                        ReadSection(root, "rejection", hints.rejection, string)}) {
    if (!status.ok()) return status;
  }
  return hints;
}

const ScenarioHints& BuiltinScenarioHints() {
  static const ScenarioHints hints = [] {
    auto parsed = ParseScenarioHints(std::string(internal::kScenarioHintsJson));
    if (!parsed.ok()) {
      // The file is part of the build; a broken one is a bug caught by the tests.
      std::cerr << "shapeguard: built-in " << parsed.error() << "\n";
      std::abort();
    }
    return std::move(parsed).value();
  }();
  return hints;
}

}  // namespace shapeguard::conformance

// What the scenario runner cannot infer from the models, read from
// conformance/conform/scenarios/hints.json (embedded in the library at build time).
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_SCENARIO_HINTS_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_SCENARIO_HINTS_H_

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "shapeguard/result.h"

namespace shapeguard::conformance {

// The answer an operation must give to every valid request of a scenario, when it is not
// the model's success code (e.g. 410 for a connection no scenario can open).
struct ExpectedAnswer {
  int status = 0;
  std::string error;  // the error type, e.g. "GoneException"
  std::string rule;   // what the rule is and where it comes from
};

// Patch operations of an Update operation whose values must be real resources.
struct PatchHints {
  std::map<std::string, std::string> bind;  // patch path -> binding name of its value
  std::vector<std::string> drop;            // paths never sent
  std::vector<std::string> drop_ops;        // operations ("copy") never sent
  std::vector<std::string> drop_prefix;     // paths starting so are not sent ...
  std::vector<std::string> keep_prefix;     // ... unless they start so
  // Operations added to every valid patch: the ones a generated patch draws too rarely to
  // reach a behaviour every run must check (e.g. writing a stage variable not set yet).
  nlohmann::json append = nlohmann::json::array();

  // True when this operation on this path is left out of valid requests.
  bool Drops(const std::string& op, const std::string& path) const;
};

// The hints, keyed by qualified operation name ("apigatewayv2.CreateStage") unless noted.
struct ScenarioHints {
  std::vector<std::string> targets;  // the seeded operations, the runner's default list
  // Response member -> the binding name it produces, where its name does not say.
  std::map<std::string, std::map<std::string, std::string>> produces;
  // Operations to run first that no request member calls for (state the service checks).
  std::map<std::string, std::vector<std::string>> requires_;
  // Operations to run after the prerequisites, whether or not they ran already.
  std::map<std::string, std::vector<std::string>> then;
  std::map<std::string, std::vector<std::string>> omit;  // members valid requests leave out
  std::map<std::string, nlohmann::json> fixed;           // members set to these values
  std::map<std::string, PatchHints> patch_paths;
  std::map<std::string, ExpectedAnswer> expect;
  std::map<std::string, std::string> unique;     // member whose value must be unique
  std::map<std::string, std::string> rejection;  // service -> error type of a bad request

  // Convenience lookups; empty when the operation has no hint of that kind.
  const std::vector<std::string>& OmitFor(const std::string& operation) const;
  const ExpectedAnswer* ExpectFor(const std::string& operation) const;
};

// Parses hints from JSON text (keys starting with "_" are comments). Fails on text that is
// not JSON or entries of the wrong type.
Result<ScenarioHints> ParseScenarioHints(const std::string& text);

// The built-in hints (conformance/conform/scenarios/hints.json), parsed once.
const ScenarioHints& BuiltinScenarioHints();

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_SCENARIO_HINTS_H_

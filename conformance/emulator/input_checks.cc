#include "emulator/input_checks.h"

#include <algorithm>

#include "shapeguard/json_pointer.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;

// Map members that hold stage variables, in both API Gateway models.
constexpr std::string_view kStageVariableMembers[] = {"StageVariables", "variables",
                                                      "stageVariableOverrides"};

bool IsStageVariableToken(std::string_view token) {
  return std::find(std::begin(kStageVariableMembers), std::end(kStageVariableMembers), token) !=
         std::end(kStageVariableMembers);
}

// The patch operation a diagnostic at /patchOperations/N/... concerns, or nullptr.
const json* PatchOperationOf(const std::vector<std::string>& tokens, const json& params) {
  if (tokens.size() < 3 || tokens[0] != "patchOperations") return nullptr;
  const json* operation = ResolvePointer(params, "/patchOperations/" + tokens[1]);
  return operation && operation->is_object() ? operation : nullptr;
}

// A diagnostic about a stage variable: at a stage-variable map (CreateStage, UpdateStage
// v2), or at a REST patch operation whose path writes one ("/variables/x").
bool ConcernsStageVariable(const std::vector<std::string>& tokens, const json& params) {
  if (std::any_of(tokens.begin(), tokens.end(), IsStageVariableToken)) return true;
  const json* operation = PatchOperationOf(tokens, params);
  if (!operation) return false;
  auto path = ParsePointer(operation->value("path", ""));
  return path.ok() && std::any_of(path->begin(), path->end(), IsStageVariableToken);
}

bool Tolerated(const Diagnostic& diagnostic, const json& params, const FaultSet& faults) {
  if (faults.empty()) return false;
  auto tokens = ParsePointer(diagnostic.path);
  if (!tokens.ok()) return false;
  if (faults.Has(Fault::kAcceptInvalidStageVariables) &&
      ConcernsStageVariable(tokens.value(), params)) {
    return true;
  }
  // The access-log checker's two rules share a code; the request-id one names the variable.
  if (faults.Has(Fault::kSkipRequestIdCheck) && diagnostic.code == Code::kAccessLog &&
      diagnostic.message.find("$context.requestId") != std::string::npos) {
    return true;
  }
  // An unknown patch path is the patch-operation checker's "patch" error at the path.
  return faults.Has(Fault::kIgnoreUnknownPatchPath) && diagnostic.code == Code::kPatch &&
         PatchOperationOf(tokens.value(), params) && tokens->size() == 3 &&
         tokens->back() == "path";
}

}  // namespace

std::vector<std::string> InputProblems(const Schema& input_schema,
                                       const conformance::DecodedRequest& request,
                                       const FaultSet& faults) {
  std::vector<std::string> problems;
  Report report = input_schema.Validate(request.params);
  for (const Diagnostic& diagnostic : report.errors) {
    if (Tolerated(diagnostic, request.params, faults)) continue;
    problems.push_back(diagnostic.path + ": " + diagnostic.message + " [" +
                       std::string(CodeName(diagnostic.code)) + "]");
  }
  for (const std::string& pointer : request.undeclared) {
    problems.push_back(pointer + ": the body member is not declared by the input [unknown]");
  }
  return problems;
}

std::string RejectionMessage(const std::vector<std::string>& problems) {
  constexpr std::size_t kListed = 5;
  std::string message = std::to_string(problems.size()) + " validation error" +
                        (problems.size() == 1 ? "" : "s") + " detected: ";
  for (std::size_t i = 0; i < problems.size() && i < kListed; ++i) {
    message += (i ? "; " : "") + problems[i];
  }
  if (problems.size() > kListed) {
    message += "; and " + std::to_string(problems.size() - kListed) + " more";
  }
  return message;
}

}  // namespace shapeguard::emulator

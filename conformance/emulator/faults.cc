#include "emulator/faults.h"

namespace shapeguard::emulator {

const std::vector<FaultInfo>& AllFaults() {
  static const std::vector<FaultInfo> kFaults = {
      {Fault::kAcceptInvalidStageVariables, "accept-invalid-stage-variables",
       "stage-variable names and values breaking the stage-variable rules are accepted"},
      {Fault::kSkipRequestIdCheck, "skip-requestid-check",
       "access-log formats without $context.requestId are accepted"},
      {Fault::kStatus200OnCreate, "status-200-on-create",
       "create operations answer 200 instead of the model's 201"},
      {Fault::kPatchSubstringMatch, "patch-substring-match",
       "REST stage patch paths are matched by their last segment, so replace "
       "/canarySettings/deploymentId changes the stage's deploymentId"},
      {Fault::kIgnoreUnknownPatchPath, "ignore-unknown-patch-path",
       "REST stage patch operations with an unknown path are ignored instead of rejected"},
      {Fault::kDropMemberInResponse, "drop-member-in-response",
       "stage responses leave out the stage variables (StageVariables / variables)"},
      {Fault::kNo410ForUnknownConnection, "no-410-for-unknown-connection",
       "an unknown WebSocket connection is treated as live instead of 410 GoneException"},
      {Fault::k500OnAddVariable, "500-on-add-variable",
       "a REST stage patch that adds a stage variable the stage lacks answers 500"},
      {Fault::kAcceptDuplicateStage, "accept-duplicate-stage",
       "creating a stage whose name exists replaces it instead of 409 ConflictException"},
      {Fault::kWrongErrorType, "wrong-error-type",
       "invalid requests are rejected as ValidationException instead of BadRequestException"},
      {Fault::kTextPlainContentType, "text-plain-content-type",
       "JSON response bodies are sent with Content-Type text/plain"},
      {Fault::kStatus200OnDelete, "status-200-on-delete",
       "DELETE requests answer 200 instead of the model's 204 or 202"},
      {Fault::kIgnoreUpdate, "ignore-update",
       "update operations answer 200 with the old state and change nothing"},
  };
  static_assert(static_cast<int>(Fault::kCount) == 13, "give every fault a row");
  return kFaults;
}

std::optional<Fault> FaultFromName(std::string_view name) {
  for (const FaultInfo& info : AllFaults()) {
    if (info.name == name) return info.fault;
  }
  return std::nullopt;
}

}  // namespace shapeguard::emulator

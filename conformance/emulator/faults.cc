#include "emulator/faults.h"

#include <array>
#include <cstddef>

namespace shapeguard::emulator {
namespace {

constexpr std::array kFaults = {
    FaultInfo{Fault::kAcceptInvalidStageVariables, "accept-invalid-stage-variables",
              "stage-variable names and values breaking the stage-variable rules are accepted",
              "input_checks.cc: Tolerated"},
    FaultInfo{Fault::kSkipRequestIdCheck, "skip-requestid-check",
              "access-log formats without $context.requestId are accepted",
              "input_checks.cc: Tolerated"},
    FaultInfo{Fault::kStatus200OnCreate, "status-200-on-create",
              "create operations answer 200 instead of the model's 201",
              "emulator.cc: Emulator::Succeed"},
    FaultInfo{Fault::kPatchSubstringMatch, "patch-substring-match",
              "REST stage patch paths are matched by their last segment, so replace "
              "/canarySettings/deploymentId changes the stage's deploymentId",
              "apigateway_handlers.cc: UpdateStage"},
    FaultInfo{Fault::kIgnoreUnknownPatchPath, "ignore-unknown-patch-path",
              "REST stage patch operations with an unknown path are ignored instead of rejected",
              "input_checks.cc: Tolerated; apigateway_handlers.cc: UpdateStage"},
    FaultInfo{Fault::kDropMemberInResponse, "drop-member-in-response",
              "stage responses leave out the stage variables (StageVariables / variables)",
              "emulator.cc: Emulator::Succeed"},
    FaultInfo{Fault::kNo410ForUnknownConnection, "no-410-for-unknown-connection",
              "an unknown WebSocket connection is treated as live instead of 410 GoneException",
              "management_api_handlers.cc: FindConnection"},
    FaultInfo{Fault::k500OnAddVariable, "500-on-add-variable",
              "a REST stage patch that adds a stage variable the stage lacks answers 500",
              "apigateway_handlers.cc: UpdateStage"},
    FaultInfo{Fault::kAcceptDuplicateStage, "accept-duplicate-stage",
              "creating a stage whose name exists replaces it instead of 409 ConflictException",
              "apigateway_handlers.cc, apigatewayv2_handlers.cc: CreateStage"},
    FaultInfo{Fault::kWrongErrorType, "wrong-error-type",
              "invalid requests are rejected as ValidationException instead of "
              "BadRequestException",
              "emulator.cc: Emulator::Fail"},
    FaultInfo{Fault::kTextPlainContentType, "text-plain-content-type",
              "JSON response bodies are sent with Content-Type text/plain",
              "emulator.cc: ApplyContentTypeFault"},
    FaultInfo{Fault::kStatus200OnDelete, "status-200-on-delete",
              "DELETE requests answer 200 instead of the model's 204 or 202",
              "emulator.cc: Emulator::Succeed"},
    FaultInfo{Fault::kIgnoreUpdate, "ignore-update",
              "update operations answer 200 with the old state and change nothing",
              "apigateway_handlers.cc, apigatewayv2_handlers.cc: UpdateStage; "
              "appconfig_handlers.cc: UpdateExtension, UpdateExtensionAssociation"},
    FaultInfo{Fault::kNullForAbsentMember, "null-for-absent-member",
              "JSON success bodies carry an explicit null for every top-level output member "
              "the answer lacks",
              "emulator.cc: ApplyBodyFaults"},
    FaultInfo{Fault::kIsoTimestampsInEpochBody, "iso-timestamps-in-epoch-body",
              "body timestamps whose protocol default is epoch seconds (apigateway createdDate, "
              "lastUpdatedDate) are sent as ISO 8601 strings",
              "emulator.cc: ApplyBodyFaults"},
    FaultInfo{Fault::kCreateUnderUnknownParent, "create-under-unknown-parent",
              "creates under an API or REST API that does not exist succeed instead of 404 "
              "NotFoundException",
              "operation_call.cc: ParentMissing"},
    FaultInfo{Fault::kAcceptUnknownDeploymentId, "accept-unknown-deployment-id",
              "REST CreateStage accepts a deploymentId that names no deployment of the API "
              "instead of 404 NotFoundException",
              "apigateway_handlers.cc: DeploymentMissing"},
    FaultInfo{Fault::kDeleteKeepsResource, "delete-keeps-resource",
              "DeleteStage, DeleteExtension and DeleteExtensionAssociation answer success but "
              "leave the resource in place",
              "operation_call.cc: DeleteResource"},
    FaultInfo{Fault::kDeleteUnknownSucceeds, "delete-unknown-succeeds",
              "deleting a stage, extension or extension association that does not exist answers "
              "the delete's success code instead of 404",
              "operation_call.cc: DeleteResource"},
    FaultInfo{Fault::kIgnoreNestedPatch, "ignore-nested-patch",
              "REST stage patch operations on nested /canarySettings/ paths and method-setting "
              "paths answer 200 and change nothing",
              "apigateway_handlers.cc: UpdateStage"},
};

// FaultSet and AllFaults index the table by the enum.
constexpr bool InEnumOrder() {
  for (std::size_t i = 0; i < kFaults.size(); ++i) {
    if (static_cast<std::size_t>(kFaults[i].fault) != i) return false;
  }
  return kFaults.size() == static_cast<std::size_t>(Fault::kCount);
}
static_assert(InEnumOrder(), "give every fault one row, in enum order");

}  // namespace

std::span<const FaultInfo> AllFaults() { return kFaults; }

std::optional<Fault> FaultFromName(std::string_view name) {
  for (const FaultInfo& info : kFaults) {
    if (info.name == name) return info.fault;
  }
  return std::nullopt;
}

}  // namespace shapeguard::emulator

// apigateway (REST APIs): REST APIs, deployments and stages. Resources are stored in the
// parameter form of their Get output.
#include "emulator/operation_call.h"
#include "emulator/stage_patch.h"
#include "shapeguard/json_pointer.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;

std::string RestApiKey(const OperationCall& call) {
  return ResourceStore::Key({"apigateway", "restapis", call.Param("restApiId")});
}

std::string StageKey(const OperationCall& call, const std::string& name) {
  return RestApiKey(call) + "/" + ResourceStore::Key({"stages", name});
}

std::string DeploymentKey(const OperationCall& call, const std::string& id) {
  return RestApiKey(call) + "/" + ResourceStore::Key({"deployments", id});
}

// AWS's messages for unknown identifiers.
Answer RestApiNotFound(const OperationCall& call) {
  return NotFound("Invalid API identifier specified " + call.Param("restApiId"));
}

Answer StageNotFound(const OperationCall& call) {
  return NotFound("Invalid stage identifier specified " + call.Param("stageName"));
}

Answer CreateRestApi(OperationCall& call) {
  json api = call.BodyMembers({});
  std::string id = call.store.NewId(10);
  api["id"] = id;
  api["rootResourceId"] = call.store.NewId(10);
  api["createdDate"] = NowIso8601();
  if (!api.contains("apiKeySource")) api["apiKeySource"] = "HEADER";
  if (!api.contains("endpointConfiguration")) {
    api["endpointConfiguration"] = json{{"types", json::array({"EDGE"})}};
  }
  call.store.Put(ResourceStore::Key({"apigateway", "restapis", id}), api);
  return Answer::Ok(api);
}

Answer GetRestApi(OperationCall& call) {
  json* api = call.store.Find(RestApiKey(call));
  return api ? Answer::Ok(*api) : RestApiNotFound(call);
}

Answer DeleteRestApi(OperationCall& call) {
  return call.store.Erase(RestApiKey(call)) ? Answer::Ok(json::object()) : RestApiNotFound(call);
}

json NewStage(const json& members) {
  json stage = members;
  bool cache = stage.value("cacheClusterEnabled", false);
  stage["cacheClusterEnabled"] = cache;
  stage["cacheClusterStatus"] = cache ? "AVAILABLE" : "NOT_AVAILABLE";
  stage["tracingEnabled"] = stage.value("tracingEnabled", false);
  stage["createdDate"] = NowIso8601();
  stage["lastUpdatedDate"] = stage["createdDate"];
  return stage;
}

// With a stageName, AWS also creates that stage (or points it at the new deployment).
void DeployToStage(OperationCall& call, const std::string& deployment_id) {
  std::string name = call.Param("stageName");
  if (name.empty()) return;
  if (json* stage = call.store.Find(StageKey(call, name))) {
    (*stage)["deploymentId"] = deployment_id;
    (*stage)["lastUpdatedDate"] = NowIso8601();
    return;
  }
  json members = {{"stageName", name}, {"deploymentId", deployment_id}};
  for (const char* member : {"cacheClusterEnabled", "cacheClusterSize", "variables",
                             "canarySettings", "tracingEnabled"}) {
    if (call.params.contains(member)) members[member] = call.params.at(member);
  }
  if (call.params.contains("stageDescription")) {
    members["description"] = call.params.at("stageDescription");
  }
  call.store.Put(StageKey(call, name), NewStage(members));
}

Answer CreateDeployment(OperationCall& call) {
  if (ParentMissing(call, RestApiKey(call))) return RestApiNotFound(call);
  std::string id = call.store.NewId(6);
  json deployment = {{"id", id}, {"createdDate", NowIso8601()}};
  if (call.params.contains("description")) deployment["description"] = call.params["description"];
  call.store.Put(DeploymentKey(call, id), deployment);
  DeployToStage(call, id);
  return Answer::Ok(deployment);
}

// A stage's deploymentId must name a deployment of its REST API. Nothing is known of the
// deployments of an API that does not exist (the create-under-unknown-parent fault creates
// under it), so any is taken there.
bool DeploymentMissing(const OperationCall& call) {
  return !call.faults.Has(Fault::kAcceptUnknownDeploymentId) && call.store.Find(RestApiKey(call)) &&
         !call.store.Find(DeploymentKey(call, call.Param("deploymentId")));
}

Answer CreateStage(OperationCall& call) {
  if (ParentMissing(call, RestApiKey(call))) return RestApiNotFound(call);
  if (DeploymentMissing(call)) return NotFound("Invalid Deployment identifier specified");
  std::string key = StageKey(call, call.Param("stageName"));
  if (call.store.Find(key) && !call.faults.Has(Fault::kAcceptDuplicateStage)) {
    return Conflict("Stage already exists");
  }
  json stage = NewStage(call.BodyMembers({"restApiId"}));
  call.store.Put(key, stage);
  return Answer::Ok(stage);
}

Answer GetStage(OperationCall& call) {
  if (!call.store.Find(RestApiKey(call))) return RestApiNotFound(call);
  json* stage = call.store.Find(StageKey(call, call.Param("stageName")));
  return stage ? Answer::Ok(*stage) : StageNotFound(call);
}

// True when an operation writes a stage variable the stage does not have yet.
bool AddsVariable(const json& stage, const json& operations) {
  for (const json& operation : operations) {
    std::string op = operation.value("op", "");
    auto tokens = ParsePointer(operation.value("path", ""));
    if ((op != "replace" && op != "add") || !tokens.ok() || tokens->size() != 2 ||
        tokens->front() != "variables") {
      continue;
    }
    const json& variables = stage.contains("variables") ? stage["variables"] : json::object();
    if (!variables.contains(tokens->back())) return true;
  }
  return false;
}

Answer UpdateStage(OperationCall& call) {
  if (!call.store.Find(RestApiKey(call))) return RestApiNotFound(call);
  json* stage = call.store.Find(StageKey(call, call.Param("stageName")));
  if (!stage) return StageNotFound(call);
  json operations = call.params.value("patchOperations", json::array());
  if (call.faults.Has(Fault::k500OnAddVariable) && AddsVariable(*stage, operations)) {
    return Answer::Error(500, "Internal server error");
  }
  if (call.faults.Has(Fault::kIgnoreUpdate)) return Answer::Ok(*stage);
  // The Stage path table the input was validated by (schemas/overlays/apigateway.json).
  const PatchPaths* paths = FindPatchPaths(call.input, "patchOperations");
  if (!paths) return Answer::Error(500, "UpdateStage's input has no patch-path table");
  StagePatchOptions options;
  options.match_last_segment = call.faults.Has(Fault::kPatchSubstringMatch);
  options.ignore_unknown_paths = call.faults.Has(Fault::kIgnoreUnknownPatchPath);
  options.ignore_nested_paths = call.faults.Has(Fault::kIgnoreNestedPatch);
  Status patched = ApplyStagePatch(*paths, operations, *stage, options);
  if (!patched.ok()) return Answer::Error(400, patched.message());
  (*stage)["lastUpdatedDate"] = NowIso8601();
  return Answer::Ok(*stage);
}

Answer DeleteStage(OperationCall& call) {
  if (!call.store.Find(RestApiKey(call))) return RestApiNotFound(call);
  return DeleteResource(call, StageKey(call, call.Param("stageName"))) ? Answer::Ok(json::object())
                                                                       : StageNotFound(call);
}

}  // namespace

const std::vector<HandlerEntry>& ApiGatewayHandlers() {
  static const std::vector<HandlerEntry> kHandlers = {
      {"apigateway.CreateRestApi", CreateRestApi},
      {"apigateway.GetRestApi", GetRestApi},
      {"apigateway.DeleteRestApi", DeleteRestApi},
      {"apigateway.CreateDeployment", CreateDeployment},
      {"apigateway.CreateStage", CreateStage},
      {"apigateway.GetStage", GetStage},
      {"apigateway.UpdateStage", UpdateStage},
      {"apigateway.DeleteStage", DeleteStage},
  };
  return kHandlers;
}

}  // namespace shapeguard::emulator

// apigatewayv2 (HTTP and WebSocket APIs): APIs, stages, integrations and integration
// responses. Resources are stored in the parameter form of their Get output.
#include "emulator/operation_call.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;

std::string ApiKey(const OperationCall& call) {
  return ResourceStore::Key({"apigatewayv2", "apis", call.Param("ApiId")});
}

std::string StageKey(const OperationCall& call) {
  return ApiKey(call) + "/" + ResourceStore::Key({"stages", call.Param("StageName")});
}

std::string IntegrationKey(const OperationCall& call) {
  return ApiKey(call) + "/" + ResourceStore::Key({"integrations", call.Param("IntegrationId")});
}

// AWS's messages for an unknown identifier.
Answer ApiNotFound(const OperationCall& call) {
  return NotFound("Invalid API identifier specified " + call.Param("ApiId"));
}

json ItemsOf(const std::vector<const json*>& resources) {
  json items = json::array();
  for (const json* resource : resources) items.push_back(*resource);
  return json{{"Items", std::move(items)}};
}

Answer CreateApi(OperationCall& call) {
  json api = call.BodyMembers({});
  std::string id = call.store.NewId(10);
  std::string scheme = call.Param("ProtocolType") == "WEBSOCKET" ? "wss://" : "https://";
  api["ApiId"] = id;
  api["ApiEndpoint"] = scheme + id + ".execute-api.us-east-1.amazonaws.com";
  api["CreatedDate"] = NowIso8601();
  if (!api.contains("RouteSelectionExpression")) {
    api["RouteSelectionExpression"] = "$request.method $request.path";
  }
  if (!api.contains("ApiKeySelectionExpression")) {
    api["ApiKeySelectionExpression"] = "$request.header.x-api-key";
  }
  call.store.Put(ResourceStore::Key({"apigatewayv2", "apis", id}), api);
  return Answer::Ok(api);
}

Answer GetApi(OperationCall& call) {
  json* api = call.store.Find(ApiKey(call));
  return api ? Answer::Ok(*api) : ApiNotFound(call);
}

Answer DeleteApi(OperationCall& call) {
  return call.store.Erase(ApiKey(call)) ? Answer::Ok(json::object()) : ApiNotFound(call);
}

Answer CreateStage(OperationCall& call) {
  if (ParentMissing(call, ApiKey(call))) return ApiNotFound(call);
  std::string key = StageKey(call);
  if (call.store.Find(key) && !call.faults.Has(Fault::kAcceptDuplicateStage)) {
    return Conflict("Stage already exists: " + call.Param("StageName"));
  }
  json stage = call.BodyMembers({"ApiId"});
  stage["CreatedDate"] = NowIso8601();
  stage["LastUpdatedDate"] = stage["CreatedDate"];
  call.store.Put(key, stage);
  return Answer::Ok(stage);
}

Answer StageNotFound(const OperationCall& call) {
  return NotFound("Invalid stage identifier specified " + call.Param("StageName"));
}

Answer GetStage(OperationCall& call) {
  if (!call.store.Find(ApiKey(call))) return ApiNotFound(call);
  json* stage = call.store.Find(StageKey(call));
  return stage ? Answer::Ok(*stage) : StageNotFound(call);
}

Answer GetStages(OperationCall& call) {
  if (!call.store.Find(ApiKey(call))) return ApiNotFound(call);
  return Answer::Ok(ItemsOf(call.store.Children(ApiKey(call) + "/stages")));
}

// Members given replace the stage's (AWS merges at the top level; a map given replaces the
// whole map).
Answer UpdateStage(OperationCall& call) {
  if (!call.store.Find(ApiKey(call))) return ApiNotFound(call);
  json* stage = call.store.Find(StageKey(call));
  if (!stage) return StageNotFound(call);
  if (call.faults.Has(Fault::kIgnoreUpdate)) return Answer::Ok(*stage);
  json changes = call.BodyMembers({"ApiId", "StageName"});
  for (auto& [name, value] : changes.items()) {
    (*stage)[name] = value;
  }
  (*stage)["LastUpdatedDate"] = NowIso8601();
  return Answer::Ok(*stage);
}

Answer DeleteStage(OperationCall& call) {
  if (!call.store.Find(ApiKey(call))) return ApiNotFound(call);
  return DeleteResource(call, StageKey(call)) ? Answer::Ok(json::object()) : StageNotFound(call);
}

Answer CreateIntegration(OperationCall& call) {
  if (ParentMissing(call, ApiKey(call))) return ApiNotFound(call);
  json integration = call.BodyMembers({"ApiId"});
  std::string id = call.store.NewId(7);
  integration["IntegrationId"] = id;
  call.store.Put(ApiKey(call) + "/" + ResourceStore::Key({"integrations", id}), integration);
  return Answer::Ok(integration);
}

Answer IntegrationNotFound(const OperationCall& call) {
  return NotFound("Invalid Integration identifier specified " + call.Param("IntegrationId"));
}

Answer CreateIntegrationResponse(OperationCall& call) {
  if (ParentMissing(call, ApiKey(call))) return ApiNotFound(call);
  if (ParentMissing(call, IntegrationKey(call))) return IntegrationNotFound(call);
  json response = call.BodyMembers({"ApiId", "IntegrationId"});
  std::string id = call.store.NewId(6);
  response["IntegrationResponseId"] = id;
  call.store.Put(IntegrationKey(call) + "/" + ResourceStore::Key({"integrationresponses", id}),
                 response);
  return Answer::Ok(response);
}

Answer GetIntegrationResponse(OperationCall& call) {
  if (!call.store.Find(ApiKey(call))) return ApiNotFound(call);
  if (!call.store.Find(IntegrationKey(call))) return IntegrationNotFound(call);
  json* response = call.store.Find(
      IntegrationKey(call) + "/" +
      ResourceStore::Key({"integrationresponses", call.Param("IntegrationResponseId")}));
  if (!response) {
    return NotFound("Invalid IntegrationResponse identifier specified " +
                    call.Param("IntegrationResponseId"));
  }
  return Answer::Ok(*response);
}

Answer GetIntegrationResponses(OperationCall& call) {
  if (!call.store.Find(ApiKey(call))) return ApiNotFound(call);
  if (!call.store.Find(IntegrationKey(call))) return IntegrationNotFound(call);
  return Answer::Ok(ItemsOf(call.store.Children(IntegrationKey(call) + "/integrationresponses")));
}

}  // namespace

const std::vector<HandlerEntry>& ApiGatewayV2Handlers() {
  static const std::vector<HandlerEntry> kHandlers = {
      {"apigatewayv2.CreateApi", CreateApi},
      {"apigatewayv2.GetApi", GetApi},
      {"apigatewayv2.DeleteApi", DeleteApi},
      {"apigatewayv2.CreateStage", CreateStage},
      {"apigatewayv2.GetStage", GetStage},
      {"apigatewayv2.GetStages", GetStages},
      {"apigatewayv2.UpdateStage", UpdateStage},
      {"apigatewayv2.DeleteStage", DeleteStage},
      {"apigatewayv2.CreateIntegration", CreateIntegration},
      {"apigatewayv2.CreateIntegrationResponse", CreateIntegrationResponse},
      {"apigatewayv2.GetIntegrationResponse", GetIntegrationResponse},
      {"apigatewayv2.GetIntegrationResponses", GetIntegrationResponses},
  };
  return kHandlers;
}

}  // namespace shapeguard::emulator

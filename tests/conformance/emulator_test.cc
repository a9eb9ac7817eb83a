// The reference emulator through HTTP, as a conformance runner sees it: valid flows of every
// served service succeed with the model's codes and keep their state; invalid requests get
// 400 and the service's type; unknown resources 404, duplicates 409, gone connections 410.
// Every answer is self-checked against the contract by the harness.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "emulator_harness.h"
#include "test_support.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;
using testing_support::RunningEmulator;

const char kLogGroup[] = "arn:aws:logs:us-east-1:123456789012:log-group:access-logs";

std::string TypeOf(const conformance::DecodedResponse& response) {
  return response.error_type.value_or("(none)");
}

class ApiGatewayV2 : public ::testing::Test {
 protected:
  std::string CreateApi() {
    auto api = server_.Call("apigatewayv2.CreateApi", {{"Name", "pets"}, {"ProtocolType", "HTTP"}});
    EXPECT_EQ(api.status, 201);
    return api.params.value("ApiId", "");
  }
  RunningEmulator server_;
};

TEST_F(ApiGatewayV2, StageLifecycleKeepsWhatWasWritten) {
  std::string api = CreateApi();
  json stage = {
      {"ApiId", api},
      {"StageName", "prod"},
      {"StageVariables", {{"backend", "https://example.com/v1"}}},
      {"AccessLogSettings",
       {{"DestinationArn", kLogGroup}, {"Format", "$context.requestId $context.status"}}}};
  auto created = server_.Call("apigatewayv2.CreateStage", stage);
  EXPECT_EQ(created.status, 201);
  EXPECT_EQ(created.params["StageVariables"], stage["StageVariables"]);

  auto updated = server_.Call("apigatewayv2.UpdateStage",
                              {{"ApiId", api}, {"StageName", "prod"}, {"Description", "live"}});
  EXPECT_EQ(updated.status, 200);
  auto got = server_.Call("apigatewayv2.GetStage", {{"ApiId", api}, {"StageName", "prod"}});
  EXPECT_EQ(got.status, 200);
  EXPECT_EQ(got.params["Description"], "live");
  EXPECT_EQ(got.params["StageVariables"], stage["StageVariables"]);
  EXPECT_EQ(got.params["AccessLogSettings"], stage["AccessLogSettings"]);

  auto listed = server_.Call("apigatewayv2.GetStages", {{"ApiId", api}});
  EXPECT_EQ(listed.status, 200);
  ASSERT_EQ(listed.params["Items"].size(), 1u);
  EXPECT_EQ(listed.params["Items"][0]["StageName"], "prod");

  EXPECT_EQ(
      server_.Call("apigatewayv2.DeleteStage", {{"ApiId", api}, {"StageName", "prod"}}).status,
      204);
  auto gone = server_.Call("apigatewayv2.GetStage", {{"ApiId", api}, {"StageName", "prod"}});
  EXPECT_EQ(gone.status, 404);
  EXPECT_EQ(TypeOf(gone), "NotFoundException");
}

TEST_F(ApiGatewayV2, ADuplicateStageNameIsAConflict) {
  std::string api = CreateApi();
  json stage = {{"ApiId", api}, {"StageName", "dev"}};
  EXPECT_EQ(server_.Call("apigatewayv2.CreateStage", stage).status, 201);
  auto again = server_.Call("apigatewayv2.CreateStage", stage);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(TypeOf(again), "ConflictException");
}

// After a delete the resource is gone: a second delete answers 404 (CONSTRAINTS.md), for a
// stage and for an API alike.
TEST_F(ApiGatewayV2, ASecondDeleteIsNotFound) {
  std::string api = CreateApi();
  json stage = {{"ApiId", api}, {"StageName", "dev"}};
  EXPECT_EQ(server_.Call("apigatewayv2.CreateStage", stage).status, 201);
  EXPECT_EQ(server_.Call("apigatewayv2.DeleteStage", stage).status, 204);
  auto again = server_.Call("apigatewayv2.DeleteStage", stage);
  EXPECT_EQ(again.status, 404);
  EXPECT_EQ(TypeOf(again), "NotFoundException");
  EXPECT_EQ(server_.Call("apigatewayv2.DeleteApi", {{"ApiId", api}}).status, 204);
  EXPECT_EQ(server_.Call("apigatewayv2.DeleteApi", {{"ApiId", api}}).status, 404);
}

TEST_F(ApiGatewayV2, AnUnknownApiIsNotFound) {
  auto stage =
      server_.Call("apigatewayv2.CreateStage", {{"ApiId", "nosuchapi1"}, {"StageName", "x"}});
  EXPECT_EQ(stage.status, 404);
  EXPECT_EQ(TypeOf(stage), "NotFoundException");
  EXPECT_EQ(server_.Call("apigatewayv2.GetApi", {{"ApiId", "nosuchapi1"}}).status, 404);
}

TEST_F(ApiGatewayV2, EveryBrokenRuleIsABadRequest) {
  std::string api = CreateApi();
  const json kInvalid[] = {
      {{"ApiId", api}, {"StageName", "a"}, {"StageVariables", {{"bad-name", "x"}}}},
      {{"ApiId", api}, {"StageName", "b"}, {"StageVariables", {{"ok", "has space"}}}},
      {{"ApiId", api},
       {"StageName", "c"},
       {"AccessLogSettings", {{"DestinationArn", kLogGroup}, {"Format", "$context.status"}}}},
      {{"ApiId", api}, {"StageName", std::string(129, 's')}},
      {{"ApiId", api}},  // StageName missing
      {{"ApiId", api}, {"StageName", "d"}, {"AutoDeploy", "yes"}},
      {{"ApiId", api}, {"StageName", "e"}, {"Undeclared", 1}},  // unknown member
  };
  for (const json& params : kInvalid) {
    auto answer = server_.Call("apigatewayv2.CreateStage", params);
    EXPECT_EQ(answer.status, 400) << params.dump();
    EXPECT_EQ(TypeOf(answer), "BadRequestException") << params.dump();
  }
  // None of them was created.
  EXPECT_EQ(server_.Call("apigatewayv2.GetStages", {{"ApiId", api}}).params["Items"].size(), 0u);
}

TEST_F(ApiGatewayV2, ABodyThatIsNotJsonIsABadRequest) {
  std::string api = CreateApi();
  conformance::HttpRequest request{"POST",
                                   "/v2/apis/" + api + "/stages",
                                   "",
                                   {{"Content-Type", "application/json"}},
                                   "{\"stageName\": "};
  auto response = server_.Send(request);
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.headers["x-amzn-errortype"], "BadRequestException");
}

TEST_F(ApiGatewayV2, AnUnroutedRequestIsNotFound) {
  auto response = server_.Send({"GET", "/v2/nothing-here", "", {}, ""});
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.headers["x-amzn-errortype"], "UnknownOperationException");
}

TEST_F(ApiGatewayV2, IntegrationResponsesAreCreatedAndRead) {
  std::string api = CreateApi();
  auto integration =
      server_.Call("apigatewayv2.CreateIntegration", {{"ApiId", api},
                                                      {"IntegrationType", "HTTP_PROXY"},
                                                      {"IntegrationUri", "https://example.com"},
                                                      {"IntegrationMethod", "GET"},
                                                      {"PayloadFormatVersion", "1.0"}});
  EXPECT_EQ(integration.status, 201);
  std::string id = integration.params.value("IntegrationId", "");
  json params = {{"ApiId", api},
                 {"IntegrationId", id},
                 {"IntegrationResponseKey", "$default"},
                 {"ResponseParameters",
                  {{"method.response.header.x-id", "integration.response.body.data.id"}}}};
  auto created = server_.Call("apigatewayv2.CreateIntegrationResponse", params);
  EXPECT_EQ(created.status, 201);
  std::string response_id = created.params.value("IntegrationResponseId", "");
  auto got =
      server_.Call("apigatewayv2.GetIntegrationResponse",
                   {{"ApiId", api}, {"IntegrationId", id}, {"IntegrationResponseId", response_id}});
  EXPECT_EQ(got.status, 200);
  EXPECT_EQ(got.params["ResponseParameters"], params["ResponseParameters"]);
  auto listed =
      server_.Call("apigatewayv2.GetIntegrationResponses", {{"ApiId", api}, {"IntegrationId", id}});
  EXPECT_EQ(listed.params["Items"].size(), 1u);

  params["ResponseParameters"] = {{"method.response.header.x-id", "data.id"}};
  EXPECT_EQ(server_.Call("apigatewayv2.CreateIntegrationResponse", params).status, 400);
  params["ResponseParameters"] = json::object();
  params["IntegrationId"] = "nosuch1";
  EXPECT_EQ(server_.Call("apigatewayv2.CreateIntegrationResponse", params).status, 404);
}

class ApiGatewayRest : public ::testing::Test {
 protected:
  void SetUp() override {
    api_ = server_.Call("apigateway.CreateRestApi", {{"name", "pets"}}).params.value("id", "");
    first_ = Deploy();
    second_ = Deploy();
    auto stage =
        server_.Call("apigateway.CreateStage", {{"restApiId", api_},
                                                {"stageName", "beta"},
                                                {"deploymentId", first_},
                                                {"variables", {{"keep", "1"}, {"drop", "2"}}}});
    EXPECT_EQ(stage.status, 201);
  }
  std::string Deploy() {
    auto deployment = server_.Call("apigateway.CreateDeployment", {{"restApiId", api_}});
    EXPECT_EQ(deployment.status, 201);
    return deployment.params.value("id", "");
  }
  conformance::DecodedResponse Patch(const json& operations) {
    return server_.Call(
        "apigateway.UpdateStage",
        {{"restApiId", api_}, {"stageName", "beta"}, {"patchOperations", operations}});
  }
  json Stage() {
    return server_.Call("apigateway.GetStage", {{"restApiId", api_}, {"stageName", "beta"}}).params;
  }

  RunningEmulator server_;
  std::string api_, first_, second_;
};

TEST_F(ApiGatewayRest, ReplacingTheCanaryDeploymentLeavesTheStagesAlone) {
  auto patched = Patch(json::array(
      {{{"op", "replace"}, {"path", "/canarySettings/deploymentId"}, {"value", second_}},
       {{"op", "replace"}, {"path", "/canarySettings/percentTraffic"}, {"value", "12.5"}}}));
  EXPECT_EQ(patched.status, 200);
  json stage = Stage();
  EXPECT_EQ(stage["deploymentId"], first_);
  EXPECT_EQ(stage["canarySettings"]["deploymentId"], second_);
  EXPECT_EQ(stage["canarySettings"]["percentTraffic"], 12.5);
}

TEST_F(ApiGatewayRest, VariablesAreReplacedAndRemoved) {
  auto patched =
      Patch(json::array({{{"op", "remove"}, {"path", "/variables/drop"}},
                         {{"op", "replace"}, {"path", "/variables/keep"}, {"value", "3"}},
                         {{"op", "replace"}, {"path", "/variables/new"}, {"value", "4"}}}));
  EXPECT_EQ(patched.status, 200);
  EXPECT_EQ(Stage()["variables"], json({{"keep", "3"}, {"new", "4"}}));
}

TEST_F(ApiGatewayRest, FieldsAndMethodSettingsTakeTheirTypes) {
  auto patched = Patch(json::array(
      {{{"op", "replace"}, {"path", "/description"}, {"value", "beta stage"}},
       {{"op", "replace"}, {"path", "/tracingEnabled"}, {"value", "true"}},
       {{"op", "replace"}, {"path", "/~1pets/GET/logging/loglevel"}, {"value", "INFO"}},
       {{"op", "replace"}, {"path", "/*/*/throttling/burstLimit"}, {"value", "100"}},
       {{"op", "copy"}, {"path", "/deploymentId"}, {"from", "/canarySettings/deploymentId"}}}));
  // copy from a canary the stage does not have cannot work: nothing is applied.
  EXPECT_EQ(patched.status, 400);
  EXPECT_EQ(Stage().value("description", ""), "");

  patched = Patch(
      json::array({{{"op", "replace"}, {"path", "/description"}, {"value", "beta stage"}},
                   {{"op", "replace"}, {"path", "/tracingEnabled"}, {"value", "true"}},
                   {{"op", "replace"}, {"path", "/~1pets/GET/logging/loglevel"}, {"value", "INFO"}},
                   {{"op", "replace"}, {"path", "/*/*/throttling/burstLimit"}, {"value", "100"}}}));
  EXPECT_EQ(patched.status, 200);
  json stage = Stage();
  EXPECT_EQ(stage["description"], "beta stage");
  EXPECT_EQ(stage["tracingEnabled"], true);
  EXPECT_EQ(stage["methodSettings"]["~1pets/GET"]["loggingLevel"], "INFO");
  EXPECT_EQ(stage["methodSettings"]["*/*"]["throttlingBurstLimit"], 100);
}

TEST_F(ApiGatewayRest, InvalidPatchesAreBadRequestsAndChangeNothing) {
  const json kInvalid[] = {
      {{"op", "replace"}, {"path", "/nonsense"}, {"value", "x"}},
      {{"op", "move"}, {"path", "/description"}, {"from", "/description"}},
      {{"op", "replace"}, {"path", "/variables/bad-name"}, {"value", "x"}},
      {{"op", "replace"}, {"path", "/canarySettings/percentTraffic"}, {"value", "101"}},
      {{"op", "replace"}, {"path", "/accessLogSettings/format"}, {"value", "$context.status"}},
  };
  for (const json& operation : kInvalid) {
    auto answer = Patch(json::array({operation}));
    EXPECT_EQ(answer.status, 400) << operation.dump();
    EXPECT_EQ(TypeOf(answer), "BadRequestException") << operation.dump();
  }
  EXPECT_EQ(Stage()["variables"], json({{"keep", "1"}, {"drop", "2"}}));
}

TEST_F(ApiGatewayRest, StagesNeedAKnownDeploymentAndAUniqueName) {
  json stage = {{"restApiId", api_}, {"stageName", "beta"}, {"deploymentId", first_}};
  auto again = server_.Call("apigateway.CreateStage", stage);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(TypeOf(again), "ConflictException");
  stage["stageName"] = "gamma";
  stage["deploymentId"] = "nosuch";
  EXPECT_EQ(server_.Call("apigateway.CreateStage", stage).status, 404);
  EXPECT_EQ(
      server_.Call("apigateway.DeleteStage", {{"restApiId", api_}, {"stageName", "beta"}}).status,
      202);
  EXPECT_EQ(
      server_.Call("apigateway.GetStage", {{"restApiId", api_}, {"stageName", "beta"}}).status,
      404);
}

class AppConfig : public ::testing::Test {
 protected:
  std::string Create(const std::string& operation, const json& params) {
    auto created = server_.Call("appconfig." + operation, params);
    EXPECT_EQ(created.status, 201) << operation << " " << created.raw_body_text;
    return created.params.value("Id", "");
  }
  RunningEmulator server_;
};

TEST_F(AppConfig, ExtensionAssociationLifecycle) {
  std::string app = Create("CreateApplication", {{"Name", "shop"}});
  std::string extension =
      Create("CreateExtension",
             {{"Name", "notify"},
              {"Actions",
               {{"PRE_CREATE_HOSTED_CONFIGURATION_VERSION",
                 json::array({{{"Name", "lambda"},
                               {"Uri", "arn:aws:lambda:us-east-1:123456789012:function:notify"},
                               {"RoleArn", "arn:aws:iam::123456789012:role/appconfig-ext"}}})}}}});
  std::string association =
      Create("CreateExtensionAssociation", {{"ExtensionIdentifier", extension},
                                            {"ResourceIdentifier", app},
                                            {"Parameters", {{"level", "1"}}}});
  auto got =
      server_.Call("appconfig.GetExtensionAssociation", {{"ExtensionAssociationId", association}});
  EXPECT_EQ(got.status, 200);
  EXPECT_EQ(got.params["Parameters"], json({{"level", "1"}}));

  auto updated =
      server_.Call("appconfig.UpdateExtensionAssociation",
                   {{"ExtensionAssociationId", association}, {"Parameters", {{"level", "2"}}}});
  EXPECT_EQ(updated.status, 200);
  // The list filter takes an ARN only (the model's pattern).
  auto listed = server_.Call(
      "appconfig.ListExtensionAssociations",
      {{"ResourceIdentifier", "arn:aws:appconfig:us-east-1:123456789012:application/" + app}});
  ASSERT_EQ(listed.params["Items"].size(), 1u);
  EXPECT_EQ(listed.params["Items"][0]["Id"], association);
  EXPECT_EQ(
      server_.Call("appconfig.GetExtensionAssociation", {{"ExtensionAssociationId", association}})
          .params["Parameters"],
      json({{"level", "2"}}));

  EXPECT_EQ(
      server_
          .Call("appconfig.DeleteExtensionAssociation", {{"ExtensionAssociationId", association}})
          .status,
      204);
  auto gone =
      server_.Call("appconfig.GetExtensionAssociation", {{"ExtensionAssociationId", association}});
  EXPECT_EQ(gone.status, 404);
  EXPECT_EQ(TypeOf(gone), "ResourceNotFoundException");
  EXPECT_EQ(server_.Call("appconfig.DeleteExtension", {{"ExtensionIdentifier", extension}}).status,
            204);
  EXPECT_EQ(server_.Call("appconfig.GetExtension", {{"ExtensionIdentifier", extension}}).status,
            404);
}

TEST_F(AppConfig, AssociationsNeedAKnownExtensionAndResource) {
  std::string app = Create("CreateApplication", {{"Name", "shop"}});
  auto answer = server_.Call("appconfig.CreateExtensionAssociation",
                             {{"ExtensionIdentifier", "nosuch1"}, {"ResourceIdentifier", app}});
  EXPECT_EQ(answer.status, 404);
  EXPECT_EQ(TypeOf(answer), "ResourceNotFoundException");
}

TEST_F(AppConfig, ExtensionRulesAreEnforced) {
  auto answer =
      server_.Call("appconfig.CreateExtension", {{"Name", "notify"}, {"Actions", json::object()}});
  EXPECT_EQ(answer.status, 400);
  EXPECT_EQ(TypeOf(answer), "BadRequestException");
}

TEST_F(AppConfig, DeploymentsStartAndStop) {
  std::string app = Create("CreateApplication", {{"Name", "shop"}});
  std::string environment = Create("CreateEnvironment", {{"ApplicationId", app}, {"Name", "prod"}});
  std::string profile =
      Create("CreateConfigurationProfile",
             {{"ApplicationId", app}, {"Name", "flags"}, {"LocationUri", "hosted"}});
  std::string strategy =
      Create("CreateDeploymentStrategy",
             {{"Name", "slow"}, {"DeploymentDurationInMinutes", 10}, {"GrowthFactor", 20.0}});
  json start = {{"ApplicationId", app},
                {"EnvironmentId", environment},
                {"DeploymentStrategyId", strategy},
                {"ConfigurationProfileId", profile},
                {"ConfigurationVersion", "1"}};
  // A hosted profile deploys only a version it has.
  auto unknown_version = server_.Call("appconfig.StartDeployment", start);
  EXPECT_EQ(unknown_version.status, 404);
  EXPECT_EQ(TypeOf(unknown_version), "ResourceNotFoundException");
  auto version = server_.Call("appconfig.CreateHostedConfigurationVersion",
                              {{"ApplicationId", app},
                               {"ConfigurationProfileId", profile},
                               {"Content", "{}"},
                               {"ContentType", "application/json"}});
  ASSERT_EQ(version.status, 201);
  auto started = server_.Call("appconfig.StartDeployment", start);
  EXPECT_EQ(started.status, 201);
  EXPECT_EQ(started.params["State"], "DEPLOYING");
  json number = {{"ApplicationId", app},
                 {"EnvironmentId", environment},
                 {"DeploymentNumber", started.params["DeploymentNumber"]}};
  EXPECT_EQ(server_.Call("appconfig.GetDeployment", number).status, 200);
  auto stopped = server_.Call("appconfig.StopDeployment", number);
  EXPECT_EQ(stopped.status, 202);
  EXPECT_EQ(server_.Call("appconfig.GetDeployment", number).params["State"], "ROLLED_BACK");
  number["DeploymentNumber"] = 99;
  EXPECT_EQ(server_.Call("appconfig.GetDeployment", number).status, 404);
}

TEST(ManagementApi, AnUnknownConnectionIsGone) {
  RunningEmulator server;
  for (const char* operation : {"GetConnection", "DeleteConnection"}) {
    auto answer = server.Call(std::string("apigatewaymanagementapi.") + operation,
                              {{"ConnectionId", "nosuch="}});
    EXPECT_EQ(answer.status, 410) << operation;
    EXPECT_EQ(TypeOf(answer), "GoneException") << operation;
  }
  auto posted = server.Call("apigatewaymanagementapi.PostToConnection",
                            {{"ConnectionId", "nosuch="}, {"Data", "hello"}});
  EXPECT_EQ(posted.status, 410);
}

TEST(ManagementApi, AGivenConnectionLivesUntilDeleted) {
  EmulatorOptions options;
  options.connections = {"L0SM9cOFvHcCIhw="};
  RunningEmulator server(options);
  json id = {{"ConnectionId", "L0SM9cOFvHcCIhw="}};
  auto got = server.Call("apigatewaymanagementapi.GetConnection", id);
  EXPECT_EQ(got.status, 200);
  EXPECT_EQ(got.params["Identity"]["SourceIp"], "127.0.0.1");
  EXPECT_EQ(server
                .Call("apigatewaymanagementapi.PostToConnection",
                      {{"ConnectionId", "L0SM9cOFvHcCIhw="}, {"Data", "hi"}})
                .status,
            200);
  EXPECT_EQ(server.Call("apigatewaymanagementapi.DeleteConnection", id).status, 204);
  EXPECT_EQ(server.Call("apigatewaymanagementapi.GetConnection", id).status, 410);
}

}  // namespace
}  // namespace shapeguard::emulator

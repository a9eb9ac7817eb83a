// The rules of CONSTRAINTS.md as the built-in catalog enforces them, row by row.
#include "test_support.h"

namespace shapeguard {
namespace {

using testing_support::PathCodes;

PathCodes Check(const std::string& operation, const nlohmann::json& document,
                Direction direction = Direction::kInput) {
  return testing_support::CheckBuiltin(operation, document, direction);
}

nlohmann::json Stage(nlohmann::json extra) {
  nlohmann::json doc = {{"ApiId", "a1b2c3"}, {"StageName", "prod"}};
  doc.update(extra);
  return doc;
}

TEST(ApiGatewayV2Rules, StageNameIsOneTo128Characters) {
  EXPECT_EQ(Check("apigatewayv2.CreateStage", Stage({{"StageName", std::string(128, 's')}})),
            PathCodes{});
  EXPECT_EQ(Check("apigatewayv2.CreateStage", Stage({{"StageName", std::string(129, 's')}})),
            (PathCodes{{"/StageName", "length"}}));
}

TEST(ApiGatewayV2Rules, StageVariableNamesAndValues) {
  EXPECT_EQ(
      Check("apigatewayv2.CreateStage", Stage({{"StageVariables", {{"Name_1", "a-._~:/?#&=,b"}}}})),
      PathCodes{});
  EXPECT_EQ(Check("apigatewayv2.CreateStage", Stage({{"StageVariables", {{"", "x"}}}})),
            (PathCodes{{"/StageVariables/", "pattern"}}));
  EXPECT_EQ(Check("apigatewayv2.CreateStage",
                  Stage({{"StageVariables", {{"v", std::string(2049, 'x')}}}})),
            (PathCodes{{"/StageVariables/v", "length"}}));
  EXPECT_EQ(Check("apigatewayv2.CreateStage", Stage({{"StageVariables", {{"v", "a\n"}}}})),
            (PathCodes{{"/StageVariables/v", "pattern"}}));
}

TEST(ApiGatewayV2Rules, TagValuesMayBeEmptyUpTo1600) {
  EXPECT_EQ(Check("apigatewayv2.CreateStage", Stage({{"Tags", {{"k", ""}}}})), PathCodes{});
  EXPECT_EQ(Check("apigatewayv2.CreateStage", Stage({{"Tags", {{"k", std::string(1601, 't')}}}})),
            (PathCodes{{"/Tags/k", "length"}}));
}

TEST(ApiGatewayV2Rules, DescriptionUpTo1024CodePoints) {
  std::string astral;
  for (int i = 0; i < 1024; ++i) astral += "\xF0\x9F\x98\x80";
  EXPECT_EQ(Check("apigatewayv2.CreateStage", Stage({{"Description", astral}})), PathCodes{});
  EXPECT_EQ(Check("apigatewayv2.CreateStage", Stage({{"Description", astral + "x"}})),
            (PathCodes{{"/Description", "length"}}));
}

TEST(ApiGatewayV2Rules, IntegrationResponseKeyAndMappingLengths) {
  nlohmann::json request = {
      {"ApiId", "a"}, {"IntegrationId", "i"}, {"IntegrationResponseKey", "/4\\d\\d/"}};
  EXPECT_EQ(Check("apigatewayv2.CreateIntegrationResponse", request), PathCodes{});
  request["IntegrationResponseKey"] = "4xx";
  request["ResponseParameters"] = {{"method.response.header.x", ""}};
  request["ResponseTemplates"] = {{"application/json", std::string(32769, 't')}};
  EXPECT_EQ(Check("apigatewayv2.CreateIntegrationResponse", request),
            (PathCodes{{"/IntegrationResponseKey", "pattern"},
                       {"/ResponseParameters/method.response.header.x", "length"},
                       {"/ResponseParameters/method.response.header.x", "mapping"},
                       {"/ResponseTemplates/application~1json", "length"}}));
}

TEST(ApiGatewayRules, StageNameCharactersAndPercentTraffic) {
  nlohmann::json stage = {{"stageName", "prod_v-2"},
                          {"canarySettings", {{"percentTraffic", 100}}},
                          {"methodSettings", {{"*/*", {{"loggingLevel", "INFO"}}}}}};
  EXPECT_EQ(Check("apigateway.GetStage", stage, Direction::kOutput), PathCodes{});
  stage = {{"stageName", "prod.v2"},
           {"canarySettings", {{"percentTraffic", 100.5}}},
           {"methodSettings", {{"*/*", {{"loggingLevel", "DEBUG"}}}}},
           {"variables", {{"a-b", "x"}}}};
  EXPECT_EQ(Check("apigateway.GetStage", stage, Direction::kOutput),
            (PathCodes{{"/canarySettings/percentTraffic", "range"},
                       {"/methodSettings/*~1*/loggingLevel", "enum"},
                       {"/stageName", "pattern"},
                       {"/variables/a-b", "pattern"}}));
}

TEST(ApiGatewayManagementApiRules, DataIsAtMost131072Bytes) {
  // 32768 four-byte characters: 131072 bytes but only 32768 code points.
  std::string data;
  for (int i = 0; i < 32768; ++i) data += "\xF0\x9F\x98\x80";
  nlohmann::json request = {{"ConnectionId", "abc="}, {"Data", data}};
  EXPECT_EQ(Check("apigatewaymanagementapi.PostToConnection", request), PathCodes{});
  request["Data"] = data + "!";
  EXPECT_EQ(Check("apigatewaymanagementapi.PostToConnection", request),
            (PathCodes{{"/Data", "length"}}));
}

}  // namespace
}  // namespace shapeguard

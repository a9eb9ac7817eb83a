// Each oracle on hand-made exchanges: one that honours the contract (no finding) and ones
// that break it (a finding naming the rule).
#include "conform/oracles/oracles.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "shapeguard/catalog.h"
#include "wire/rest_json_response.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

const Catalog& Builtin() {
  static const Catalog catalog = Catalog::Builtin().value();
  return catalog;
}

const std::string kJson = "application/json";

// An exchange of `operation` that got this answer.
Exchange Answer(const std::string& operation, int status, const std::string& body,
                const std::string& content_type = kJson,
                std::map<std::string, std::string> headers = {}) {
  Exchange exchange;
  exchange.operation = operation;
  exchange.endpoint = "http://127.0.0.1:1";
  exchange.request = {"POST", "/v2/apis", "", {{"Host", "127.0.0.1:1"}}, "{}"};
  exchange.response.status = status;
  exchange.response.headers = std::move(headers);
  if (!content_type.empty()) exchange.response.headers["content-type"] = content_type;
  exchange.response.body = body;
  exchange.output = Builtin().GetSchema(operation, Direction::kOutput).value();
  exchange.view = Builtin().GetOperation(operation).value();
  exchange.decoded = DecodeResponse(*exchange.view, exchange.response).value();
  return exchange;
}

const std::string kStage = R"({"stageName": "prod", "deploymentId": "d1"})";
const std::string kApi = R"({"apiId": "a1", "name": "n", "protocolType": "HTTP"})";

TEST(ServerErrorOracle, Any5xxButNotImplemented) {
  EXPECT_FALSE(CheckServerError(Answer("apigatewayv2.CreateApi", 201, kApi)));
  EXPECT_FALSE(CheckServerError(Answer("apigatewayv2.CreateApi", 501, "")));
  auto finding = CheckServerError(Answer("apigatewayv2.CreateApi", 500, "boom", "text/plain"));
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->oracle, "server-error");
  EXPECT_EQ(finding->response["status"], 500);
  EXPECT_EQ(finding->response["body"], "boom");
}

TEST(NotImplementedOracle, BareNotFoundIsUnrouted) {
  EXPECT_TRUE(
      CheckNotImplemented(Answer("apigatewayv2.CreateApi", 404, "<p>Not Found</p>", "text/html")));
  EXPECT_TRUE(CheckNotImplemented(Answer("apigatewayv2.CreateApi", 501, "")));
  EXPECT_TRUE(
      CheckNotImplemented(Answer("apigatewayv2.CreateApi", 404, R"({"message": "no"})", kJson,
                                 {{"x-amzn-errortype", "UnknownOperationException"}})));
  EXPECT_FALSE(CheckNotImplemented(Answer("apigatewayv2.GetStage", 404, R"({"message": "no"})",
                                          kJson, {{"x-amzn-errortype", "NotFoundException"}})));
}

TEST(ContentTypeOracle, JsonBodyNeedsJsonType) {
  EXPECT_FALSE(CheckContentType(Answer("apigatewayv2.CreateApi", 201, kApi)));
  EXPECT_FALSE(CheckContentType(
      Answer("apigatewayv2.CreateApi", 201, kApi, "application/json; charset=utf-8")));
  EXPECT_FALSE(CheckContentType(Answer("apigatewayv2.DeleteStage", 204, "", "")));
  auto finding =
      CheckContentType(Answer("apigatewayv2.CreateApi", 201, kApi, "text/html; charset=utf-8"));
  ASSERT_TRUE(finding);
  EXPECT_NE(finding->rule.find("text/html"), std::string::npos);
}

TEST(ResponseShapeOracle, SuccessBodyValidatesAgainstTheOutput) {
  EXPECT_TRUE(CheckResponseShape(Answer("apigateway.GetStage", 200, kStage)).empty());
  auto findings = CheckResponseShape(
      Answer("apigateway.GetStage", 200, R"({"stageName": "bad name!", "extra": 1})"));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_NE(findings[0].rule.find("/extra"), std::string::npos);
  EXPECT_NE(findings[1].rule.find("/stageName: pattern"), std::string::npos);
}

// SDKs read a JSON null as an absent member, and so does the decoder: no finding.
TEST(ResponseShapeOracle, NullReadsAsAbsent) {
  EXPECT_TRUE(CheckResponseShape(Answer("apigatewayv2.CreateApi", 201,
                                        R"({"apiId": "a1", "corsConfiguration": null})"))
                  .empty());
}

TEST(ResponseShapeOracle, ErrorsMustBeDeclared) {
  EXPECT_TRUE(CheckResponseShape(Answer("apigatewayv2.CreateApi", 400, R"({"message": "m"})", kJson,
                                        {{"x-amzn-errortype", "BadRequestException"}}))
                  .empty());
  EXPECT_EQ(CheckResponseShape(Answer("apigatewayv2.CreateApi", 400, R"({"message": "m"})")).size(),
            1u);
  auto findings = CheckResponseShape(
      Answer("apigatewayv2.CreateApi", 400, R"({"__type": "ValidationException"})"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].rule.find("ValidationException is not declared"), std::string::npos);
}

TEST(PositiveAcceptanceOracle, ModelSuccessCode) {
  EXPECT_FALSE(CheckPositiveAcceptance(Answer("apigatewayv2.CreateApi", 201, kApi)));
  auto finding = CheckPositiveAcceptance(Answer("apigatewayv2.CreateApi", 200, kApi));
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->rule, "a valid request gets 201 (model http.responseCode); got 200");
  EXPECT_FALSE(CheckPositiveAcceptance(Answer("apigateway.GetStage", 200, kStage)));
}

TEST(NegativeRejectionOracle, BadRequestWithTheRightType) {
  BrokenRule rule{"/StageVariables/a-b", "pattern", "overlay:000.txt"};
  auto bad_request = Answer("apigatewayv2.CreateStage", 400, R"({"message": "m"})", kJson,
                            {{"x-amzn-errortype", "BadRequestException"}});
  EXPECT_FALSE(CheckNegativeRejection(bad_request, rule, "BadRequestException"));
  auto accepted = CheckNegativeRejection(Answer("apigatewayv2.CreateStage", 201, "{}"), rule,
                                         "BadRequestException");
  ASSERT_TRUE(accepted);
  EXPECT_EQ(accepted->rule,
            "pattern at /StageVariables/… (overlay:000.txt) must get 400 BadRequestException; "
            "accepted with 201");
  auto conflict = Answer("apigatewayv2.CreateStage", 409, "{}", kJson,
                         {{"x-amzn-errortype", "ConflictException"}});
  EXPECT_TRUE(CheckNegativeRejection(conflict, rule, "BadRequestException"));
  // Type errors are the deserialiser's: any 400 will do.
  auto serialization =
      Answer("apigatewayv2.CreateStage", 400, R"({"__type": "SerializationException"})");
  EXPECT_FALSE(CheckNegativeRejection(serialization, {"/AutoDeploy", "type", "model"},
                                      "BadRequestException"));
}

TEST(ExpectedAnswerOracle, GoneForUnknownConnections) {
  ExpectedAnswer gone{410, "GoneException", "unknown connection: 410"};
  EXPECT_FALSE(CheckExpectedAnswer(Answer("apigatewaymanagementapi.GetConnection", 410, "{}", kJson,
                                          {{"x-amzn-errortype", "GoneException"}}),
                                   gone));
  auto finding =
      CheckExpectedAnswer(Answer("apigatewaymanagementapi.GetConnection", 200, "{}"), gone);
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->oracle, "state");
  EXPECT_EQ(finding->rule, "unknown connection: 410; got 200");
}

TEST(ConflictOracle, SecondCreateIsAConflict) {
  EXPECT_FALSE(CheckConflict(Answer("apigateway.CreateStage", 409, "{}", kJson,
                                    {{"x-amzn-errortype", "ConflictException"}}),
                             "stageName"));
  auto finding = CheckConflict(Answer("apigateway.CreateStage", 201, kStage), "stageName");
  ASSERT_TRUE(finding);
  EXPECT_EQ(
      finding->rule,
      "creating a second resource with the same stageName gets 409 ConflictException; got 201");
}

Exchange Written(const std::string& operation, const json& params) {
  Exchange exchange = Answer(operation, 200, kStage);
  exchange.params = params;
  return exchange;
}

TEST(StateOracle, CreatedMembersReadBack) {
  json params = {{"restApiId", "r"},
                 {"stageName", "prod"},
                 {"deploymentId", "d1"},
                 {"variables", {{"a", "1"}}}};
  auto write = Written("apigateway.CreateStage", params);
  auto good = Answer("apigateway.GetStage", 200,
                     R"({"stageName": "prod", "deploymentId": "d1", "variables": {"a": "1"}})");
  EXPECT_TRUE(CheckState(nullptr, write, good).empty());
  auto dropped = Answer("apigateway.GetStage", 200, kStage);
  auto findings = CheckState(nullptr, write, dropped);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule,
            "after apigateway.CreateStage, apigateway.GetStage returns /variables as written");
}

TEST(StateOracle, EmptyTextMayReadAsAbsent) {
  auto write = Written("apigatewayv2.CreateStage",
                       {{"ApiId", "a"}, {"StageName", "s"}, {"Description", ""}});
  EXPECT_TRUE(
      CheckState(nullptr, write, Answer("apigatewayv2.GetStage", 200, R"({"stageName": "s"})"))
          .empty());
  EXPECT_EQ(
      CheckState(nullptr, write,
                 Answer("apigatewayv2.GetStage", 200, R"({"stageName": "s", "description": "x"})"))
          .size(),
      1u);
}

TEST(StateOracle, PatchesChangeOnlyTheirPath) {
  json before = {{"stageName", "prod"},
                 {"deploymentId", "d1"},
                 {"variables", {{"x", "1"}}},
                 {"canarySettings", {{"percentTraffic", 10}}}};
  json params = {{"restApiId", "r"},
                 {"stageName", "prod"},
                 {"patchOperations",
                  {{{"op", "replace"}, {"path", "/canarySettings/deploymentId"}, {"value", "d2"}},
                   {{"op", "remove"}, {"path", "/variables/x"}}}}};
  auto write = Written("apigateway.UpdateStage", params);
  auto good = Answer("apigateway.GetStage", 200,
                     R"({"stageName": "prod", "deploymentId": "d1",
                         "canarySettings": {"deploymentId": "d2", "percentTraffic": 10}})");
  EXPECT_TRUE(CheckState(before, write, good).empty());
  // patch-substring-match: the stage's deploymentId changed, and x is still there.
  auto bad = Answer("apigateway.GetStage", 200,
                    R"({"stageName": "prod", "deploymentId": "d2", "variables": {"x": "1"}})");
  auto findings = CheckState(before, write, bad);
  std::vector<std::string> rules;
  for (const auto& f : findings) rules.push_back(f.rule);
  EXPECT_EQ(
      rules,
      (std::vector<std::string>{
          "after apigateway.UpdateStage, apigateway.GetStage returns /canarySettings as written",
          "after apigateway.UpdateStage, apigateway.GetStage shows /deploymentId unchanged (no "
          "patch operation touched it)",
          "after apigateway.UpdateStage removes /variables/x, apigateway.GetStage no longer "
          "returns it"}));
}

TEST(Finding, ReproducesWithCurl) {
  HttpRequest request{"POST", "/v2/apis", "a=1", {{"Host", "h"}, {"X-Q", "it's"}}, R"({"k": "v"})"};
  EXPECT_EQ(CurlCommand("http://127.0.0.1:9/", request),
            "curl -sS -i -X POST 'http://127.0.0.1:9/v2/apis?a=1' -H 'X-Q: it'\\''s' "
            "--data-binary '{\"k\": \"v\"}'");
}

}  // namespace
}  // namespace shapeguard::conformance

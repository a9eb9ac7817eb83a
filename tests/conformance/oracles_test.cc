// Each oracle on hand-made exchanges: one that honours the contract (no finding) and ones
// that break it (a finding naming the rule).
#include "conform/oracles/oracles.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "shapeguard/catalog.h"
#include "test_support.h"
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

// SDKs read a JSON null as an absent member, which hides it in the parameter form; AWS
// leaves absent members out, so the wire check reports it.
TEST(ResponseShapeOracle, NullForAnAbsentMemberIsAWireDeviation) {
  auto findings = CheckResponseShape(
      Answer("apigatewayv2.CreateApi", 201, R"({"apiId": "a1", "corsConfiguration": null})"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].rule.find("/corsConfiguration: an absent member is left out"),
            std::string::npos)
      << findings[0].rule;
}

// Both are timestamps in the parameter form; only one is the wire form the model gives.
TEST(ResponseShapeOracle, TimestampsKeepTheirWireFormat) {
  EXPECT_TRUE(
      CheckResponseShape(Answer("apigatewayv2.CreateApi", 201,
                                R"({"apiId": "a1", "createdDate": "2024-01-02T03:04:05Z"})"))
          .empty());  // apigatewayv2 declares iso8601
  auto findings = CheckResponseShape(
      Answer("apigatewayv2.CreateApi", 201, R"({"apiId": "a1", "createdDate": 1704164645})"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].rule.find("/createdDate: a timestamp here is sent as iso8601"),
            std::string::npos)
      << findings[0].rule;
}

TEST(ResponseShapeOracle, NumbersAndBooleansAreNotStrings) {
  auto findings = CheckResponseShape(
      Answer("apigateway.GetStage", 200, R"({"stageName": "s", "cacheClusterEnabled": "true"})"));
  std::vector<std::string> rules;
  for (const Finding& finding : findings) rules.push_back(finding.rule);
  ASSERT_FALSE(rules.empty());
  EXPECT_NE(rules[0].find("/cacheClusterEnabled: a boolean is sent as true or false"),
            std::string::npos)
      << rules[0];
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
  BrokenRule rule{"/StageVariables/a-b", Code::kPattern, "overlay:000.txt"};
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
  EXPECT_FALSE(CheckNegativeRejection(serialization, {"/AutoDeploy", Code::kType, "model"},
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
  exchange.input = Builtin().GetSchema(operation, Direction::kInput).value();  // its patch table
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

// A method-setting path writes where the Stage patch table's row says: the entry keyed by
// the resource path in the "~1" form and the method, the member the row names. A setting for
// every method of one resource writes whichever entries exist: not judged.
TEST(StateOracle, MethodSettingPatchesLandWhereTheTableSays) {
  json before = {{"stageName", "prod"}, {"deploymentId", "d1"}};
  json params = {{"restApiId", "r"},
                 {"stageName", "prod"},
                 {"patchOperations",
                  {{{"op", "replace"}, {"path", "/~1pets/GET/logging/loglevel"}, {"value", "INFO"}},
                   {{"op", "replace"}, {"path", "/*/*/metrics/enabled"}, {"value", "true"}},
                   {{"op", "replace"}, {"path", "/~1pets/*/caching/enabled"}, {"value", "true"}}}}};
  auto write = Written("apigateway.UpdateStage", params);
  auto applied = Answer("apigateway.GetStage", 200,
                        R"({"stageName": "prod", "deploymentId": "d1", "methodSettings": {
                              "~1pets/GET": {"loggingLevel": "INFO"},
                              "*/*": {"metricsEnabled": true}}})");
  EXPECT_TRUE(CheckState(before, write, applied).empty());
  // ignore-nested-patch: answered 200, nothing written.
  auto ignored =
      Answer("apigateway.GetStage", 200, R"({"stageName": "prod", "deploymentId": "d1"})");
  auto findings = CheckState(before, write, ignored);
  ASSERT_EQ(findings.size(), 2u);
  for (const Finding& finding : findings) {
    EXPECT_EQ(
        finding.rule,
        "after apigateway.UpdateStage, apigateway.GetStage returns /methodSettings as written");
  }
  // Written into the wrong entry (the resource path not in its "~1" form): still a finding.
  auto misplaced = Answer("apigateway.GetStage", 200,
                          R"({"stageName": "prod", "deploymentId": "d1", "methodSettings": {
                                "pets/GET": {"loggingLevel": "INFO"},
                                "*/*": {"metricsEnabled": true}}})");
  EXPECT_EQ(CheckState(before, write, misplaced).size(), 1u);
}

// Media types are case-insensitive (RFC 9110 8.3.1), and so are their parameters' names.
TEST(ContentTypeOracle, MediaTypeInAnyLetterCase) {
  EXPECT_FALSE(CheckContentType(
      Answer("apigatewayv2.CreateApi", 201, kApi, "Application/JSON; charset=UTF-8")));
  EXPECT_FALSE(
      CheckContentType(Answer("apigatewayv2.CreateApi", 201, kApi, "APPLICATION/X-AMZ-JSON-1.1")));
  EXPECT_TRUE(CheckContentType(Answer("apigatewayv2.CreateApi", 201, kApi, "Text/JSONish")));
}

// A valid request that gets a 5xx is server-error's finding alone: positive-acceptance and
// negative-rejection leave it to that oracle, so one fault is reported once.
TEST(ServerErrorOracle, FiveHundredsOnAValidRequestAreServerErrorsOnly) {
  for (int status : {500, 502, 503, 504, 599}) {
    auto answer = Answer("apigatewayv2.CreateStage", status, R"({"message": "m"})");
    auto finding = CheckServerError(answer);
    ASSERT_TRUE(finding) << status;
    EXPECT_EQ(finding->oracle, "server-error");
    EXPECT_EQ(finding->rule, "no request may get a 5xx answer; got " + std::to_string(status));
    EXPECT_FALSE(CheckPositiveAcceptance(answer)) << status;
    EXPECT_FALSE(CheckNegativeRejection(answer, {"/StageName", Code::kLength, "model"},
                                        "BadRequestException"))
        << status;
    EXPECT_TRUE(CheckResponseShape(answer).empty()) << status;
  }
  for (int status : {201, 400, 404, 499, 501}) {
    EXPECT_FALSE(CheckServerError(Answer("apigatewayv2.CreateStage", status, "{}"))) << status;
  }
}

// A 400 must name the service's rejection type: a declared error of another kind (the shape
// is fine) or no type at all is not the answer the contract asks for.
TEST(NegativeRejectionOracle, BadRequestOfTheWrongTypeIsAFinding) {
  BrokenRule rule{"/StageVariables/a-b", Code::kPattern, "overlay:000.txt"};
  auto not_found = Answer("apigatewayv2.CreateStage", 400, R"({"message": "m"})", kJson,
                          {{"x-amzn-errortype", "NotFoundException"}});
  auto finding = CheckNegativeRejection(not_found, rule, "BadRequestException");
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->oracle, "negative-rejection");
  EXPECT_EQ(finding->rule,
            "pattern at /StageVariables/… (overlay:000.txt) must get 400 BadRequestException; "
            "answered with 400 NotFoundException");
  EXPECT_TRUE(CheckResponseShape(not_found).empty());  // declared: the shape is right
  auto untyped = Answer("apigatewayv2.CreateStage", 400, R"({"message": "m"})");
  EXPECT_TRUE(CheckNegativeRejection(untyped, rule, "BadRequestException"));
  auto undeclared = Answer("apigatewayv2.CreateStage", 400, R"({"message": "m"})", kJson,
                           {{"x-amzn-errortype", "ValidationException"}});
  EXPECT_TRUE(CheckNegativeRejection(undeclared, rule, "BadRequestException"));
  auto findings = CheckResponseShape(undeclared);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].oracle, "response-shape");
}

// A later operation on a parent path overrides what earlier ones said of its children, and a
// later one on a child overrides what an earlier one said of its parent.
TEST(StateOracle, LaterPatchOnAParentPathWins) {
  json before = {{"stageName", "prod"}, {"deploymentId", "d1"}, {"variables", {{"x", "1"}}}};
  auto patch = [&](json operations) {
    return Written(
        "apigateway.UpdateStage",
        {{"restApiId", "r"}, {"stageName", "prod"}, {"patchOperations", std::move(operations)}});
  };
  auto without_variables =
      Answer("apigateway.GetStage", 200, R"({"stageName": "prod", "deploymentId": "d1"})");
  auto child_then_parent = patch({{{"op", "replace"}, {"path", "/variables/y"}, {"value", "2"}},
                                  {{"op", "remove"}, {"path", "/variables"}}});
  EXPECT_TRUE(CheckState(before, child_then_parent, without_variables).empty());
  auto with_y = Answer("apigateway.GetStage", 200,
                       R"({"stageName": "prod", "deploymentId": "d1", "variables": {"y": "2"}})");
  auto findings = CheckState(before, child_then_parent, with_y);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule,
            "after apigateway.UpdateStage removes /variables, apigateway.GetStage no longer "
            "returns it");
  auto parent_then_child = patch({{{"op", "remove"}, {"path", "/variables"}},
                                  {{"op", "replace"}, {"path", "/variables/y"}, {"value", "2"}}});
  EXPECT_TRUE(CheckState(before, parent_then_child, with_y).empty());
  EXPECT_EQ(CheckState(before, parent_then_child, without_variables).size(), 1u);
}

// A fixed answer is a status and an error type: the right status with another type is not it.
TEST(ExpectedAnswerOracle, TheStatusAloneIsNotEnough) {
  ExpectedAnswer gone{410, "GoneException", "unknown connection: 410"};
  auto finding = CheckExpectedAnswer(Answer("apigatewaymanagementapi.GetConnection", 410, "{}",
                                            kJson, {{"x-amzn-errortype", "ForbiddenException"}}),
                                     gone);
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->rule, "unknown connection: 410; got 410 ForbiddenException");
}

// A 5xx is server-error's finding; the state and conflict oracles do not report it again.
TEST(ConflictOracle, FiveHundredsAreLeftToServerError) {
  EXPECT_FALSE(
      CheckConflict(Answer("apigateway.CreateStage", 500, "boom", "text/plain"), "stageName"));
  EXPECT_FALSE(CheckExpectedAnswer(
      Answer("apigatewaymanagementapi.GetConnection", 503, "boom", "text/plain"),
      {410, "GoneException", "unknown connection: 410"}));
}

TEST(Finding, ReproducesWithCurl) {
  HttpRequest request{"POST", "/v2/apis", "a=1", {{"Host", "h"}, {"X-Q", "it's"}}, R"({"k": "v"})"};
  EXPECT_EQ(CurlCommand("http://127.0.0.1:9/", request),
            "curl -sS -i -X POST 'http://127.0.0.1:9/v2/apis?a=1' -H 'X-Q: it'\\''s' "
            "--data-binary '{\"k\": \"v\"}'");
}

// The names of the oracles that judge the evidence (verdict given), in table order.
std::vector<std::string> Judges(const Evidence& evidence) {
  std::vector<std::string> names;
  for (const Oracle& oracle : Oracles()) {
    if (oracle.judge(evidence)) names.emplace_back(oracle.name);
  }
  return names;
}

TEST(OracleTable, NamesAreUniqueAndDescribed) {
  std::set<std::string_view> names;
  for (const Oracle& oracle : Oracles()) {
    EXPECT_TRUE(names.insert(oracle.name).second) << oracle.name;
    EXPECT_FALSE(oracle.description.empty()) << oracle.name;
  }
  EXPECT_EQ(names.size(), 10u);
}

// Each oracle judges only its own evidence, as the runner shows it every piece.
TEST(OracleTable, EachOracleJudgesItsOwnEvidence) {
  Exchange created = Answer("apigatewayv2.CreateApi", 201, kApi);
  using V = std::vector<std::string>;
  EXPECT_EQ(Judges({Moment::kRouting, created}), V{});  // routed: nothing to report
  EXPECT_EQ(Judges({Moment::kRouting, Answer("apigatewayv2.CreateApi", 501, "")}),
            V{kNotImplemented});
  EXPECT_EQ(Judges({Moment::kAnswer, created}), (V{kServerError, kContentType}));
  EXPECT_EQ(Judges({Moment::kShapedAnswer, created}), V{kResponseShape});
  EXPECT_EQ(Judges({.moment = Moment::kValidRequest, .exchange = created, .request_valid = true}),
            V{kPositiveAcceptance});
  EXPECT_EQ(Judges({.moment = Moment::kValidRequest, .exchange = created}), V{});
  ExpectedAnswer gone{410, "GoneException", "unknown connection: 410"};
  EXPECT_EQ(Judges({.moment = Moment::kValidRequest,
                    .exchange = created,
                    .request_valid = true,
                    .expected = &gone}),
            V{kState});
  BrokenRule rule{"/Name", Code::kLength, "model"};
  std::string type = "BadRequestException";
  EXPECT_EQ(Judges({.moment = Moment::kInvalidRequest,
                    .exchange = created,
                    .rule = &rule,
                    .error_type = &type}),
            V{kNegativeRejection});
  json before = nullptr;
  EXPECT_EQ(
      Judges(
          {.moment = Moment::kReadBack, .exchange = created, .before = &before, .write = &created}),
      V{kState});
  std::string member = "name";
  EXPECT_EQ(
      Judges({.moment = Moment::kRepeatedCreate, .exchange = created, .unique_member = &member}),
      V{kConflict});
  UnknownReference reference{"ApiId", true};
  EXPECT_EQ(
      Judges({.moment = Moment::kUnknownReference, .exchange = created, .reference = &reference}),
      V{kReference});
  std::string deleted = "a1";
  EXPECT_EQ(Judges({.moment = Moment::kAfterDelete,
                    .exchange = created,
                    .write = &created,
                    .after_delete = AfterDelete::kGet,
                    .deleted_name = &deleted}),
            V{kDelete});
}

TEST(ReferenceOracle, AnUnknownUriLabelIsNotFound) {
  UnknownReference label{"ApiId", true};
  auto not_found = Answer("apigatewayv2.CreateStage", 404, R"({"message": "Invalid API"})", kJson,
                          {{"x-amzn-errortype", "NotFoundException"}});
  EXPECT_FALSE(CheckReference(not_found, label));
  auto created = CheckReference(Answer("apigatewayv2.CreateStage", 201, kStage), label);
  ASSERT_TRUE(created);
  EXPECT_EQ(created->oracle, "reference");
  EXPECT_NE(created->rule.find("never a success; got 201"), std::string::npos) << created->rule;
  auto bad_request = CheckReference(Answer("apigatewayv2.CreateStage", 400, R"({"message": "x"})",
                                           kJson, {{"x-amzn-errortype", "BadRequestException"}}),
                                    label);
  ASSERT_TRUE(bad_request);
  EXPECT_NE(bad_request->rule.find("gets 404 NotFoundException; got 400 BadRequestException"),
            std::string::npos)
      << bad_request->rule;
  EXPECT_FALSE(CheckReference(Answer("apigatewayv2.CreateStage", 500, ""), label));
}

TEST(ReferenceOracle, AnUnknownBodyIdGetsAnyClientError) {
  UnknownReference body{"deploymentId", false};
  auto bad_request = Answer("apigateway.CreateStage", 400, R"({"message": "Invalid"})", kJson,
                            {{"x-amzn-errortype", "BadRequestException"}});
  EXPECT_FALSE(CheckReference(bad_request, body));
  auto stored = CheckReference(Answer("apigateway.CreateStage", 201, kStage), body);
  ASSERT_TRUE(stored);
  EXPECT_NE(stored->rule.find("deploymentId in the body"), std::string::npos) << stored->rule;
}

TEST(DeleteOracle, TheDeletedResourceIsGone) {
  Exchange deleted = Answer("apigatewayv2.DeleteStage", 204, "", "");
  std::string name = "prod";
  auto not_found = Answer("apigatewayv2.GetStage", 404, R"({"message": "no"})", kJson,
                          {{"x-amzn-errortype", "NotFoundException"}});
  EXPECT_FALSE(CheckAfterDelete(deleted, not_found, AfterDelete::kGet, name));
  auto still_there = CheckAfterDelete(deleted, Answer("apigatewayv2.GetStage", 200, kStage),
                                      AfterDelete::kGet, name);
  ASSERT_TRUE(still_there);
  EXPECT_EQ(still_there->operation, "apigatewayv2.DeleteStage");  // about the delete
  EXPECT_EQ(still_there->response["status"], 200);                // shown by the get
  EXPECT_NE(still_there->reproduce.find(" && "), std::string::npos);
  auto again = CheckAfterDelete(deleted, Answer("apigatewayv2.DeleteStage", 204, "", ""),
                                AfterDelete::kDeleteAgain, name);
  ASSERT_TRUE(again);
  EXPECT_NE(again->rule.find("second"), std::string::npos) << again->rule;
}

TEST(DeleteOracle, AListLeavesTheDeletedResourceOut) {
  Exchange deleted = Answer("apigatewayv2.DeleteStage", 204, "", "");
  std::string name = "prod";
  // Another stage whose description spells the name is not the deleted one.
  auto others = Answer("apigatewayv2.GetStages", 200,
                       R"({"items": [{"stageName": "beta", "description": "prod"}]})");
  EXPECT_FALSE(CheckAfterDelete(deleted, others, AfterDelete::kList, name));
  auto listed = CheckAfterDelete(
      deleted, Answer("apigatewayv2.GetStages", 200, R"({"items": [{"stageName": "prod"}]})"),
      AfterDelete::kList, name);
  ASSERT_TRUE(listed);
  EXPECT_NE(listed->rule.find("leaves the deleted resource out"), std::string::npos);
}

// README.md's list of oracles names every oracle of the table, in table order.
TEST(OracleTable, ReadmeListsEveryOracleInOrder) {
  std::string readme = testing_support::ReadSourceFile("README.md");
  std::size_t at = readme.find("- **Oracles**");
  ASSERT_NE(at, std::string::npos);
  for (const Oracle& oracle : Oracles()) {
    at = readme.find("`" + std::string(oracle.name) + "`", at);
    ASSERT_NE(at, std::string::npos)
        << oracle.name << " is missing from README.md, or out of order";
  }
}

}  // namespace
}  // namespace shapeguard::conformance

// The typed operation view: HTTP binding, errors, members with their wire names and
// locations, timestamp formats and nested shapes, read once from the compiled model.
#include "shapeguard/operation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "shapeguard/catalog.h"

namespace shapeguard {
namespace {

const Catalog& Builtin() {
  static const Catalog catalog = Catalog::Builtin().value();
  return catalog;
}

std::shared_ptr<const Operation> Seeded(const std::string& name) {
  auto operation = Builtin().GetOperation(name);
  EXPECT_TRUE(operation.ok()) << operation.error();
  return operation.ok() ? operation.value() : nullptr;
}

// A model of our own for the traits the seeded models do not use: a member-level
// timestampFormat, a union, an error code, a streaming payload, an event stream.
constexpr char kModel[] = R"({
  "metadata": {"protocol": "rest-json", "signingName": "signer", "endpointPrefix": "prefix"},
  "operations": {
    "Put": {"name": "Put", "http": {"method": "PUT", "requestUri": "/things/{Id}"},
            "input": {"shape": "PutRequest"}, "output": {"shape": "PutResponse"},
            "errors": [{"shape": "Gone"}, {"shape": "Plain"}]},
    "Ping": {"name": "Ping", "http": {"method": "GET", "requestUri": "/ping", "responseCode": 204}}
  },
  "shapes": {
    "PutRequest": {"type": "structure", "required": ["Zeta", "Id"], "payload": "Body", "members": {
      "Id": {"shape": "String", "location": "uri", "locationName": "Id"},
      "Zeta": {"shape": "String", "location": "querystring", "locationName": "z"},
      "When": {"shape": "Time", "location": "header", "locationName": "X-When",
               "timestampFormat": "unixTimestamp"},
      "Body": {"shape": "Stream"}}},
    "PutResponse": {"type": "structure", "members": {
      "Status": {"shape": "Integer", "location": "statusCode"},
      "Choice": {"shape": "Choice"},
      "Events": {"shape": "Events"}}},
    "Choice": {"type": "structure", "union": true, "members": {
      "A": {"shape": "String"}, "B": {"shape": "Integer"}}},
    "Events": {"type": "structure", "eventstream": true, "members": {}},
    "Gone": {"type": "structure", "members": {}, "exception": true,
             "error": {"httpStatusCode": 410, "code": "ThingGone"}},
    "Plain": {"type": "structure", "members": {}, "exception": true},
    "String": {"type": "string"},
    "Integer": {"type": "integer"},
    "Time": {"type": "timestamp", "timestampFormat": "iso8601"},
    "Stream": {"type": "blob", "streaming": true}
  }
})";

const Catalog& Custom() {
  static const Catalog* catalog = [] {
    auto* c = new Catalog;
    Status s = c->AddModel("custom", kModel, "custom");
    EXPECT_TRUE(s.ok()) << s.message();
    return c;
  }();
  return *catalog;
}

std::vector<std::string> NamesOf(const std::vector<MemberView>& members) {
  std::vector<std::string> names;
  for (const MemberView& member : members) names.push_back(member.name());
  return names;
}

TEST(Operation, HttpBindingOfCreateStage) {
  auto op = Seeded("apigatewayv2.CreateStage");
  ASSERT_TRUE(op);
  EXPECT_EQ(op->service(), "apigatewayv2");
  EXPECT_EQ(op->name(), "CreateStage");
  EXPECT_EQ(op->qualified_name(), "apigatewayv2.CreateStage");
  EXPECT_EQ(op->protocol(), Protocol::kRestJson);
  EXPECT_EQ(op->protocol_name(), "rest-json");
  EXPECT_EQ(op->signing_name(), "apigateway");
  EXPECT_EQ(op->http_method(), "POST");
  EXPECT_EQ(op->request_uri(), "/v2/apis/{apiId}/stages");
  EXPECT_EQ(op->success_code(), 201);
  EXPECT_TRUE(op->has_http_binding());
}

TEST(Operation, SuccessCodeDefaultsTo200) {
  auto op = Seeded("apigateway.GetStages");
  ASSERT_TRUE(op);
  EXPECT_EQ(op->success_code(), 200);
  EXPECT_EQ(op->request_uri(), "/restapis/{restapi_id}/stages");
}

TEST(Operation, DeclaredErrorsWithTheirStatuses) {
  auto op = Seeded("apigatewayv2.CreateStage");
  ASSERT_TRUE(op);
  std::vector<std::pair<std::string, int>> errors;
  for (const OperationError& error : op->errors())
    errors.emplace_back(error.shape, error.http_status);
  std::vector<std::pair<std::string, int>> expected = {{"NotFoundException", 404},
                                                       {"TooManyRequestsException", 429},
                                                       {"BadRequestException", 400},
                                                       {"ConflictException", 409}};
  EXPECT_EQ(errors, expected);
  EXPECT_TRUE(op->DeclaresError("ConflictException"));
  EXPECT_FALSE(op->DeclaresError("ValidationException"));
  ASSERT_NE(op->ErrorForStatus(404), nullptr);
  EXPECT_EQ(op->ErrorForStatus(404)->shape, "NotFoundException");
  EXPECT_EQ(op->ErrorForStatus(500), nullptr);
}

TEST(Operation, MembersWithWireNamesAndLocations) {
  auto op = Seeded("apigatewayv2.CreateStage");
  ASSERT_TRUE(op);
  auto input = op->input();
  ASSERT_TRUE(input);
  EXPECT_EQ(input->kind(), ShapeKind::kStructure);
  EXPECT_EQ(input->name(), "CreateStageRequest");
  auto api_id = input->FindMember("ApiId");
  ASSERT_TRUE(api_id);
  EXPECT_EQ(api_id->wire_name(), "apiId");
  EXPECT_EQ(api_id->location(), Location::kUri);
  EXPECT_TRUE(api_id->required());
  EXPECT_EQ(api_id->shape().kind(), ShapeKind::kString);
  auto stage_name = input->FindMember("StageName");
  ASSERT_TRUE(stage_name);
  EXPECT_EQ(stage_name->wire_name(), "stageName");
  EXPECT_EQ(stage_name->location(), Location::kBody);
  auto description = input->FindMember("Description");
  ASSERT_TRUE(description);
  EXPECT_FALSE(description->required());
  EXPECT_FALSE(input->FindMember("apiId")) << "members are found by model name only";
  EXPECT_FALSE(input->payload());
  // Sorted by model name; required ones in the order the model lists them.
  std::vector<std::string> names = NamesOf(input->members());
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_EQ(names.size(), 11u);
  EXPECT_EQ(NamesOf(input->required_members()), (std::vector<std::string>{"ApiId", "StageName"}));
}

TEST(Operation, NestedMapsAndLists) {
  auto op = Seeded("apigatewayv2.CreateStage");
  ASSERT_TRUE(op);
  auto route_settings = op->input()->FindMember("RouteSettings");
  ASSERT_TRUE(route_settings);
  ShapeView map = route_settings->shape();
  EXPECT_EQ(map.kind(), ShapeKind::kMap);
  ASSERT_TRUE(map.map_key());
  EXPECT_EQ(map.map_key()->kind(), ShapeKind::kString);
  ASSERT_TRUE(map.map_value());
  EXPECT_EQ(map.map_value()->kind(), ShapeKind::kStructure);
  EXPECT_EQ(map.map_value()->name(), "RouteSettings");
  EXPECT_TRUE(map.map_value()->FindMember("ThrottlingBurstLimit"));
  EXPECT_FALSE(map.list_member());

  auto items = Seeded("apigatewayv2.GetStages")->output()->FindMember("Items");
  ASSERT_TRUE(items);
  EXPECT_EQ(items->wire_name(), "items");
  ASSERT_EQ(items->shape().kind(), ShapeKind::kList);
  ASSERT_TRUE(items->shape().list_member());
  EXPECT_EQ(items->shape().list_member()->name(), "Stage");
  EXPECT_FALSE(items->shape().map_value());
}

TEST(Operation, TimestampFormatsOfShapeAndMember) {
  auto created = Seeded("apigatewayv2.CreateStage")->output()->FindMember("CreatedDate");
  ASSERT_TRUE(created);
  EXPECT_EQ(created->shape().kind(), ShapeKind::kTimestamp);
  EXPECT_EQ(created->shape().timestamp_format(), TimestampFormat::kIso8601);
  EXPECT_FALSE(created->own_timestamp_format());
  EXPECT_EQ(created->timestamp_format(TimestampFormat::kEpochSeconds), TimestampFormat::kIso8601);

  auto op = Custom().GetOperation("custom.Put");
  ASSERT_TRUE(op.ok()) << op.error();
  auto when = op.value()->input()->FindMember("When");
  ASSERT_TRUE(when);
  EXPECT_EQ(when->location(), Location::kHeader);
  EXPECT_EQ(when->wire_name(), "X-When");
  // The member's trait wins over its shape's, which wins over the location's default.
  EXPECT_EQ(when->own_timestamp_format(), TimestampFormat::kEpochSeconds);
  EXPECT_EQ(when->timestamp_format(TimestampFormat::kHttpDate), TimestampFormat::kEpochSeconds);
  auto id = op.value()->input()->FindMember("Id");
  ASSERT_TRUE(id);
  EXPECT_EQ(id->timestamp_format(TimestampFormat::kHttpDate), TimestampFormat::kHttpDate);
}

TEST(Operation, TraitsOfAModelOfOurOwn) {
  auto op = Custom().GetOperation("custom.Put");
  ASSERT_TRUE(op.ok()) << op.error();
  EXPECT_EQ(op.value()->signing_name(), "signer");
  EXPECT_EQ(op.value()->http_method(), "PUT");
  EXPECT_EQ(op.value()->success_code(), 200);
  ASSERT_EQ(op.value()->errors().size(), 2u);
  EXPECT_EQ(op.value()->errors()[0].shape, "Gone");
  EXPECT_EQ(op.value()->errors()[0].http_status, 410);
  EXPECT_EQ(op.value()->errors()[0].code, "ThingGone");
  EXPECT_EQ(op.value()->errors()[1].http_status, 0);
  EXPECT_EQ(op.value()->errors()[1].code, "");

  ShapeView input = *op.value()->input();
  EXPECT_EQ(input.FindMember("Zeta")->location(), Location::kQueryString);
  EXPECT_EQ(input.FindMember("Zeta")->wire_name(), "z");
  EXPECT_EQ(NamesOf(input.required_members()), (std::vector<std::string>{"Zeta", "Id"}));
  ASSERT_TRUE(input.payload());
  EXPECT_EQ(input.payload()->name(), "Body");
  EXPECT_TRUE(input.payload()->shape().streaming());
  EXPECT_EQ(input.payload()->shape().kind(), ShapeKind::kBlob);

  ShapeView output = *op.value()->output();
  EXPECT_EQ(output.FindMember("Status")->location(), Location::kStatusCode);
  ShapeView choice = output.FindMember("Choice")->shape();
  EXPECT_EQ(choice.kind(), ShapeKind::kUnion);
  EXPECT_TRUE(choice.has_members());
  EXPECT_EQ(NamesOf(choice.members()), (std::vector<std::string>{"A", "B"}));
  ShapeView events = output.FindMember("Events")->shape();
  EXPECT_TRUE(events.eventstream());
  EXPECT_EQ(events.kind(), ShapeKind::kDocument);
  EXPECT_FALSE(events.has_members());
}

TEST(Operation, NoInputNoOutput) {
  auto op = Custom().GetOperation("custom.Ping");
  ASSERT_TRUE(op.ok()) << op.error();
  EXPECT_FALSE(op.value()->input());
  EXPECT_FALSE(op.value()->output());
  EXPECT_EQ(op.value()->success_code(), 204);
  EXPECT_TRUE(op.value()->errors().empty());
}

TEST(Operation, BuiltOncePerOperation) {
  auto first = Builtin().GetOperation(OperationName{"apigatewayv2", "CreateStage"});
  auto second = Builtin().GetOperation("apigatewayv2.create-stage");
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first.value().get(), second.value().get());
}

TEST(Operation, UnknownOperationIsAnErrorNamingIt) {
  auto typed = Builtin().GetOperation(OperationName{"apigatewayv2", "CreateNothing"});
  ASSERT_FALSE(typed.ok());
  EXPECT_NE(typed.error().find("\"CreateNothing\""), std::string::npos) << typed.error();
  // Typed names are exact: the kebab form is Resolve's to accept.
  auto kebab = Builtin().GetOperation(OperationName{"apigatewayv2", "create-stage"});
  ASSERT_FALSE(kebab.ok());
  EXPECT_NE(kebab.error().find("\"create-stage\""), std::string::npos) << kebab.error();
  auto schema =
      Builtin().GetSchema(OperationName{"apigatewayv2", "CreateNothing"}, Direction::kInput);
  ASSERT_FALSE(schema.ok());
  EXPECT_NE(schema.error().find("CreateNothing"), std::string::npos);
  auto service = Builtin().GetOperation(OperationName{"nosuchservice", "CreateStage"});
  ASSERT_FALSE(service.ok());
  EXPECT_NE(service.error().find("nosuchservice"), std::string::npos);
}

TEST(Operation, ShapeKindNames) {
  EXPECT_EQ(ShapeKindName(ShapeKind::kStructure), "structure");
  EXPECT_EQ(ShapeKindName(ShapeKind::kUnion), "union");
  EXPECT_EQ(ShapeKindName(ShapeKind::kTimestamp), "timestamp");
  EXPECT_EQ(ShapeKindName(ShapeKind::kDocument), "document");
}

}  // namespace
}  // namespace shapeguard

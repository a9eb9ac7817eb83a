// The server side of the rest-json codec (MatchUriTemplate, DecodeRequest, EncodeResponse)
// against the hand-written wire examples of every seeded operation
// (tests/data/wire/<service>/<Operation>.json) that the client side is tested with: each
// wire request must decode back to its parameter form, and each success response's
// parameter form must encode to a response that decodes back to it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "shapeguard/timestamp.h"
#include "test_support.h"
#include "wire/rest_json_request_decoder.h"
#include "wire/rest_json_response.h"
#include "wire/rest_json_response_encoder.h"
#include "wire/uri_template.h"
#include "wire_example_files.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using testing_support::ExpectedParams;
using testing_support::ForEachWireExample;

HttpRequest WireRequest(const json& example) {
  HttpRequest request;
  request.method = example.at("method");
  std::string target = example.at("target");
  request.path = target.substr(0, target.find('?'));
  if (target.find('?') != std::string::npos) request.query = target.substr(target.find('?') + 1);
  for (const auto& [name, value] : example.at("headers").items()) {
    request.headers.emplace_back(name, value.get<std::string>());
  }
  if (example.contains("body")) request.body = example.at("body").dump();
  request.body = example.value("body_text", request.body);
  return request;
}

// Timestamps reach the parameter form as the wire had them (epoch seconds in bodies, ISO in
// URIs): compare them as instants.
bool SameParams(ShapeView shape, const json& a, const json& b) {
  if (shape.kind() == ShapeKind::kTimestamp) return TimestampFromParam(a) == TimestampFromParam(b);
  if (shape.has_members() && a.is_object() && b.is_object()) {
    if (a.size() != b.size()) return false;
    for (const auto& [name, value] : a.items()) {
      auto member = shape.FindMember(name);
      if (!b.contains(name)) return false;
      if (member ? !SameParams(member->shape(), value, b.at(name)) : value != b.at(name)) {
        return false;
      }
    }
    return true;
  }
  if (shape.kind() == ShapeKind::kList && a.is_array() && b.is_array()) {
    if (a.size() != b.size()) return a == b;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!SameParams(*shape.list_member(), a[i], b[i])) return false;
    }
    return true;
  }
  return a == b;
}

void CheckRequestDecodes(const Schema&, const Operation& operation, const json& example) {
  ASSERT_TRUE(operation.input());
  ShapeView input = *operation.input();
  HttpRequest request = WireRequest(example);
  auto match = MatchUriTemplate(operation.request_uri(), request.path);
  ASSERT_TRUE(match) << request.path << " does not match " << operation.request_uri();
  auto decoded = DecodeRequest(operation, request, match->labels);
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_EQ(decoded->body_error, "");
  // Members the input does not declare travel in the body and come back as undeclared.
  json expected = ExpectedParams(example);
  std::vector<std::string> expected_undeclared;
  json given = ExpectedParams(example);
  for (const auto& [name, value] : given.items()) {
    if (!input.FindMember(name)) {
      expected.erase(name);
      expected_undeclared.push_back("/" + name);
    }
  }
  // What the wire cannot tell apart: a missing label leaves its segment empty, which reads
  // as an empty label (validation then refuses it); an empty raw payload reads as none.
  std::string payload = input.payload() ? input.payload()->name() : "";
  for (const MemberView& member : input.members()) {
    const std::string& name = member.name();
    bool empty_label = member.location() == Location::kUri && decoded->params.contains(name) &&
                       decoded->params.at(name) == "";
    bool empty_payload = name == payload && expected.contains(name) && expected.at(name) == "";
    if (empty_label && !expected.contains(name)) decoded->params.erase(name);
    if (empty_payload) expected.erase(name);
  }
  EXPECT_TRUE(SameParams(input, decoded->params, expected))
      << decoded->params.dump() << "\nexpected " << expected.dump();
  EXPECT_EQ(decoded->undeclared, expected_undeclared);
}

void CheckResponseRoundTrips(const Schema&, const Operation& operation, const json& example) {
  int status = example.at("status");
  if (status >= 300) return;
  json params = ExpectedParams(example);
  auto encoded = EncodeResponse(operation, params, status);
  ASSERT_TRUE(encoded.ok()) << encoded.error();
  EXPECT_EQ(encoded->status, status);
  auto decoded = DecodeResponse(operation, encoded.value());
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_EQ(decoded->body_error, "");
  EXPECT_TRUE(decoded->undeclared.empty());
  std::optional<ShapeView> output = operation.output();
  if (!output) return;
  EXPECT_TRUE(SameParams(*output, decoded->params, params))
      << decoded->params.dump() << "\nexpected " << params.dump();
  if (!encoded->body.empty() && !output->payload()) {
    EXPECT_EQ(encoded->headers["content-type"], "application/json");
  }
}

class ServerCodec : public ::testing::TestWithParam<std::string> {};

TEST_P(ServerCodec, WireRequestsDecodeToTheirParameters) {
  ForEachWireExample(GetParam(), "requests", Direction::kInput, CheckRequestDecodes);
}

TEST_P(ServerCodec, SuccessResponsesRoundTrip) {
  ForEachWireExample(GetParam(), "responses", Direction::kOutput, CheckResponseRoundTrips);
}

INSTANTIATE_TEST_SUITE_P(SeededOperations, ServerCodec,
                         ::testing::ValuesIn(testing_support::SeededWireExamples()),
                         testing_support::WireExampleTestName);

TEST(ErrorResponse, CarriesTheTypeInTheHeaderAndTheMessageInTheBody) {
  HttpResponse response = EncodeErrorResponse(409, "ConflictException", "Stage already exists");
  EXPECT_EQ(response.status, 409);
  EXPECT_EQ(response.headers["x-amzn-errortype"], "ConflictException");
  EXPECT_EQ(response.headers["content-type"], "application/json");
  EXPECT_EQ(json::parse(response.body), json({{"message", "Stage already exists"}}));
}

}  // namespace
}  // namespace shapeguard::conformance

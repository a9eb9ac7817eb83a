// The rest-json codec against hand-written wire examples of every seeded operation
// (tests/data/wire/<service>/<Operation>.json): each parameter-form request must encode to
// the expected method, target, headers and body, and each wire response must decode to the
// expected parameter form or error.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"
#include "wire/rest_json_request.h"
#include "wire/rest_json_response.h"
#include "wire_example_files.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using testing_support::ExpectedParams;
using testing_support::ForEachWireExample;
using testing_support::ReadSourceFile;

// The wire body of a response example: "body_text" as it is, "body_file" or "body" as JSON.
std::string ResponseBody(const json& example) {
  if (example.contains("body_text")) return example.at("body_text");
  if (example.contains("body_file")) return ReadSourceFile(example.at("body_file"));
  return example.contains("body") ? example.at("body").dump() : "";
}

std::map<std::string, std::string> HeaderMap(const HttpRequest& request) {
  std::map<std::string, std::string> headers;
  for (const auto& [name, value] : request.headers) headers[name] = value;
  return headers;
}

void CheckRequest(const Schema&, const Operation& operation, const json& example) {
  auto request = EncodeRequest(operation, ExpectedParams(example));
  ASSERT_TRUE(request.ok()) << request.error();
  EXPECT_EQ(request->method, example.at("method"));
  EXPECT_EQ(request->target(), example.at("target"));
  using HeaderMapType = std::map<std::string, std::string>;
  EXPECT_EQ(HeaderMap(request.value()), example.at("headers").get<HeaderMapType>());
  if (example.contains("body")) {
    json body = json::parse(request->body, nullptr, false);
    EXPECT_EQ(body, example.at("body")) << request->body;
  } else {
    EXPECT_EQ(request->body, example.value("body_text", "")) << "unexpected body";
  }
}

void CheckResponse(const Schema& schema, const Operation& operation, const json& example) {
  HttpResponse response;
  response.status = example.at("status");
  response.headers = example.at("headers").get<decltype(response.headers)>();
  response.body = ResponseBody(example);
  auto decoded = DecodeResponse(operation, response);
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_EQ(decoded->status, response.status);
  EXPECT_EQ(decoded->raw_body_text, response.body);
  EXPECT_EQ(decoded->undeclared, example.value("undeclared", std::vector<std::string>{}));
  EXPECT_EQ(!decoded->body_error.empty(), example.value("body_error", false))
      << decoded->body_error;
  if (decoded->is_error()) {
    ASSERT_TRUE(example.contains("error_type")) << "decoded as an error";
    const json& type = example.at("error_type");
    if (type.is_null()) {
      EXPECT_FALSE(decoded->error_type.has_value()) << *decoded->error_type;
    } else {
      ASSERT_TRUE(decoded->error_type.has_value());
      EXPECT_EQ(*decoded->error_type, type);
    }
    EXPECT_EQ(decoded->error_message, example.at("error_message"));
    EXPECT_TRUE(decoded->params.is_null());
    return;
  }
  EXPECT_EQ(decoded->params, ExpectedParams(example));
  // What a success decodes to is what `validate` checks: it must pass unless the example
  // says the server sent something invalid.
  Report report = schema.Validate(decoded->params);
  EXPECT_EQ(report.valid(), example.value("valid", true))
      << (report.errors.empty() ? "" : report.errors[0].path + " " + report.errors[0].message);
}

class WireExamples : public ::testing::TestWithParam<std::string> {};

TEST_P(WireExamples, RequestsEncodeAsExpected) {
  ForEachWireExample(GetParam(), "requests", Direction::kInput, CheckRequest);
}

TEST_P(WireExamples, ResponsesDecodeAsExpected) {
  bool has_success = false, has_error = false;
  ForEachWireExample(GetParam(), "responses", Direction::kOutput,
                     [&](const Schema& schema, const Operation& operation, const json& example) {
                       CheckResponse(schema, operation, example);
                       (example.at("status").get<int>() >= 300 ? has_error : has_success) = true;
                     });
  EXPECT_TRUE(has_success && has_error) << "each operation needs a success and an error example";
}

// Every seeded operation (tests/data/wire/<service>/<Operation>.json).
INSTANTIATE_TEST_SUITE_P(SeededOperations, WireExamples,
                         ::testing::ValuesIn(testing_support::SeededWireExamples()),
                         testing_support::WireExampleTestName);

}  // namespace
}  // namespace shapeguard::conformance

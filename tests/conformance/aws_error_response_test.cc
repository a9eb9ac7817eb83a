#include "wire/aws_error_response.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"
#include "wire/protocol_decoders.h"

namespace shapeguard::conformance {
namespace {

using testing_support::BuiltinCatalog;

// Each protocol's refusal reads back, through the decoder an SDK's parser mirrors, as the
// error type and message it was made with.
void ExpectReadsBack(const std::string& operation, const std::string& type) {
  SCOPED_TRACE(operation);
  auto view = BuiltinCatalog().GetOperation(operation);
  ASSERT_TRUE(view.ok()) << view.error();
  EXPECT_EQ(ValidationErrorType(*view.value()), type);
  std::string message = "1 validation error detected: /Name: <bad> & \"worse\"";
  HttpResponse response = AwsErrorResponse(view.value()->protocol(), 400, type, message);
  EXPECT_EQ(response.status, 400);
  auto decoded = DecodeResponseOf(*view.value(), response);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().error_type.value_or("(none)"), type);
  EXPECT_EQ(decoded.value().error_message, message);
}

TEST(AwsErrorResponse, EachProtocolsRefusalReadsBack) {
  ExpectReadsBack("apigatewayv2.CreateStage", "BadRequestException");  // rest-json, declared
  ExpectReadsBack("lambda.ListFunctions", "ValidationException");      // rest-json
  ExpectReadsBack("dynamodb.CreateTable", "ValidationException");      // json 1.0
  ExpectReadsBack("iam.CreateUser", "ValidationError");                // query
  ExpectReadsBack("ec2.RunInstances", "InvalidParameterValue");        // ec2
}

TEST(AwsErrorResponse, JsonProtocolsNameTheTypeInBodyAndHeader) {
  HttpResponse response = AwsErrorResponse(Protocol::kJson, 400, "ValidationException", "m");
  auto body = nlohmann::json::parse(response.body);
  EXPECT_EQ(body["__type"], "ValidationException");
  EXPECT_EQ(response.headers["x-amzn-errortype"], "ValidationException");
  EXPECT_EQ(response.headers["content-type"], "application/x-amz-json-1.1");
}

}  // namespace
}  // namespace shapeguard::conformance

// ARN kinds: access-log destinations (000, 001) and AppConfig action URIs (003).
#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

PathCodes V2Destination(const std::string& arn) {
  return CheckBuiltin(
      "apigatewayv2.CreateStage",
      {{"ApiId", "a"},
       {"StageName", "s"},
       {"AccessLogSettings", {{"DestinationArn", arn}, {"Format", "$context.requestId"}}}});
}

PathCodes RestDestination(const std::string& arn) {
  return CheckBuiltin("apigateway.GetStage", {{"accessLogSettings", {{"destinationArn", arn}}}},
                      Direction::kOutput);
}

PathCodes ActionUri(const std::string& uri) {
  return CheckBuiltin(
      "appconfig.CreateExtension",
      {{"Name", "ext"}, {"Actions", {{"PRE_START_DEPLOYMENT", {{{"Name", "a"}, {"Uri", uri}}}}}}});
}

TEST(ArnCheck, AccessLogsGoToALogGroup) {
  EXPECT_EQ(V2Destination("arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigw/access"),
            PathCodes{});
  EXPECT_EQ(V2Destination("arn:aws:logs:us-east-1:123456789012:log-group:access:*"),
            (PathCodes{{"/AccessLogSettings/DestinationArn", "arn"}}));
  EXPECT_EQ(V2Destination("not-an-arn"), (PathCodes{{"/AccessLogSettings/DestinationArn", "arn"}}));
  // HTTP and WebSocket APIs cannot log to Firehose.
  EXPECT_EQ(
      V2Destination("arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-x"),
      (PathCodes{{"/AccessLogSettings/DestinationArn", "arn"}}));
}

TEST(ArnCheck, RestStagesMayLogToAnAmazonApigatewayFirehoseStream) {
  EXPECT_EQ(RestDestination(
                "arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-logs"),
            PathCodes{});
  EXPECT_EQ(RestDestination("arn:aws:logs:eu-west-1:123456789012:log-group:api"), PathCodes{});
  EXPECT_EQ(RestDestination("arn:aws:firehose:us-east-1:123456789012:deliverystream/my-logs"),
            (PathCodes{{"/accessLogSettings/destinationArn", "arn"}}));
  auto messages = MessagesBuiltin(
      "apigateway.GetStage",
      {{"accessLogSettings",
        {{"destinationArn", "arn:aws:firehose:us-east-1:123456789012:deliverystream/my-logs"}}}},
      Direction::kOutput);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("must begin with amazon-apigateway-"), std::string::npos)
      << messages[0];
}

TEST(ArnCheck, AppConfigActionUris) {
  for (const char* ok : {"arn:aws:lambda:us-east-1:123456789012:function:validate",
                         "arn:aws:lambda:us-east-1:123456789012:function:validate:$LATEST",
                         "arn:aws:sqs:us-east-1:123456789012:deployments.fifo",
                         "arn:aws:sns:us-east-1:123456789012:deploy-topic",
                         "arn:aws:events:us-east-1:123456789012:event-bus/default"}) {
    EXPECT_EQ(ActionUri(ok), PathCodes{}) << ok;
  }
  for (const char* bad :
       {"arn:aws:events:us-east-1:123456789012:event-bus/custom", "arn:aws:s3:::my-bucket",
        "arn:aws:lambda:us-east-1:123456789012:layer:x", "https://example.com/hook"}) {
    EXPECT_EQ(ActionUri(bad), (PathCodes{{"/Actions/PRE_START_DEPLOYMENT/0/Uri", "arn"}})) << bad;
  }
}

// A log group lives in a region and an account: an ARN without either is not one, though it
// parses.
TEST(ArnCheck, RegionalKindsNeedARegionAndAnAccount) {
  std::string pointer = "/AccessLogSettings/DestinationArn";
  EXPECT_EQ(V2Destination("arn:aws:logs::123456789012:log-group:access"),
            (PathCodes{{pointer, "arn"}}));
  EXPECT_EQ(V2Destination("arn:aws:logs:us-east-1::log-group:access"),
            (PathCodes{{pointer, "arn"}}));
  auto messages =
      MessagesBuiltin("apigatewayv2.CreateStage",
                      {{"ApiId", "a"},
                       {"StageName", "s"},
                       {"AccessLogSettings",
                        {{"DestinationArn", "arn:aws:logs::123456789012:log-group:access"},
                         {"Format", "$context.requestId"}}}});
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("lacks a region or account"), std::string::npos) << messages[0];
}

}  // namespace
}  // namespace shapeguard

#include "shapeguard/arn.h"

#include <gtest/gtest.h>

namespace shapeguard {
namespace {

TEST(ParseArn, SplitsTheSixParts) {
  auto arn = ParseArn("arn:aws:logs:us-east-1:123456789012:log-group:my/group:x");
  ASSERT_TRUE(arn);
  EXPECT_EQ(arn->partition, "aws");
  EXPECT_EQ(arn->service, "logs");
  EXPECT_EQ(arn->region, "us-east-1");
  EXPECT_EQ(arn->account, "123456789012");
  EXPECT_EQ(arn->resource, "log-group:my/group:x");
}

TEST(ParseArn, GlobalServicesHaveNoRegionOrAccount) {
  EXPECT_TRUE(ParseArn("arn:aws:s3:::my-bucket/key"));
  EXPECT_TRUE(ParseArn("arn:aws-us-gov:iam::123456789012:role/x"));
  EXPECT_TRUE(ParseArn("arn:aws-iso-b:sns:us-isob-east-1:123456789012:t"));
}

TEST(ParseArn, RejectsMalformedArnsWithAReason) {
  std::string why;
  EXPECT_FALSE(ParseArn("arn:aws:logs:us-east-1:123456789012", &why));
  EXPECT_EQ(why, "an ARN has six parts: arn:partition:service:region:account:resource");
  EXPECT_FALSE(ParseArn("urn:aws:logs:us-east-1:123456789012:x", &why));
  EXPECT_FALSE(ParseArn("arn:amazon:logs:us-east-1:123456789012:x", &why));
  EXPECT_NE(why.find("partition"), std::string::npos);
  EXPECT_FALSE(ParseArn("arn:aws:Logs:us-east-1:123456789012:x", &why));
  EXPECT_FALSE(ParseArn("arn:aws:logs:useast1:123456789012:x", &why));
  EXPECT_NE(why.find("region"), std::string::npos);
  EXPECT_FALSE(ParseArn("arn:aws:logs:us-east-1:12345:x", &why));
  EXPECT_NE(why.find("12 digits"), std::string::npos);
  EXPECT_FALSE(ParseArn("arn:aws:logs:us-east-1:123456789012:", &why));
}

// An ARN may leave the region empty (global services); the kind decides whether that is
// allowed, not the parser.
TEST(ParseArn, AcceptsAnEmptyRegionWithAnAccount) {
  auto arn = ParseArn("arn:aws:logs::123456789012:log-group:x");
  ASSERT_TRUE(arn);
  EXPECT_EQ(arn->region, "");
  EXPECT_EQ(arn->account, "123456789012");
}

// An account ID is exactly twelve digits: one more is as wrong as one fewer.
TEST(ParseArn, AccountIsExactlyTwelveDigits) {
  std::string why;
  EXPECT_TRUE(ParseArn("arn:aws:logs:us-east-1:123456789012:x"));
  EXPECT_FALSE(ParseArn("arn:aws:logs:us-east-1:1234567890123:x", &why));
  EXPECT_NE(why.find("12 digits"), std::string::npos) << why;
  EXPECT_FALSE(ParseArn("arn:aws:logs:us-east-1:12345678901a:x", &why));
}

}  // namespace
}  // namespace shapeguard

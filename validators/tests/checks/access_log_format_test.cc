// Access-log formats (000: "must include at least $context.requestId"; AWS: "single line,
// new line character is allowed only at end of the format").
#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

PathCodes V2Format(const std::string& format) {
  return CheckBuiltin(
      "apigatewayv2.CreateStage",
      {{"ApiId", "a"}, {"StageName", "s"}, {"AccessLogSettings", {{"Format", format}}}});
}

PathCodes RestFormat(const std::string& format) {
  return CheckBuiltin("apigateway.GetStage", {{"accessLogSettings", {{"format", format}}}},
                      Direction::kOutput);
}

TEST(AccessLogFormatCheck, RequestIdAsAWholeToken) {
  EXPECT_EQ(V2Format("$context.requestId"), PathCodes{});
  EXPECT_EQ(V2Format(R"({"id":"$context.requestId","ip":"$context.identity.sourceIp"})"),
            PathCodes{});
  EXPECT_EQ(V2Format("$context.requestIdentity"),
            (PathCodes{{"/AccessLogSettings/Format", "access-log"}}));
  EXPECT_EQ(V2Format("$context.requestId_x $context.httpMethod"),
            (PathCodes{{"/AccessLogSettings/Format", "access-log"}}));
  EXPECT_EQ(V2Format("$context.requestIdentity $context.requestId"), PathCodes{});
}

TEST(AccessLogFormatCheck, SingleLineWithAnOptionalFinalNewline) {
  EXPECT_EQ(V2Format("$context.requestId\n"), PathCodes{});
  EXPECT_EQ(V2Format("$context.requestId\n$context.status"),
            (PathCodes{{"/AccessLogSettings/Format", "access-log"}}));
  EXPECT_EQ(V2Format("$context.requestId\r\n"),
            (PathCodes{{"/AccessLogSettings/Format", "access-log"}}));
  EXPECT_EQ(V2Format("$context.requestId\n\n"),
            (PathCodes{{"/AccessLogSettings/Format", "access-log"}}));
}

TEST(AccessLogFormatCheck, LengthOneTo1024IsALengthRule) {
  EXPECT_EQ(V2Format(""), (PathCodes{{"/AccessLogSettings/Format", "length"},
                                     {"/AccessLogSettings/Format", "access-log"}}));
  std::string long_format = "$context.requestId " + std::string(1005, 'x');
  EXPECT_EQ(V2Format(long_format), PathCodes{});
  EXPECT_EQ(V2Format(long_format + "x"), (PathCodes{{"/AccessLogSettings/Format", "length"}}));
}

TEST(AccessLogFormatCheck, RestStagesAlsoAcceptTheExtendedRequestId) {
  EXPECT_EQ(RestFormat("$context.extendedRequestId $context.status"), PathCodes{});
  EXPECT_EQ(RestFormat("$context.requestId"), PathCodes{});
  EXPECT_EQ(V2Format("$context.extendedRequestId"),
            (PathCodes{{"/AccessLogSettings/Format", "access-log"}}));
  EXPECT_EQ(RestFormat("$context.extendedRequestIdx"),
            (PathCodes{{"/accessLogSettings/format", "access-log"}}));
}

// A carriage return is a line break too: alone at the end it is not the allowed final
// newline.
TEST(AccessLogFormatCheck, LoneTrailingCarriageReturnIsALineBreak) {
  EXPECT_EQ(V2Format("$context.requestId\r"),
            (PathCodes{{"/AccessLogSettings/Format", "access-log"}}));
  EXPECT_EQ(V2Format("$context.requestId\r$context.status"),
            (PathCodes{{"/AccessLogSettings/Format", "access-log"}}));
}

}  // namespace
}  // namespace shapeguard

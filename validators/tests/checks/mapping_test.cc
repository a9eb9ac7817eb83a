// Response-parameter mappings of CreateIntegrationResponse (002).
#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

PathCodes Mapping(const std::string& key, const std::string& value) {
  return CheckBuiltin("apigatewayv2.CreateIntegrationResponse",
                      {{"ApiId", "a"},
                       {"IntegrationId", "i"},
                       {"IntegrationResponseKey", "$default"},
                       {"ResponseParameters", {{key, value}}}});
}

TEST(MappingCheck, ValidKeysAndValues) {
  EXPECT_EQ(Mapping("method.response.header.X-Request-Id",
                    "integration.response.header.x-amzn-RequestId"),
            PathCodes{});
  EXPECT_EQ(Mapping("method.response.header.Location", "integration.response.body.data.id"),
            PathCodes{});
  EXPECT_EQ(Mapping("method.response.header.X", "integration.response.body.items[0].name"),
            PathCodes{});
  EXPECT_EQ(Mapping("method.response.header.Cache-Control", "'no-store'"), PathCodes{});
}

TEST(MappingCheck, KeysAreMethodResponseHeaders) {
  std::string value = "'x'";
  EXPECT_EQ(Mapping("method.response.body.x", value),
            (PathCodes{{"/ResponseParameters/method.response.body.x", "mapping"}}));
  EXPECT_EQ(Mapping("method.response.header.", value),
            (PathCodes{{"/ResponseParameters/method.response.header.", "mapping"}}));
  EXPECT_EQ(Mapping("method.response.header.Bad Header", value),
            (PathCodes{{"/ResponseParameters/method.response.header.Bad Header", "mapping"}}));
}

TEST(MappingCheck, ValuesAreHeadersBodyExpressionsOrQuotedStatics) {
  std::string key = "method.response.header.X";
  std::string pointer = "/ResponseParameters/" + key;
  EXPECT_EQ(Mapping(key, "integration.response.body.$.data"), (PathCodes{{pointer, "mapping"}}));
  EXPECT_EQ(Mapping(key, "integration.response.body."), (PathCodes{{pointer, "mapping"}}));
  EXPECT_EQ(Mapping(key, "no-store"), (PathCodes{{pointer, "mapping"}}));
  EXPECT_EQ(Mapping(key, "'unterminated"), (PathCodes{{pointer, "mapping"}}));
  EXPECT_EQ(Mapping(key, "integration.request.header.x"), (PathCodes{{pointer, "mapping"}}));
  EXPECT_EQ(Mapping(key, "integration.response.header.a:b"), (PathCodes{{pointer, "mapping"}}));
}

// A static value is enclosed in single quotes: "'x'" is one, a lone "'" only opens one.
TEST(MappingCheck, ShortestQuotedStatics) {
  std::string key = "method.response.header.X";
  EXPECT_EQ(Mapping(key, "'x'"), PathCodes{});
  EXPECT_EQ(Mapping(key, "'"), (PathCodes{{"/ResponseParameters/" + key, "mapping"}}));
}

}  // namespace
}  // namespace shapeguard

// The wire tampers a fuzzed scenario applies: each changes what it says and nothing the
// signer or the transport owns.
#include "conform/mutation.h"

#include <gtest/gtest.h>

namespace shapeguard::conformance {
namespace {

HttpRequest Encoded() {
  return {"POST",
          "/v2/apis/a1/stages",
          "",
          {{"Host", "127.0.0.1:1"}, {"Content-Type", "application/json"}},
          R"({"stageName":"prod"})"};
}

TEST(Mutation, BodyBytesOverwriteAtTheChosenOffset) {
  HttpRequest request = Encoded();
  TamperRequest(request, {Tamper::kBodyBytes, 2, "XY"});
  EXPECT_EQ(request.body, R"({"XYageName":"prod"})");
  request = Encoded();
  std::size_t size = request.body.size();
  TamperRequest(request, {Tamper::kBodyBytes, size, "}}"});  // at the end: appended
  EXPECT_EQ(request.body, R"({"stageName":"prod"}}})");
}

TEST(Mutation, HeadersOwnedByTheTransportAreLeftAlone) {
  for (std::size_t choice = 0; choice < 4; ++choice) {
    HttpRequest request = Encoded();
    TamperRequest(request, {Tamper::kHeader, choice, "text/\r\nX-Evil:\x07\t1\x7f"});
    EXPECT_EQ(*request.FindHeader("Host"), "127.0.0.1:1");
    EXPECT_EQ(*request.FindHeader("Content-Type"), "text/X-Evil:\t1");  // no control characters
  }
}

TEST(Mutation, QueryAndLabelBytesArePercentEncoded) {
  HttpRequest request = Encoded();
  TamperRequest(request, {Tamper::kQuery, 0, "max results=a&b"});
  EXPECT_EQ(request.query, "max%20results=a%26b");
  request = Encoded();
  TamperRequest(request, {Tamper::kLabel, 2, "../x y"});
  EXPECT_EQ(request.path, "/v2/apis/..%2Fx%20y/stages");
}

TEST(Mutation, MethodIsDrawnFromHttpMethods) {
  HttpRequest request = Encoded();
  TamperRequest(request, {Tamper::kMethod, 3, ""});
  EXPECT_EQ(request.method, "DELETE");
  EXPECT_EQ(request.body, Encoded().body);
}

TEST(Mutation, OnlyRouteBreakingTampersSkipTheShapeOracles) {
  EXPECT_TRUE(MayChangeRoute(Tamper::kLabel));
  EXPECT_TRUE(MayChangeRoute(Tamper::kMethod));
  EXPECT_FALSE(MayChangeRoute(Tamper::kBodyBytes));
  EXPECT_FALSE(IsWireTamper(Tamper::kOneViolation));
  EXPECT_TRUE(IsWireTamper(Tamper::kQuery));
}

}  // namespace
}  // namespace shapeguard::conformance

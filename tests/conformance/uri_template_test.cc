#include "wire/uri_template.h"

#include <gtest/gtest.h>

namespace shapeguard::conformance {
namespace {

using Labels = std::map<std::string, std::string>;

TEST(UriTemplate, LabelsAreDecodedAndLiteralsCounted) {
  auto match = MatchUriTemplate("/v2/apis/{apiId}/stages/{stageName}", "/v2/apis/a1/stages/p%20q");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->labels, (Labels{{"apiId", "a1"}, {"stageName", "p q"}}));
  EXPECT_EQ(match->literal_segments, 3);
}

TEST(UriTemplate, AnEncodedSlashStaysInItsLabel) {
  auto match = MatchUriTemplate("/v2/apis/{apiId}/stages", "/v2/apis/a%2Fb/stages");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->labels, (Labels{{"apiId", "a/b"}}));
}

TEST(UriTemplate, SegmentCountsMustAgree) {
  EXPECT_FALSE(MatchUriTemplate("/v2/apis/{apiId}", "/v2/apis/a1/stages"));
  EXPECT_FALSE(MatchUriTemplate("/v2/apis/{apiId}/stages", "/v2/apis/a1"));
  EXPECT_FALSE(MatchUriTemplate("/v2/apis", "/v2/apis/"));
  EXPECT_FALSE(MatchUriTemplate("/v2/apis/{apiId}/stages", "/v2/apis/a1/routes"));
}

// EncodeRequest leaves a missing label's segment empty; the server must see the request
// (and answer 400 for the missing member), not a path of another operation.
TEST(UriTemplate, AnEmptySegmentIsAnEmptyLabel) {
  auto match = MatchUriTemplate("/v2/apis/{apiId}/stages", "/v2/apis//stages");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->labels, (Labels{{"apiId", ""}}));
}

TEST(UriTemplate, AGreedyLabelTakesTheRestSlashesIncluded) {
  auto match = MatchUriTemplate("/files/{key+}", "/files/a/b%20c/d");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->labels, (Labels{{"key", "a/b c/d"}}));
  EXPECT_FALSE(MatchUriTemplate("/files/{key+}", "/files"));
}

TEST(UriTemplate, TheTemplatesQueryIsIgnored) {
  auto match = MatchUriTemplate("/apikeys?mode=import", "/apikeys");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->literal_segments, 1);
}

TEST(RequestTarget, TheTemplatesQueryLiteralsMustBeThere) {
  EXPECT_FALSE(MatchRequestTarget("/restapis?mode=import", "/restapis", ""));
  EXPECT_FALSE(MatchRequestTarget("/restapis?mode=import", "/restapis", "mode=merge"));
  auto import = MatchRequestTarget("/restapis?mode=import", "/restapis", "fail=1&mode=import");
  ASSERT_TRUE(import);
  EXPECT_EQ(import->query_literals, 1);
  auto uploads = MatchRequestTarget("/{Key+}?uploads", "/bucket/key", "uploads");
  ASSERT_TRUE(uploads);
  // More query literals rank higher at the same path, and any literal segment beats them.
  auto create = MatchRequestTarget("/restapis", "/restapis", "mode=import");
  ASSERT_TRUE(create);
  EXPECT_GT(import->specificity(), create->specificity());
  EXPECT_LT(import->specificity(),
            MatchRequestTarget("/restapis/x", "/restapis/x", "")->specificity());
}

}  // namespace
}  // namespace shapeguard::conformance

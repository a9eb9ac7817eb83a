// "Did you mean": the nearest known name to a typo, and none where nothing is near or two
// names are equally near.
#include "closest_name.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace shapeguard::internal {
namespace {

const std::vector<std::string> kOperations = {"CreateStage", "CreateStages", "DeleteStage",
                                              "GetStage", "GetStages"};

TEST(ClosestName, OneOrTwoEditsAway) {
  EXPECT_EQ(ClosestName("CreatStage", kOperations), "CreateStage");
  EXPECT_EQ(ClosestName("DeleteStaeg", kOperations), "DeleteStage");
  EXPECT_EQ(ClosestName("delete-stag", kOperations), "DeleteStage");  // folded first
  EXPECT_EQ(ClosestName("apigatewayv3", {"apigateway", "apigatewayv2", "appconfig"}),
            "apigatewayv2");
}

TEST(ClosestName, NothingWhenTooFar) {
  EXPECT_EQ(ClosestName("RunInstances", kOperations), std::nullopt);
  EXPECT_EQ(ClosestName("CreateStageNow", kOperations), std::nullopt);  // 3 edits
  // Short names allow fewer edits: a third of the name.
  EXPECT_EQ(ClosestName("s3", {"s4", "sqs"}), std::nullopt);
  EXPECT_EQ(ClosestName("sqx", {"sqs", "iam"}), "sqs");
}

TEST(ClosestName, NothingWhenTwoAreEquallyNear) {
  EXPECT_EQ(ClosestName("GetStagex", kOperations), std::nullopt);  // GetStage, GetStages
}

TEST(ClosestName, DidYouMeanPhrase) {
  EXPECT_EQ(DidYouMean("CreatStage", kOperations), "did you mean \"CreateStage\"? ");
  EXPECT_EQ(DidYouMean("RunInstances", kOperations), "");
}

TEST(ClosestName, FoldsCaseAndSeparators) {
  EXPECT_EQ(FoldName("Create-Stage_Now"), "createstagenow");
}

}  // namespace
}  // namespace shapeguard::internal

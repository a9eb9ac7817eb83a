// Patch operations of apigateway UpdateStage (001 and the Stage path table of CONSTRAINTS.md).
#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

PathCodes Patch(nlohmann::json operations) {
  return CheckBuiltin(
      "apigateway.UpdateStage",
      {{"restApiId", "a1b2c3"}, {"stageName", "prod"}, {"patchOperations", operations}});
}

PathCodes One(nlohmann::json operation) { return Patch(nlohmann::json::array({operation})); }

TEST(PatchOperationCheck, ValidOperationsFromTheTable) {
  EXPECT_EQ(
      Patch(
          {{{"op", "replace"}, {"path", "/description"}, {"value", "new"}},
           {{"op", "replace"}, {"path", "/variables/lambdaAlias"}, {"value", "live"}},
           {{"op", "remove"}, {"path", "/variables/old"}},
           {{"op", "copy"}, {"path", "/deploymentId"}, {"from", "/canarySettings/deploymentId"}},
           {{"op", "replace"}, {"path", "/cacheClusterSize"}, {"value", "0.5"}},
           {{"op", "replace"}, {"path", "/tracingEnabled"}, {"value", "true"}},
           {{"op", "replace"}, {"path", "/canarySettings/percentTraffic"}, {"value", "12.5"}},
           {{"op", "add"}, {"path", "/accessLogSettings/format"}, {"value", "$context.requestId"}},
           {{"op", "replace"},
            {"path", "/~1pets~1{petId}/GET/logging/loglevel"},
            {"value", "INFO"}},
           {{"op", "replace"}, {"path", "/*/*/caching/ttlInSeconds"}, {"value", "3600"}},
           {{"op", "replace"}, {"path", "/~1/POST/throttling/rateLimit"}, {"value", "100.5"}},
           {{"op", "remove"}, {"path", "/canarySettings"}}}),
      PathCodes{});
}

TEST(PatchOperationCheck, PathsMustBeJsonPointers) {
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/variables/a~2b"}, {"value", "x"}}),
            (PathCodes{{"/patchOperations/0/path", "json-pointer"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/variables/a~"}, {"value", "x"}}),
            (PathCodes{{"/patchOperations/0/path", "json-pointer"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "description"}, {"value", "x"}}),
            (PathCodes{{"/patchOperations/0/path", "json-pointer"}}));
  EXPECT_EQ(
      One({{"op", "copy"}, {"path", "/deploymentId"}, {"from", "canarySettings/deploymentId"}}),
      (PathCodes{{"/patchOperations/0/from", "json-pointer"}}));
}

TEST(PatchOperationCheck, ValueAndFromAreRequiredByTheOp) {
  EXPECT_EQ(One({{"op", "copy"}, {"path", "/deploymentId"}}),
            (PathCodes{{"/patchOperations/0/from", "patch"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/description"}}),
            (PathCodes{{"/patchOperations/0/value", "patch"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"value", "x"}}),
            (PathCodes{{"/patchOperations/0/path", "patch"}}));
}

TEST(PatchOperationCheck, MoveAndTestAreNotSupportedOnAStage) {
  EXPECT_EQ(
      One({{"op", "move"}, {"path", "/deploymentId"}, {"from", "/canarySettings/deploymentId"}}),
      (PathCodes{{"/patchOperations/0/op", "patch"}}));
  EXPECT_EQ(One({{"op", "test"}, {"path", "/description"}, {"value", "x"}}),
            (PathCodes{{"/patchOperations/0/op", "patch"}}));
  // Not an RFC 6902 op at all: only the model's enum speaks.
  EXPECT_EQ(One({{"op", "delete"}, {"path", "/description"}}),
            (PathCodes{{"/patchOperations/0/op", "enum"}}));
}

TEST(PatchOperationCheck, EachPathAllowsItsOwnOps) {
  EXPECT_EQ(One({{"op", "add"}, {"path", "/description"}, {"value", "x"}}),
            (PathCodes{{"/patchOperations/0/op", "patch"}}));
  EXPECT_EQ(One({{"op", "remove"}, {"path", "/deploymentId"}}),
            (PathCodes{{"/patchOperations/0/op", "patch"}}));
  EXPECT_EQ(One({{"op", "copy"}, {"path", "/deploymentId"}, {"from", "/description"}}),
            (PathCodes{{"/patchOperations/0/from", "patch"}}));
}

TEST(PatchOperationCheck, UnknownPathsAreRejected) {
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/name"}, {"value", "x"}}),
            (PathCodes{{"/patchOperations/0/path", "patch"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/pets/GET/logging/loglevel"}, {"value", "INFO"}}),
            (PathCodes{{"/patchOperations/0/path", "method-setting"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/*/*/logging/level"}, {"value", "INFO"}}),
            (PathCodes{{"/patchOperations/0/path", "patch"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/~1pets/FETCH/metrics/enabled"}, {"value", "true"}}),
            (PathCodes{{"/patchOperations/0/path", "method-setting"}}));
}

TEST(PatchOperationCheck, StageVariableNamesAndValues) {
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/variables/x"}, {"value", "has space"}}),
            (PathCodes{{"/patchOperations/0/value", "pattern"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/variables/bad-name"}, {"value", "ok"}}),
            (PathCodes{{"/patchOperations/0/path", "pattern"}}));
  EXPECT_EQ(
      One({{"op", "replace"}, {"path", "/canarySettings/stageVariableOverrides/x"}, {"value", ""}}),
      (PathCodes{{"/patchOperations/0/value", "pattern"}}));
}

TEST(PatchOperationCheck, ValuesFollowTheTargetFieldsRules) {
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/cacheClusterSize"}, {"value", "2"}}),
            (PathCodes{{"/patchOperations/0/value", "enum"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/cacheClusterEnabled"}, {"value", "yes"}}),
            (PathCodes{{"/patchOperations/0/value", "type"}}));
  EXPECT_EQ(
      One({{"op", "replace"}, {"path", "/canarySettings/percentTraffic"}, {"value", "100.1"}}),
      (PathCodes{{"/patchOperations/0/value", "range"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/canarySettings/percentTraffic"}, {"value", "0x10"}}),
            (PathCodes{{"/patchOperations/0/value", "type"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/*/*/caching/ttlInSeconds"}, {"value", "3601"}}),
            (PathCodes{{"/patchOperations/0/value", "range"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/*/*/throttling/burstLimit"}, {"value", "1.5"}}),
            (PathCodes{{"/patchOperations/0/value", "type"}}));
  EXPECT_EQ(One({{"op", "replace"}, {"path", "/*/*/logging/loglevel"}, {"value", "DEBUG"}}),
            (PathCodes{{"/patchOperations/0/value", "enum"}}));
  EXPECT_EQ(One({{"op", "replace"},
                 {"path", "/accessLogSettings/format"},
                 {"value", "$context.requestIdentity"}}),
            (PathCodes{{"/patchOperations/0/value", "access-log"}}));
  EXPECT_EQ(One({{"op", "replace"},
                 {"path", "/accessLogSettings/destinationArn"},
                 {"value", "arn:aws:firehose:us-east-1:123456789012:deliverystream/logs"}}),
            (PathCodes{{"/patchOperations/0/value", "arn"}}));
}

TEST(PatchOperationCheck, OtherUpdateOperationsGetTheGenericRules) {
  // UpdateRestApi has no path table here, but move/test, pointers and value/from still apply.
  nlohmann::json request = {{"restApiId", "a1b2c3"},
                            {"patchOperations",
                             {{{"op", "move"}, {"path", "/name"}, {"from", "/x"}},
                              {{"op", "replace"}, {"path", "name"}, {"value", "n"}},
                              {{"op", "add"}, {"path", "/binaryMediaTypes/image~1png"}}}}};
  EXPECT_EQ(CheckBuiltin("apigateway.UpdateRestApi", request),
            (PathCodes{{"/patchOperations/0/op", "patch"},
                       {"/patchOperations/1/path", "json-pointer"},
                       {"/patchOperations/2/value", "patch"}}));
}

}  // namespace
}  // namespace shapeguard

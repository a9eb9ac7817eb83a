// ApplyStagePatch: REST Stage patches applied by the path table the validator compiles from
// schemas/overlays/apigateway.json, with and without the faults that change path matching.
#include "emulator/stage_patch.h"

#include <gtest/gtest.h>

#include <memory>

#include "shapeguard/catalog.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;

const PatchPaths& StageTable() {
  static const std::shared_ptr<const Schema> input = [] {
    auto catalog = Catalog::Builtin();
    EXPECT_TRUE(catalog.ok()) << catalog.error();
    auto schema = catalog.value().GetSchema("apigateway.UpdateStage", Direction::kInput);
    EXPECT_TRUE(schema.ok()) << schema.error();
    return schema.value();
  }();
  return *FindPatchPaths(*input, "patchOperations");
}

json Patched(json stage, const json& operations, const StagePatchOptions& options = {}) {
  Status status = ApplyStagePatch(StageTable(), operations, stage, options);
  EXPECT_TRUE(status.ok()) << status.message();
  return stage;
}

TEST(ApplyStagePatch, StoresValuesAsTheirRowsTypes) {
  json stage = Patched(
      json::object(),
      {{{"op", "replace"}, {"path", "/cacheClusterEnabled"}, {"value", "true"}},
       {{"op", "replace"}, {"path", "/canarySettings/percentTraffic"}, {"value", "12.5"}},
       {{"op", "replace"}, {"path", "/~1pets~1{id}/GET/caching/ttlInSeconds"}, {"value", "60"}},
       {{"op", "replace"}, {"path", "/variables/x"}, {"value", "10"}}});
  EXPECT_EQ(stage, json({{"cacheClusterEnabled", true},
                         {"canarySettings", {{"percentTraffic", 12.5}}},
                         {"methodSettings", {{"~1pets~1{id}/GET", {{"cacheTtlInSeconds", 60}}}}},
                         {"variables", {{"x", "10"}}}}));
}

TEST(ApplyStagePatch, CopiesFromASourceOutsideTheTable) {
  json stage = {{"canarySettings", {{"stageVariableOverrides", {{"a", "1"}}}}}};
  json copied = Patched(stage, {{{"op", "copy"},
                                 {"path", "/variables"},
                                 {"from", "/canarySettings/stageVariableOverrides"}}});
  EXPECT_EQ(copied["variables"], json({{"a", "1"}}));
}

TEST(ApplyStagePatch, RefusesAnUnknownPathUnlessToldToIgnoreIt) {
  json stage = {{"stageName", "beta"}};
  json operations = {{{"op", "replace"}, {"path", "/stageName"}, {"value", "gamma"}}};
  json unchanged = stage;
  EXPECT_FALSE(ApplyStagePatch(StageTable(), operations, unchanged).ok());
  EXPECT_EQ(unchanged, stage);
  StagePatchOptions ignore;
  ignore.ignore_unknown_paths = true;
  EXPECT_EQ(Patched(stage, operations, ignore), stage);
}

TEST(ApplyStagePatch, MatchingTheLastSegmentSetsTheStagesOwnField) {
  json operations = {
      {{"op", "replace"}, {"path", "/canarySettings/deploymentId"}, {"value", "d2"}}};
  json stage = {{"deploymentId", "d1"}};
  EXPECT_EQ(Patched(stage, operations)["deploymentId"], "d1");
  StagePatchOptions substring;
  substring.match_last_segment = true;
  json faulty = Patched(stage, operations, substring);
  EXPECT_EQ(faulty["deploymentId"], "d2");
  EXPECT_FALSE(faulty.contains("canarySettings"));
}

}  // namespace
}  // namespace shapeguard::emulator

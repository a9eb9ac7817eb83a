// The public view of a compiled patch-path table: the Stage table of
// schemas/overlays/apigateway.json, reached through apigateway.UpdateStage's input.
#include "shapeguard/patch_paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "shapeguard/catalog.h"

namespace shapeguard {
namespace {

std::shared_ptr<const Schema> InputOf(const std::string& operation) {
  static const Result<Catalog> catalog = Catalog::Builtin();
  EXPECT_TRUE(catalog.ok()) << catalog.error();
  auto schema = catalog.value().GetSchema(operation, Direction::kInput);
  EXPECT_TRUE(schema.ok()) << schema.error();
  return schema.value();
}

const PatchPaths& StageTable() {
  static const std::shared_ptr<const Schema> input = InputOf("apigateway.UpdateStage");
  const PatchPaths* paths = FindPatchPaths(*input, "patchOperations");
  EXPECT_NE(paths, nullptr);
  return *paths;
}

TEST(FindPatchPaths, FindsTheStageTableInTheOverlaysOrder) {
  const std::vector<PatchPathRow>& rows = StageTable().rows();
  ASSERT_EQ(rows.size(), 27u);
  EXPECT_EQ(rows.front().path, "/description");
  EXPECT_EQ(rows.back().path,
            "/{resourcePath}/{httpMethod}/caching/"
            "unauthorizedCacheControlHeaderStrategy");
  const PatchPathRow& deployment = rows[6];
  EXPECT_EQ(deployment.path, "/deploymentId");
  EXPECT_EQ(deployment.ops, (std::vector<std::string>{"replace", "copy"}));
  EXPECT_EQ(deployment.from, (std::vector<std::string>{"/canarySettings/deploymentId"}));
  EXPECT_EQ(deployment.field, "Stage$deploymentId");
}

// Update operations whose patch-operation rule has no path table, and members that are not
// patch lists, have none.
TEST(FindPatchPaths, IsNullWithoutATable) {
  EXPECT_EQ(FindPatchPaths(*InputOf("apigateway.UpdateRestApi"), "patchOperations"), nullptr);
  EXPECT_EQ(FindPatchPaths(*InputOf("apigateway.UpdateStage"), "stageName"), nullptr);
  EXPECT_EQ(FindPatchPaths(*InputOf("apigateway.UpdateStage"), "noSuchMember"), nullptr);
}

TEST(PatchPaths, MatchesLiteralsAndPlaceholders) {
  const PatchPaths& table = StageTable();
  const PatchPathRow* variable = table.Match({"variables", "anyName"});
  ASSERT_NE(variable, nullptr);
  EXPECT_EQ(variable->path, "/variables/{name}");
  const PatchPathRow* setting = table.Match({"/pets", "GET", "logging", "loglevel"});
  ASSERT_NE(setting, nullptr);
  EXPECT_EQ(setting->field, "MethodSetting$loggingLevel");
  EXPECT_EQ(table.Match({"nonsense"}), nullptr);
  EXPECT_EQ(table.Match({"variables", "a", "b"}), nullptr);
  EXPECT_EQ(table.Match({"/pets", "GET", "logging", "nonsense"}), nullptr);
}

// When several rows fit, the one with the most literal tokens wins, whatever their order.
TEST(PatchPaths, PrefersTheRowWithMoreLiteralTokens) {
  PatchPaths table({{"/{a}/{b}", {"{a}", "{b}"}, {"replace"}, {}, "", PatchValueType::kText, {}},
                    {"/x/{b}", {"x", "{b}"}, {"remove"}, {}, "", PatchValueType::kText, {}},
                    {"/x/y", {"x", "y"}, {"add"}, {}, "", PatchValueType::kText, {}}},
                   {}, {});
  EXPECT_EQ(table.Match({"x", "y"})->path, "/x/y");
  EXPECT_EQ(table.Match({"x", "z"})->path, "/x/{b}");
  EXPECT_EQ(table.Match({"w", "z"})->path, "/{a}/{b}");
}

// Generators read the same table: the ops, and the kind and rules of each checked value.
TEST(PatchPaths, GivesTheOpsAndTheRulesOfValues) {
  const PatchPaths& table = StageTable();
  EXPECT_NE(std::find(table.ops().begin(), table.ops().end(), "replace"), table.ops().end());
  const PatchPathRow* ttl = table.Match({"*", "*", "caching", "ttlInSeconds"});
  ASSERT_NE(ttl, nullptr);
  ASSERT_TRUE(ttl->value_rules.has_value());
  EXPECT_EQ(ttl->value_rules->kind, ShapeKind::kInteger);
  const PatchPathRow* enabled = table.Match({"cacheClusterEnabled"});
  ASSERT_TRUE(enabled->value_rules.has_value());
  EXPECT_EQ(enabled->value_rules->kind, ShapeKind::kBoolean);
  const PatchRules* method = table.placeholder("httpMethod");
  ASSERT_NE(method, nullptr);
  ASSERT_FALSE(method->constraints.empty());
  EXPECT_EQ(method->constraints[0].kind(), "http-method");
  EXPECT_EQ(table.placeholder("noSuchPlaceholder"), nullptr);
}

TEST(PatchPaths, ReadsValuesAsTheTargetFieldsType) {
  const PatchPaths& table = StageTable();
  EXPECT_EQ(table.Match({"cacheClusterEnabled"})->value_type, PatchValueType::kBoolean);
  EXPECT_EQ(table.Match({"canarySettings", "percentTraffic"})->value_type, PatchValueType::kNumber);
  EXPECT_EQ(table.Match({"*", "*", "caching", "ttlInSeconds"})->value_type,
            PatchValueType::kInteger);
  EXPECT_EQ(table.Match({"description"})->value_type, PatchValueType::kText);
  EXPECT_EQ(table.Match({"variables"})->value_type, PatchValueType::kText);  // not checked
  EXPECT_EQ(table.Match({"variables"})->field, "");
}

TEST(IsPatchPlaceholder, IsABracedName) {
  EXPECT_TRUE(IsPatchPlaceholder("{name}"));
  EXPECT_FALSE(IsPatchPlaceholder("{}"));
  EXPECT_FALSE(IsPatchPlaceholder("name"));
  EXPECT_FALSE(IsPatchPlaceholder("{name"));
}

}  // namespace
}  // namespace shapeguard

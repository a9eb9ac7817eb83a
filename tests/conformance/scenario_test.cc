// Scenario inference: the built-in hints, producer/consumer planning and bindings.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "conform/bindings.h"
#include "conform/planner.h"
#include "conform/scenario_hints.h"
#include "shapeguard/catalog.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using Plan = std::vector<std::string>;

const Catalog& Builtin() {
  static const Catalog catalog = Catalog::Builtin().value();
  return catalog;
}

Plan PlanOf(const std::string& operation) {
  auto plan = PlanPrerequisites(Builtin(), operation, BuiltinScenarioHints());
  EXPECT_TRUE(plan.ok()) << plan.error();
  return plan.ok() ? plan.value() : Plan{};
}

TEST(ScenarioHints, BuiltinTargetsAreKnownOperations) {
  const ScenarioHints& hints = BuiltinScenarioHints();
  ASSERT_FALSE(hints.targets.empty());
  for (const std::string& target : hints.targets) {
    EXPECT_TRUE(Builtin().Resolve(target).ok()) << target;
  }
  for (const auto& [op, members] : hints.omit) EXPECT_TRUE(Builtin().Resolve(op).ok()) << op;
}

TEST(ScenarioHints, RejectsMalformedText) {
  EXPECT_FALSE(ParseScenarioHints("[").ok());
  EXPECT_FALSE(ParseScenarioHints(R"({"omit": {"a.B": 3}})").ok());
  auto parsed = ParseScenarioHints(R"({"omit": {"_why": "comment", "a.B": ["X"]}})");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  EXPECT_EQ(parsed->omit.size(), 1u);
}

// The chains of issue 6, inferred from the models.
TEST(Planner, InfersTheIssueChains) {
  EXPECT_EQ(PlanOf("apigatewayv2.GetStage"),
            (Plan{"apigatewayv2.CreateApi", "apigatewayv2.CreateStage"}));
  EXPECT_EQ(PlanOf("apigatewayv2.CreateIntegrationResponse"),
            (Plan{"apigatewayv2.CreateApi", "apigatewayv2.CreateIntegration"}));
  // AWS deploys only an API with a method: the hints add PutMethod and PutIntegration, on
  // the root resource CreateRestApi returns.
  EXPECT_EQ(PlanOf("apigateway.UpdateStage"),
            (Plan{"apigateway.CreateRestApi", "apigateway.PutMethod", "apigateway.PutIntegration",
                  "apigateway.CreateDeployment", "apigateway.CreateStage",
                  "apigateway.CreateDeployment"}));
  EXPECT_EQ(PlanOf("appconfig.UpdateExtensionAssociation"),
            (Plan{"appconfig.CreateExtension", "appconfig.CreateApplication",
                  "appconfig.CreateExtensionAssociation"}));
}

TEST(Planner, DeploymentsNeedTheirWholeConfiguration) {
  EXPECT_EQ(PlanOf("appconfig.StopDeployment"),
            (Plan{"appconfig.CreateApplication", "appconfig.CreateEnvironment",
                  "appconfig.CreateDeploymentStrategy", "appconfig.CreateConfigurationProfile",
                  "appconfig.CreateHostedConfigurationVersion", "appconfig.StartDeployment"}));
}

TEST(Planner, CreatesNeedNoProducerForWhatTheyCreate) {
  EXPECT_EQ(PlanOf("apigatewayv2.CreateApi"), Plan{});
  EXPECT_EQ(PlanOf("apigateway.CreateStage"),
            (Plan{"apigateway.CreateRestApi", "apigateway.PutMethod", "apigateway.PutIntegration",
                  "apigateway.CreateDeployment"}));
  EXPECT_EQ(PlanOf("apigatewaymanagementapi.GetConnection"), Plan{});
}

TEST(Planner, FindsTheReader) {
  EXPECT_EQ(GetterOf(Builtin(), "apigatewayv2.CreateStage"), "apigatewayv2.GetStage");
  EXPECT_EQ(GetterOf(Builtin(), "apigateway.UpdateStage"), "apigateway.GetStage");
  EXPECT_EQ(GetterOf(Builtin(), "appconfig.UpdateExtension"), "appconfig.GetExtension");
  EXPECT_EQ(GetterOf(Builtin(), "apigatewayv2.DeleteStage"), "apigatewayv2.GetStage");
  EXPECT_EQ(GetterOf(Builtin(), "apigatewayv2.GetStages"), "");
  EXPECT_EQ(ListerOf(Builtin(), "apigatewayv2.DeleteStage"), "apigatewayv2.GetStages");
  EXPECT_EQ(ListerOf(Builtin(), "appconfig.DeleteExtension"), "appconfig.ListExtensions");
}

TEST(Bindings, IdOfCreateXIsXId) {
  const ScenarioHints& hints = BuiltinScenarioHints();
  EXPECT_EQ(ProducedNames("apigateway.CreateRestApi", "id", hints),
            (std::set<std::string>{"id", "restapiid"}));
  EXPECT_EQ(ProducedNames("appconfig.CreateExtension", "Id", hints),
            (std::set<std::string>{"id", "extensionid", "extensionidentifier"}));
  EXPECT_EQ(ProducedNames("apigatewayv2.GetApi", "ApiId", hints), std::set<std::string>{"apiid"});
}

TEST(Bindings, CreatesItsOwnNameButRefersToOthers) {
  EXPECT_TRUE(CreatesMember("apigateway.CreateStage", "stageName"));
  EXPECT_FALSE(CreatesMember("apigateway.CreateStage", "deploymentId"));
  EXPECT_FALSE(CreatesMember("appconfig.CreateExtensionAssociation", "ExtensionIdentifier"));
  EXPECT_FALSE(CreatesMember("apigatewayv2.UpdateStage", "StageName"));
}

TEST(Bindings, FlowIntoLabelsAndBodyMembersIgnoringCase) {
  const ScenarioHints& hints = BuiltinScenarioHints();
  Bindings bindings;
  bindings.Harvest("apigateway.CreateRestApi", {{"id", "abc123"}, {"name", "n"}}, hints);
  bindings.Harvest("apigateway.CreateDeployment", {{"id", "dep1"}, {"description", "d"}}, hints);
  auto schema = Builtin().GetOperation("apigateway.CreateStage").value();
  json params = {
      {"restApiId", "x"}, {"stageName", "s1"}, {"deploymentId", "y"}, {"description", "mine"}};
  bindings.Apply(*schema, params, {});
  EXPECT_EQ(params, (json{{"restApiId", "abc123"},
                          {"stageName", "s1"},
                          {"deploymentId", "dep1"},
                          {"description", "mine"}}));
  json kept = {{"restApiId", "x"}};
  bindings.Apply(*schema, kept, {"restApiId"});
  EXPECT_EQ(kept["restApiId"], "x");
}

TEST(Bindings, ConvertsNumbersForStringMembers) {
  Bindings bindings;
  bindings.Set("ConfigurationVersion", 3);
  auto schema = Builtin().GetOperation("appconfig.StartDeployment").value();
  json params = {{"ConfigurationVersion", "x"}};
  bindings.Apply(*schema, params, {});
  EXPECT_EQ(params["ConfigurationVersion"], "3");
}

}  // namespace
}  // namespace shapeguard::conformance

namespace shapeguard::conformance {
namespace {

TEST(ScenarioHints, PatchPathsDroppedFromValidStageUpdates) {
  const PatchHints& hints = BuiltinScenarioHints().patch_paths.at("apigateway.UpdateStage");
  EXPECT_TRUE(hints.Drops("replace", "/clientCertificateId"));
  EXPECT_TRUE(hints.Drops("replace", "/*/GET/metrics/enabled"));
  EXPECT_TRUE(hints.Drops("copy", "/deploymentId"));
  EXPECT_FALSE(hints.Drops("replace", "/*/*/metrics/enabled"));
  EXPECT_FALSE(hints.Drops("replace", "/~1pets/GET/metrics/enabled"));
  EXPECT_FALSE(hints.Drops("remove", "/variables/a"));
}

}  // namespace
}  // namespace shapeguard::conformance

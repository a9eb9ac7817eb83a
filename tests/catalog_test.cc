#include "shapeguard/catalog.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace shapeguard {
namespace {

const Catalog& Builtin() {
  static const Catalog* catalog = new Catalog(std::move(Catalog::Builtin().value()));
  return *catalog;
}

TEST(BuiltinCatalog, HasEveryServiceAndTheFourSeededOnes) {
  EXPECT_GT(Builtin().Services().size(), 400u);  // every service of a botocore release
  EXPECT_EQ(Builtin().SeededServices(),
            (std::vector<std::string>{"apigateway", "apigatewaymanagementapi", "apigatewayv2",
                                      "appconfig"}));
  EXPECT_EQ(Builtin().ModelsVersion().rfind("botocore 1.", 0), 0u) << Builtin().ModelsVersion();
}

TEST(CatalogResolve, AcceptsModelAndKebabNames) {
  for (const char* name : {"apigatewayv2.CreateStage", "apigatewayv2.create-stage",
                           "apigatewayv2.create_stage", "apigatewayv2.createstage"}) {
    auto op = Builtin().Resolve(name);
    ASSERT_TRUE(op.ok()) << op.error();
    EXPECT_EQ(op.value().qualified(), "apigatewayv2.CreateStage");
  }
}

// Services as users write them: the SDK's service id, the signing name, the endpoint
// prefix (manifest.json "aliases"), in any case.
TEST(CatalogResolve, AcceptsTheOtherNamesOfAService) {
  EXPECT_EQ(Builtin().ResolveService("apigatewayv2").value(), "apigatewayv2");
  EXPECT_EQ(Builtin().ResolveService("ApiGatewayV2").value(), "apigatewayv2");
  EXPECT_EQ(Builtin().ResolveService("API Gateway").value(), "apigateway");
  EXPECT_EQ(Builtin().ResolveService("ApiGatewayManagementApi").value(), "apigatewaymanagementapi");
  EXPECT_EQ(Builtin().ResolveService("monitoring").value(), "cloudwatch");
  EXPECT_EQ(Builtin().ResolveService("AppConfig").value(), "appconfig");
  // apigatewayv2's signing name is "apigateway": the botocore name of apigateway wins.
  EXPECT_EQ(Builtin().ResolveService("apigateway").value(), "apigateway");
  auto op = Builtin().Resolve("API Gateway.create-rest-api");
  ASSERT_TRUE(op.ok()) << op.error();
  EXPECT_EQ(op.value().service, "apigateway");
  EXPECT_EQ(op.value().operation, "CreateRestApi");
  EXPECT_EQ(Builtin().Operations("ApiGatewayManagementApi").value().size(), 3u);
  EXPECT_FALSE(Builtin().ResolveService("no-such-service").ok());
  // Two services sign as execute-api: the name alone cannot say which.
  EXPECT_EQ(Builtin().ResolveService("execute-api").error(),
            "\"execute-api\" names apigatewaymanagementapi and connectparticipant: write the "
            "service's botocore name");
}

// A service added under a name that is another's alias: the botocore name wins.
TEST(CatalogResolve, BotocoreNameWinsOverAnAlias) {
  Catalog catalog = Catalog::Builtin().value();
  constexpr char kModel[] = R"({"metadata": {"protocol": "rest-json"}, "operations": {},
                                "shapes": {}})";
  ASSERT_TRUE(catalog.AddModel("monitoring", kModel, "test").ok());
  EXPECT_EQ(catalog.ResolveService("monitoring").value(), "monitoring");
  EXPECT_EQ(Builtin().ResolveService("monitoring").value(), "cloudwatch");
}

// A service added at run time (a private model) resolves by its metadata's names too.
TEST(CatalogResolve, AddedServicesResolveByTheirMetadata) {
  Catalog catalog = Catalog::Builtin().value();
  constexpr char kModel[] = R"({"metadata": {"protocol": "json", "serviceId": "Private Thing",
                                "signingName": "privsign", "endpointPrefix": "private-thing"},
                                "operations": {}, "shapes": {}})";
  ASSERT_TRUE(catalog.AddModel("privatething", kModel, "test").ok());
  EXPECT_EQ(catalog.ResolveService("Private Thing").value(), "privatething");
  EXPECT_EQ(catalog.ResolveService("PRIVSIGN").value(), "privatething");
  EXPECT_EQ(catalog.ResolveService("private-thing").value(), "privatething");
  EXPECT_EQ(catalog.ResolveService("monitoring").value(), "cloudwatch");
  EXPECT_FALSE(catalog.ResolveService("other-thing").ok());
}

TEST(CatalogResolve, ExplainsWhatIsWrong) {
  EXPECT_EQ(
      Builtin().Resolve("CreateStage").error(),
      "\"CreateStage\": name an operation as SERVICE.Operation, e.g. apigatewayv2.CreateStage");
  EXPECT_EQ(Builtin().Resolve("apigatewayv3.CreateStage").error(),
            "unknown service \"apigatewayv3\" (did you mean \"apigatewayv2\"?)");
  EXPECT_EQ(Builtin().Resolve("apigatewayv2.CreateStag").error(),
            "unknown operation \"CreateStag\" in apigatewayv2 (did you mean \"CreateStage\"? "
            "`shapeguard list apigatewayv2` shows the 103 it has)");
}

TEST(CatalogModels, AddedModelKeepsTheServiceOverlays) {
  auto catalog = Catalog::Builtin();
  ASSERT_TRUE(catalog.ok());
  // A stand-in apigatewayv2 with one operation; the built-in overlay's targets it lacks are
  // skipped with warnings, the ones it has still apply.
  std::string model = R"({"operations": {"CreateStage": {"input": {"shape": "Req"}}},
      "shapes": {"Req": {"type": "structure", "members": {"StageVariables": {"shape": "StageVariablesMap"}}},
                 "StageVariablesMap": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "S"}},
                 "S": {"type": "string"}}})";
  ASSERT_TRUE(catalog->AddModel("apigatewayv2", model, "stand-in").ok());
  auto schema = catalog->GetSchema("apigatewayv2.CreateStage", Direction::kInput);
  ASSERT_TRUE(schema.ok()) << schema.error();
  Report report =
      schema.value()->Validate(nlohmann::json::parse(R"({"StageVariables": {"a b": "x"}})"));
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].source, "overlay:000_d6df98e444a9a227.txt");
  EXPECT_FALSE(catalog->Warnings("apigatewayv2").value().empty());
}

TEST(CatalogModels, MissingDirectoryIsAnError) {
  Catalog catalog;
  EXPECT_EQ(catalog.AddModelsDirectory("/nonexistent/dir").message(),
            "/nonexistent/dir: not a directory (expected a botocore data directory)");
}

TEST(CatalogModels, ReadsTheProjectsOwnModelsDirectory) {
  Catalog catalog;
  ASSERT_TRUE(
      catalog.AddModelsDirectory(std::string(SHAPEGUARD_SOURCE_DIR) + "/schemas/models").ok());
  EXPECT_EQ(catalog.Services(), Builtin().Services());
  EXPECT_TRUE(catalog.GetSchema("appconfig.CreateExtension", Direction::kInput).ok());
}

}  // namespace
}  // namespace shapeguard

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

// A name as the catalog compares names: lower case, without '-', '_' and ' '.
std::string Folded(std::string name) {
  std::erase_if(name, [](char c) { return c == '-' || c == '_' || c == ' '; });
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

// What `list` prints comes from the manifest: it must say what the models say.
TEST(BuiltinCatalog, SummariesAgreeWithTheModels) {
  for (const std::string& service : Builtin().Services()) {
    auto summary = Builtin().Summary(service);
    ASSERT_TRUE(summary.ok()) << summary.error();
    EXPECT_EQ(summary.value().name, service);
    EXPECT_EQ(summary.value().origin, "built-in");
    EXPECT_EQ(summary.value().operations, Builtin().Operations(service).value().size()) << service;
    EXPECT_FALSE(summary.value().api_version.empty()) << service;
    EXPECT_FALSE(summary.value().protocol.empty()) << service;
    const std::vector<std::string> services = Builtin().Services();
    for (const std::string& alias : summary.value().aliases) {
      // An alias resolves to its service, unless it is another service's botocore name
      // (which wins) or two services share it (an error naming both).
      auto resolved = Builtin().ResolveService(alias);
      bool other_service = std::any_of(services.begin(), services.end(), [&](const auto& s) {
        return s != service && Folded(s) == Folded(alias);
      });
      if (resolved.ok() && !other_service) {
        EXPECT_EQ(resolved.value(), service) << alias;
      }
    }
  }
  EXPECT_EQ(Builtin().Summary("API Gateway").value().name, "apigateway");
  EXPECT_TRUE(Builtin().Summary("apigatewayv2").value().seeded);
  EXPECT_FALSE(Builtin().Summary("ec2").value().seeded);
  EXPECT_EQ(Builtin().Summary("nosuchservice").error(), "unknown service \"nosuchservice\"");
}

// Every model pattern compiles (translated to RE2's syntax, or through PCRE2 for
// look-around) and every overlay target exists in the model. The one exception: ssm's
// "^.{1,100000}$" has a count neither engine compiles in reasonable time or size; the
// members that have it also have a length bound of 1..100000, so only "no newline" goes
// unchecked.
TEST(BuiltinCatalog, CompilesWithoutWarnings) {
  for (const std::string& service : Builtin().Services()) {
    auto warnings = Builtin().Warnings(service);
    ASSERT_TRUE(warnings.ok()) << warnings.error();
    for (const std::string& warning : warnings.value()) {
      bool known = service == "ssm" && warning.find("\"^.{1,100000}$\"") != std::string::npos;
      EXPECT_TRUE(known) << service << ": " << warning;
    }
  }
}

TEST(BuiltinCatalog, EveryOperationValidatesInBothDirections) {
  std::size_t operations = 0;
  for (const std::string& service : Builtin().Services()) {
    for (const std::string& op : Builtin().Operations(service).value()) {
      for (Direction direction : {Direction::kInput, Direction::kOutput}) {
        auto schema = Builtin().GetSchema(service + "." + op, direction);
        ASSERT_TRUE(schema.ok()) << schema.error();
        // "{}" is valid unless the shape has required members, which are then reported.
        Report report = schema.value()->Validate(nlohmann::json::object());
        for (const Diagnostic& d : report.errors) {
          EXPECT_EQ(d.code, Code::kRequired) << service << "." << op << d.path << ": " << d.message;
        }
        Report not_object = schema.value()->Validate(nlohmann::json::array());
        ASSERT_EQ(not_object.errors.size(), 1u);
        EXPECT_EQ(not_object.errors[0].code, Code::kType);
      }
      ++operations;
    }
  }
  std::size_t listed = 0;
  for (const std::string& service : Builtin().Services()) {
    listed += Builtin().Summary(service).value().operations;
  }
  EXPECT_EQ(operations, listed);
  EXPECT_GT(operations, 15000u);
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

// Every service model of an installed botocore (hundreds, some .json.gz) loads and compiles:
// no error, no crash; what RE2 cannot compile is a warning.
TEST(CatalogModels, LoadsEveryServiceOfAnInstalledBotocore) {
  std::string data = SHAPEGUARD_BOTOCORE_DATA;
  if (data.empty() || !std::filesystem::is_directory(data)) {
    GTEST_SKIP() << "no botocore data directory found at configure time (install python3-botocore)";
  }
  Catalog catalog;
  ASSERT_TRUE(catalog.AddModelsDirectory(data).ok());
  std::size_t services = 0, operations = 0, warnings = 0;
  auto start = std::chrono::steady_clock::now();
  for (const std::string& service : catalog.Services()) {
    auto ops = catalog.Operations(service);
    ASSERT_TRUE(ops.ok()) << ops.error();
    auto w = catalog.Warnings(service);
    ASSERT_TRUE(w.ok()) << w.error();
    warnings += w.value().size();
    for (const std::string& op : ops.value()) {
      ASSERT_TRUE(catalog.GetSchema(service + "." + op, Direction::kInput).ok());
      ASSERT_TRUE(catalog.GetSchema(service + "." + op, Direction::kOutput).ok());
      ++operations;
    }
    ++services;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(services, 100u);
  std::cout << "botocore at " << data << ": " << services << " services, " << operations
            << " operations, " << warnings << " warnings, " << seconds << " s\n";
}

}  // namespace
}  // namespace shapeguard

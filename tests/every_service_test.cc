// Whole-AWS checks of the catalog: every service's summary, patterns and operations. Label
// every_operation (with the generators' walk): the asan test preset leaves them out.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>

#include "shapeguard/catalog.h"

namespace shapeguard {
namespace {

const Catalog& Builtin() {
  static const Catalog* catalog = new Catalog(std::move(Catalog::Builtin().value()));
  return *catalog;
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

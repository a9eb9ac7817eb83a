// The runner against small in-process servers whose deviations are known.
#include "conform/runner.h"

#include <gtest/gtest.h>

#include <set>

#include "conform/reports/reports.h"
#include "conformance/test_server.h"
#include "shapeguard/catalog.h"

namespace shapeguard::conformance {
namespace {

const Catalog& Builtin() {
  static const Catalog catalog = Catalog::Builtin().value();
  return catalog;
}

RunOptions Options(const std::string& url, std::uint64_t budget = 200) {
  RunOptions options;
  options.endpoint = url;
  options.budget = budget;
  options.seed = 7;
  return options;
}

// A router that knows nothing: every request is answered like an unknown URL.
void NothingRouted(httplib::Server& server) {
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    res.status = 404;
    res.set_content("<p>Not Found</p>", "text/html");
  });
}

TEST(Runner, UnroutedOperationsAreNotImplementedOnce) {
  TestServer server(NothingRouted);
  auto result = RunConformance(Builtin(), Options(server.url()));
  ASSERT_TRUE(result.ok()) << result.error();
  std::set<std::string> operations;
  for (const Finding& f : result->findings) {
    EXPECT_EQ(f.oracle, "not-implemented") << f.rule;
    EXPECT_TRUE(operations.insert(f.operation).second) << "reported twice: " << f.operation;
  }
  EXPECT_TRUE(operations.count("apigatewayv2.CreateApi"));
  EXPECT_TRUE(operations.count("apigatewaymanagementapi.GetConnection"));
  // A target behind an unrouted prerequisite is unreached, not a finding.
  EXPECT_TRUE(result->unreached.count("apigatewayv2.GetStage"));
  EXPECT_FALSE(operations.count("apigatewayv2.GetStage"));
}

TEST(Runner, UnreachableEndpointIsAnErrorNotAFinding) {
  auto result =
      RunConformance(Builtin(), Options("http://127.0.0.1:" + std::to_string(ClosedPort())));
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().find("127.0.0.1"), std::string::npos) << result.error();
}

TEST(Runner, UnknownOperationIsAnError) {
  RunOptions options = Options("http://127.0.0.1:1");
  options.operations = {"apigatewayv2.NoSuchThing"};
  EXPECT_FALSE(RunConformance(Builtin(), options).ok());
}

// Answers every request 200 with an empty JSON object: creates should be 201, deletes 204,
// bad requests 400, a connection 410.
void AlwaysOk(httplib::Server& server) {
  auto ok = [](const httplib::Request&, httplib::Response& res) {
    res.status = 200;
    res.set_content("{}", "application/json");
  };
  server.Get(".*", ok);
  server.Post(".*", ok);
  server.Patch(".*", ok);
  server.Delete(".*", ok);
}

TEST(Runner, FindsWhatAnAcceptEverythingServerBreaks) {
  TestServer server(AlwaysOk);
  RunOptions options = Options(server.url(), 300);
  options.operations = {"apigatewayv2.CreateStage", "apigatewaymanagementapi.GetConnection"};
  auto result = RunConformance(Builtin(), options);
  ASSERT_TRUE(result.ok()) << result.error();
  std::set<std::pair<std::string, std::string>> found;
  for (const Finding& f : result->findings) found.insert({f.operation, f.oracle});
  EXPECT_TRUE(found.count({"apigatewayv2.CreateApi", "positive-acceptance"}));
  EXPECT_TRUE(found.count({"apigatewayv2.CreateStage", "negative-rejection"}));
  EXPECT_TRUE(found.count({"apigatewayv2.CreateStage", "conflict"}));
  EXPECT_TRUE(found.count({"apigatewaymanagementapi.GetConnection", "state"}));
  EXPECT_FALSE(found.count({"apigatewayv2.CreateStage", "content-type"}));
  EXPECT_GE(result->requests, 300u);
}

TEST(Runner, SameSeedSameReport) {
  TestServer server(AlwaysOk);
  RunOptions options = Options(server.url(), 60);
  options.operations = {"apigateway.UpdateStage"};
  auto first = RunConformance(Builtin(), options);
  auto second = RunConformance(Builtin(), options);
  ASSERT_TRUE(first.ok() && second.ok());
  auto strip = [](nlohmann::ordered_json report) {
    // Signatures carry the time of signing.
    for (auto& f : report["findings"]) {
      f["request"].erase("headers");
      f.erase("reproduce");
    }
    return report;
  };
  EXPECT_EQ(strip(JsonReport(first.value())), strip(JsonReport(second.value())));
}

}  // namespace
}  // namespace shapeguard::conformance

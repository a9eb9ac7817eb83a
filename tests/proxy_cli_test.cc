// `shapeguard proxy -- COMMAND`: the exit statuses a CI line relies on, and the reports.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_process.h"

namespace shapeguard {
namespace {

using testing_support::RunProcess;

// Nothing listens on port 1: what reaches the upstream gets 502, which is not a violation.
const std::vector<std::string> kProxy = {"proxy", "--upstream", "http://127.0.0.1:1"};

std::vector<std::string> With(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// A shell line that sends CreateStage with a stage variable AWS refuses to the proxy.
const char kBrokenCreateStage[] =
    "curl -s -o /dev/null -X POST -H 'Content-Type: application/json' "
    "-H 'Authorization: AWS4-HMAC-SHA256 "
    "Credential=AKID/20260101/us-east-1/apigateway/aws4_request, SignedHeaders=host, "
    "Signature=00' -d '{\"stageName\":\"s1\",\"stageVariables\":{\"bad-name\":\"v\"}}' "
    "\"$AWS_ENDPOINT_URL/v2/apis/a1/stages\"";

TEST(ProxyCli, ExitsWithTheCommandsStatus) {
  EXPECT_EQ(RunProcess(SHAPEGUARD_BINARY, With(kProxy, {"--", "true"})).exit_code, 0);
  EXPECT_EQ(RunProcess(SHAPEGUARD_BINARY, With(kProxy, {"--", "sh", "-c", "exit 3"})).exit_code, 3);
}

TEST(ProxyCli, GivesTheCommandTheProxysAddress) {
  auto result = RunProcess(SHAPEGUARD_BINARY,
                           With(kProxy, {"--", "sh", "-c", "echo \"url=$AWS_ENDPOINT_URL\""}));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  // The proxy's line and the command's agree on the address.
  auto lines = testing_support::Lines(result.out);
  ASSERT_EQ(lines.size(), 2u) << result.out;
  EXPECT_EQ(lines[0].rfind("listening on http://127.0.0.1:", 0), 0u);
  EXPECT_EQ(lines[1], "url=" + lines[0].substr(std::string("listening on ").size()));
}

TEST(ProxyCli, ExitsOneWhenThePassingCommandBrokeTheContract) {
  std::string report = ::testing::TempDir() + "proxy_cli_report.json";
  std::remove(report.c_str());
  auto result = RunProcess(SHAPEGUARD_BINARY, With(kProxy, {"--mode", "enforce", "--report", report,
                                                            "--", "sh", "-c", kBrokenCreateStage}));
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("apigatewayv2.CreateStage  request  pattern"), std::string::npos)
      << result.err;
  std::ifstream file(report);
  std::stringstream text;
  text << file.rdbuf();
  auto parsed = nlohmann::json::parse(text.str(), nullptr, false);
  ASSERT_TRUE(parsed.is_object()) << text.str();
  EXPECT_EQ(parsed["violating_exchanges"], 1);
  EXPECT_EQ(parsed["violations"][0]["pointer"], "/StageVariables/bad-name");
}

// A stop signal while the command runs goes to the command, and its end ends the proxy.
TEST(ProxyCli, PassesAStopSignalOnToTheCommand) {
  auto result =
      RunProcess(SHAPEGUARD_BINARY, With(kProxy, {"--", "sh", "-c", "kill -TERM $PPID; sleep 10"}));
  EXPECT_EQ(result.exit_code, 128 + 15) << result.err;
}

TEST(ProxyCli, RefusesBadOptionsWithStatusTwo) {
  EXPECT_EQ(RunProcess(SHAPEGUARD_BINARY, {"proxy"}).exit_code, 2);  // no --upstream
  EXPECT_EQ(
      RunProcess(SHAPEGUARD_BINARY, {"proxy", "--upstream", "ftp://x", "--", "true"}).exit_code, 2);
  EXPECT_EQ(
      RunProcess(SHAPEGUARD_BINARY, With(kProxy, {"--mode", "strict", "--", "true"})).exit_code, 2);
  auto missing = RunProcess(SHAPEGUARD_BINARY, With(kProxy, {"--", "no-such-command-here"}));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no-such-command-here"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace shapeguard

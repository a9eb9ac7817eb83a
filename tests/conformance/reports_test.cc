// The report writers on a fixed run result.
#include "conform/reports/reports.h"

#include <gtest/gtest.h>

namespace shapeguard::conformance {
namespace {

RunResult Sample() {
  RunResult result;
  result.endpoint = "http://127.0.0.1:5000";
  result.seed = 3;
  result.requests = 12;
  Finding f;
  f.operation = "apigatewayv2.CreateStage";
  f.oracle = "negative-rejection";
  f.rule = "pattern at /StageVariables/… must get 400 <BadRequestException>";
  f.request = {{"method", "POST"}, {"path", "/v2/apis/a/stages"}};
  f.response = {{"status", 201}, {"headers", nlohmann::ordered_json::object()}, {"body", "<b>"}};
  f.reproduce = "curl -sS -i -X POST 'http://127.0.0.1:5000/v2/apis/a/stages'";
  result.findings.push_back(f);
  result.checked["apigatewayv2.CreateStage"] = {"negative-rejection", "server-error"};
  result.unreached["apigatewayv2.GetStage"] =
      "prerequisite apigatewayv2.CreateStage did not succeed";
  return result;
}

TEST(JsonReport, HasExactlyTheDocumentedKeys) {
  auto report = JsonReport(Sample());
  std::vector<std::string> keys, finding_keys, response_keys;
  for (const auto& item : report.items()) keys.push_back(item.key());
  for (const auto& item : report["findings"][0].items()) finding_keys.push_back(item.key());
  for (const auto& item : report["findings"][0]["response"].items())
    response_keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"endpoint", "seed", "requests", "findings"}));
  EXPECT_EQ(finding_keys, (std::vector<std::string>{"operation", "oracle", "rule", "request",
                                                    "response", "reproduce"}));
  EXPECT_EQ(response_keys, (std::vector<std::string>{"status", "headers", "body"}));
  EXPECT_EQ(report["seed"], 3);
}

TEST(JunitReport, OneTestcasePerOperationAndOracle) {
  std::string xml = JunitReport(Sample());
  EXPECT_NE(xml.find("tests=\"2\" failures=\"1\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("<testcase classname=\"apigatewayv2.CreateStage\" name=\"server-error\"/>"),
            std::string::npos);
  EXPECT_NE(xml.find("<failure message=\"pattern at /StageVariables/… must get 400 "
                     "&lt;BadRequestException&gt;\">"),
            std::string::npos)
      << xml;
}

TEST(HtmlReport, MatrixAndExpandableEscapedFindings) {
  std::string html = HtmlReport(Sample());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http-equiv"), std::string::npos);
  EXPECT_NE(
      html.find(
          "<td class=\"fail\"><a href=\"#f-apigatewayv2-CreateStage-negative-rejection\">1</a>"),
      std::string::npos);
  EXPECT_NE(html.find("<td class=\"pass\">"), std::string::npos);
  EXPECT_NE(html.find("<details id=\"f-apigatewayv2-CreateStage-negative-rejection\">"),
            std::string::npos);
  EXPECT_NE(html.find("&quot;&lt;b&gt;&quot;"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("unreached: prerequisite"), std::string::npos);
}

}  // namespace
}  // namespace shapeguard::conformance

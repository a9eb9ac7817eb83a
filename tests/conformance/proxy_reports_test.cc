// The proxy's summaries: what a CI system reads from them.
#include "proxy/proxy_reports.h"

#include <gtest/gtest.h>

namespace shapeguard::proxy {
namespace {

ProxySummary Sample() {
  ProxySummary summary;
  summary.upstream = "http://127.0.0.1:5000";
  summary.mode = "observe";
  summary.exchanges = 4;
  summary.violating_exchanges = 1;
  summary.operations["apigatewayv2.CreateStage"]["request"] = {2, 2, 1};
  summary.operations["apigatewayv2.CreateStage"]["response"] = {2, 2, 0};
  summary.operations["s3.GetObject"]["request"] = {1, 0, 0};
  summary.operations["s3.GetObject"]["response"] = {1, 0, 0};
  summary.unrecognised["GET /health"] = 1;
  summary.not_validated["s3.GetObject"] = "rest-xml requests and responses are not validated yet";
  RecordedViolation recorded;
  recorded.operation = "apigatewayv2.CreateStage";
  recorded.violation = {Side::kRequest, "pattern", "/StageVariables/a<b",
                        "member /StageVariables/…: pattern (overlay:x.txt)", "key \"a<b\" ..."};
  recorded.reproduce = "curl -X POST 'http://127.0.0.1:5000/v2/apis/a1/stages'";
  recorded.count = 1;
  summary.violations.push_back(recorded);
  return summary;
}

TEST(ProxyReports, JsonCountsEveryOperationAndSide) {
  auto report = ProxyJsonReport(Sample());
  EXPECT_EQ(report["exchanges"], 4);
  EXPECT_EQ(report["operations"].size(), 2u);
  EXPECT_EQ(report["operations"][0]["request"]["violating"], 1);
  EXPECT_EQ(report["unrecognised"][0]["request"], "GET /health");
  EXPECT_EQ(report["not_validated"][0]["operation"], "s3.GetObject");
  EXPECT_EQ(report["violations"][0]["pointer"], "/StageVariables/a<b");
  EXPECT_EQ(report["violations"][0]["operation"], "apigatewayv2.CreateStage");
}

TEST(ProxyReports, JunitFailsViolatedSidesAndSkipsUnvalidatedOnes) {
  std::string xml = ProxyJunitReport(Sample());
  EXPECT_NE(xml.find("<testsuite name=\"apigatewayv2.CreateStage\" tests=\"2\">"),
            std::string::npos);
  EXPECT_NE(xml.find("<failure type=\"pattern\""), std::string::npos) << xml;
  EXPECT_EQ(xml.find("a<b"), std::string::npos) << "markup is escaped";
  // s3.GetObject was forwarded unread: both of its cases are skipped, neither passes.
  std::size_t s3 = xml.find("name=\"s3.GetObject\"");
  ASSERT_NE(s3, std::string::npos);
  EXPECT_NE(xml.find("<skipped message=\"not validated\"/>", s3), std::string::npos);
}

TEST(ProxyReports, HtmlShowsTheMatrixTheViolationsAndWhatWasNotRead) {
  std::string html = ProxyHtmlReport(Sample());
  EXPECT_NE(html.find("<td class=\"bad\">1 / 2</td>"), std::string::npos) << html;
  EXPECT_NE(html.find("<td class=\"none\">"), std::string::npos);
  EXPECT_NE(html.find("GET /health"), std::string::npos);
  EXPECT_NE(html.find("a&lt;b"), std::string::npos);
  EXPECT_EQ(html.find("a<b"), std::string::npos);
}

}  // namespace
}  // namespace shapeguard::proxy

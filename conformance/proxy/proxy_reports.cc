#include "proxy/proxy_reports.h"

#include "wire/markup.h"

namespace shapeguard::proxy {
namespace {

using conformance::EscapeMarkup;
using nlohmann::ordered_json;

constexpr const char* kSides[] = {"request", "response"};

ordered_json CountsJson(const SideCounts& counts) {
  return {{"exchanges", counts.exchanges},
          {"validated", counts.validated},
          {"violating", counts.violating}};
}

SideCounts CountsOf(const std::map<std::string, SideCounts>& sides, const char* side) {
  auto it = sides.find(side);
  return it == sides.end() ? SideCounts{} : it->second;
}

std::string Dump(const ordered_json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

ordered_json ProxyJsonReport(const ProxySummary& summary) {
  ordered_json report;
  report["upstream"] = summary.upstream;
  report["mode"] = summary.mode;
  report["exchanges"] = summary.exchanges;
  report["violating_exchanges"] = summary.violating_exchanges;
  report["upstream_failures"] = summary.upstream_failures;
  report["operations"] = ordered_json::array();
  for (const auto& [operation, sides] : summary.operations) {
    report["operations"].push_back({{"operation", operation},
                                    {"request", CountsJson(CountsOf(sides, "request"))},
                                    {"response", CountsJson(CountsOf(sides, "response"))}});
  }
  report["unrecognised"] = ordered_json::array();
  for (const auto& [request, count] : summary.unrecognised) {
    report["unrecognised"].push_back({{"request", request}, {"count", count}});
  }
  report["not_validated"] = ordered_json::array();
  for (const auto& [operation, why] : summary.not_validated) {
    report["not_validated"].push_back({{"operation", operation}, {"why", why}});
  }
  report["violations"] = ordered_json::array();
  for (const RecordedViolation& recorded : summary.violations) {
    ordered_json entry = ToJson(recorded.violation);
    entry["operation"] = recorded.operation;
    entry["count"] = recorded.count;
    entry["request"] = recorded.request;
    entry["response"] = recorded.response;
    entry["reproduce"] = recorded.reproduce;
    report["violations"].push_back(std::move(entry));
  }
  return report;
}

std::string ProxyJunitReport(const ProxySummary& summary) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"shapeguard proxy\">\n";
  for (const auto& [operation, sides] : summary.operations) {
    out += "  <testsuite name=\"" + EscapeMarkup(operation) + "\" tests=\"2\">\n";
    for (const char* side : kSides) {
      out += "    <testcase classname=\"" + EscapeMarkup(operation) + "\" name=\"" + side + "\">\n";
      if (CountsOf(sides, side).validated == 0) {
        out += "      <skipped message=\"not validated\"/>\n";
      }
      for (const RecordedViolation& recorded : summary.violations) {
        if (recorded.operation != operation ||
            SideName(recorded.violation.side) != std::string(side))
          continue;
        out += "      <failure type=\"" + EscapeMarkup(recorded.violation.check) + "\" message=\"" +
               EscapeMarkup(recorded.violation.rule) + "\">" +
               EscapeMarkup(recorded.violation.message + "\n" + recorded.reproduce) +
               "</failure>\n";
      }
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
  }
  return out + "</testsuites>\n";
}

std::string ProxyHtmlReport(const ProxySummary& summary) {
  std::string out =
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>shapeguard proxy</title>"
      "<style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:4px 8px}"
      "table{border-collapse:collapse}.bad{background:#f4b4b4}.ok{background:#b9e4b9}"
      ".none{background:#ddd}pre{background:#f6f6f6;padding:6px;overflow:auto}</style>"
      "</head><body>\n";
  out += "<h1>shapeguard proxy in front of " + EscapeMarkup(summary.upstream) + "</h1>\n<p>" +
         std::to_string(summary.exchanges) + " exchanges, " +
         std::to_string(summary.violating_exchanges) + " with violations, " +
         std::to_string(summary.upstream_failures) + " upstream failures (mode " +
         EscapeMarkup(summary.mode) + ").</p>\n";
  out += "<table><tr><th>operation</th><th>request</th><th>response</th></tr>\n";
  for (const auto& [operation, sides] : summary.operations) {
    out += "<tr><td>" + EscapeMarkup(operation) + "</td>";
    for (const char* side : kSides) {
      SideCounts counts = CountsOf(sides, side);
      const char* css = counts.validated == 0 ? "none" : counts.violating > 0 ? "bad" : "ok";
      out += std::string("<td class=\"") + css + "\">" + std::to_string(counts.violating) + " / " +
             std::to_string(counts.exchanges) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</table>\n<h2>Violations</h2>\n";
  for (const RecordedViolation& recorded : summary.violations) {
    out += "<details><summary>" + EscapeMarkup(recorded.operation) + " " +
           SideName(recorded.violation.side) + " [" + EscapeMarkup(recorded.violation.check) +
           "] " + EscapeMarkup(recorded.violation.rule) + " &times;" +
           std::to_string(recorded.count) + "</summary><pre>" +
           EscapeMarkup(recorded.violation.message) + "</pre><pre>" +
           EscapeMarkup(Dump(recorded.request)) + "</pre><pre>" +
           EscapeMarkup(Dump(recorded.response)) + "</pre><pre>" +
           EscapeMarkup(recorded.reproduce) + "</pre></details>\n";
  }
  out += "<h2>Unrecognised requests</h2>\n<ul>\n";
  for (const auto& [request, count] : summary.unrecognised) {
    out += "<li>" + EscapeMarkup(request) + " &times;" + std::to_string(count) + "</li>\n";
  }
  out += "</ul>\n<h2>Not validated yet</h2>\n<ul>\n";
  for (const auto& [operation, why] : summary.not_validated) {
    out += "<li>" + EscapeMarkup(operation) + ": " + EscapeMarkup(why) + "</li>\n";
  }
  return out + "</ul>\n</body></html>\n";
}

}  // namespace shapeguard::proxy

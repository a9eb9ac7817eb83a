#include <cctype>
#include <map>
#include <set>

#include "conform/oracles/oracles.h"
#include "conform/reports/reports.h"

namespace shapeguard::conformance {
namespace {

constexpr char kStyle[] = R"css(
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table.matrix { border-collapse: collapse; margin: 1em 0; }
.matrix th, .matrix td { border: 1px solid #ccc; padding: 4px 8px; text-align: center; }
.matrix th.op { text-align: left; font-family: monospace; }
td.pass { background: #c8ecc8; } td.fail { background: #f4b6b6; font-weight: bold; }
td.unrouted { background: #ffd9a0; } td.none { background: #eee; color: #999; }
td.fail a { color: #700; }
details { border: 1px solid #ddd; border-radius: 4px; margin: .4em 0; padding: .3em .6em; }
details[open] { background: #fafafa; }
summary { cursor: pointer; } summary code { font-weight: bold; }
pre { background: #f0f0f0; padding: .5em; overflow-x: auto; white-space: pre-wrap; }
.legend span { padding: 2px 8px; margin-right: .5em; border: 1px solid #ccc; }
)css";

std::string Dump(const nlohmann::ordered_json& value) {
  return value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string Anchor(const std::string& op, const std::string& oracle) {
  std::string id = "f-" + op + "-" + oracle;
  for (char& c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') c = '-';
  }
  return id;
}

std::string Cell(const RunResult& result, const std::map<std::string, std::size_t>& counts,
                 const std::string& op, const std::string& oracle) {
  auto it = counts.find(op + "\n" + oracle);
  if (it != counts.end()) {
    const char* css = oracle == std::string(kNotImplemented) ? "unrouted" : "fail";
    return "<td class=\"" + std::string(css) + "\"><a href=\"#" + Anchor(op, oracle) + "\">" +
           std::to_string(it->second) + "</a></td>";
  }
  auto checked = result.checked.find(op);
  if (checked != result.checked.end() && checked->second.count(oracle)) {
    return "<td class=\"pass\">&#10003;</td>";
  }
  return "<td class=\"none\">&ndash;</td>";
}

std::string Matrix(const RunResult& result) {
  std::map<std::string, std::size_t> counts;
  std::set<std::string> operations;
  for (const auto& [op, oracles] : result.checked) operations.insert(op);
  for (const auto& [op, why] : result.unreached) operations.insert(op);
  for (const Finding& f : result.findings) {
    ++counts[f.operation + "\n" + f.oracle];
    operations.insert(f.operation);
  }
  std::string html = "<table class=\"matrix\"><tr><th>operation</th>";
  for (const Oracle& oracle : Oracles()) html += "<th>" + std::string(oracle.name) + "</th>";
  html += "</tr>\n";
  for (const std::string& op : operations) {
    html += "<tr><th class=\"op\">" + EscapeMarkup(op);
    if (auto why = result.unreached.find(op); why != result.unreached.end()) {
      html += "<br><small>unreached: " + EscapeMarkup(why->second) + "</small>";
    }
    html += "</th>";
    for (const Oracle& oracle : Oracles())
      html += Cell(result, counts, op, std::string(oracle.name));
    html += "</tr>\n";
  }
  return html + "</table>\n";
}

std::string Findings(const RunResult& result) {
  std::string html;
  std::set<std::string> anchored;
  for (const Finding& f : result.findings) {
    std::string anchor = Anchor(f.operation, f.oracle);
    std::string id = anchored.insert(anchor).second ? " id=\"" + anchor + "\"" : "";
    html += "<details" + id + "><summary><code>" + EscapeMarkup(f.operation) + "</code> &middot; " +
            EscapeMarkup(f.oracle) + " &middot; " + EscapeMarkup(f.rule) + " &rarr; " +
            std::to_string(f.response.value("status", 0)) + "</summary>\n";
    html += "<h4>request</h4><pre>" + EscapeMarkup(Dump(f.request)) + "</pre>\n";
    html += "<h4>response</h4><pre>" + EscapeMarkup(Dump(f.response)) + "</pre>\n";
    html += "<h4>reproduce</h4><pre>" + EscapeMarkup(f.reproduce) + "</pre></details>\n";
  }
  return html.empty() ? "<p>No findings.</p>\n" : html;
}

}  // namespace

std::string HtmlReport(const RunResult& result) {
  std::map<std::string, std::size_t> by_oracle;
  for (const Finding& f : result.findings) ++by_oracle[f.oracle];
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n";
  html += "<title>shapeguard conform: " + EscapeMarkup(result.endpoint) + "</title>\n";
  // Appended rather than "<style>" + std::string(kStyle) + ...: g++ 12 at -O3 wrongly warns
  // (-Warray-bounds) that the latter reads past the end of the temporary.
  html.append("<style>").append(kStyle).append("</style></head><body>\n");
  html += "<h1>shapeguard conform</h1>\n<p>Endpoint <code>" + EscapeMarkup(result.endpoint) +
          "</code>, seed " + std::to_string(result.seed) + ", " + std::to_string(result.requests) +
          " requests, " + std::to_string(result.findings.size()) + " findings";
  for (const auto& [oracle, count] : by_oracle) {
    html += (&oracle == &by_oracle.begin()->first ? " (" : ", ") + EscapeMarkup(oracle) + ": " +
            std::to_string(count);
  }
  html += by_oracle.empty() ? ".</p>\n" : ").</p>\n";
  html +=
      "<p class=\"legend\"><span class=\"pass\" style=\"background:#c8ecc8\">judged, no "
      "finding</span><span style=\"background:#f4b6b6\">findings (click)</span><span "
      "style=\"background:#ffd9a0\">not implemented</span><span "
      "style=\"background:#eee\">not judged</span></p>\n";
  html += Matrix(result) + "<h2>Findings</h2>\n" + Findings(result) + "</body></html>\n";
  return html;
}

}  // namespace shapeguard::conformance

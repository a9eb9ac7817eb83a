#include <map>

#include "conform/reports/reports.h"

namespace shapeguard::conformance {

std::string JunitReport(const RunResult& result) {
  std::map<std::string, std::map<std::string, std::vector<const Finding*>>> by_cell;
  for (const Finding& f : result.findings) by_cell[f.operation][f.oracle].push_back(&f);
  std::size_t tests = 0, failing = 0;
  for (const auto& [op, oracles] : result.checked) {
    tests += oracles.size();
    for (const std::string& oracle : oracles) failing += by_cell[op][oracle].empty() ? 0 : 1;
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += "<testsuites name=\"shapeguard conform " + EscapeMarkup(result.endpoint) + "\" tests=\"" +
         std::to_string(tests) + "\" failures=\"" + std::to_string(failing) + "\">\n";
  for (const auto& [op, oracles] : result.checked) {
    std::size_t failures = 0;
    for (const std::string& oracle : oracles) failures += by_cell[op][oracle].empty() ? 0 : 1;
    xml += "  <testsuite name=\"" + EscapeMarkup(op) + "\" tests=\"" +
           std::to_string(oracles.size()) + "\" failures=\"" + std::to_string(failures) + "\">\n";
    for (const std::string& oracle : oracles) {
      xml += "    <testcase classname=\"" + EscapeMarkup(op) + "\" name=\"" + EscapeMarkup(oracle) +
             "\"";
      const auto& found = by_cell[op][oracle];
      if (found.empty()) {
        xml += "/>\n";
        continue;
      }
      xml += ">\n";
      for (const Finding* f : found) {
        xml += "      <failure message=\"" + EscapeMarkup(f->rule) + "\">" +
               EscapeMarkup(f->reproduce) + "</failure>\n";
      }
      xml += "    </testcase>\n";
    }
    xml += "  </testsuite>\n";
  }
  xml += "</testsuites>\n";
  return xml;
}

}  // namespace shapeguard::conformance

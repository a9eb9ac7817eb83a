#include "conform/reports/reports.h"

namespace shapeguard::conformance {

nlohmann::ordered_json JsonReport(const RunResult& result) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Finding& f : result.findings) {
    findings.push_back({{"operation", f.operation},
                        {"oracle", f.oracle},
                        {"rule", f.rule},
                        {"request", f.request},
                        {"response", f.response},
                        {"reproduce", f.reproduce}});
  }
  return {{"endpoint", result.endpoint},
          {"seed", result.seed},
          {"requests", result.requests},
          {"findings", findings}};
}

}  // namespace shapeguard::conformance

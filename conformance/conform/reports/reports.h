// The conformance run's reports: JSON (stable, documented in the README), JUnit XML (one
// testcase per operation and oracle) and a self-contained HTML page.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_REPORTS_REPORTS_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_REPORTS_REPORTS_H_

#include <nlohmann/json.hpp>
#include <string>

#include "conform/runner.h"
#include "wire/markup.h"

namespace shapeguard::conformance {

// {"endpoint", "seed", "requests", "findings": [{"operation", "oracle", "rule", "request",
// "response": {"status", "headers", "body"}, "reproduce"}]}
nlohmann::ordered_json JsonReport(const RunResult& result);

// A JUnit XML document: one testsuite per operation, one testcase per oracle that judged
// it, failing with one <failure> per finding.
std::string JunitReport(const RunResult& result);

// An HTML page with no external resources: a matrix of operations x oracles (green: judged,
// no finding; red: findings; orange: not implemented; grey: not judged) and every finding
// in a <details> element with its request, response and curl command.
std::string HtmlReport(const RunResult& result);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_REPORTS_REPORTS_H_

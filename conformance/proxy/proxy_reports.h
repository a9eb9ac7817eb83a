// The proxy's summaries, written when it stops: JSON (documented in the README), JUnit XML
// (one testsuite per operation, a testcase per side) and a self-contained HTML page.
#ifndef SHAPEGUARD_CONFORMANCE_PROXY_PROXY_REPORTS_H_
#define SHAPEGUARD_CONFORMANCE_PROXY_PROXY_REPORTS_H_

#include <nlohmann/json.hpp>
#include <string>

#include "proxy/proxy_record.h"

namespace shapeguard::proxy {

// {"upstream", "mode", "exchanges", "violating_exchanges", "upstream_failures",
//  "operations": [{"operation", "request": {"exchanges", "validated", "violating"},
//                  "response": {...}}],
//  "unrecognised": [{"request": "GET /x", "count"}],
//  "not_validated": [{"operation", "why"}],
//  "violations": [{"operation", "side", "check", "pointer", "rule", "message", "count",
//                  "request", "response", "reproduce"}]}
nlohmann::ordered_json ProxyJsonReport(const ProxySummary& summary);

// One testsuite per operation, testcases "request" and "response": failing with a
// <failure> per violation kind, skipped when that side was not validated.
std::string ProxyJunitReport(const ProxySummary& summary);

// A page with the operations x sides matrix (counts; red where violated, grey where not
// validated), the violations with their request, response and curl command, and the
// unrecognised requests.
std::string ProxyHtmlReport(const ProxySummary& summary);

}  // namespace shapeguard::proxy

#endif  // SHAPEGUARD_CONFORMANCE_PROXY_PROXY_REPORTS_H_

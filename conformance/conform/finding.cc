#include "conform/finding.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::ordered_json;

std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";  // close, an escaped quote, reopen
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

ordered_json RequestForReport(const Exchange& exchange) {
  ordered_json headers = ordered_json::object();
  for (const auto& [name, value] : exchange.request.headers) headers[name] = value;
  return {{"method", exchange.request.method},
          {"path", exchange.request.path},
          {"query", exchange.request.query},
          {"headers", headers},
          {"body", BodyForReport(exchange.request.body)},
          {"params", exchange.params}};
}

ordered_json ResponseForReport(const HttpResponse& response) {
  ordered_json headers = ordered_json::object();
  for (const auto& [name, value] : response.headers) headers[name] = value;
  return {
      {"status", response.status}, {"headers", headers}, {"body", BodyForReport(response.body)}};
}

}  // namespace

ordered_json BodyForReport(const std::string& body) {
  if (body.empty()) return nullptr;
  ordered_json parsed = ordered_json::parse(body, nullptr, false);
  if (parsed.is_discarded()) return body;
  return parsed;
}

std::string CurlCommand(const std::string& endpoint, const HttpRequest& request) {
  std::string base = endpoint;
  while (!base.empty() && base.back() == '/') base.pop_back();
  std::string command =
      "curl -sS -i -X " + request.method + " " + ShellQuote(base + request.target());
  for (const auto& [name, value] : request.headers) {
    // curl computes these itself from the URL and the data.
    if (EqualsIgnoreCase(name, "host") || EqualsIgnoreCase(name, "content-length")) continue;
    command += " -H " + ShellQuote(name + ": " + value);
  }
  if (!request.body.empty()) command += " --data-binary " + ShellQuote(request.body);
  return command;
}

Finding MakeFinding(const Exchange& exchange, std::string oracle, std::string rule) {
  Finding finding;
  finding.operation = exchange.operation;
  finding.oracle = std::move(oracle);
  finding.rule = std::move(rule);
  finding.request = RequestForReport(exchange);
  finding.response = ResponseForReport(exchange.response);
  finding.reproduce = CurlCommand(exchange.endpoint, exchange.request);
  return finding;
}

Finding FollowUpFinding(const Exchange& first, const Exchange& later, std::string oracle,
                        std::string rule) {
  Finding finding = MakeFinding(first, std::move(oracle), std::move(rule));
  finding.response = ResponseForReport(later.response);
  finding.reproduce += " && " + CurlCommand(later.endpoint, later.request);
  return finding;
}

}  // namespace shapeguard::conformance

// content-type: rest-json (Smithy aws.protocols#restJson1) sends JSON bodies as
// application/json; SDKs and proxies dispatch on it.
#include "conform/oracles/oracles.h"

namespace shapeguard::conformance {
namespace {

bool IsJsonMediaType(const std::string& value) {
  std::string type = AsciiLower(value.substr(0, value.find(';')));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  return type == "application/json" || type.starts_with("application/x-amz-json") ||
         type.ends_with("+json");
}

}  // namespace

std::optional<Finding> CheckContentType(const Exchange& exchange) {
  if (!exchange.decoded.raw_body.is_structured()) return std::nullopt;  // not a JSON body
  auto it = exchange.response.headers.find("content-type");
  std::string got = it == exchange.response.headers.end() ? "(none)" : it->second;
  if (it != exchange.response.headers.end() && IsJsonMediaType(it->second)) return std::nullopt;
  return MakeFinding(
      exchange, kContentType,
      "a JSON body comes with Content-Type application/json (restJson1); got " + got);
}

Verdict JudgeContentType(const Evidence& evidence) {
  if (evidence.moment != Moment::kAnswer) return std::nullopt;
  return AtMostOne(CheckContentType(evidence.exchange));
}

}  // namespace shapeguard::conformance

// access-log-format: a single-line format holding a request-ID variable; broken by one that
// names no request ID.
#include <vector>

#include "choice.h"
#include "kinds/kind_generators.h"

namespace shapeguard::properties {

std::string GenerateAccessLogFormat(const nlohmann::json& args) {
  static const std::vector<std::string> kOthers = {
      "$context.httpMethod",  "$context.status",   "$context.identity.sourceIp",
      "$context.requestTime", "$context.protocol", "$context.responseLength"};
  std::vector<std::string> parts;
  for (int n = Pick(0, 4); n > 0; --n) parts.push_back(PickFrom(kOthers));
  std::string id = PickFrom(args.at("request_id_variables").get<std::vector<std::string>>());
  parts.insert(parts.begin() + Pick<std::size_t>(0, parts.size() + 1), id);
  std::string out;
  if (Coin()) {  // JSON lines, as the API Gateway console suggests
    out = "{";
    for (std::size_t i = 0; i < parts.size(); ++i) {
      out += (i ? "," : "") + std::string("\"f") + std::to_string(i) + "\":\"" + parts[i] + "\"";
    }
    out += "}";
  } else {
    static const std::vector<std::string> kSeparators = {" ", ",", " - ", "|", " [", "] "};
    for (std::size_t i = 0; i < parts.size(); ++i) {
      out += (i ? PickFrom(kSeparators) : "") + parts[i];
    }
  }
  if (Coin()) out += "\n";  // a newline is allowed as the last character
  return out;
}

Breaker BreakAccessLogFormat(const nlohmann::json&) {
  // "$context.requestIdentity" starts like the variable but is another token.
  return {Code::kAccessLog, "$context.requestIdentity $context.status"};
}

}  // namespace shapeguard::properties

// positive-acceptance: a valid request gets the model's http.responseCode (200 if absent).
#include "conform/oracles/oracles.h"

namespace shapeguard::conformance {

std::optional<Finding> CheckPositiveAcceptance(const Exchange& exchange) {
  int expected = exchange.view->success_code();
  int got = exchange.response.status;
  if (got == expected || got >= 500) return std::nullopt;  // 5xx is server-error's
  std::string rule = "a valid request gets " + std::to_string(expected) +
                     " (model http.responseCode); got " + std::to_string(got);
  if (exchange.decoded.error_type) rule += " " + *exchange.decoded.error_type;
  return MakeFinding(exchange, kPositiveAcceptance, rule);
}

// A request whose answer the hints fix is state's; a request the fitting made invalid is
// nobody's.
Verdict JudgePositiveAcceptance(const Evidence& evidence) {
  if (evidence.moment != Moment::kValidRequest || evidence.expected || !evidence.request_valid) {
    return std::nullopt;
  }
  return AtMostOne(CheckPositiveAcceptance(evidence.exchange));
}

}  // namespace shapeguard::conformance

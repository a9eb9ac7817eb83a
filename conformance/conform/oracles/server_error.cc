// server-error: an emulator must never fail with 5xx on a request it routes, valid or not.
#include "conform/oracles/oracles.h"

namespace shapeguard::conformance {

std::optional<Finding> CheckServerError(const Exchange& exchange) {
  int status = exchange.response.status;
  if (status < 500 || status == 501) return std::nullopt;
  return MakeFinding(exchange, kServerError,
                     "no request may get a 5xx answer; got " + std::to_string(status));
}

Verdict JudgeServerError(const Evidence& evidence) {
  if (evidence.moment != Moment::kAnswer) return std::nullopt;
  return AtMostOne(CheckServerError(evidence.exchange));
}

}  // namespace shapeguard::conformance

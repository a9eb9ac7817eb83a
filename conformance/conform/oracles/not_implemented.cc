// not-implemented: kept apart from bugs, so a report separates "moto lacks this operation"
// from "moto answers this operation wrongly".
#include "conform/oracles/oracles.h"

namespace shapeguard::conformance {

std::optional<Finding> CheckNotImplemented(const Exchange& exchange) {
  int status = exchange.response.status;
  // A routed operation answers 404 only as an AWS error (NotFoundException, ...): JSON that
  // names its type. A 404 page that is not JSON comes from the HTTP router, and
  // UnknownOperationException is how AWS itself answers an operation it does not know.
  bool bare = !exchange.decoded.error_type && !exchange.decoded.raw_body.is_structured();
  bool unknown = exchange.decoded.error_type == "UnknownOperationException";
  bool unrouted = status == 501 || (status == 404 && (bare || unknown));
  if (!unrouted) return std::nullopt;
  return MakeFinding(exchange, kNotImplemented,
                     "the endpoint does not route " + exchange.view->http_method() + " " +
                         exchange.view->request_uri() + " (answered " + std::to_string(status) +
                         " without an AWS error type)");
}

// Judges only what it finds: a routed operation is not counted as judged by this oracle.
Verdict JudgeNotImplemented(const Evidence& evidence) {
  if (evidence.moment != Moment::kRouting) return std::nullopt;
  auto finding = CheckNotImplemented(evidence.exchange);
  if (!finding) return std::nullopt;
  return AtMostOne(std::move(finding));
}

}  // namespace shapeguard::conformance

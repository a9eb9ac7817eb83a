#include "proxy/response_contract.h"

#include "conform/oracles/oracles.h"
#include "wire/protocol_decoders.h"

namespace shapeguard::proxy {

using conformance::Finding;

std::vector<Finding> CheckResponse(conformance::Exchange& exchange, bool request_valid) {
  std::vector<Finding> findings;
  auto decoded = conformance::DecodeResponseOf(*exchange.view, exchange.response);
  if (!decoded.ok()) {
    findings.push_back(conformance::MakeFinding(
        exchange, conformance::kResponseShape,
        "the response reads as the output shape (model): " + decoded.error()));
    return findings;
  }
  exchange.decoded = std::move(decoded).value();
  auto add = [&findings](std::optional<Finding> finding) {
    if (finding) findings.push_back(std::move(*finding));
  };
  add(conformance::CheckServerError(exchange));
  add(conformance::CheckContentType(exchange));
  for (Finding& finding : conformance::CheckResponseShape(exchange)) {
    findings.push_back(std::move(finding));
  }
  if (!exchange.succeeded()) return findings;
  if (request_valid) {
    // Only a success with another code: a valid request may still name a resource that is
    // not there, and its 404 is right.
    add(conformance::CheckPositiveAcceptance(exchange));
  } else {
    findings.push_back(
        conformance::MakeFinding(exchange, conformance::kNegativeRejection,
                                 "a request that breaks the input contract gets a 4xx error; got " +
                                     std::to_string(exchange.response.status)));
  }
  return findings;
}

}  // namespace shapeguard::proxy

// state, for requests about resources that cannot exist (hints "expect"): the answer the
// documentation gives for them, e.g. 410 GoneException for an unknown connection (004).
#include "conform/oracles/oracles.h"

namespace shapeguard::conformance {

std::optional<Finding> CheckExpectedAnswer(const Exchange& exchange,
                                           const ExpectedAnswer& expected) {
  int got = exchange.response.status;
  const auto& type = exchange.decoded.error_type;
  if (got == expected.status && type && *type == expected.error) return std::nullopt;
  if (got >= 500) return std::nullopt;  // server-error's
  return MakeFinding(exchange, kState,
                     expected.rule + "; got " + std::to_string(got) + (type ? " " + *type : ""));
}

}  // namespace shapeguard::conformance

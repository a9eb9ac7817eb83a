// negative-rejection: a request that breaks one rule gets 400 and the service's error type
// (CONSTRAINTS.md, "What an emulator should answer").
#include "conform/oracles/oracles.h"
#include "conform/oracles/pointer_class.h"

namespace shapeguard::conformance {

std::optional<Finding> CheckNegativeRejection(const Exchange& exchange, const BrokenRule& rule,
                                              const std::string& error_type) {
  int got = exchange.response.status;
  if (got >= 500) return std::nullopt;  // server-error's
  const auto& type = exchange.decoded.error_type;
  bool any_type = rule.code == Code::kType;
  if (got == 400 && (any_type || (type && *type == error_type))) return std::nullopt;
  std::string expected = any_type ? "400" : "400 " + error_type;
  std::string what = got < 300 ? "accepted" : "answered";
  return MakeFinding(exchange, kNegativeRejection,
                     std::string(CodeName(rule.code)) + " at " + PointerClass(rule.pointer) + " (" +
                         rule.source + ") must get " + expected + "; " + what + " with " +
                         std::to_string(got) + (type && got >= 300 ? " " + *type : ""));
}

Verdict JudgeNegativeRejection(const Evidence& evidence) {
  if (evidence.moment != Moment::kInvalidRequest) return std::nullopt;
  return AtMostOne(CheckNegativeRejection(evidence.exchange, *evidence.rule, *evidence.error_type));
}

}  // namespace shapeguard::conformance

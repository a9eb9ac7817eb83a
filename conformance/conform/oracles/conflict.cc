// conflict: a second create under a name that must be unique gets 409 ConflictException
// (the model declares ConflictException for these creates).
#include "conform/oracles/oracles.h"

namespace shapeguard::conformance {

std::optional<Finding> CheckConflict(const Exchange& second, const std::string& member) {
  int got = second.response.status;
  const auto& type = second.decoded.error_type;
  if (got == 409 && type && *type == "ConflictException") return std::nullopt;
  if (got >= 500) return std::nullopt;  // server-error's
  return MakeFinding(second, kConflict,
                     "creating a second resource with the same " + member +
                         " gets 409 ConflictException; got " + std::to_string(got) +
                         (type ? " " + *type : ""));
}

Verdict JudgeConflict(const Evidence& evidence) {
  if (evidence.moment != Moment::kRepeatedCreate) return std::nullopt;
  return AtMostOne(CheckConflict(evidence.exchange, *evidence.unique_member));
}

}  // namespace shapeguard::conformance

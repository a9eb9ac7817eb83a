// reference: a request naming a resource that does not exist is refused with an error the
// operation declares (CONSTRAINTS.md, "What an emulator should answer"): a parent or target
// named in the URI gets 404 NotFoundException (AppConfig: ResourceNotFoundException); an id
// in the body naming nothing (a REST stage's deploymentId) gets a declared 4xx — API Gateway
// answers "Invalid ... identifier specified" with 400 or 404. Never a success: an emulator
// that creates under a parent it does not have, or stores a dangling id, hides the client
// bugs AWS would report.
#include "conform/oracles/oracles.h"

namespace shapeguard::conformance {
namespace {

bool EndsWith(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Got(const Exchange& exchange) {
  const auto& type = exchange.decoded.error_type;
  return "; got " + std::to_string(exchange.response.status) + (type ? " " + *type : "");
}

}  // namespace

std::optional<Finding> CheckReference(const Exchange& exchange, const UnknownReference& reference) {
  int status = exchange.response.status;
  if (status >= 500) return std::nullopt;  // server-error's
  const auto& type = exchange.decoded.error_type;
  std::string where = reference.in_uri ? " in the URI" : " in the body";
  if (exchange.succeeded()) {
    return MakeFinding(exchange, kReference,
                       "a " + reference.member + where +
                           " naming no resource gets a declared error, never a success" +
                           Got(exchange));
  }
  if (!reference.in_uri) return std::nullopt;  // any 4xx; response-shape judges its type
  if (status == 404 && type && EndsWith(*type, "NotFoundException")) return std::nullopt;
  return MakeFinding(exchange, kReference,
                     "a " + reference.member + where +
                         " naming no resource gets 404 NotFoundException" + Got(exchange));
}

Verdict JudgeReference(const Evidence& evidence) {
  if (evidence.moment != Moment::kUnknownReference) return std::nullopt;
  return AtMostOne(CheckReference(evidence.exchange, *evidence.reference));
}

}  // namespace shapeguard::conformance

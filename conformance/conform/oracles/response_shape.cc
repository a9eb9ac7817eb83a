// response-shape: what an SDK parses must be what the model (with overlays) declares.
#include <algorithm>

#include "conform/oracles/oracles.h"
#include "conform/oracles/pointer_class.h"
#include "shapeguard/diagnostic.h"
#include "wire/wire_shape.h"

namespace shapeguard::conformance {
namespace {

// The JSON body against the wire form (what the parameter form hides): the output's body
// members, or its structure payload.
std::vector<WireDeviation> WireDeviations(const Exchange& exchange) {
  if (!exchange.decoded.raw_body.is_object() || !exchange.view) return {};
  std::optional<ShapeView> output = exchange.view->output();
  if (!output) return {};
  if (std::optional<MemberView> payload = output->payload()) {
    if (!payload->shape().has_members()) return {};
    return FindWireDeviations(payload->shape(), exchange.decoded.raw_body, false);
  }
  return FindWireDeviations(*output, exchange.decoded.raw_body, true);
}

std::vector<Finding> SuccessShape(const Exchange& exchange) {
  std::vector<Finding> findings;
  const DecodedResponse& decoded = exchange.decoded;
  if (!decoded.body_error.empty()) {
    findings.push_back(MakeFinding(exchange, kResponseShape,
                                   "the success body is the output shape as JSON (model); it is "
                                   "not JSON"));
    return findings;
  }
  for (const WireDeviation& deviation : WireDeviations(exchange)) {
    findings.push_back(
        MakeFinding(exchange, kResponseShape,
                    "response body " + PointerClass(deviation.pointer) + ": " + deviation.rule));
  }
  for (const std::string& pointer : decoded.undeclared) {
    findings.push_back(MakeFinding(exchange, kResponseShape,
                                   "response body key " + PointerClass(pointer) +
                                       " is no member of the output shape (model)"));
  }
  Report report = exchange.output->Validate(decoded.params);
  for (const Diagnostic& error : report.errors) {
    std::string what = std::string(CodeName(error.code));
    findings.push_back(MakeFinding(
        exchange, kResponseShape,
        "response member " + PointerClass(error.path) + ": " + what + " (" + error.source + ")"));
  }
  return findings;
}

std::vector<Finding> ErrorShape(const Exchange& exchange) {
  const auto& type = exchange.decoded.error_type;
  if (!type) {
    return {MakeFinding(exchange, kResponseShape,
                        "an error response names its type (x-amzn-errortype or __type); " +
                            std::to_string(exchange.response.status) + " names none")};
  }
  if (exchange.view->DeclaresError(*type)) return {};
  return {MakeFinding(exchange, kResponseShape,
                      "error type " + *type + " is not declared by the operation (model errors)")};
}

}  // namespace

std::vector<Finding> CheckResponseShape(const Exchange& exchange) {
  if (exchange.succeeded()) return SuccessShape(exchange);
  if (exchange.response.status >= 400 && exchange.response.status < 500)
    return ErrorShape(exchange);
  return {};
}

// Answers to invalid requests are not judged for their shape: an emulator that accepts a bad
// value echoes it, which negative-rejection has already reported.
Verdict JudgeResponseShape(const Evidence& evidence) {
  if (evidence.moment != Moment::kShapedAnswer) return std::nullopt;
  return CheckResponseShape(evidence.exchange);
}

}  // namespace shapeguard::conformance

// The oracles: each judges exchanges against one part of the contract (CONSTRAINTS.md,
// "What an emulator should answer") and says what it found. One oracle per .cc file.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_ORACLES_ORACLES_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_ORACLES_ORACLES_H_

#include <optional>
#include <string>
#include <vector>

#include "conform/exchange.h"
#include "conform/finding.h"
#include "conform/scenario_hints.h"
#include "shapeguard/diagnostic.h"

namespace shapeguard::conformance {

// server-error: any 5xx answer (501 is not-implemented's).
std::optional<Finding> CheckServerError(const Exchange& exchange);

// not-implemented: the endpoint does not route the operation: 501, or a 404 that is not an
// AWS error (no error type and no JSON body: an HTML "not found" page). The runner reports it once
// per operation and judges nothing else about the exchange.
std::optional<Finding> CheckNotImplemented(const Exchange& exchange);

// content-type: a response with a JSON body must say so in Content-Type (restJson1).
std::optional<Finding> CheckContentType(const Exchange& exchange);

// response-shape: a success body validates against the output shape (overlays included)
// and holds no undeclared keys; an error names an error type the operation declares.
std::vector<Finding> CheckResponseShape(const Exchange& exchange);

// positive-acceptance: a valid request gets the model's success code.
std::optional<Finding> CheckPositiveAcceptance(const Exchange& exchange);

// state, for operations whose every scenario request has a fixed answer (hints "expect"):
// e.g. 410 GoneException for a connection that does not exist.
std::optional<Finding> CheckExpectedAnswer(const Exchange& exchange,
                                           const ExpectedAnswer& expected);

// The rule a one-violation request breaks, as validating it reports.
struct BrokenRule {
  std::string pointer;  // where, e.g. "/StageVariables/a-b"
  Code code;            // Code::kPattern
  std::string source;   // "model" or "overlay:000_....txt"
};

// negative-rejection: a request breaking one rule gets 400 and `error_type` (for a type
// violation any error type: services answer those from their deserialiser).
std::optional<Finding> CheckNegativeRejection(const Exchange& exchange, const BrokenRule& rule,
                                              const std::string& error_type);

// state: what a write stored, a read returns. Findings name the write's operation and
// request, carry the read's response, and reproduce with both requests. `before` is the resource
// read before a patch (null for a create or a put); `write` the successful create/update; `read`
// the read after.
std::vector<Finding> CheckState(const nlohmann::json& before, const Exchange& write,
                                const Exchange& read);

// conflict: creating a resource again under a name that must be unique (`member`) gets 409
// ConflictException.
std::optional<Finding> CheckConflict(const Exchange& second, const std::string& member);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_ORACLES_ORACLES_H_

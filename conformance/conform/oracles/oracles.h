// The oracles: each judges exchanges against one part of the contract (CONSTRAINTS.md,
// "What an emulator should answer") and says what it found. One oracle per .cc file, one row
// per oracle in the table of oracles.cc; the runner, the reports and the HTML matrix know the
// oracles only through that table.
//
// To add an oracle:
//   1. conformance/conform/oracles/<name>.cc: its Check function (the rule) and its Judge
//      function (which evidence it judges: return nullopt for any other), declared here;
//   2. its name constant here and one row in kOracles (oracles.cc): the row's place is the
//      column of the HTML matrix and the order oracles judge one piece of evidence in; the
//      file in conformance/conform/CMakeLists.txt; a line in README.md's list of oracles;
//   3. its cases in tests/conformance/oracles_test.cc.
// A new kind of evidence (a new step of the scenario) is the only reason to touch the runner.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_ORACLES_ORACLES_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_ORACLES_ORACLES_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "conform/exchange.h"
#include "conform/finding.h"
#include "conform/scenario_hints.h"
#include "shapeguard/diagnostic.h"

namespace shapeguard::conformance {

// The oracles' names, as reports spell them.
inline constexpr char kServerError[] = "server-error";
inline constexpr char kPositiveAcceptance[] = "positive-acceptance";
inline constexpr char kNegativeRejection[] = "negative-rejection";
inline constexpr char kResponseShape[] = "response-shape";
inline constexpr char kState[] = "state";
inline constexpr char kContentType[] = "content-type";
inline constexpr char kConflict[] = "conflict";
inline constexpr char kNotImplemented[] = "not-implemented";
inline constexpr char kReference[] = "reference";
inline constexpr char kDelete[] = "delete";

// The step of a scenario a piece of evidence comes from.
enum class Moment {
  kRouting,           // any answer, first: is the operation routed at all?
  kAnswer,            // any answer of a routed operation
  kShapedAnswer,      // the same, when the request was not broken on purpose
  kValidRequest,      // the answer to a valid (or hinted) request
  kInvalidRequest,    // the answer to a request breaking one rule
  kReadBack,          // a read after a successful write
  kRepeatedCreate,    // the answer to a create sent a second time
  kUnknownReference,  // the answer to a request naming a resource that does not exist
  kAfterDelete,       // a get, a list or a second delete after a successful delete
};

// A member by which a request names another resource, given a value that names none.
struct UnknownReference {
  std::string member;   // "ApiId", "deploymentId"
  bool in_uri = false;  // a URI label (404 expected) rather than a body member (any 4xx)
};

// What a step after a delete asks about the deleted resource.
enum class AfterDelete {
  kGet,          // read it: 404
  kList,         // list its siblings: it is not among them
  kDeleteAgain,  // delete it again: 404
};

// The rule a one-violation request breaks, as validating it reports.
struct BrokenRule {
  std::string pointer;  // where, e.g. "/StageVariables/a-b"
  Code code;            // Code::kPattern
  std::string source;   // "model" or "overlay:000_....txt"
};

// What an oracle is shown: one answer and what the step knows about it. Members a step does
// not fill stay null.
struct Evidence {
  Moment moment;
  const Exchange& exchange;                      // the answer judged
  bool request_valid = false;                    // kValidRequest: it validates
  const ExpectedAnswer* expected = nullptr;      // kValidRequest: the hints' fixed answer
  const BrokenRule* rule = nullptr;              // kInvalidRequest: the rule broken
  const std::string* error_type = nullptr;       // kInvalidRequest: the service's 400 type
  const nlohmann::json* before = nullptr;        // kReadBack: read before a patch (or null)
  const Exchange* write = nullptr;               // kReadBack: the write read back
  const std::string* unique_member = nullptr;    // kRepeatedCreate: the name that is unique
  const UnknownReference* reference = nullptr;   // kUnknownReference: the member naming nothing
  AfterDelete after_delete = AfterDelete::kGet;  // kAfterDelete: what was asked ...
  const std::string* deleted_name = nullptr;     // ... about the resource of this name, which
                                                 // `write` deleted
};

// An oracle's verdict on evidence: nullopt when it does not judge that evidence, else its
// findings (none: judged, and nothing found).
using Verdict = std::optional<std::vector<Finding>>;

// One row of the table: the name findings and reports carry, one line on what it checks, and
// the function that judges evidence.
struct Oracle {
  std::string_view name;
  std::string_view description;
  Verdict (*judge)(const Evidence& evidence);
};

// Every oracle, in report order (the HTML matrix's columns).
std::span<const Oracle> Oracles();

// The verdict of a Check function that finds at most one thing.
inline Verdict AtMostOne(std::optional<Finding> finding) {
  std::vector<Finding> findings;
  if (finding) findings.push_back(std::move(*finding));
  return findings;
}

// server-error: any 5xx answer (501 is not-implemented's).
std::optional<Finding> CheckServerError(const Exchange& exchange);

// not-implemented: the endpoint does not route the operation: 501, or a 404 that is not an
// AWS error (no error type and no JSON body: an HTML "not found" page). The runner reports it once
// per operation and judges nothing else about the exchange.
std::optional<Finding> CheckNotImplemented(const Exchange& exchange);

// content-type: a response with a JSON body must say so in Content-Type (restJson1).
std::optional<Finding> CheckContentType(const Exchange& exchange);

// response-shape: a success body validates against the output shape (overlays included),
// holds no undeclared keys and keeps the wire form (no null members, timestamps in their
// format, numbers and booleans not as strings); an error names an error type the operation
// declares.
std::vector<Finding> CheckResponseShape(const Exchange& exchange);

// positive-acceptance: a valid request gets the model's success code.
std::optional<Finding> CheckPositiveAcceptance(const Exchange& exchange);

// state, for operations whose every scenario request has a fixed answer (hints "expect"):
// e.g. 410 GoneException for a connection that does not exist.
std::optional<Finding> CheckExpectedAnswer(const Exchange& exchange,
                                           const ExpectedAnswer& expected);

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

// reference: a request naming a resource that does not exist gets a declared error, never a
// success; an unknown parent or target in the URI gets 404 and a *NotFoundException.
std::optional<Finding> CheckReference(const Exchange& exchange, const UnknownReference& reference);

// delete: after `deleted` succeeded, a get or a second delete of `name` answers 404 and a list
// leaves it out (`after` is the answer to that step).
std::optional<Finding> CheckAfterDelete(const Exchange& deleted, const Exchange& after,
                                        AfterDelete step, const std::string& name);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_ORACLES_ORACLES_H_

// What makes the emulator reject a request with 400: the input schema's diagnostics (model
// and overlay rules) and the body members no member declares, minus what an injected fault
// lets through.
#ifndef SHAPEGUARD_CONFORMANCE_EMULATOR_INPUT_CHECKS_H_
#define SHAPEGUARD_CONFORMANCE_EMULATOR_INPUT_CHECKS_H_

#include <string>
#include <vector>

#include "emulator/faults.h"
#include "shapeguard/schema.h"
#include "wire/rest_json_request_decoder.h"

namespace shapeguard::emulator {

// One line per problem ("/StageVariables/a-b: ... [pattern]"), in document order; empty
// when the request is acceptable. Faults that relax validation
// (accept-invalid-stage-variables, skip-requestid-check, ignore-unknown-patch-path) drop
// the diagnostics they concern.
std::vector<std::string> InputProblems(const Schema& input_schema,
                                       const conformance::DecodedRequest& request,
                                       const FaultSet& faults);

// The message of a 400 answer listing the problems (the first few, and how many more).
std::string RejectionMessage(const std::vector<std::string>& problems);

}  // namespace shapeguard::emulator

#endif  // SHAPEGUARD_CONFORMANCE_EMULATOR_INPUT_CHECKS_H_

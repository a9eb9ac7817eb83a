// The deviations the reference emulator can inject, one at a time or together, so that a
// conformance runner can be shown to detect each. Each fault changes exactly one behaviour
// and is modelled on a deviation real emulators are known for (FAULTS.md has the details).
#ifndef SHAPEGUARD_CONFORMANCE_EMULATOR_FAULTS_H_
#define SHAPEGUARD_CONFORMANCE_EMULATOR_FAULTS_H_

#include <bitset>
#include <optional>
#include <span>
#include <string_view>

namespace shapeguard::emulator {

// One injectable deviation.
//
// To add a fault: a value here (before kCount), its row in kFaults (faults.cc, in enum
// order: the compiler checks both), the code at the hook the row names (it tests
// FaultSet::Has), a row in FAULTS.md (a test keeps its order and names in step with the
// table), and a probe it changes in tests/conformance/emulator_faults_test.cc with the
// oracles that see it in conformance/conform/scenarios/faults.json.
enum class Fault {
  kAcceptInvalidStageVariables,  // stage-variable name/value rules are not enforced
  kSkipRequestIdCheck,           // access-log formats without $context.requestId accepted
  kStatus200OnCreate,            // creates answer 200 instead of the model's 201
  kPatchSubstringMatch,          // a patch path is matched by its last segment
  kIgnoreUnknownPatchPath,       // unknown REST patch paths are ignored, not rejected
  kDropMemberInResponse,         // stage responses leave out the stage variables
  kNo410ForUnknownConnection,    // unknown WebSocket connections are treated as live
  k500OnAddVariable,             // a patch that adds a new stage variable fails with 500
  kAcceptDuplicateStage,         // a second stage of the same name replaces the first
  kWrongErrorType,               // validation errors are typed ValidationException
  kTextPlainContentType,         // JSON bodies are labelled text/plain
  kStatus200OnDelete,            // deletes answer 200 instead of the model's 204/202
  kIgnoreUpdate,                 // updates answer as if applied but change nothing
  kNullForAbsentMember,          // JSON success bodies carry null for absent members
  kIsoTimestampsInEpochBody,     // REST API body timestamps sent as ISO 8601, not epoch
  kCreateUnderUnknownParent,     // creates under an unknown API or REST API succeed
  kAcceptUnknownDeploymentId,    // REST CreateStage accepts an unknown deploymentId
  kDeleteKeepsResource,          // deletes answer success but keep the resource
  kDeleteUnknownSucceeds,        // deleting an unknown resource answers success, not 404
  kIgnoreNestedPatch,            // nested canary and method-setting patches are ignored
  kCount
};

// One row of the table of faults.
struct FaultInfo {
  Fault fault;
  std::string_view name;         // the --fault argument
  std::string_view description;  // one line, for FAULTS.md and the tests
  std::string_view hook;         // where the emulator applies it: "file: function"
};

// Every fault, in enum order (`serve --list-faults` prints their names in this order).
std::span<const FaultInfo> AllFaults();

// The fault with this name, if any.
std::optional<Fault> FaultFromName(std::string_view name);

// The faults a server runs with; empty for the contract-strict server.
class FaultSet {
 public:
  void Add(Fault fault) { bits_.set(static_cast<std::size_t>(fault)); }
  bool Has(Fault fault) const { return bits_.test(static_cast<std::size_t>(fault)); }
  bool empty() const { return bits_.none(); }

 private:
  std::bitset<static_cast<std::size_t>(Fault::kCount)> bits_;
};

}  // namespace shapeguard::emulator

#endif  // SHAPEGUARD_CONFORMANCE_EMULATOR_FAULTS_H_

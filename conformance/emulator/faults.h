// The deviations the reference emulator can inject, one at a time or together, so that a
// conformance runner can be shown to detect each. Each fault changes exactly one behaviour
// and is modelled on a deviation real emulators are known for (FAULTS.md has the details).
#ifndef SHAPEGUARD_CONFORMANCE_EMULATOR_FAULTS_H_
#define SHAPEGUARD_CONFORMANCE_EMULATOR_FAULTS_H_

#include <bitset>
#include <optional>
#include <string_view>
#include <vector>

namespace shapeguard::emulator {

// One injectable deviation. Add new faults before kCount and give each a row in kFaults.
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
  kCount
};

struct FaultInfo {
  Fault fault;
  std::string_view name;         // the --fault argument
  std::string_view description;  // one line, for FAULTS.md and the tests
};

// Every fault, in enum order.
const std::vector<FaultInfo>& AllFaults();

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

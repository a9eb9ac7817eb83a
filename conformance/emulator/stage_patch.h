// API Gateway (REST) UpdateStage: applying patchOperations to a Stage, per the Stage path
// table of CONSTRAINTS.md (AWS "Patch operations" reference).
#ifndef SHAPEGUARD_CONFORMANCE_EMULATOR_STAGE_PATCH_H_
#define SHAPEGUARD_CONFORMANCE_EMULATOR_STAGE_PATCH_H_

#include <nlohmann/json.hpp>
#include <string>

#include "shapeguard/operation.h"
#include "shapeguard/result.h"

namespace shapeguard::emulator {

// How paths are resolved; the defaults are AWS's behaviour, the others emulate faults.
struct StagePatchOptions {
  // Resolve a path by its last segment when that names a top-level Stage member (a
  // substring match, as some emulators do): replace /canarySettings/deploymentId then sets
  // the stage's deploymentId.
  bool match_last_segment = false;
  // Skip operations whose path targets no Stage field instead of failing.
  bool ignore_unknown_paths = false;
};

// Applies the operations (already validated against the path table) to `stage`, the
// Stage in the parameter form, in order; `update_stage` is the apigateway UpdateStage
// operation, whose output (the Stage shape) gives each field its type (patch values are
// strings: "true", "10.5"):
//  - replace and add set the field (creating the enclosing objects), remove erases it,
//    copy sets it to the value at `from`;
//  - "/variables/{name}", "/canarySettings/stageVariableOverrides/{name}" address map
//    entries; "/canarySettings/deploymentId" is the canary's, not the stage's;
//  - "/{resourcePath}/{httpMethod}/{area}/{setting}" ("/~1pets/GET/logging/loglevel",
//    "/*/*/metrics/enabled") sets a field of the methodSettings entry
//    "{resourcePath}/{httpMethod}".
// Fails, leaving `stage` unchanged, when a path targets no Stage field or copy's source is
// absent.
Status ApplyStagePatch(const Operation& update_stage, const nlohmann::json& operations,
                       nlohmann::json& stage, const StagePatchOptions& options = {});

}  // namespace shapeguard::emulator

#endif  // SHAPEGUARD_CONFORMANCE_EMULATOR_STAGE_PATCH_H_

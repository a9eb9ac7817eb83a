// API Gateway (REST) UpdateStage: applying patchOperations to a Stage, by the Stage path
// table the validator compiles from schemas/overlays/apigateway.json (CONSTRAINTS.md; AWS
// "Patch operations" reference).
#ifndef SHAPEGUARD_CONFORMANCE_EMULATOR_STAGE_PATCH_H_
#define SHAPEGUARD_CONFORMANCE_EMULATOR_STAGE_PATCH_H_

#include <nlohmann/json.hpp>
#include <string>

#include "shapeguard/patch_paths.h"
#include "shapeguard/result.h"

namespace shapeguard::emulator {

// How paths are resolved; the defaults are AWS's behaviour, the others emulate faults.
struct StagePatchOptions {
  // Resolve a path by its last segment when that names a top-level path of the table (a
  // substring match, as some emulators do): replace /canarySettings/deploymentId then sets
  // the stage's deploymentId.
  bool match_last_segment = false;
  // Skip operations whose path is not in the table instead of failing.
  bool ignore_unknown_paths = false;
  // Skip operations on nested canary paths (/canarySettings/{member}...) and method-setting
  // paths, as emulators that apply only top-level and /variables/ paths do.
  bool ignore_nested_paths = false;
};

// Applies the operations (already validated against `paths`, the Stage path table) to
// `stage`, the Stage in the parameter form, in order. Patch values are strings ("true",
// "10.5"); each is stored as its row's value type says:
//  - replace and add set the field (creating the enclosing objects), remove erases it,
//    copy sets it to the value at `from`;
//  - "/variables/{name}", "/canarySettings/stageVariableOverrides/{name}" address map
//    entries; "/canarySettings/deploymentId" is the canary's, not the stage's;
//  - "/{resourcePath}/{httpMethod}/{area}/{setting}" ("/~1pets/GET/logging/loglevel",
//    "/*/*/metrics/enabled") sets the MethodSetting member its row's field names, in the
//    methodSettings entry "{resourcePath}/{httpMethod}".
// Fails, leaving `stage` unchanged, when a path is not in the table or copy's source is
// absent.
Status ApplyStagePatch(const PatchPaths& paths, const nlohmann::json& operations,
                       nlohmann::json& stage, const StagePatchOptions& options = {});

}  // namespace shapeguard::emulator

#endif  // SHAPEGUARD_CONFORMANCE_EMULATOR_STAGE_PATCH_H_

// The data of a "patch-operation" checker (see patch_operation.cc). Tools read its public
// view, shapeguard/patch_paths.h, which Constraint::patch_paths() gives.
#ifndef SHAPEGUARD_CHECKS_PATCH_OPERATION_H_
#define SHAPEGUARD_CHECKS_PATCH_OPERATION_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checks/check.h"
#include "shape_type.h"
#include "shapeguard/patch_paths.h"

namespace shapeguard::internal {

// The rules a path segment or a value must meet: a field's type and checks.
struct PatchRules {
  ShapeType type = ShapeType::kString;
  CheckList checks;
};

// One row of a resource's path table.
struct PatchPath {
  std::string path;                 // as written, e.g. "/variables/{name}"
  std::vector<std::string> tokens;  // split; "{name}" marks a placeholder
  std::vector<std::string> ops;
  std::vector<std::string> from;    // sources copy may read from
  std::string field;                // the "field" the value's rules come from, or ""
  std::optional<PatchRules> value;  // absent: the value is not checked
};

struct PatchTable {
  std::string resource;
  std::vector<std::string> ops;  // the ops the resource supports
  std::map<std::string, PatchRules> placeholders;
  std::vector<PatchPath> paths;  // empty: any path
};

// The public view of that table's paths (shapeguard/patch_paths.h); nullptr for any other
// checker.
const PatchPaths* PatchPathsOf(const Check& check);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_PATCH_OPERATION_H_

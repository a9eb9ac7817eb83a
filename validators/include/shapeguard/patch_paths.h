// The patch-path tables of API Gateway (REST) Update operations, as the overlays write them
// and the validator compiles them: the paths a resource's patchOperations may address, the
// ops each path takes, where copy may read from, and how each path's value is read. For the
// tools that apply or generate patches by the same table the validator enforces.
#ifndef SHAPEGUARD_PATCH_PATHS_H_
#define SHAPEGUARD_PATCH_PATHS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/schema.h"

namespace shapeguard {

// How a patch value, always a string, is read for the field its path targets.
enum class PatchValueType {
  kText,     // a string field, or a path whose value is not checked: the text itself
  kBoolean,  // a boolean field: "true" or "false"
  kInteger,  // an integer or long field
  kNumber,   // a float or double field
};

// One row of a path table.
struct PatchPathRow {
  std::string path;                 // as written: "/variables/{name}"
  std::vector<std::string> tokens;  // unescaped; "{name}" marks a placeholder
  std::vector<std::string> ops;     // the ops the path takes
  std::vector<std::string> from;    // the paths copy may read from
  // The model member whose rules the value meets ("MethodSetting$loggingLevel"), or "" when
  // the value is not checked.
  std::string field;
  PatchValueType value_type = PatchValueType::kText;
};

// True for a "{name}" token of a path template.
bool IsPatchPlaceholder(std::string_view token);

// A resource's path table, in the overlay's order. Immutable.
class PatchPaths {
 public:
  explicit PatchPaths(std::vector<PatchPathRow> rows);

  // The rows, in the overlay's order.
  const std::vector<PatchPathRow>& rows() const { return rows_; }

  // The row whose template the tokens fit (every literal token equal, any token for a
  // placeholder), the one with the most literal tokens when several fit; nullptr when none
  // does.
  const PatchPathRow* Match(const std::vector<std::string>& tokens) const;

 private:
  std::vector<PatchPathRow> rows_;
  std::vector<std::size_t> literals_;  // per row: its tokens that are not placeholders
};

// The path table the schema enforces on the items of `list_member`, a list member of its
// root ("patchOperations" of apigateway.UpdateStage's input); nullptr when there is none.
// It lives as long as the schema.
const PatchPaths* FindPatchPaths(const Schema& schema, std::string_view list_member);

}  // namespace shapeguard

#endif  // SHAPEGUARD_PATCH_PATHS_H_

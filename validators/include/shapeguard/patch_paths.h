// The patch-path tables of API Gateway (REST) Update operations, as the overlays write them
// and the validator compiles them: the paths a resource's patchOperations may address, the
// ops each path takes, where copy may read from, and how each path's value is read. For the
// tools that apply or generate patches by the same table the validator enforces.
#ifndef SHAPEGUARD_PATCH_PATHS_H_
#define SHAPEGUARD_PATCH_PATHS_H_

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/constraint.h"
#include "shapeguard/schema.h"
#include "shapeguard/shape_kind.h"

namespace shapeguard {

// How a patch value, always a string, is read for the field its path targets.
enum class PatchValueType {
  kText,     // a string field, or a path whose value is not checked: the text itself
  kBoolean,  // a boolean field: "true" or "false"
  kInteger,  // an integer or long field
  kNumber,   // a float or double field
};

// The rules a placeholder's token or a path's value meets: the kind of the field it stands
// for and that field's constraints (its text is read as that kind).
struct PatchRules {
  ShapeKind kind = ShapeKind::kString;
  Constraints constraints;
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
  // The rules the value meets, when it is checked.
  std::optional<PatchRules> value_rules;
};

// True for a "{name}" token of a path template.
bool IsPatchPlaceholder(std::string_view token);

// A resource's path table, in the overlay's order. Immutable.
class PatchPaths {
 public:
  PatchPaths(std::vector<PatchPathRow> rows, std::vector<std::string> ops,
             std::map<std::string, PatchRules, std::less<>> placeholders);

  // The rows, in the overlay's order; none when the table lets any path through.
  const std::vector<PatchPathRow>& rows() const { return rows_; }

  // The ops the resource supports, whatever the path.
  const std::vector<std::string>& ops() const { return ops_; }

  // The rules of a placeholder's tokens ("name" for "{name}"), or nullptr when the table
  // gives none.
  const PatchRules* placeholder(std::string_view name) const;

  // The row whose template the tokens fit (every literal token equal, any token for a
  // placeholder), the one with the most literal tokens when several fit; nullptr when none
  // does.
  const PatchPathRow* Match(const std::vector<std::string>& tokens) const;

 private:
  std::vector<PatchPathRow> rows_;
  std::vector<std::size_t> literals_;  // per row: its tokens that are not placeholders
  std::vector<std::string> ops_;
  std::map<std::string, PatchRules, std::less<>> placeholders_;
};

// Where a method-setting path ("/{resourcePath}/{httpMethod}/{area}/{setting}", a row whose
// field is a MethodSetting member) writes in the Stage: the methodSettings entry whose key is
// the resource path in the "~1" form the patch path uses, "/", the method ("~1pets/GET",
// "*/*"), and the member the row's field names ("loggingLevel").
struct MethodSettingTarget {
  std::string key;
  std::string member;
};

// The method setting the tokens of a path matching `row` write; nullopt when the row sets no
// method setting.
std::optional<MethodSettingTarget> MethodSettingOf(const PatchPathRow& row,
                                                   const std::vector<std::string>& tokens);

// The path table the schema enforces on the items of `list_member`, a list member of its
// root ("patchOperations" of apigateway.UpdateStage's input); nullptr when there is none.
// It lives as long as the schema.
const PatchPaths* FindPatchPaths(const Schema& schema, std::string_view list_member);

}  // namespace shapeguard

#endif  // SHAPEGUARD_PATCH_PATHS_H_

#include "shape_type.h"

#include <array>

namespace shapeguard::internal {
namespace {

// Each type's botocore name and the public kind it is (a union is a kStructure node marked
// is_union; "union" has no row).
struct TypeRow {
  std::string_view name;
  ShapeType type;
  ShapeKind kind;
};

constexpr std::array<TypeRow, 12> kNames = {{
    {"structure", ShapeType::kStructure, ShapeKind::kStructure},
    {"list", ShapeType::kList, ShapeKind::kList},
    {"map", ShapeType::kMap, ShapeKind::kMap},
    {"string", ShapeType::kString, ShapeKind::kString},
    {"integer", ShapeType::kInteger, ShapeKind::kInteger},
    {"long", ShapeType::kLong, ShapeKind::kLong},
    {"float", ShapeType::kFloat, ShapeKind::kFloat},
    {"double", ShapeType::kDouble, ShapeKind::kDouble},
    {"boolean", ShapeType::kBoolean, ShapeKind::kBoolean},
    {"timestamp", ShapeType::kTimestamp, ShapeKind::kTimestamp},
    {"blob", ShapeType::kBlob, ShapeKind::kBlob},
    {"document", ShapeType::kDocument, ShapeKind::kDocument},
}};

}  // namespace

std::optional<ShapeType> ShapeTypeFromName(std::string_view name) {
  for (const TypeRow& row : kNames) {
    if (row.name == name) return row.type;
  }
  return std::nullopt;
}

std::string_view ShapeTypeName(ShapeType type) {
  for (const TypeRow& row : kNames) {
    if (row.type == type) return row.name;
  }
  return "?";
}

ShapeKind KindOf(ShapeType type, bool is_union) {
  if (is_union && type == ShapeType::kStructure) return ShapeKind::kUnion;
  for (const TypeRow& row : kNames) {
    if (row.type == type) return row.kind;
  }
  return ShapeKind::kDocument;
}

}  // namespace shapeguard::internal

namespace shapeguard {

std::string_view ShapeKindName(ShapeKind kind) {
  if (kind == ShapeKind::kUnion) return "union";
  for (const internal::TypeRow& row : internal::kNames) {
    if (row.kind == kind) return row.name;
  }
  return "document";
}

}  // namespace shapeguard

// The botocore shape types, as the compiler and the checkers see them.
#ifndef SHAPEGUARD_SHAPE_TYPE_H_
#define SHAPEGUARD_SHAPE_TYPE_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "shapeguard/shape_kind.h"

namespace shapeguard::internal {

enum class ShapeType : std::uint8_t {
  kStructure,
  kList,
  kMap,
  kString,
  kInteger,  // 32-bit signed
  kLong,     // 64-bit signed
  kFloat,
  kDouble,
  kBoolean,
  kTimestamp,
  kBlob,
  kDocument,  // any JSON value (botocore "document": true structures and event streams)
};

// The type named by a botocore "type" field, if it is one.
std::optional<ShapeType> ShapeTypeFromName(std::string_view name);

// The botocore name of a type ("structure", ...; "document" for kDocument).
std::string_view ShapeTypeName(ShapeType type);

// The public kind of a node of this type (kUnion for a structure marked as a union).
ShapeKind KindOf(ShapeType type, bool is_union = false);

inline bool IsNumeric(ShapeType t) {
  return t == ShapeType::kInteger || t == ShapeType::kLong || t == ShapeType::kFloat ||
         t == ShapeType::kDouble;
}

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_SHAPE_TYPE_H_

// ShapeKind: the type of a shape, as the public views name it.
#ifndef SHAPEGUARD_SHAPE_KIND_H_
#define SHAPEGUARD_SHAPE_KIND_H_

#include <string_view>

namespace shapeguard {

// The type of a shape: botocore's "type", with unions and documents told apart.
enum class ShapeKind {
  kStructure,
  kUnion,  // a structure with "union": true (exactly one member set)
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
  kDocument,  // any JSON value: "document": true structures, and event streams
};

// "structure", "union", "list", ... (botocore's names; "document" for kDocument).
std::string_view ShapeKindName(ShapeKind kind);

}  // namespace shapeguard

#endif  // SHAPEGUARD_SHAPE_KIND_H_

#include "shape_type.h"

#include <array>
#include <utility>

namespace shapeguard::internal {
namespace {

constexpr std::array<std::pair<std::string_view, ShapeType>, 12> kNames = {{
    {"structure", ShapeType::kStructure},
    {"list", ShapeType::kList},
    {"map", ShapeType::kMap},
    {"string", ShapeType::kString},
    {"integer", ShapeType::kInteger},
    {"long", ShapeType::kLong},
    {"float", ShapeType::kFloat},
    {"double", ShapeType::kDouble},
    {"boolean", ShapeType::kBoolean},
    {"timestamp", ShapeType::kTimestamp},
    {"blob", ShapeType::kBlob},
    {"document", ShapeType::kDocument},
}};

}  // namespace

std::optional<ShapeType> ShapeTypeFromName(std::string_view name) {
  for (const auto& [n, type] : kNames) {
    if (n == name) return type;
  }
  return std::nullopt;
}

std::string_view ShapeTypeName(ShapeType type) {
  for (const auto& [n, t] : kNames) {
    if (t == type) return n;
  }
  return "?";
}

}  // namespace shapeguard::internal

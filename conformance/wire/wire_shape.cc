#include "wire/wire_shape.h"

#include "shapeguard/json_pointer.h"
#include "shapeguard/timestamp.h"
#include "wire/json_body.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

// Source of the rules below: the AWS JSON 1.0/1.1 and restJson1 protocol specifications
// (Smithy), "Timestamp serialization" and "Shape serialization": numbers and booleans as
// JSON numbers and booleans, timestamps as epoch seconds unless timestampFormat says
// otherwise, and no null for an absent member.
constexpr char kSource[] = " (protocol: AWS JSON / restJson1 serialization)";

const char* FormatName(TimestampFormat format) {
  switch (format) {
    case TimestampFormat::kIso8601:
      return "iso8601";
    case TimestampFormat::kHttpDate:
      return "rfc822 (HTTP date)";
    default:
      return "epoch seconds (a number)";
  }
}

bool TimestampFits(const json& value, TimestampFormat format) {
  if (format == TimestampFormat::kEpochSeconds) return value.is_number();
  if (!value.is_string()) return false;
  const std::string& text = value.get_ref<const std::string&>();
  return format == TimestampFormat::kHttpDate ? ParseHttpDate(text).has_value()
                                              : IsIso8601DateTime(text);
}

class Walker {
 public:
  std::vector<WireDeviation> deviations;

  void Value(ShapeView shape, const MemberView* member, const json& value,
             const std::string& pointer, int depth) {
    if (depth > kMaxBodyDepth) return;
    switch (shape.kind()) {
      case ShapeKind::kStructure:
      case ShapeKind::kUnion:
        if (value.is_object()) Structure(shape, value, pointer, depth, false);
        return;
      case ShapeKind::kList:
        if (!value.is_array()) return;
        for (std::size_t i = 0; i < value.size(); ++i) {
          if (value[i].is_null())
            continue;  // sparse lists may hold null; dense ones fail validation
          std::string item = pointer;
          AppendPointerToken(item, std::to_string(i));
          Value(*shape.list_member(), nullptr, value[i], item, depth + 1);
        }
        return;
      case ShapeKind::kMap:
        if (!value.is_object()) return;
        for (const auto& [key, item] : value.items()) {
          if (item.is_null()) continue;
          std::string child = pointer;
          AppendPointerToken(child, key);
          Value(*shape.map_value(), nullptr, item, child, depth + 1);
        }
        return;
      case ShapeKind::kTimestamp:
        Timestamp(shape, member, value, pointer);
        return;
      case ShapeKind::kInteger:
      case ShapeKind::kLong:
        if (value.is_string()) Add(pointer, "a number is sent as a JSON number, not a string");
        return;
      case ShapeKind::kFloat:
      case ShapeKind::kDouble:
        if (value.is_string() && value != "NaN" && value != "Infinity" && value != "-Infinity") {
          Add(pointer, "a number is sent as a JSON number, not a string");
        }
        return;
      case ShapeKind::kBoolean:
        if (value.is_string()) Add(pointer, "a boolean is sent as true or false, not a string");
        return;
      default:
        return;
    }
  }

  void Structure(ShapeView shape, const json& value, const std::string& pointer, int depth,
                 bool body_only) {
    for (const MemberView& member : shape.members()) {
      if (body_only && member.location() != Location::kBody) continue;
      auto it = value.find(member.wire_name());
      if (it == value.end()) continue;
      std::string child = pointer;
      AppendPointerToken(child, member.wire_name());
      if (it->is_null()) {
        Add(child, "an absent member is left out, not sent as null");
        continue;
      }
      Value(member.shape(), &member, *it, child, depth + 1);
    }
  }

 private:
  void Timestamp(ShapeView shape, const MemberView* member, const json& value,
                 const std::string& pointer) {
    TimestampFormat format =
        member ? member->timestamp_format(TimestampFormat::kEpochSeconds)
               : shape.timestamp_format().value_or(TimestampFormat::kEpochSeconds);
    if (TimestampFits(value, format)) return;
    Add(pointer, std::string("a timestamp here is sent as ") + FormatName(format) +
                     " (model timestampFormat, else the protocol's epoch seconds)");
  }

  void Add(const std::string& pointer, const std::string& rule) {
    deviations.push_back({pointer, rule + kSource});
  }
};

}  // namespace

std::vector<WireDeviation> FindWireDeviations(ShapeView shape, const json& body, bool body_only) {
  Walker walker;
  if (body.is_object() && shape.has_members()) walker.Structure(shape, body, "", 0, body_only);
  return std::move(walker.deviations);
}

}  // namespace shapeguard::conformance

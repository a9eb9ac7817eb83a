#include "value_types.h"

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <limits>

#include "shapeguard/timestamp.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

// How many declared members an "unknown member" message lists.
constexpr std::size_t kMembersInMessage = 8;
// Room for an unknown-member message beside its shape's name: the quoted name (80 code
// points at most) and the members it lists.
constexpr std::size_t kMessageReserve = 384;

std::string_view Expected(ShapeType type) {
  switch (type) {
    case ShapeType::kStructure:
      return "an object (structure)";
    case ShapeType::kList:
      return "an array (list)";
    case ShapeType::kMap:
      return "an object (map)";
    case ShapeType::kString:
      return "a string";
    case ShapeType::kInteger:
      return "an integer";
    case ShapeType::kLong:
      return "an integer (long)";
    case ShapeType::kFloat:
      return "a number (float)";
    case ShapeType::kDouble:
      return "a number (double)";
    case ShapeType::kBoolean:
      return "a boolean";
    case ShapeType::kTimestamp:
      return "a timestamp (ISO-8601 string or epoch seconds)";
    case ShapeType::kBlob:
      return "a string (blob)";
    case ShapeType::kDocument:
      return "any value";
  }
  return "?";
}

bool KindFits(ShapeType type, JsonKind kind) {
  switch (type) {
    case ShapeType::kStructure:
    case ShapeType::kMap:
      return kind == JsonKind::kObject;
    case ShapeType::kList:
      return kind == JsonKind::kArray;
    case ShapeType::kString:
    case ShapeType::kBlob:
      return kind == JsonKind::kString;
    case ShapeType::kInteger:
    case ShapeType::kLong:
    case ShapeType::kFloat:
    case ShapeType::kDouble:
      return kind == JsonKind::kNumber;
    case ShapeType::kBoolean:
      return kind == JsonKind::kBool;
    case ShapeType::kTimestamp:
      return kind == JsonKind::kString || kind == JsonKind::kNumber;
    case ShapeType::kDocument:
      return true;
  }
  return false;
}

// Integer shapes: integral and within their width. Float: within float's finite range.
bool CheckNumberWidth(ShapeType type, const ValueView& view, Collector& out) {
  const Number& n = view.number;
  if (type == ShapeType::kInteger || type == ShapeType::kLong) {
    if (!n.IsIntegral()) {
      out.StructuralError(Code::kType, "expected " + std::string(Expected(type)) +
                                           " without a "
                                           "fraction, got " +
                                           n.ToString());
      return false;
    }
    bool is_int = type == ShapeType::kInteger;
    std::int64_t min = is_int ? std::numeric_limits<std::int32_t>::min()
                              : std::numeric_limits<std::int64_t>::min();
    std::int64_t max = is_int ? std::numeric_limits<std::int32_t>::max()
                              : std::numeric_limits<std::int64_t>::max();
    if (!n.FitsInteger(min, max)) {
      out.StructuralError(Code::kRange, n.ToString() + " does not fit a " + (is_int ? "32" : "64") +
                                            "-bit signed integer");
      return false;
    }
  }
  if (type == ShapeType::kFloat) {
    double d = n.repr == Number::Repr::kDouble ? n.d
               : n.repr == Number::Repr::kInt  ? static_cast<double>(n.i)
                                               : static_cast<double>(n.u);
    if (std::fabs(d) > FLT_MAX) {
      out.StructuralError(Code::kRange, n.ToString() + " does not fit a 32-bit float");
      return false;
    }
  }
  return true;
}

// Member names are ASCII; compared without the copies a lower-casing would make.
bool SameIgnoringAsciiCase(std::string_view a, std::string_view b) {
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

}  // namespace

std::string DescribeValue(const ValueView& view) {
  switch (view.kind) {
    case JsonKind::kNull:
      return "null";
    case JsonKind::kBool:
      return view.boolean ? "true" : "false";
    case JsonKind::kNumber:
      return view.number.ToString();
    case JsonKind::kString:
      return QuoteForMessage(view.text);
    case JsonKind::kArray:
      return "an array";
    case JsonKind::kObject:
      return "an object";
  }
  return "?";
}

void ReportNonTextType(const Node& node, StringForm form, std::string_view text, Collector& out) {
  std::string got = form == StringForm::kBytes    ? "bytes"
                    : form == StringForm::kStream ? "a file or stream"
                                                  : "a value of type " + std::string(text);
  out.StructuralError(Code::kType, "expected " + std::string(Expected(node.type)) + ", got " + got);
}

bool CheckValueType(const Node& node, const ValueView& view, Collector& out) {
  if (!KindFits(node.type, view.kind)) {
    out.StructuralError(Code::kType, "expected " + std::string(Expected(node.type)) + ", got " +
                                         DescribeValue(view));
    return false;
  }
  if (view.kind == JsonKind::kNumber) return CheckNumberWidth(node.type, view, out);
  if (node.type == ShapeType::kTimestamp && view.kind == JsonKind::kString &&
      !IsIso8601DateTime(view.text)) {
    out.StructuralError(Code::kTimestamp, QuoteForMessage(view.text) +
                                              " is not an ISO-8601 date-time "
                                              "(e.g. 2024-06-07T12:00:00Z) or epoch seconds");
    return false;
  }
  return true;
}

std::string UnknownMemberMessage(const Node& node, std::string_view name) {
  // Built in one string, reserved for most messages whole: an invalid document's report is
  // built on the hot path, where each "a" + b would allocate a temporary and each growth a
  // new buffer.
  std::string message;
  message.reserve(kMessageReserve + node.shape.size());
  message += "unknown member ";
  message += QuoteForMessage(name);
  if (node.shape.empty()) {
    message += ": the operation takes no members here";
    return message;
  }
  message.append(" (").append(node.shape).append(" has no such member");
  for (const Member& m : node.members) {
    if (SameIgnoringAsciiCase(m.name, name) || m.wire_name == name) {
      message.append("; did you mean \"").append(m.name).append("\"?)");
      return message;
    }
  }
  message += node.members.empty() ? "; it declares none" : "; it declares ";
  for (std::size_t i = 0; i < node.members.size() && i < kMembersInMessage; ++i) {
    if (i) message += ", ";
    message += node.members[i].name;
  }
  if (node.members.size() > kMembersInMessage) {
    message.append(" and ")
        .append(std::to_string(node.members.size() - kMembersInMessage))
        .append(" more");
  }
  message += ')';
  return message;
}

}  // namespace shapeguard::internal

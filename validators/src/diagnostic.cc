#include "shapeguard/diagnostic.h"

#include <array>

namespace shapeguard {
namespace {

struct CodeInfo {
  Code code;
  std::string_view name;
  std::string_view description;
};

// One row per Code, in enum order (checked below and by a test).
constexpr std::array<CodeInfo, static_cast<std::size_t>(Code::kCount)> kCodes = {{
    {Code::kRequired, "required", "A member the shape marks as required is missing."},
    {Code::kType, "type", "The value has the wrong JSON type for its shape."},
    {Code::kUnknown, "unknown", "The structure has a member its shape does not declare."},
    {Code::kLength, "length",
     "A string's length in Unicode code points, or a blob's length in bytes, is out of bounds."},
    {Code::kSize, "size", "A list or map has too few or too many entries."},
    {Code::kRange, "range", "A number lies outside its allowed range."},
    {Code::kEnum, "enum", "A string or map key is not one of the allowed values."},
    {Code::kPattern, "pattern", "A string or map key does not match the required regex."},
    {Code::kTimestamp, "timestamp",
     "A timestamp string is not an ISO-8601 date-time (epoch seconds as a number are fine)."},
    {Code::kUnion, "union", "A union structure must have exactly one member set."},
    {Code::kDepth, "depth", "The document nests deeper than the validator's depth limit."},
    {Code::kAccessLog, "access-log",
     "An access-log format must contain the request-ID variable and be a single line."},
    {Code::kJsonPointer, "json-pointer",
     "A patch path or from is not an RFC 6901 JSON Pointer (leading \"/\", \"~\" only as "
     "\"~0\" or \"~1\")."},
    {Code::kPatch, "patch",
     "A patch operation the resource does not support: its op, path, from or value."},
    {Code::kMapping, "mapping", "A parameter mapping key or value does not have a valid form."},
    {Code::kArn, "arn", "Not an ARN, or not the kind of ARN the field takes."},
    {Code::kMethodSetting, "method-setting",
     "A method-settings key must be {resource_path}/{http_method} (\"~1\" for \"/\") or */*."},
    {Code::kDuplicate, "duplicate",
     "An object repeats a member name; which value a service takes is not defined."},
    {Code::kEncoding, "encoding",
     "A string or member name is not well-formed UTF-8, so it has no length in characters "
     "and no rule can be checked on it."},
}};

constexpr bool RowsInEnumOrder() {
  for (std::size_t i = 0; i < kCodes.size(); ++i) {
    if (static_cast<std::size_t>(kCodes[i].code) != i) return false;
  }
  return true;
}
static_assert(RowsInEnumOrder(), "kCodes rows must follow the order of enum Code");

}  // namespace

std::string_view CodeName(Code code) {
  auto index = static_cast<std::size_t>(code);
  return index < kCodes.size() ? kCodes[index].name : "?";
}

std::string_view CodeDescription(Code code) {
  auto index = static_cast<std::size_t>(code);
  return index < kCodes.size() ? kCodes[index].description : "";
}

std::optional<Code> CodeFromName(std::string_view name) {
  for (const CodeInfo& info : kCodes) {
    if (info.name == name) return info.code;
  }
  return std::nullopt;
}

}  // namespace shapeguard

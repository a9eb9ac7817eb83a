// Diagnostics: what a validation found wrong, where, by which rule, from which source.
#ifndef SHAPEGUARD_DIAGNOSTIC_H_
#define SHAPEGUARD_DIAGNOSTIC_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace shapeguard {

// The stable short names of DESIGN.md. Scripts match on them: never rename one; add new
// codes at the end (before kCount) and give each a row in the table of diagnostic.cc.
enum class Code : std::uint8_t {
  kRequired,       // "required": a required member is missing.
  kType,           // "type": the value has the wrong JSON type for its shape.
  kUnknown,        // "unknown": a member the shape does not declare.
  kLength,         // "length": string length (code points) or blob length (bytes) out of bounds.
  kSize,           // "size": list or map entry count out of bounds.
  kRange,          // "range": a number outside its bounds.
  kEnum,           // "enum": a string (or map key) that is not one of the allowed values.
  kPattern,        // "pattern": a string (or map key) that does not match the regex.
  kTimestamp,      // "timestamp": a string that is not an ISO-8601 date-time.
  kUnion,          // "union": a union structure without exactly one member set.
  kDepth,          // "depth": nesting deeper than the validator's depth limit.
  kAccessLog,      // "access-log": an access-log format without the request-ID variable, or
                   // not on a single line.
  kJsonPointer,    // "json-pointer": a patch path or from that is not an RFC 6901 pointer.
  kPatch,          // "patch": a patch operation the resource does not support.
  kMapping,        // "mapping": a response-parameter mapping key or value of the wrong form.
  kArn,            // "arn": not an ARN, or not the kind of ARN the field takes.
  kMethodSetting,  // "method-setting": a method-settings key that is not
                   // {resource_path}/{http_method} or */*.
  kDuplicate,      // "duplicate": an object repeats a member name (the first one counts).
  kEncoding,       // "encoding": a string or member name that is not well-formed UTF-8 (only
                   // a parsed document can hold one; JSON text with one is a parse error).
  kCount
};

// The short name of a code, e.g. "required".
std::string_view CodeName(Code code);

// One sentence saying what the code means (used in SARIF rule descriptions and `explain`).
std::string_view CodeDescription(Code code);

// The code with the given short name, if any.
std::optional<Code> CodeFromName(std::string_view name);

// One violation: an RFC 6901 pointer into the validated document, the code, a message that
// names the rule and the bad value, and where the rule comes from ("model" or
// "overlay:<source>").
struct Diagnostic {
  std::string path;
  Code code = Code::kType;
  std::string message;
  std::string source;

  bool operator==(const Diagnostic&) const = default;
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_DIAGNOSTIC_H_

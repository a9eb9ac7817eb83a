// Does a JSON value have the type its shape requires in the parameter form?
#ifndef SHAPEGUARD_VALUE_TYPES_H_
#define SHAPEGUARD_VALUE_TYPES_H_

#include <string>
#include <string_view>

#include "checks/check.h"
#include "collector.h"
#include "program.h"
#include "shapeguard/document_source.h"

namespace shapeguard::internal {

// Checks view against the node's type and reports a "type" (or "range", "timestamp")
// error when it does not fit. Returns true when the value's own checks and children should
// be visited. Integers and longs must be integral and fit 32 or 64 bits; timestamps are
// ISO-8601 strings or epoch seconds; blobs are strings.
bool CheckValueType(const Node& node, const ValueView& view, Collector& out);

// Reports the "type" error of a value JSON has no form for (bytes, a stream, a value of the
// foreign type `text` names) where a node of another type belongs.
void ReportNonTextType(const Node& node, StringForm form, std::string_view text, Collector& out);

// The value in a few words for messages: a quoted (truncated) string, a number, true,
// false, null, "an object" or "an array".
std::string DescribeValue(const ValueView& view);

// The message for a member the structure does not declare, with a hint when a declared
// member differs only in case or is the member's wire name.
std::string UnknownMemberMessage(const Node& node, std::string_view name);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_VALUE_TYPES_H_

// Parsing untrusted JSON text into nlohmann::json, with the limits the validator promises.
// This is the reference path; the fast path (simdjson) must agree with it.
#ifndef SHAPEGUARD_JSON_TEXT_H_
#define SHAPEGUARD_JSON_TEXT_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>

#include "shapeguard/result.h"

namespace shapeguard {

// The deepest nesting of arrays and objects in text, counting no further than `limit` + 1
// (so the scan stays cheap on hostile input). Brackets inside strings do not count.
std::size_t NestingDepth(std::string_view text, std::size_t limit);

// Parses text; fails with "parse error at line L, column C: ..." on malformed JSON (including
// ill-formed UTF-8 in strings), or when it nests deeper than max_depth. JSON allows an object
// to repeat a member name; the document keeps the first occurrence.
Result<nlohmann::json> ParseJsonText(std::string_view text, std::size_t max_depth);

}  // namespace shapeguard

#endif  // SHAPEGUARD_JSON_TEXT_H_

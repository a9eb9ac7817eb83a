// RFC 6901 JSON Pointers: the one implementation used for diagnostics, patch paths and the
// command line.
#ifndef SHAPEGUARD_JSON_POINTER_H_
#define SHAPEGUARD_JSON_POINTER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/result.h"

namespace shapeguard {

// Escapes one reference token: "~" becomes "~0" and "/" becomes "~1". The order matters:
// escaping "/" first would turn "/" into "~1" and then into "~01".
std::string EscapePointerToken(std::string_view token);

// Appends "/" and the escaped token to pointer.
void AppendPointerToken(std::string& pointer, std::string_view token);

// Splits a pointer into unescaped reference tokens. Fails (naming the offset) where RFC 6901
// does: a non-empty pointer that does not start with "/", or "~" not followed by "0" or "1".
// The empty pointer "" (the whole document) yields no tokens.
Result<std::vector<std::string>> ParsePointer(std::string_view pointer);

// Renders unescaped tokens as a pointer; the inverse of ParsePointer.
std::string RenderPointer(const std::vector<std::string>& tokens);

// The value a pointer refers to in document, or nullptr when the pointer is not valid or
// refers to nothing. Array indexes are "0" or digits without a leading zero; "-" (the
// element after the last) refers to nothing.
const nlohmann::json* ResolvePointer(const nlohmann::json& document, std::string_view pointer);

}  // namespace shapeguard

#endif  // SHAPEGUARD_JSON_POINTER_H_

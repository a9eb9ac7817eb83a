// JSON output in the style of DESIGN.md: members in insertion order, ", " and ": " between
// tokens, one document per line.
#ifndef SHAPEGUARD_CLI_JSON_LINE_H_
#define SHAPEGUARD_CLI_JSON_LINE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace shapeguard::cli {

std::string ToJsonLine(const nlohmann::ordered_json& value);

// Appends text as a JSON string, escaped as nlohmann::json's dump escapes it (ill-formed
// UTF-8 replaced by U+FFFD), without building a json value: the per-document hot path.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_JSON_LINE_H_

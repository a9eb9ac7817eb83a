// JSON output in the style of DESIGN.md: members in insertion order, ", " and ": " between
// tokens, one document per line.
#ifndef SHAPEGUARD_CLI_JSON_LINE_H_
#define SHAPEGUARD_CLI_JSON_LINE_H_

#include <string>

#include <nlohmann/json.hpp>

namespace shapeguard::cli {

std::string ToJsonLine(const nlohmann::ordered_json& value);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_JSON_LINE_H_

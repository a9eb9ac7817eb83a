#include "json_line.h"

#include "shapeguard/utf8.h"

namespace shapeguard::cli {
namespace {

void Append(const nlohmann::ordered_json& value, std::string& out) {
  if (value.is_object()) {
    out.push_back('{');
    bool first = true;
    for (const auto& [key, member] : value.items()) {
      if (!first) out += ", ";
      first = false;
      out += nlohmann::ordered_json(key).dump();
      out += ": ";
      Append(member, out);
    }
    out.push_back('}');
  } else if (value.is_array()) {
    out.push_back('[');
    bool first = true;
    for (const auto& item : value) {
      if (!first) out += ", ";
      first = false;
      Append(item, out);
    }
    out.push_back(']');
  } else {
    // Replace, not throw, should a message ever carry ill-formed UTF-8.
    out += value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  if (!IsValidUtf8(text)) {  // nlohmann's dump decides the replacements
    out += nlohmann::ordered_json(std::string(text))
               .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return;
  }
  out.push_back('"');
  AppendJsonEscaped(out, text);
  out.push_back('"');
}

std::string ToJsonLine(const nlohmann::ordered_json& value) {
  std::string out;
  Append(value, out);
  return out;
}

}  // namespace shapeguard::cli

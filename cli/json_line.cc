#include "json_line.h"

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

// Appends one ASCII byte as dump() writes it inside a string.
void AppendEscapedAscii(std::string& out, char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
  }
  if (static_cast<unsigned char>(c) < 0x20) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\u00";
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 0xf]);
  } else {
    out.push_back(c);
  }
}

bool IsAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  if (!IsAscii(text)) {  // UTF-8, perhaps ill-formed: nlohmann's dump decides
    out += nlohmann::ordered_json(std::string(text))
               .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return;
  }
  out.push_back('"');
  for (char c : text) AppendEscapedAscii(out, c);
  out.push_back('"');
}

std::string ToJsonLine(const nlohmann::ordered_json& value) {
  std::string out;
  Append(value, out);
  return out;
}

}  // namespace shapeguard::cli

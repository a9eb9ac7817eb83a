#include "json_line.h"

#include "utf8.h"

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

// Appends one byte that JSON strings must escape, as dump() writes it.
void AppendEscaped(std::string& out, char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\u00";
  out.push_back(kHex[(c >> 4) & 0xf]);
  out.push_back(kHex[c & 0xf]);
}

bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  if (!internal::IsValidUtf8(text)) {  // nlohmann's dump decides the replacements
    out += nlohmann::ordered_json(std::string(text))
               .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return;
  }
  out.push_back('"');
  std::size_t plain_from = 0;  // bytes are copied in runs between the escaped ones
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!NeedsEscape(static_cast<unsigned char>(text[i]))) continue;
    out.append(text, plain_from, i - plain_from);
    AppendEscaped(out, text[i]);
    plain_from = i + 1;
  }
  out.append(text, plain_from);
  out.push_back('"');
}

std::string ToJsonLine(const nlohmann::ordered_json& value) {
  std::string out;
  Append(value, out);
  return out;
}

}  // namespace shapeguard::cli

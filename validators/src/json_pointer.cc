#include "shapeguard/json_pointer.h"

namespace shapeguard {

std::string EscapePointerToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  AppendPointerToken(out, token);
  return out.substr(1);
}

void AppendPointerToken(std::string& pointer, std::string_view token) {
  pointer.push_back('/');
  for (char c : token) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer.push_back(c);
    }
  }
}

Result<std::vector<std::string>> ParsePointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  if (pointer.front() != '/') {
    return Status::Error("a JSON Pointer must start with \"/\" (RFC 6901)");
  }
  for (std::size_t i = 0; i < pointer.size(); ++i) {
    char c = pointer[i];
    if (c == '/') {
      tokens.emplace_back();
      continue;
    }
    if (c == '~') {
      char next = i + 1 < pointer.size() ? pointer[i + 1] : '\0';
      if (next != '0' && next != '1') {
        return Status::Error("\"~\" at offset " + std::to_string(i) +
                             " must be followed by \"0\" or \"1\" (RFC 6901)");
      }
      tokens.back().push_back(next == '0' ? '~' : '/');
      ++i;
      continue;
    }
    tokens.back().push_back(c);
  }
  return tokens;
}

std::string RenderPointer(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& token : tokens) AppendPointerToken(out, token);
  return out;
}

}  // namespace shapeguard

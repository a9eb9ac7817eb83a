#include "shapeguard/json_pointer.h"

#include <cstdint>
#include <cstring>
#include <optional>

namespace shapeguard {

std::string EscapePointerToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  AppendPointerToken(out, token);
  return out.substr(1);
}

namespace {

// True when a byte of word is b: the classic test for a zero byte, on word XOR b's.
bool HasByte(std::uint64_t word, unsigned char b) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  std::uint64_t x = word ^ (kOnes * b);
  return ((x - kOnes) & ~x & (kOnes << 7)) != 0;
}

// The length of token's first run without "~" or "/", found eight bytes at a time up to
// the word that holds one (every report renders the pointer of each diagnostic).
std::size_t PlainPrefix(std::string_view token) {
  std::size_t i = 0;
  for (; i + 8 <= token.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, token.data() + i, 8);
    if (HasByte(word, '~') || HasByte(word, '/')) break;
  }
  return i;
}

}  // namespace

void AppendPointerToken(std::string& pointer, std::string_view token) {
  pointer.push_back('/');
  // Runs without "~" or "/" (all of most tokens) are copied whole.
  std::size_t from = 0;
  for (std::size_t i = PlainPrefix(token); i < token.size(); ++i) {
    if (token[i] != '~' && token[i] != '/') continue;
    pointer.append(token, from, i - from);
    pointer += token[i] == '~' ? "~0" : "~1";
    from = i + 1;
  }
  pointer.append(token, from);
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

namespace {

// RFC 6901 array indexes: "0", or a non-zero digit followed by digits.
std::optional<std::size_t> ArrayIndex(const std::string& token) {
  if (token.empty() || token.size() > 18 || (token.size() > 1 && token[0] == '0')) {
    return std::nullopt;
  }
  std::size_t index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return std::nullopt;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return index;
}

}  // namespace

const nlohmann::json* ResolvePointer(const nlohmann::json& document, std::string_view pointer) {
  auto tokens = ParsePointer(pointer);
  if (!tokens.ok()) return nullptr;
  const nlohmann::json* at = &document;
  for (const std::string& token : tokens.value()) {
    if (at->is_object()) {
      auto it = at->find(token);
      if (it == at->end()) return nullptr;
      at = &*it;
    } else if (at->is_array()) {
      auto index = ArrayIndex(token);
      if (!index || *index >= at->size()) return nullptr;
      at = &(*at)[*index];
    } else {
      return nullptr;
    }
  }
  return at;
}

}  // namespace shapeguard

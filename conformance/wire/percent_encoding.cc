#include "wire/percent_encoding.h"

namespace shapeguard::conformance {
namespace {

bool IsUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string PercentEncode(std::string_view text, Slashes slashes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (IsUnreserved(c) || (c == '/' && slashes == Slashes::kKeep)) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    }
  }
  return out;
}

std::string PercentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    int high = text[i] == '%' && i + 2 < text.size() ? HexValue(text[i + 1]) : -1;
    int low = high >= 0 ? HexValue(text[i + 2]) : -1;
    if (low >= 0) {
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

namespace {

std::string DecodeComponent(std::string_view text, Plus plus) {
  if (plus == Plus::kLiteral) return PercentDecode(text);
  std::string spaced(text);
  for (char& c : spaced) c = c == '+' ? ' ' : c;
  return PercentDecode(spaced);
}

// Calls visit(name, value) with each non-empty pair's raw text until it returns true.
template <typename Visit>
void ForEachPair(std::string_view text, Visit visit) {
  while (!text.empty()) {
    std::size_t amp = text.find('&');
    std::string_view pair = text.substr(0, amp);
    text.remove_prefix(amp == std::string_view::npos ? text.size() : amp + 1);
    if (pair.empty()) continue;
    std::size_t equals = pair.find('=');
    std::string_view value =
        equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1);
    if (visit(pair.substr(0, equals), value)) return;
  }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> ParseUrlEncoded(std::string_view text, Plus plus) {
  std::vector<std::pair<std::string, std::string>> pairs;
  ForEachPair(text, [&](std::string_view name, std::string_view value) {
    pairs.emplace_back(DecodeComponent(name, plus), DecodeComponent(value, plus));
    return false;
  });
  return pairs;
}

std::string FormValue(std::string_view form, std::string_view name) {
  std::string found;
  ForEachPair(form, [&](std::string_view key, std::string_view value) {
    if (DecodeComponent(key, Plus::kSpace) != name) return false;
    found = DecodeComponent(value, Plus::kSpace);
    return true;
  });
  return found;
}

}  // namespace shapeguard::conformance

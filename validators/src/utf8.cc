#include "utf8.h"

#include <cstdint>
#include <cstring>

namespace shapeguard::internal {

std::size_t CountCodePoints(std::string_view text) {
  // Eight bytes at a time: a continuation byte is 10xxxxxx, so its top bit is set and the
  // bit below it clear; count those and subtract them from the bytes.
  constexpr std::uint64_t kTopBits = 0x8080808080808080ULL;
  std::size_t continuations = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    // One bit per continuation byte, moved to the byte's low bit; the multiplication sums
    // the eight bytes into the top one (no popcount instruction needed).
    std::uint64_t marks = ((word & ~(word << 1) & kTopBits) >> 7);
    continuations += static_cast<std::size_t>((marks * 0x0101010101010101ULL) >> 56);
  }
  for (; i < text.size(); ++i) continuations += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  return text.size() - continuations;
}

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    // ASCII, the common case, eight bytes at a time.
    while (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i == text.size()) break;
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra;
    std::uint32_t min;
    std::uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3, min = 0x10000, cp = c & 0x07;
    } else {
      return false;
    }
    if (text.size() - i <= extra) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

namespace {

// Bytes a quoted value shows escaped: JSON's specials, control characters and DEL.
bool NeedsQuoteEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c == 0x7F; }

// The length in bytes of the first max_code_points code points of text.
std::size_t PrefixOfCodePoints(std::string_view text, std::size_t max_code_points) {
  if (text.size() <= max_code_points) return text.size();  // never more code points than bytes
  std::size_t starts = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool starts_code_point = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_code_point && starts++ == max_code_points) return i;
  }
  return text.size();
}

}  // namespace

void AppendJsonEscape(std::string& out, unsigned char c) {
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
  out.push_back(kHex[c >> 4]);
  out.push_back(kHex[c & 0xF]);
}

std::string QuoteForMessage(std::string_view text, std::size_t max_code_points) {
  // Messages of invalid documents quote their values: runs of plain bytes are copied whole.
  std::string_view shown = text.substr(0, PrefixOfCodePoints(text, max_code_points));
  std::string out;
  out.reserve(shown.size() + 8);
  out.push_back('"');
  std::size_t plain_from = 0;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    auto c = static_cast<unsigned char>(shown[i]);
    if (!NeedsQuoteEscape(c)) continue;
    out.append(shown, plain_from, i - plain_from);
    AppendJsonEscape(out, c);
    plain_from = i + 1;
  }
  out.append(shown, plain_from);
  if (shown.size() < text.size()) out += "\xE2\x80\xA6";  // U+2026 HORIZONTAL ELLIPSIS
  out.push_back('"');
  return out;
}

}  // namespace shapeguard::internal

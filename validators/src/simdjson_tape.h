// simdjson's tape, read directly: the parsed form of a document that the fast path walks.
// Its format (simdjson's doc/tape.md): a 64-bit word per value, the type's character in the
// top byte and a payload below. Strings point into the string buffer (a 4-byte length, then
// the bytes); numbers keep their value in the next word; '{' and '[' hold the index just
// past their closing word in the low 32 bits, and their entry count (saturated) in bits 32
// to 55. Reading it directly spares the checks and dispatch of simdjson's element API on
// every value.
#ifndef SHAPEGUARD_SIMDJSON_TAPE_H_
#define SHAPEGUARD_SIMDJSON_TAPE_H_

#include <simdjson.h>

#include <cstdint>
#include <cstring>
#include <string_view>

namespace shapeguard::internal {

struct Tape {
  const std::uint64_t* words;
  const std::uint8_t* strings;

  // The tape of a parsed document; its root value is at index 1.
  static Tape Of(const simdjson::dom::document& document) {
    return {document.tape.get(), document.string_buf.get()};
  }
  static constexpr std::uint32_t kRoot = 1;
  // Entry counts at or above this are saturated: the entries must be counted.
  static constexpr std::uint32_t kCountSaturated = 0xFFFFFF;

  char Type(std::uint32_t at) const { return static_cast<char>(words[at] >> 56); }

  std::string_view String(std::uint32_t at) const {
    const std::uint8_t* p = strings + (words[at] & kPayloadMask);
    std::uint32_t size;
    std::memcpy(&size, p, sizeof size);
    return {reinterpret_cast<const char*>(p + sizeof size), size};
  }

  // The raw bits of a number's value ('l', 'u' or 'd' at `at`).
  std::uint64_t NumberBits(std::uint32_t at) const { return words[at + 1]; }

  // For '{' and '[': the index just past the closing word, and the entry count.
  std::uint32_t End(std::uint32_t at) const { return static_cast<std::uint32_t>(words[at]); }
  std::uint32_t Count(std::uint32_t at) const {
    return static_cast<std::uint32_t>(words[at] >> 32) & kCountSaturated;
  }

  // The index of the value after the one at `at`.
  std::uint32_t After(std::uint32_t at) const {
    switch (Type(at)) {
      case '{':
      case '[':
        return End(at);
      case 'l':
      case 'u':
      case 'd':
        return at + 2;
      default:
        return at + 1;
    }
  }

 private:
  static constexpr std::uint64_t kPayloadMask = (std::uint64_t{1} << 56) - 1;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_SIMDJSON_TAPE_H_

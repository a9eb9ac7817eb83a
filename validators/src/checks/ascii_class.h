// A set of ASCII bytes (a regex character class such as [A-Za-z0-9._~-]) and the one
// question pattern checks ask of it most: is every byte of this text in the set? Answered
// 64 bytes at a time where the CPU has AVX-512BW, 16 where it has SSSE3 (a lookup by low
// nibble, ANDed with one by high nibble), byte by byte elsewhere; all give the same answer
// (a unit test holds each kernel the CPU runs to the byte-by-byte one).
#ifndef SHAPEGUARD_CHECKS_ASCII_CLASS_H_
#define SHAPEGUARD_CHECKS_ASCII_CLASS_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace shapeguard::internal {

class AsciiClass {
 public:
  // Adds the bytes lo..hi; both must be ASCII (below 0x80).
  void Add(unsigned char lo, unsigned char hi);

  bool Contains(unsigned char c) const { return table_[c]; }

  // True when every byte of text is in the set (so also for an empty text).
  bool ContainsAll(std::string_view text) const;
  // The same, for a text followed by at least kReadPast readable bytes (a string in
  // simdjson's padded string buffer): one that fits a block is read as a whole block and
  // answered without a loop, whose exit, at a different length for every string, costs a
  // mispredicted branch. (The AVX-512 kernel reads no further than the text, so it takes up
  // to 64 bytes without a loop in either call.)
  bool ContainsAllPadded(std::string_view text) const;
  static constexpr std::size_t kReadPast = 15;

  // The byte-by-byte answer, whatever the CPU: for tests.
  bool ContainsAllScalar(std::string_view text) const;

  // The ways of answering, for tests: whether this CPU runs one, and its answer (padded: the
  // text is followed by kReadPast readable bytes).
  enum class Kernel { kScalar, kSsse3, kAvx512 };
  static bool Runs(Kernel kernel);
  bool ContainsAllBy(Kernel kernel, std::string_view text, bool padded) const;

 private:
  static Kernel Fastest();

  std::array<bool, 256> table_{};
  // Bit h of entry l: the byte 16 * h + l is in the set (h < 8: ASCII only).
  std::array<std::uint8_t, 16> by_low_nibble_{};
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_ASCII_CLASS_H_

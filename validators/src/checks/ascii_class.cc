#include "checks/ascii_class.h"

#include <cassert>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <tmmintrin.h>
#define SHAPEGUARD_ASCII_CLASS_SSSE3 1
#endif

namespace shapeguard::internal {
namespace {

#ifdef SHAPEGUARD_ASCII_CLASS_SSSE3

bool CpuHasSsse3() {
  static const bool has = __builtin_cpu_supports("ssse3");
  return has;
}

// One bit per byte of the 16 at p, set for the bytes outside the set: each byte's low nibble
// picks the bits of the high nibbles that complete it to a member; its high nibble picks its
// own bit (none for bytes past ASCII).
__attribute__((target("ssse3"))) unsigned Outsiders(const char* p, __m128i by_low_nibble) {
  const __m128i high_bits = _mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m128i nibble = _mm_set1_epi8(0x0F);
  __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i low = _mm_shuffle_epi8(by_low_nibble, _mm_and_si128(bytes, nibble));
  __m128i high = _mm_shuffle_epi8(high_bits, _mm_and_si128(_mm_srli_epi16(bytes, 4), nibble));
  __m128i members = _mm_and_si128(low, high);
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(members, _mm_setzero_si128())));
}

__attribute__((target("ssse3"))) bool BlockInSet(const char* p, __m128i by_low_nibble) {
  return Outsiders(p, by_low_nibble) == 0;
}

// text.size() <= 16, with the bytes after it readable: one block, the bytes past the text
// masked off.
__attribute__((target("ssse3"))) bool ShortInSetSsse3(std::string_view text,
                                                      const std::uint8_t* by_low_nibble) {
  assert(text.size() <= 16);
  __m128i table = _mm_loadu_si128(reinterpret_cast<const __m128i*>(by_low_nibble));
  unsigned in_text = (1u << text.size()) - 1;
  return (Outsiders(text.data(), table) & in_text) == 0;
}

// text.size() >= 16: whole blocks, then one last block ending at the text's end (it may
// overlap the one before; nothing outside the text is read).
__attribute__((target("ssse3"))) bool AllInSetSsse3(std::string_view text,
                                                    const std::uint8_t* by_low_nibble) {
  assert(text.size() >= 16);
  __m128i table = _mm_loadu_si128(reinterpret_cast<const __m128i*>(by_low_nibble));
  std::size_t i = 0;
  for (; i + 16 <= text.size(); i += 16) {
    if (!BlockInSet(text.data() + i, table)) return false;
  }
  return i == text.size() || BlockInSet(text.data() + text.size() - 16, table);
}

#endif

}  // namespace

void AsciiClass::Add(unsigned char lo, unsigned char hi) {
  assert(lo <= hi && hi < 0x80);
  for (unsigned v = lo; v <= hi; ++v) {
    table_[v] = true;
    by_low_nibble_[v & 0x0F] |= static_cast<std::uint8_t>(1u << (v >> 4));
  }
}

bool AsciiClass::ContainsAll(std::string_view text) const {
#ifdef SHAPEGUARD_ASCII_CLASS_SSSE3
  if (text.size() >= 16 && CpuHasSsse3()) return AllInSetSsse3(text, by_low_nibble_.data());
#endif
  return ContainsAllScalar(text);
}

bool AsciiClass::ContainsAllPadded(std::string_view text) const {
#ifdef SHAPEGUARD_ASCII_CLASS_SSSE3
  static_assert(kReadPast + 1 >= 16, "a block of 16 bytes from a text's start must be readable");
  if (text.size() <= 16 && CpuHasSsse3()) return ShortInSetSsse3(text, by_low_nibble_.data());
#endif
  return ContainsAll(text);
}

bool AsciiClass::ContainsAllScalar(std::string_view text) const {
  for (char c : text) {
    if (!table_[static_cast<unsigned char>(c)]) return false;
  }
  return true;
}

}  // namespace shapeguard::internal

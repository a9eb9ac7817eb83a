#include "checks/ascii_class.h"

#include <cassert>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define SHAPEGUARD_ASCII_CLASS_SSSE3 1
#endif
#if defined(__x86_64__)
#define SHAPEGUARD_ASCII_CLASS_AVX512 1
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

#ifdef SHAPEGUARD_ASCII_CLASS_AVX512

bool CpuHasAvx512() {
  static const bool has = __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("bmi2");
  return has;
}

// A block of 16 bytes four times over. (The zero-masking form: GCC 12 warns that the plain
// broadcast reads an uninitialized register.)
__attribute__((target("avx512bw"))) __m512i FourTimes(__m128i block) {
  return _mm512_maskz_broadcast_i32x4(0xFFFF, block);
}

// The 64-bit form of Outsiders: one bit per byte of the 64 in `bytes`.
__attribute__((target("avx512bw"))) std::uint64_t Outsiders64(__m512i bytes,
                                                              __m512i by_low_nibble) {
  const __m512i high_bits =
      FourTimes(_mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0));
  const __m512i nibble = _mm512_set1_epi8(0x0F);
  __m512i low = _mm512_shuffle_epi8(by_low_nibble, _mm512_and_si512(bytes, nibble));
  __m512i high =
      _mm512_shuffle_epi8(high_bits, _mm512_and_si512(_mm512_srli_epi16(bytes, 4), nibble));
  return _mm512_testn_epi8_mask(low, high);
}

// Any text, 64 bytes at a time: a text of up to 64 bytes (most strings) is one masked load
// and no loop, so nothing depends on its length but one predictable branch. A masked load
// reads nothing past the text.
__attribute__((target("avx512bw,bmi2"))) bool AllInSetAvx512(std::string_view text,
                                                             const std::uint8_t* by_low_nibble) {
  __m512i table = FourTimes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(by_low_nibble)));
  const char* p = text.data();
  std::size_t left = text.size();
  for (; left > 64; p += 64, left -= 64) {
    if (Outsiders64(_mm512_loadu_si512(p), table) != 0) return false;
  }
  __mmask64 in_text = _bzhi_u64(~std::uint64_t{0}, static_cast<unsigned>(left));
  return (Outsiders64(_mm512_maskz_loadu_epi8(in_text, p), table) & in_text) == 0;
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

bool AsciiClass::Runs(Kernel kernel) {
  switch (kernel) {
#ifdef SHAPEGUARD_ASCII_CLASS_AVX512
    case Kernel::kAvx512:
      return CpuHasAvx512();
#endif
#ifdef SHAPEGUARD_ASCII_CLASS_SSSE3
    case Kernel::kSsse3:
      return CpuHasSsse3();
#endif
    case Kernel::kScalar:
      return true;
    default:
      return false;
  }
}

AsciiClass::Kernel AsciiClass::Fastest() {
  static const Kernel fastest = Runs(Kernel::kAvx512)  ? Kernel::kAvx512
                                : Runs(Kernel::kSsse3) ? Kernel::kSsse3
                                                       : Kernel::kScalar;
  return fastest;
}

bool AsciiClass::ContainsAll(std::string_view text) const {
  return ContainsAllBy(Fastest(), text, false);
}

bool AsciiClass::ContainsAllPadded(std::string_view text) const {
  return ContainsAllBy(Fastest(), text, true);
}

bool AsciiClass::ContainsAllBy(Kernel kernel, std::string_view text, bool padded) const {
  switch (kernel) {
#ifdef SHAPEGUARD_ASCII_CLASS_AVX512
    case Kernel::kAvx512:
      return AllInSetAvx512(text, by_low_nibble_.data());
#endif
#ifdef SHAPEGUARD_ASCII_CLASS_SSSE3
    case Kernel::kSsse3:
      static_assert(kReadPast + 1 >= 16,
                    "a block of 16 bytes from a text's start must be readable");
      if (padded && text.size() <= 16) return ShortInSetSsse3(text, by_low_nibble_.data());
      if (text.size() >= 16) return AllInSetSsse3(text, by_low_nibble_.data());
      break;
#endif
    default:
      break;
  }
  return ContainsAllScalar(text);
}

bool AsciiClass::ContainsAllScalar(std::string_view text) const {
  for (char c : text) {
    if (!table_[static_cast<unsigned char>(c)]) return false;
  }
  return true;
}

}  // namespace shapeguard::internal

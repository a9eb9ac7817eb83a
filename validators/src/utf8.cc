#include "shapeguard/utf8.h"

#include <cstdint>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <simdjson.h>

namespace shapeguard {
namespace {

// The top bit of each byte of a word: set in every byte of a multi-byte UTF-8 sequence.
constexpr std::uint64_t kTopBits = 0x8080808080808080ULL;

// The first byte at or after `from` below 0x20, '"' or '\\' (or DEL too, when kDel), or
// text.size(). Messages and output lines quote values of invalid documents, so this runs
// over every byte of them.
template <bool kDel>
std::size_t NextEscape(std::string_view text, std::size_t from) {
  auto special = [](unsigned char c) {
    return c < 0x20 || c == '"' || c == '\\' || (kDel && c == 0x7F);
  };
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i below_space = _mm_set1_epi8(0x1F);
  const __m128i del = _mm_set1_epi8(0x7F);
  for (; i + 16 <= text.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // v <= 0x1F, unsigned: the larger of v and 0x1F is 0x1F.
    __m128i hits =
        _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space),
                     _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    if (kDel) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, del));
    if (int mask = _mm_movemask_epi8(hits))
      return i + static_cast<std::size_t>(__builtin_ctz(mask));
  }
#endif
  while (i < text.size() && !special(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

}  // namespace

std::size_t NextJsonEscape(std::string_view text, std::size_t from) {
  return NextEscape<false>(text, from);
}

std::size_t CountCodePoints(std::string_view text) {
  // Count the continuation bytes (10xxxxxx) and subtract them from the bytes.
  std::size_t continuations = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: as a signed byte a continuation byte is below -64, and each
  // match (-1) is subtracted from a per-byte counter; the counters are summed every 255
  // blocks, before they could wrap. A length rule counts every byte of a value too long for
  // its bounds, up to a few kilobytes.
  const __m128i below = _mm_set1_epi8(-64);
  while (i + 16 <= text.size()) {
    __m128i counts = _mm_setzero_si128();
    for (int block = 0; block < 255 && i + 16 <= text.size(); ++block, i += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      counts = _mm_sub_epi8(counts, _mm_cmplt_epi8(v, below));
    }
    __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());  // one sum per 8 bytes
    continuations += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
                     static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  // Eight bytes at a time: a continuation byte's top bit is set and the bit below it clear.
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    // One bit per continuation byte, moved to the byte's low bit; the multiplication sums
    // the eight bytes into the top one (no popcount instruction needed).
    std::uint64_t marks = ((word & ~(word << 1) & kTopBits) >> 7);
    continuations += static_cast<std::size_t>((marks * 0x0101010101010101ULL) >> 56);
  }
  for (; i < text.size(); ++i)
    continuations += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  return text.size() - continuations;
}

bool IsValidUtf8(std::string_view text) {
  // ASCII text (most messages, paths and member names) is settled here, eight bytes at a
  // time: the call into simdjson's validator costs more than that for a short text.
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & kTopBits) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  if (i == text.size()) return true;
  // simdjson's validator (SIMD, chosen for the CPU at run time) rejects what RFC 3629 does:
  // overlongs, surrogates, code points past U+10FFFF, truncated sequences.
  return simdjson::validate_utf8(text.data() + i, text.size() - i);
}

namespace {

// The length in bytes of the first max_code_points code points of text.
std::size_t PrefixOfCodePoints(std::string_view text, std::size_t max_code_points) {
  if (text.size() <= max_code_points) return text.size();  // never more code points than bytes
  // Whole words of ASCII first: there a byte is a code point. The rest byte by byte.
  std::size_t i = 0;
  for (; i + 8 <= max_code_points; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080ULL) break;
  }
  std::size_t starts = i;
  for (; i < text.size(); ++i) {
    bool starts_code_point = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_code_point && starts++ == max_code_points) return i;
  }
  return text.size();
}

// Writes c escaped, as AppendJsonEscape says, at out; returns the end (at most 6 bytes on).
char* WriteJsonEscape(char* out, unsigned char c) {
  char short_form = 0;
  switch (c) {
    case '"':
      short_form = '"';
      break;
    case '\\':
      short_form = '\\';
      break;
    case '\b':
      short_form = 'b';
      break;
    case '\f':
      short_form = 'f';
      break;
    case '\n':
      short_form = 'n';
      break;
    case '\r':
      short_form = 'r';
      break;
    case '\t':
      short_form = 't';
      break;
  }
  *out++ = '\\';
  if (short_form) {
    *out++ = short_form;
    return out;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::memcpy(out, "u00", 3);
  out[3] = kHex[c >> 4];
  out[4] = kHex[c & 0xF];
  return out + 5;
}

constexpr std::size_t kLongestEscape = 6;  // \u00XX

// Appends text with what NextEscape<kDel> finds escaped. Written through a pointer into a
// per-thread scratch buffer, then appended at once: an append per run and per escape cost
// more than the copying (messages quote values, and quotes need escaping), and making the
// room in out itself would zero it first.
template <bool kDel>
void AppendEscaped(std::string& out, std::string_view text) {
  // Empty: nothing to write, and the empty scratch buffer (or text) may have no data()
  // pointer, which memcpy must not be given even for no bytes (UBSan holds it to that).
  if (text.empty()) return;
  thread_local std::vector<char> scratch;
  if (scratch.size() < kLongestEscape * text.size()) scratch.resize(kLongestEscape * text.size());
  char* end = scratch.data();
  for (std::size_t i = 0;;) {
    std::size_t special = NextEscape<kDel>(text, i);
    std::memcpy(end, text.data() + i, special - i);
    end += special - i;
    if (special == text.size()) break;
    end = WriteJsonEscape(end, static_cast<unsigned char>(text[special]));
    i = special + 1;
  }
  out.append(scratch.data(), static_cast<std::size_t>(end - scratch.data()));
}

}  // namespace

void AppendJsonEscape(std::string& out, unsigned char c) {
  char escaped[kLongestEscape];
  out.append(escaped, static_cast<std::size_t>(WriteJsonEscape(escaped, c) - escaped));
}

void AppendJsonEscaped(std::string& out, std::string_view text) { AppendEscaped<false>(out, text); }

std::string QuoteForMessage(std::string_view text, std::size_t max_code_points) {
  std::string_view shown = text.substr(0, PrefixOfCodePoints(text, max_code_points));
  std::string out;
  out.reserve(shown.size() + 8);
  out.push_back('"');
  // Bytes a quoted value shows escaped: JSON's specials, control characters and DEL.
  AppendEscaped<true>(out, shown);
  if (shown.size() < text.size()) out += "\xE2\x80\xA6";  // U+2026 HORIZONTAL ELLIPSIS
  out.push_back('"');
  return out;
}

}  // namespace shapeguard

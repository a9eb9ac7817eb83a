#include "checks/substring_search.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace shapeguard::internal {

std::size_t SubstringSearch::Find(std::string_view text, std::size_t from) const {
  const std::size_t n = needle_.size();
  if (n < 2 || from > text.size() || text.size() - from < n) return FindScalar(text, from);
#if defined(__SSE2__)
  // Fewer than 16 start positions: one at a time.
  if (text.size() - from < n + 15) return FindScalar(text, from);
  const char* p = text.data();
  const __m128i first = _mm_set1_epi8(needle_.front());
  const __m128i last = _mm_set1_epi8(needle_.back());
  // The first of the 16 start positions from `at` that holds the needle, or npos (the
  // block's last needle ends inside the text).
  auto find_in_block = [&](std::size_t at) {
    __m128i starts = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    __m128i ends = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at + n - 1));
    auto candidates = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpeq_epi8(starts, first), _mm_cmpeq_epi8(ends, last))));
    for (; candidates != 0; candidates &= candidates - 1) {
      std::size_t start = at + static_cast<std::size_t>(__builtin_ctz(candidates));
      if (std::memcmp(p + start + 1, needle_.data() + 1, n - 2) == 0) return start;
    }
    return std::string_view::npos;
  };
  std::size_t i = from;
  for (; i + 15 + n <= text.size(); i += 16) {
    if (std::size_t found = find_in_block(i); found != std::string_view::npos) return found;
  }
  if (i + n > text.size()) return std::string_view::npos;
  // The last start positions, in a block that ends where the text does: it overlaps the one
  // before, whose positions held no needle.
  return find_in_block(text.size() - n - 15);
#else
  return FindScalar(text, from);
#endif
}

}  // namespace shapeguard::internal

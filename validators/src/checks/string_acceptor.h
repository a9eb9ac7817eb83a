// What every check of a slot accepts for certain, asked in one pass before the checks run
// one by one: a range of lengths, an ASCII class every byte must be in (where a pattern
// names one) and the values a string must be one of (where an enum names them). Most strings
// of most documents pass, and are settled here; a string it does not accept may still be
// valid, and goes through the checks (which say what is wrong).
#ifndef SHAPEGUARD_CHECKS_STRING_ACCEPTOR_H_
#define SHAPEGUARD_CHECKS_STRING_ACCEPTOR_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>

#include "checks/ascii_class.h"
#include "name_index.h"

namespace shapeguard::internal {

class StringAcceptor {
 public:
  // Accepts only strings of min..max code points.
  void LimitLength(std::uint64_t min, std::uint64_t max) {
    min_ = std::max(min_, min);
    max_ = std::min(max_, max);
  }
  // Accepts only strings whose bytes are all in allowed (so ASCII); false when a class is
  // set already (two classes are not intersected: the slot then goes without).
  bool LimitBytes(const AsciiClass& allowed) {
    if (has_class_) return false;
    class_ = allowed;
    has_class_ = true;
    return true;
  }

  // Accepts only strings among values (all_ascii: each of them is ASCII); false when a set is
  // there already (two sets are not intersected either).
  bool LimitValues(std::shared_ptr<const NameIndex> values, bool all_ascii) {
    if (values_) return false;
    values_ = std::move(values);
    values_ascii_ = all_ascii;
    return true;
  }

  // kPadded: text is followed by AsciiClass::kReadPast readable bytes. Inlined into the
  // generated walks: it is asked of most strings of every document.
  template <bool kPadded = false>
  [[gnu::always_inline]] bool Accepts(std::string_view text) const {
    std::uint64_t bytes = text.size();
    if (values_) {
      if (values_->Find(text) == NameIndex::kNotFound) return false;
      // One of the values: if they are all ASCII, a byte is a code point.
      if (values_ascii_ && !has_class_) return bytes >= min_ && bytes <= max_;
    }
    // Where the class holds, the text is ASCII: a byte is a code point.
    if (has_class_) {
      if (bytes < min_ || bytes > max_) return false;
      return kPadded ? class_.ContainsAllPadded(text) : class_.ContainsAll(text);
    }
    // Otherwise UTF-8 has between bytes / 4 and bytes code points; and a text whose first
    // byte starts a code point has one at least (the common minimum of 1, for short texts).
    return bytes <= max_ && (bytes / 4 >= min_ || (min_ == 1 && StartsCodePoint(text)));
  }

 private:
  static bool StartsCodePoint(std::string_view text) {
    return !text.empty() && (static_cast<unsigned char>(text[0]) & 0xC0) != 0x80;
  }

  std::uint64_t min_ = 0;
  std::uint64_t max_ = UINT64_MAX;
  bool has_class_ = false;
  AsciiClass class_;
  std::shared_ptr<const NameIndex> values_;
  bool values_ascii_ = false;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_STRING_ACCEPTOR_H_

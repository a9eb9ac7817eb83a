// What every check of a slot accepts for certain, asked in one pass before the checks run
// one by one: a range of lengths and, where a pattern names one, an ASCII class every byte
// must be in. Most strings of most documents pass, and are settled here; a string it does
// not accept may still be valid, and goes through the checks (which say what is wrong).
#ifndef SHAPEGUARD_CHECKS_STRING_ACCEPTOR_H_
#define SHAPEGUARD_CHECKS_STRING_ACCEPTOR_H_

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "checks/ascii_class.h"

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

  // kPadded: text is followed by AsciiClass::kReadPast readable bytes.
  template <bool kPadded = false>
  bool Accepts(std::string_view text) const {
    std::uint64_t bytes = text.size();
    // Where the class holds, the text is ASCII: a byte is a code point.
    if (has_class_) {
      if (bytes < min_ || bytes > max_) return false;
      return kPadded ? class_.ContainsAllPadded(text) : class_.ContainsAll(text);
    }
    // Otherwise UTF-8 has between bytes / 4 and bytes code points.
    return bytes <= max_ && bytes / 4 >= min_;
  }

 private:
  std::uint64_t min_ = 0;
  std::uint64_t max_ = UINT64_MAX;
  bool has_class_ = false;
  AsciiClass class_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_STRING_ACCEPTOR_H_

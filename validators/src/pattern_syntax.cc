#include "shapeguard/pattern_syntax.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace shapeguard {
namespace {

// RE2 refuses repetition counts above this.
constexpr std::uint64_t kMaxRepeat = 1000;

// Java's names for the ASCII POSIX classes, and RE2's.
struct PosixName {
  std::string_view java;
  std::string_view re2;
};
constexpr PosixName kPosixNames[] = {
    {"Lower", "lower"}, {"Upper", "upper"}, {"ASCII", "ascii"}, {"Alpha", "alpha"},
    {"Digit", "digit"}, {"Alnum", "alnum"}, {"Punct", "punct"}, {"Graph", "graph"},
    {"Print", "print"}, {"Blank", "blank"}, {"Cntrl", "cntrl"}, {"XDigit", "xdigit"},
    {"Space", "space"},
};

// Unicode's White_Space property, which RE2 cannot name.
constexpr std::string_view kWhiteSpace =
    "\\t-\\r\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}"
    "\\x{205F}\\x{3000}";

// Java properties RE2 spells as a union of Unicode classes (class items, without brackets).
// IsAlphabetic is Java's Character.isAlphabetic: letters and letter numbers (plus the few
// Other_Alphabetic marks, which RE2 cannot name).
struct UnionName {
  std::string_view java;
  std::string_view items;
};
constexpr UnionName kUnionNames[] = {
    {"LD", "\\pL\\p{Nd}"},          {"IsAlphabetic", "\\pL\\p{Nl}"}, {"Alphabetic", "\\pL\\p{Nl}"},
    {"IsLetter", "\\pL"},           {"IsDigit", "\\p{Nd}"},          {"IsUppercase", "\\p{Lu}"},
    {"IsLowercase", "\\p{Ll}"},     {"javaLowerCase", "\\p{Ll}"},    {"javaUpperCase", "\\p{Lu}"},
    {"IsWhite_Space", kWhiteSpace}, {"IsWhitespace", kWhiteSpace},   {"IsWhiteSpace", kWhiteSpace},
    {"all", "\\x{0}-\\x{10FFFF}"},
};

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The code point of "\uXXXX" at `at`, or nullopt.
std::optional<char32_t> UnicodeEscape(std::string_view p, std::size_t at) {
  if (at + 6 > p.size() || p[at] != '\\' || p[at + 1] != 'u') return std::nullopt;
  for (std::size_t k = at + 2; k < at + 6; ++k) {
    if (!IsHex(p[k])) return std::nullopt;
  }
  return static_cast<char32_t>(std::stoul(std::string(p.substr(at + 2, 4)), nullptr, 16));
}

std::string HexEscape(char32_t c) {
  char text[16];
  std::snprintf(text, sizeof text, "\\x{%X}", static_cast<unsigned>(c));
  return text;
}

// The bytes of the UTF-8 character starting at p[i].
std::size_t CharLength(std::string_view p, std::size_t i) {
  auto c = static_cast<unsigned char>(p[i]);
  std::size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  return std::min(n, p.size() - i);
}

class Translator {
 public:
  explicit Translator(std::string_view p) : p_(p) {}

  std::string Run() {
    while (i_ < p_.size()) Step();
    return out_;
  }

 private:
  void Step() {
    char c = p_[i_];
    if (c == '\\') return Escape();
    if (in_class_) {
      if (c == ']' && !class_start_) in_class_ = false;
      class_start_ = false;
      return Copy(1);
    }
    switch (c) {
      case '[':
        atom_ = out_.size();
        in_class_ = class_start_ = true;
        Copy(1);
        if (i_ < p_.size() && p_[i_] == '^') Copy(1);
        return;
      case '(':
        groups_.push_back(out_.size());
        Copy(1);
        // Java's named group "(?<name>" is RE2's "(?P<name>"; "(?<=" and "(?<!" are
        // look-behind and stay.
        if (p_.substr(i_, 2) == "?<" && i_ + 2 < p_.size() && p_[i_ + 2] != '=' &&
            p_[i_ + 2] != '!') {
          out_ += "?P<";
          i_ += 2;
        }
        return;
      case ')':
        atom_ = groups_.empty() ? std::string::npos : groups_.back();
        if (!groups_.empty()) groups_.pop_back();
        return Copy(1);
      case '{':
        if (Repetition()) return;
        atom_ = out_.size();
        return Copy(1);
      case '*':
      case '+':
      case '?':
      case '|':
      case '^':
      case '$':
        if (c == '|' || c == '^' || c == '$') atom_ = std::string::npos;
        return Copy(1);
      default:
        atom_ = out_.size();
        return Copy(CharLength(p_, i_));
    }
  }

  void Copy(std::size_t n) {
    out_.append(p_.substr(i_, n));
    i_ += n;
  }

  void Escape() {
    if (!in_class_) atom_ = out_.size();
    class_start_ = false;
    if (i_ + 1 >= p_.size()) return Copy(1);
    char e = p_[i_ + 1];
    if (auto unit = UnicodeEscape(p_, i_)) return Utf16(*unit);
    if ((e == 'p' || e == 'P') && i_ + 2 < p_.size() && p_[i_ + 2] == '{') {
      if (!Property(e == 'P')) {
        std::size_t close = p_.find('}', i_);  // a name RE2 knows: "\p{Greek}"
        Copy(close == std::string_view::npos ? p_.size() - i_ : close + 1 - i_);
      }
      return EscapeDashAfterSet();
    }
    Copy(1 + CharLength(p_, i_ + 1));
    if (std::string_view("pPdDwWsS").find(e) != std::string_view::npos) EscapeDashAfterSet();
  }

  // In a class, Java reads "-" after a set ("[\p{Z}-_]") as itself; RE2 and PCRE2 refuse
  // a range from a set. Escaped, it means what Java meant.
  void EscapeDashAfterSet() {
    if (!in_class_ || i_ + 1 >= p_.size() || p_[i_] != '-' || p_[i_ + 1] == ']') return;
    out_ += "\\-";
    ++i_;
  }

  // "\uXXXX", or a surrogate pair "\uD8xx\uDCxx" as the one character it encodes.
  void Utf16(char32_t unit) {
    i_ += 6;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (auto low = UnicodeEscape(p_, i_); low && *low >= 0xDC00 && *low <= 0xDFFF) {
        i_ += 6;
        unit = 0x10000 + ((unit - 0xD800) << 10) + (*low - 0xDC00);
      }
    }
    out_ += HexEscape(unit);
  }

  // "\p{Name}" / "\P{Name}" with a Java name; false (consuming nothing) for names RE2 knows.
  bool Property(bool negated) {
    std::size_t close = p_.find('}', i_ + 3);
    if (close == std::string_view::npos) return false;
    std::string_view name = p_.substr(i_ + 3, close - i_ - 3);
    std::string items;
    for (const PosixName& posix : kPosixNames) {
      if (name == posix.java) items = std::string("[:").append(posix.re2).append(":]");
    }
    for (const UnionName& u : kUnionNames) {
      if (name == u.java) items = u.items;
    }
    if (items.empty() && name.size() > 2 && name.substr(0, 2) == "Is") {
      items = std::string("\\p{").append(name.substr(2)).append("}");  // a script or category
    }
    if (items.empty()) return false;
    if (in_class_) {
      // Inside a class only a POSIX class can be negated in place.
      if (negated && items[0] != '[') return false;
      if (negated) items = std::string("[:^").append(items, 2);
      out_ += items;
    } else {
      out_.append(negated ? "[^" : "[").append(items).append("]");
    }
    i_ = close + 1;
    return true;
  }

  // A "{m}", "{m,}" or "{m,n}" repetition: copied, or over RE2's limit, split into pieces
  // within it ("X{0,2048}" is "(?:X){0,1000}(?:X){0,1000}(?:X){0,48}"). A possessive "+"
  // after a fixed count changes nothing and is dropped. False when the brace is a literal.
  bool Repetition() {
    std::size_t p = i_ + 1;
    auto number = [&](std::uint64_t& into) {
      std::size_t start = p;
      into = 0;
      while (p < p_.size() && p_[p] >= '0' && p_[p] <= '9' && into < 1000000) {
        into = into * 10 + (p_[p++] - '0');
      }
      return p > start;
    };
    std::uint64_t min = 0, max = 0;
    if (!number(min)) return false;
    bool bounded = true;
    max = min;
    if (p < p_.size() && p_[p] == ',') {
      ++p;
      if (!number(max)) bounded = false;
    }
    if (p >= p_.size() || p_[p] != '}') return false;
    bool fixed = bounded && min == max;
    std::size_t end = p + 1;
    if (fixed && end < p_.size() && p_[end] == '+') ++end;
    if (atom_ == std::string::npos && !out_.empty() && (out_.back() == '$' || out_.back() == '^') &&
        min >= 1) {
      i_ = end;  // an anchor repeated at least once is the anchor: "${1,4096}" is "$"
      return true;
    }
    if ((min <= kMaxRepeat && (!bounded || max <= kMaxRepeat)) || atom_ == std::string::npos ||
        (bounded && max < min)) {
      out_.append(p_.substr(i_, p + 1 - i_));
      i_ = end;
      return true;
    }
    std::string atom = std::string("(?:").append(out_, atom_).append(")");
    out_.resize(atom_);
    for (const auto& [lo, hi] : Pieces(min, bounded ? max : UINT64_MAX)) {
      // Appended piece by piece: g++ 12 at -O3 wrongly warns (-Wstringop-overflow) on
      // "literal" + std::string(...).
      out_.append(atom).append("{").append(std::to_string(lo));
      if (hi == UINT64_MAX) out_.append(",");
      if (hi != UINT64_MAX && hi != lo) out_.append(",").append(std::to_string(hi));
      out_.append("}");
    }
    atom_ = std::string::npos;
    i_ = end;
    return true;
  }

  // Counts {lo, hi} within RE2's limit whose sums are min and max (UINT64_MAX: unbounded).
  static std::vector<std::pair<std::uint64_t, std::uint64_t>> Pieces(std::uint64_t min,
                                                                     std::uint64_t max) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> pieces;
    if (max == UINT64_MAX) {
      for (; min > kMaxRepeat; min -= kMaxRepeat) pieces.push_back({kMaxRepeat, kMaxRepeat});
      pieces.push_back({min, UINT64_MAX});
      return pieces;
    }
    while (max > 0) {
      std::uint64_t hi = std::min(max, kMaxRepeat);
      std::uint64_t lo = std::min(min, hi);
      pieces.push_back({lo, hi});
      min -= lo;
      max -= hi;
    }
    return pieces;
  }

  std::string_view p_;
  std::size_t i_ = 0;
  std::string out_;
  bool in_class_ = false;
  bool class_start_ = false;              // just after "[" or "[^": a "]" here is a literal
  std::size_t atom_ = std::string::npos;  // where the last atom starts in out_
  std::vector<std::size_t> groups_;       // where each open group starts in out_
};

}  // namespace

std::string ToRe2Syntax(std::string_view model_pattern) { return Translator(model_pattern).Run(); }

}  // namespace shapeguard

#include "checks/simple_regex.h"

#include <cstdint>

namespace shapeguard::internal {
namespace {

constexpr std::size_t kMaxSearchedRun = 64;

bool IsAsciiLiteral(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '/' || c == '@' || c == '#' || c == '=' || c == ',' ||
         c == '%' || c == '&' || c == '~' || c == '!' || c == '<' || c == '>' || c == ' ' ||
         c == '\'' || c == '"' || c == ';' || c == '`';
}

bool IsPunctuation(char c) {
  return c > ' ' && c < 0x7F &&
         !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

// Reads the class escapes \d \w \s into the class; false for anything else.
bool ClassEscape(char c, AsciiClass& set) {
  switch (c) {
    case 'd':
      set.Add('0', '9');
      return true;
    case 'w':
      set.Add('0', '9'), set.Add('A', 'Z'), set.Add('a', 'z'), set.Add('_', '_');
      return true;
    case 's':
      set.Add('\t', '\n'), set.Add('\f', '\r'), set.Add(' ', ' ');
      return true;
    default:
      return false;
  }
}

class Reader {
 public:
  explicit Reader(std::string_view p) : p_(p) {}
  bool Done() const { return i_ == p_.size(); }
  char Peek() const { return i_ < p_.size() ? p_[i_] : '\0'; }
  bool Take(char c) {
    if (Peek() != c || Done()) return false;
    ++i_;
    return true;
  }
  char Next() { return p_[i_++]; }
  std::size_t Left() const { return p_.size() - i_; }

 private:
  std::string_view p_;
  std::size_t i_ = 0;
};

// "[...]" of ASCII ranges, literals and \d \w \s: no negation, nothing outside ASCII.
bool ReadClass(Reader& r, AsciiClass& set) {
  if (r.Take('^')) return false;
  bool any = false;
  while (!r.Done() && r.Peek() != ']') {
    char lo = r.Next();
    if (lo == '[') return false;  // POSIX classes and nesting: leave to RE2
    if (lo == '\\') {
      if (r.Done()) return false;
      char e = r.Next();
      if (ClassEscape(e, set)) {
        any = true;
        continue;
      }
      if (!IsPunctuation(e)) return false;
      lo = e;
    }
    if (static_cast<unsigned char>(lo) >= 0x80) return false;
    char hi = lo;
    if (r.Peek() == '-' && r.Left() >= 2) {
      r.Next();
      if (r.Peek() == ']') {  // a trailing "-" is a literal
        set.Add('-', '-');
      } else {
        hi = r.Next();
        if (hi == '\\') {
          if (r.Done()) return false;
          hi = r.Next();
          if (!IsPunctuation(hi)) return false;
        }
        if (static_cast<unsigned char>(hi) >= 0x80 || hi < lo) return false;
      }
    }
    set.Add(static_cast<unsigned char>(lo), static_cast<unsigned char>(hi));
    any = true;
  }
  return r.Take(']') && any;
}

// "?", "*", "+", "{m}", "{m,}", "{m,n}" or nothing; false for a malformed brace.
bool ReadQuantifier(Reader& r, std::size_t& min, std::size_t& max) {
  min = max = 1;
  if (r.Take('?')) return min = 0, max = 1, true;
  if (r.Take('*')) return min = 0, max = SIZE_MAX, true;
  if (r.Take('+')) return min = 1, max = SIZE_MAX, true;
  if (!r.Take('{')) return true;
  auto number = [&](std::size_t& into) {
    bool any = false;
    into = 0;
    while (r.Peek() >= '0' && r.Peek() <= '9' && !r.Done()) {
      into = into * 10 + static_cast<std::size_t>(r.Next() - '0');
      if (into > 100000) return false;
      any = true;
    }
    return any;
  };
  if (!number(min)) return false;
  max = min;
  if (r.Take(',')) {
    if (r.Peek() == '}') {
      max = SIZE_MAX;
    } else if (!number(max)) {
      return false;
    }
  }
  return r.Take('}') && min <= max;
}

}  // namespace

std::optional<SimpleRegex> SimpleRegex::Recognize(std::string_view pattern, bool full) {
  Reader r(pattern);
  SimpleRegex regex;
  bool start = r.Take('^');
  while (!r.Done() && r.Peek() != '[' && r.Peek() != '$') {
    char c = r.Next();
    if (c == '\\') {
      if (r.Done()) return std::nullopt;
      c = r.Next();
      if (!IsPunctuation(c)) return std::nullopt;
    } else if (!IsAsciiLiteral(c)) {
      return std::nullopt;
    }
    // A quantifier after a literal would apply to it alone: not this shape.
    if (r.Peek() == '?' || r.Peek() == '*' || r.Peek() == '+' || r.Peek() == '{') {
      return std::nullopt;
    }
    regex.prefix_.push_back(c);
  }
  if (r.Take('[')) {
    if (!ReadClass(r, regex.class_)) return std::nullopt;
    regex.has_class_ = true;
    if (!ReadQuantifier(r, regex.min_, regex.max_)) return std::nullopt;
  }
  bool end = r.Take('$');
  if (!r.Done()) return std::nullopt;
  if (full || (start && end)) {
    regex.whole_ = true;
  } else if (!start && !end) {
    regex.whole_ = false;
  } else {
    return std::nullopt;  // anchored at one end only: leave to RE2
  }
  if (!regex.has_class_) regex.min_ = regex.max_ = 0;
  // A searched prefix is retried at each of its occurrences, reading up to `min` characters
  // each time: keep that bounded so hostile text stays linear.
  if (!regex.whole_ && !regex.prefix_.empty() && regex.min_ > kMaxSearchedRun) {
    return std::nullopt;
  }
  return regex;
}

bool SimpleRegex::Matches(std::string_view text) const {
  return whole_ ? MatchesWhole(text) : MatchesSomewhere(text);
}

bool SimpleRegex::MatchesWhole(std::string_view text) const {
  if (text.substr(0, prefix_.size()) != prefix_) return false;
  std::string_view rest = text.substr(prefix_.size());
  if (rest.size() < min_ || rest.size() > max_) return false;
  return class_.ContainsAll(rest);
}

bool SimpleRegex::MatchesSomewhere(std::string_view text) const {
  // A searched pattern matches if the prefix occurs followed by at least `min` class
  // characters (more are allowed: a longer run contains a match of any length up to max).
  for (std::size_t at = text.find(prefix_); at != std::string_view::npos;
       at = text.find(prefix_, at + 1)) {
    std::size_t run = 0;
    for (std::size_t i = at + prefix_.size(); i < text.size() && run < min_; ++i) {
      if (!class_.Contains(static_cast<unsigned char>(text[i]))) break;
      ++run;
    }
    if (run >= min_) return true;
    if (prefix_.empty()) {
      // Without a prefix, skip past the failed run instead of retrying inside it.
      at += run;
    }
  }
  return false;
}

}  // namespace shapeguard::internal

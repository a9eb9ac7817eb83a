#include "regex_generator.h"

#include <re2/re2.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <vector>

#include "choice.h"
#include "shapeguard/pattern_syntax.h"

namespace shapeguard::properties {

struct CharRange {
  char32_t lo;
  char32_t hi;
};

struct RegexNode {
  enum class Kind { kEmpty, kClass, kConcat, kAlternation, kRepeat, kAnchor };
  Kind kind = Kind::kEmpty;
  std::vector<CharRange> ranges;  // kClass
  bool negated = false;           // kClass
  // kClass with Unicode properties or POSIX classes: the sample characters RE2 finds in it
  // (then ranges and negated are not used).
  std::vector<char32_t> members;
  std::vector<std::shared_ptr<const RegexNode>> children;
  std::size_t min = 1;  // kRepeat
  std::size_t max = 1;  // kRepeat; SIZE_MAX when unbounded
};

namespace {

using NodePtr = std::shared_ptr<const RegexNode>;

// Tries at building a string of a chosen length before giving up.
constexpr int kLengthAttempts = 50;

// Groups may nest this deep: deeper patterns are refused rather than overflowing the stack.
constexpr int kMaxNesting = 64;

// Characters a negated class or "." may produce: printable ASCII and a few non-ASCII code
// points of 2, 3 and 4 UTF-8 bytes, so lengths are exercised in code points, not bytes.
const std::vector<char32_t>& Universe() {
  static const std::vector<char32_t> universe = [] {
    std::vector<char32_t> u;
    for (char32_t c = 0x20; c < 0x7F; ++c) u.push_back(c);
    for (char32_t c : {0xE9, 0x3B1, 0x20AC, 0x65E5, 0x1F600}) u.push_back(c);
    return u;
  }();
  return universe;
}

// Candidates for classes with Unicode properties or POSIX classes: the universe, the
// whitespace controls, and a character of most general categories (Lu, Ll, Lo, Mn, Nd, Nl,
// No, Pi, Sc, So, Zs, Zl), so that \p{..} and [^\p{..}] both find members.
const std::vector<char32_t>& SetCandidates() {
  static const std::vector<char32_t> candidates = [] {
    std::vector<char32_t> c = Universe();
    for (char32_t extra : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0xAB, 0xB2, 0xC9, 0x301, 0x660,
                           0x16EE, 0x2028, 0x3000, 0x1D400}) {
      c.push_back(extra);
    }
    return c;
  }();
  return candidates;
}

bool InRanges(const std::vector<CharRange>& ranges, char32_t c) {
  return std::any_of(ranges.begin(), ranges.end(),
                     [c](const CharRange& r) { return c >= r.lo && c <= r.hi; });
}

std::vector<char32_t> DecodeUtf8(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : 3;
    char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
    for (int k = 1; k <= extra && i + k < text.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += extra + 1;
  }
  return out;
}

NodePtr MakeClass(std::vector<CharRange> ranges, bool negated) {
  auto node = std::make_shared<RegexNode>();
  node->kind = RegexNode::Kind::kClass;
  node->ranges = std::move(ranges);
  node->negated = negated;
  return node;
}

// A class RE2 decides membership of (`source` is the class in RE2's syntax): its members
// among the candidates and the explicit ranges' ends.
Result<NodePtr> MakeSetClass(const std::string& source, const std::vector<CharRange>& ranges) {
  RE2 re(source, RE2::Quiet);
  if (!re.ok()) return Status::Error("RE2 cannot read the class " + source);
  std::vector<char32_t> candidates = SetCandidates();
  for (const CharRange& r : ranges) {
    for (char32_t c : {r.lo, r.hi, static_cast<char32_t>(r.lo + (r.hi - r.lo) / 2)}) {
      candidates.push_back(c);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  auto node = std::make_shared<RegexNode>();
  node->kind = RegexNode::Kind::kClass;
  for (char32_t c : candidates) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // no UTF-8 text holds a surrogate
    std::string text;
    AppendUtf8(text, c);
    if (RE2::FullMatch(text, re)) node->members.push_back(c);
  }
  if (node->members.empty()) return Status::Error("no character found in the class " + source);
  return NodePtr(node);
}

class Parser {
 public:
  explicit Parser(std::string_view pattern) : text_(DecodeUtf8(pattern)) {}

  // False when the pattern has a construct generation ignores (look-around, word
  // boundaries, possessive quantifiers): then strings must be checked against it.
  bool exact() const { return exact_; }

  Result<NodePtr> Run() {
    NodePtr root = Alternation(0);
    if (!error_.empty()) return Status::Error(error_);
    if (pos_ < text_.size()) return Status::Error(At("unbalanced \")\""));
    return root;
  }

 private:
  std::string At(const std::string& what) const {
    return what + " at offset " + std::to_string(pos_);
  }
  NodePtr Fail(const std::string& what) {
    if (error_.empty()) error_ = At(what);
    return std::make_shared<RegexNode>();
  }
  bool More() const { return pos_ < text_.size() && error_.empty(); }
  char32_t Peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : 0;
  }

  NodePtr Alternation(int depth) {
    if (depth > kMaxNesting) return Fail("groups nested too deeply");
    auto node = std::make_shared<RegexNode>();
    node->kind = RegexNode::Kind::kAlternation;
    node->children.push_back(Concat(depth));
    while (More() && Peek() == '|') {
      ++pos_;
      node->children.push_back(Concat(depth));
    }
    return node;
  }

  NodePtr Concat(int depth) {
    auto node = std::make_shared<RegexNode>();
    node->kind = RegexNode::Kind::kConcat;
    while (More() && Peek() != '|' && Peek() != ')') node->children.push_back(Repeat(depth));
    return node;
  }

  NodePtr Repeat(int depth) {
    NodePtr atom = Atom(depth);
    while (More()) {
      std::size_t min, max;
      char32_t c = Peek();
      if (c == '?') {
        min = 0, max = 1, ++pos_;
      } else if (c == '*') {
        min = 0, max = SIZE_MAX, ++pos_;
      } else if (c == '+') {
        min = 1, max = SIZE_MAX, ++pos_;
      } else if (c == '{' && ReadBraces(min, max)) {
      } else {
        break;
      }
      if (More() && Peek() == '?') ++pos_;                  // lazy: same strings
      if (More() && Peek() == '+') ++pos_, exact_ = false;  // possessive: may refuse some
      if (atom->kind == RegexNode::Kind::kAnchor) return Fail("a quantifier after an anchor");
      auto node = std::make_shared<RegexNode>();
      node->kind = RegexNode::Kind::kRepeat;
      node->min = min;
      node->max = max;
      node->children.push_back(atom);
      atom = node;
    }
    return atom;
  }

  // "{m}", "{m,}" or "{m,n}"; false (consuming nothing) when the brace is a literal.
  bool ReadBraces(std::size_t& min, std::size_t& max) {
    std::size_t p = pos_ + 1;
    auto number = [&](std::size_t& into) {
      std::size_t start = p;
      into = 0;
      while (p < text_.size() && text_[p] >= '0' && text_[p] <= '9' && into < 100000) {
        into = into * 10 + (text_[p++] - '0');
      }
      return p > start;
    };
    if (!number(min)) return false;
    max = min;
    if (p < text_.size() && text_[p] == ',') {
      ++p;
      if (!number(max)) max = SIZE_MAX;
    }
    if (p >= text_.size() || text_[p] != '}') return false;
    if (max < min) {
      Fail("a repetition {m,n} with n < m");
      return false;
    }
    pos_ = p + 1;
    return true;
  }

  NodePtr Atom(int depth) {
    char32_t c = Peek();
    ++pos_;
    switch (c) {
      case '(': {
        bool ignored = false;
        if (Peek() == '?' && !GroupPrefix(ignored)) return Fail("unsupported group \"(?\"");
        NodePtr inner = Alternation(depth + 1);
        if (Peek() != ')') return Fail("missing \")\"");
        ++pos_;
        if (ignored) return std::make_shared<RegexNode>();  // look-around: checked after
        return inner;
      }
      case '[':
        return Class();
      case '.':
        return MakeClass(dot_all_ ? std::vector<CharRange>{} : std::vector<CharRange>{{'\n', '\n'}},
                         true);
      case '^':
      case '$': {
        auto node = std::make_shared<RegexNode>();
        node->kind = RegexNode::Kind::kAnchor;
        return node;
      }
      case '\\':
        return Escape();
      case '*':
      case '+':
      case '?':
        return Fail("nothing to repeat");
      default:
        return MakeClass({{c, c}}, false);
    }
  }

  // After "(?": a non-capturing or named group, flags, or look-around (`ignored`: generated
  // as nothing, the string checked against the pattern afterwards). False when unknown.
  bool GroupPrefix(bool& ignored) {
    ++pos_;  // '?'
    char32_t c = Peek();
    if (c == ':') return ++pos_, true;
    if (c == '=' || c == '!') return ++pos_, ignored = true, exact_ = false, true;
    if (c == '<' && (Peek(1) == '=' || Peek(1) == '!')) {
      return pos_ += 2, ignored = true, exact_ = false, true;
    }
    if (c == 'P' || c == '<') {  // (?P<name>...) or (?<name>...)
      while (More() && Peek() != '>') ++pos_;
      return More() && (++pos_, true);
    }
    // Flags, "(?is)" or "(?i:...)": "s" lets "." match a newline; the others change no
    // string the generator writes.
    std::size_t start = pos_;
    while (More() && (std::isalpha(static_cast<int>(Peek() & 0x7F)) || Peek() == '-')) {
      if (Peek() == 's') dot_all_ = true;
      ++pos_;
    }
    if (pos_ == start || (Peek() != ')' && Peek() != ':')) return false;
    if (Peek() == ':') return ++pos_, true;
    // "(?s)" alone: an empty group; the caller reads the ')'.
    return true;
  }

  // After a backslash: a class escape, a Unicode property, an assertion or an escaped
  // literal.
  NodePtr Escape() {
    char32_t c = Peek();
    if (c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'Z' || c == 'G') {
      ++pos_;
      exact_ = exact_ && (c == 'A' || c == 'z');
      auto node = std::make_shared<RegexNode>();
      node->kind = RegexNode::Kind::kAnchor;
      return node;
    }
    if (c >= '1' && c <= '9') {
      // A back-reference: generated as nothing, the string checked against the pattern.
      while (More() && Peek() >= '0' && Peek() <= '9') ++pos_;
      exact_ = false;
      return std::make_shared<RegexNode>();
    }
    if (c == 'p' || c == 'P') {
      std::string item = PropertyItem();
      if (item.empty()) return Fail("a malformed \\p{...}");
      return SetClass("[" + item + "]", {});
    }
    std::vector<CharRange> ranges;
    bool negated = false;
    if (!EscapeRanges(ranges, negated)) return Fail("unsupported escape");
    return MakeClass(std::move(ranges), negated);
  }

  // "\pL", "\p{Greek}" or "\P{...}" at pos_ (after the backslash), consumed and returned
  // as RE2 text; "" when malformed.
  std::string PropertyItem() {
    std::string item = "\\";
    item.push_back(static_cast<char>(Peek()));
    ++pos_;
    if (Peek() != '{') {
      if (!More()) return "";
      AppendUtf8(item, Peek());
      ++pos_;
      return item;
    }
    while (More() && Peek() != '}') AppendUtf8(item, Peek()), ++pos_;
    if (!More()) return "";
    ++pos_;
    return item + "}";
  }

  NodePtr SetClass(const std::string& source, const std::vector<CharRange>& ranges) {
    auto node = MakeSetClass(source, ranges);
    if (!node.ok()) return Fail(node.error());
    return node.value();
  }

  // The digits of "\xHH" or "\x{H...}" after the 'x'.
  bool HexEscape(char32_t& value) {
    auto digit = [](char32_t d) -> int {
      if (d >= '0' && d <= '9') return static_cast<int>(d - '0');
      if (d >= 'a' && d <= 'f') return static_cast<int>(d - 'a' + 10);
      if (d >= 'A' && d <= 'F') return static_cast<int>(d - 'A' + 10);
      return -1;
    };
    bool braced = Peek() == '{';
    if (braced) ++pos_;
    int count = 0;
    value = 0;
    while (More() && digit(Peek()) >= 0 && (braced || count < 2) && count < 8) {
      value = value * 16 + digit(Peek());
      ++pos_, ++count;
    }
    if (braced && (!More() || Peek() != '}')) return false;
    if (braced) ++pos_;
    return count > 0 && value <= 0x10FFFF;
  }

  bool EscapeRanges(std::vector<CharRange>& ranges, bool& negated) {
    char32_t c = Peek();
    ++pos_;
    switch (c) {
      case 'd':
        ranges = {{'0', '9'}};
        return true;
      case 'D':
        ranges = {{'0', '9'}}, negated = true;
        return true;
      case 'w':
        ranges = {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}, {'_', '_'}};
        return true;
      case 'W':
        ranges = {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}, {'_', '_'}}, negated = true;
        return true;
      case 's':
        ranges = {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}};
        return true;
      case 'S':
        ranges = {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}}, negated = true;
        return true;
      case 'n':
        ranges = {{'\n', '\n'}};
        return true;
      case 'r':
        ranges = {{'\r', '\r'}};
        return true;
      case 't':
        ranges = {{'\t', '\t'}};
        return true;
      case 'f':
        ranges = {{'\f', '\f'}};
        return true;
      case 'v':
        ranges = {{'\v', '\v'}};
        return true;
      case '0': {  // \0, \0n, \0nn, \0nnn: octal, as Java and RE2 read it
        char32_t value = 0;
        for (int k = 0; k < 3 && Peek() >= '0' && Peek() <= '7'; ++k) {
          value = value * 8 + (Peek() - '0');
          ++pos_;
        }
        ranges = {{value, value}};
        return true;
      }
      case 'x': {  // \xHH or \x{H...}
        char32_t value = 0;
        if (!HexEscape(value)) return false;
        ranges = {{value, value}};
        return true;
      }
      default:
        // Escaped punctuation stands for itself; letters and digits are other constructs
        // (\b, \p, \u, back-references) outside the subset.
        if (c == 0 || (c < 0x80 && std::isalnum(static_cast<int>(c)))) return false;
        ranges = {{c, c}};
        return true;
    }
  }

  NodePtr Class() {
    std::size_t start = pos_ - 1;  // the '['
    std::vector<CharRange> ranges;
    bool negated = false;
    bool has_set = false;  // a property, POSIX class or negated escape: RE2 decides members
    if (Peek() == '^') negated = true, ++pos_;
    bool first = true;
    while (More() && (Peek() != ']' || first)) {
      first = false;
      char32_t lo = Peek();
      if (lo == '[' && Peek(1) == ':') {
        while (More() && !(Peek() == ':' && Peek(1) == ']')) ++pos_;
        pos_ += 2;
        has_set = true;
        continue;
      }
      ++pos_;
      if (lo == '\\' && (Peek() == 'p' || Peek() == 'P')) {
        if (PropertyItem().empty()) return Fail("a malformed \\p{...}");
        has_set = true;
        continue;
      }
      if (lo == '\\') {
        std::vector<CharRange> escaped;
        bool escaped_negated = false;
        if (!EscapeRanges(escaped, escaped_negated)) return Fail("unsupported escape in a class");
        if (escaped_negated) {
          has_set = true;
          continue;
        }
        if (escaped.size() != 1 || escaped[0].lo != escaped[0].hi) {
          ranges.insert(ranges.end(), escaped.begin(), escaped.end());
          continue;
        }
        lo = escaped[0].lo;
      }
      char32_t hi = lo;
      if (Peek() == '-' && Peek(1) != ']' && pos_ + 1 < text_.size()) {
        ++pos_;
        hi = Peek();
        ++pos_;
        if (hi == '\\') {
          std::vector<CharRange> escaped;
          bool escaped_negated = false;
          if (!EscapeRanges(escaped, escaped_negated) || escaped.size() != 1 ||
              escaped[0].lo != escaped[0].hi) {
            return Fail("a range must end in a single character");
          }
          hi = escaped[0].lo;
        }
        if (hi < lo) return Fail("reversed range in a class");
      }
      ranges.push_back({lo, hi});
    }
    if (Peek() != ']') return Fail("missing \"]\"");
    ++pos_;
    if (has_set) {
      std::string source;
      for (std::size_t k = start; k < pos_; ++k) AppendUtf8(source, text_[k]);
      return SetClass(source, ranges);
    }
    return MakeClass(std::move(ranges), negated);
  }

  std::vector<char32_t> text_;
  std::size_t pos_ = 0;
  std::string error_;
  bool exact_ = true;
  bool dot_all_ = false;  // "(?s)": "." matches a newline
};

char32_t PickFromClass(const RegexNode& node) {
  if (!node.members.empty()) return PickFrom(node.members);
  if (!node.negated) {
    // UTF-8 has no surrogates: ranges of nothing else are left out, others stepped over.
    std::vector<CharRange> usable;
    for (const CharRange& r : node.ranges) {
      if (r.lo < 0xD800 || r.hi > 0xDFFF) usable.push_back(r);
    }
    if (usable.empty()) throw rc::GenerationFailure("a class of surrogates only");
    const CharRange& range = usable[Pick<std::size_t>(0, usable.size())];
    char32_t c = Pick<std::uint32_t>(range.lo, range.hi + 1);
    if (c >= 0xD800 && c <= 0xDFFF) c = range.lo < 0xD800 ? range.lo : range.hi;
    return c;
  }
  std::vector<char32_t> allowed;
  for (char32_t c : Universe()) {
    if (!InRanges(node.ranges, c)) allowed.push_back(c);
  }
  if (allowed.empty()) throw rc::GenerationFailure("a negated class excludes every character");
  return PickFrom(allowed);
}

void Generate(const RegexNode& node, int unbounded_extra, std::string& out) {
  switch (node.kind) {
    case RegexNode::Kind::kEmpty:
    case RegexNode::Kind::kAnchor:
      return;
    case RegexNode::Kind::kClass:
      AppendUtf8(out, PickFromClass(node));
      return;
    case RegexNode::Kind::kConcat:
      for (const NodePtr& child : node.children) Generate(*child, unbounded_extra, out);
      return;
    case RegexNode::Kind::kAlternation:
      Generate(*node.children[Pick<std::size_t>(0, node.children.size())], unbounded_extra, out);
      return;
    case RegexNode::Kind::kRepeat: {
      std::size_t max = node.max == SIZE_MAX ? node.min + unbounded_extra : node.max;
      std::size_t count = Pick<std::size_t>(node.min, max + 1);
      for (std::size_t i = 0; i < count; ++i) Generate(*node.children[0], unbounded_extra, out);
      return;
    }
  }
}

// The lengths (code points) a node's strings can have: [min, max], max UINT64_MAX when
// unbounded. Not every length between may be possible (an alternation of "a" and "abc").
struct LengthRange {
  std::uint64_t min = 0;
  std::uint64_t max = 0;
};

std::uint64_t SaturatingAdd(std::uint64_t a, std::uint64_t b) {
  return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

std::uint64_t SaturatingMul(std::uint64_t a, std::uint64_t b) {
  return a != 0 && b > UINT64_MAX / a ? UINT64_MAX : a * b;
}

LengthRange LengthsOf(const RegexNode& node) {
  switch (node.kind) {
    case RegexNode::Kind::kEmpty:
    case RegexNode::Kind::kAnchor:
      return {0, 0};
    case RegexNode::Kind::kClass:
      return {1, 1};
    case RegexNode::Kind::kConcat: {
      LengthRange sum;
      for (const NodePtr& child : node.children) {
        LengthRange c = LengthsOf(*child);
        sum = {SaturatingAdd(sum.min, c.min), SaturatingAdd(sum.max, c.max)};
      }
      return sum;
    }
    case RegexNode::Kind::kAlternation: {
      LengthRange any{UINT64_MAX, 0};
      for (const NodePtr& child : node.children) {
        LengthRange c = LengthsOf(*child);
        any = {std::min(any.min, c.min), std::max(any.max, c.max)};
      }
      return any;
    }
    case RegexNode::Kind::kRepeat: {
      LengthRange c = LengthsOf(*node.children[0]);
      std::uint64_t max =
          node.max == SIZE_MAX ? (c.max == 0 ? 0 : UINT64_MAX) : SaturatingMul(c.max, node.max);
      return {SaturatingMul(c.min, node.min), max};
    }
  }
  return {};
}

bool Contains(const LengthRange& r, std::uint64_t n) { return n >= r.min && n <= r.max; }

// Splits `total` among parts with the given ranges (total within their sum): each its
// minimum, then the rest handed out at random where there is room.
std::vector<std::uint64_t> Distribute(std::uint64_t total, const std::vector<LengthRange>& parts) {
  std::vector<std::uint64_t> out;
  std::uint64_t rest = total;
  for (const LengthRange& p : parts) out.push_back(p.min), rest -= p.min;
  while (rest > 0) {
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (out[i] < parts[i].max) open.push_back(i);
    }
    if (open.empty()) throw rc::GenerationFailure("no room for the length");
    std::size_t i = PickFrom(open);
    std::uint64_t give = Pick<std::uint64_t>(1, std::min(rest, parts[i].max - out[i]) + 1);
    out[i] += give;
    rest -= give;
  }
  return out;
}

// Writes a string of exactly `length` code points matching the node, or fails.
void GenerateLength(const RegexNode& node, std::uint64_t length, std::string& out) {
  switch (node.kind) {
    case RegexNode::Kind::kEmpty:
    case RegexNode::Kind::kAnchor:
    case RegexNode::Kind::kClass:
      if (length != LengthsOf(node).min) throw rc::GenerationFailure("length out of reach");
      if (node.kind == RegexNode::Kind::kClass) AppendUtf8(out, PickFromClass(node));
      return;
    case RegexNode::Kind::kConcat: {
      std::vector<LengthRange> parts;
      for (const NodePtr& child : node.children) parts.push_back(LengthsOf(*child));
      std::vector<std::uint64_t> lengths = Distribute(length, parts);
      for (std::size_t i = 0; i < parts.size(); ++i) {
        GenerateLength(*node.children[i], lengths[i], out);
      }
      return;
    }
    case RegexNode::Kind::kAlternation: {
      std::vector<const RegexNode*> fitting;
      for (const NodePtr& child : node.children) {
        if (Contains(LengthsOf(*child), length)) fitting.push_back(child.get());
      }
      if (fitting.empty()) throw rc::GenerationFailure("no alternative of that length");
      GenerateLength(*PickFrom(fitting), length, out);
      return;
    }
    case RegexNode::Kind::kRepeat: {
      LengthRange item = LengthsOf(*node.children[0]);
      // Counts k with k * item.min <= length <= k * item.max.
      std::uint64_t lo = node.min, hi = node.max == SIZE_MAX ? UINT64_MAX : node.max;
      if (item.max > 0) lo = std::max(lo, (length + item.max - 1) / item.max);
      if (item.min > 0) hi = std::min(hi, length / item.min);
      if (item.max == 0) hi = std::min<std::uint64_t>(hi, lo);
      hi = std::min(hi, lo + length + 1);
      if (lo > hi) throw rc::GenerationFailure("no repetition count of that length");
      std::uint64_t count = Pick<std::uint64_t>(lo, hi + 1);
      std::vector<LengthRange> parts(count, item);
      std::vector<std::uint64_t> lengths = Distribute(length, parts);
      for (std::uint64_t len : lengths) GenerateLength(*node.children[0], len, out);
      return;
    }
  }
}

// True when every anchor (^ $ \A \z) is where it holds for every generated string: before
// or after everything else ("^ab$", "^a|b$"). An anchor inside (".*(^waba-.*$)") makes the
// generator's strings fail it unless what precedes is empty: they must be checked.
bool AnchorsAtEnds(const RegexNode& node, bool at_start, bool at_end) {
  switch (node.kind) {
    case RegexNode::Kind::kAnchor:
      return at_start || at_end;
    case RegexNode::Kind::kConcat: {
      for (std::size_t i = 0; i < node.children.size(); ++i) {
        bool start = at_start, end = at_end;
        for (std::size_t k = 0; k < i; ++k) start = start && LengthsOf(*node.children[k]).max == 0;
        for (std::size_t k = i + 1; k < node.children.size(); ++k) {
          end = end && LengthsOf(*node.children[k]).max == 0;
        }
        if (!AnchorsAtEnds(*node.children[i], start, end)) return false;
      }
      return true;
    }
    case RegexNode::Kind::kAlternation:
      for (const NodePtr& child : node.children) {
        if (!AnchorsAtEnds(*child, at_start, at_end)) return false;
      }
      return true;
    case RegexNode::Kind::kRepeat:
      return AnchorsAtEnds(*node.children[0], at_start && node.max <= 1, at_end && node.max <= 1);
    default:
      return true;
  }
}

// Peels single-child alternations, and concatenations of one item between anchors.
const RegexNode* Unwrap(const RegexNode* node) {
  while (true) {
    if (node->kind == RegexNode::Kind::kAlternation && node->children.size() == 1) {
      node = node->children[0].get();
      continue;
    }
    if (node->kind != RegexNode::Kind::kConcat) return node;
    const RegexNode* only = nullptr;
    bool single = true;
    for (std::size_t i = 0; i < node->children.size(); ++i) {
      const RegexNode* child = node->children[i].get();
      if (child->kind == RegexNode::Kind::kAnchor) {
        single = single && (i == 0 || i + 1 == node->children.size());
      } else {
        single = single && only == nullptr;
        only = child;
      }
    }
    if (!single || !only) return node;
    node = only;
  }
}

}  // namespace

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

Result<Regex> Regex::Parse(std::string_view pattern) {
  Parser parser(ToRe2Syntax(pattern));
  auto root = parser.Run();
  if (!root.ok()) {
    return Status::Error("pattern \"" + std::string(pattern) +
                         "\" is outside the generator's "
                         "regex subset: " +
                         root.error());
  }
  Regex regex;
  regex.pattern_ = std::string(pattern);
  regex.exact_ = parser.exact() && AnchorsAtEnds(*root.value(), true, true);
  regex.root_ = root.value();
  return regex;
}

rc::Gen<std::string> Regex::Matching(int unbounded_extra) const {
  NodePtr root = root_;
  return rc::gen::exec([root, unbounded_extra] {
    std::string out;
    Generate(*root, unbounded_extra, out);
    return out;
  });
}

rc::Gen<std::string> Regex::MatchingLength(std::uint64_t min, std::uint64_t max) const {
  NodePtr root = root_;
  return rc::gen::exec([root, min, max] {
    LengthRange allowed = LengthsOf(*root);
    std::uint64_t lo = std::max(min, allowed.min), hi = std::min(max, allowed.max);
    if (lo > hi) throw rc::GenerationFailure("the pattern allows no length in the bounds");
    // The ranges are not exact (an optional "0x" has lengths 0 and 2, not 1): a length split
    // that cannot be built is split again.
    for (int attempt = 0; attempt < kLengthAttempts; ++attempt) {
      try {
        std::string out;
        GenerateLength(*root, Pick<std::uint64_t>(lo, std::min(hi, lo + 16) + 1), out);
        return out;
      } catch (const rc::GenerationFailure&) {
      }
    }
    throw rc::GenerationFailure("no string of the pattern has a length in the bounds");
  });
}

std::optional<Regex::Repetition> Regex::SingleClassRepetition() const {
  const RegexNode* node = Unwrap(root_.get());
  if (node->kind == RegexNode::Kind::kClass) return Repetition{1, 1};
  if (node->kind == RegexNode::Kind::kRepeat &&
      Unwrap(node->children[0].get())->kind == RegexNode::Kind::kClass) {
    return Repetition{node->min, node->max};
  }
  return std::nullopt;
}

rc::Gen<std::string> Regex::RepeatedClass(std::size_t count) const {
  const RegexNode* node = Unwrap(root_.get());
  if (node->kind == RegexNode::Kind::kRepeat) node = Unwrap(node->children[0].get());
  NodePtr keep = root_;  // keeps `node` alive inside the generator
  return rc::gen::exec([keep, node, count] {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) AppendUtf8(out, PickFromClass(*node));
    return out;
  });
}

}  // namespace shapeguard::properties

#include "regex_generator.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <vector>

#include "choice.h"

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
  std::vector<std::shared_ptr<const RegexNode>> children;
  std::size_t min = 1;  // kRepeat
  std::size_t max = 1;  // kRepeat; SIZE_MAX when unbounded
};

namespace {

using NodePtr = std::shared_ptr<const RegexNode>;

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

class Parser {
 public:
  explicit Parser(std::string_view pattern) : text_(DecodeUtf8(pattern)) {}

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
      if (More() && Peek() == '?') ++pos_;  // lazy: same strings
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
        if (Peek() == '?') {
          if (Peek(1) != ':') return Fail("unsupported group \"(?\" (look-around or flags)");
          pos_ += 2;
        }
        NodePtr inner = Alternation(depth + 1);
        if (Peek() != ')') return Fail("missing \")\"");
        ++pos_;
        return inner;
      }
      case '[':
        return Class();
      case '.':
        return MakeClass({{'\n', '\n'}}, true);
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

  // After a backslash: a class escape or an escaped literal.
  NodePtr Escape() {
    std::vector<CharRange> ranges;
    bool negated = false;
    if (!EscapeRanges(ranges, negated)) return Fail("unsupported escape");
    return MakeClass(std::move(ranges), negated);
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
      default:
        // Escaped punctuation stands for itself; letters and digits are other constructs
        // (\b, \p, \u, back-references) outside the subset.
        if (c == 0 || (c < 0x80 && std::isalnum(static_cast<int>(c)))) return false;
        ranges = {{c, c}};
        return true;
    }
  }

  NodePtr Class() {
    std::vector<CharRange> ranges;
    bool negated = false;
    if (Peek() == '^') negated = true, ++pos_;
    bool first = true;
    while (More() && (Peek() != ']' || first)) {
      first = false;
      char32_t lo = Peek();
      if (lo == '[' && Peek(1) == ':') return Fail("POSIX classes are not supported");
      ++pos_;
      if (lo == '\\') {
        std::vector<CharRange> escaped;
        bool escaped_negated = false;
        if (!EscapeRanges(escaped, escaped_negated) || escaped_negated) {
          return Fail("unsupported escape in a class");
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
    return MakeClass(std::move(ranges), negated);
  }

  std::vector<char32_t> text_;
  std::size_t pos_ = 0;
  std::string error_;
};

char32_t PickFromClass(const RegexNode& node) {
  if (!node.negated) {
    const CharRange& range = node.ranges[Pick<std::size_t>(0, node.ranges.size())];
    char32_t c = Pick<std::uint32_t>(range.lo, range.hi + 1);
    // UTF-8 has no surrogates: step over them.
    if (c >= 0xD800 && c <= 0xDFFF) c = range.lo;
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
  auto root = Parser(pattern).Run();
  if (!root.ok()) {
    return Status::Error("pattern \"" + std::string(pattern) +
                         "\" is outside the generator's "
                         "regex subset: " +
                         root.error());
  }
  Regex regex;
  regex.pattern_ = std::string(pattern);
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

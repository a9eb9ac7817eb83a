#include "shapeguard/json_text.h"

#include <string>

#include "json_text_internals.h"

namespace shapeguard {

std::size_t NestingDepth(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

namespace internal {
namespace {

using nlohmann::json;

// Builds the document from parser events like nlohmann's own DOM builder, except that a
// repeated member name keeps the first value and records where the repeat was.
class FirstWinsBuilder {
 public:
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  explicit FirstWinsBuilder(ParsedDocument& out) : out_(out) {}

  bool null() { return Value(json(nullptr)); }
  bool boolean(bool v) { return Value(json(v)); }
  bool number_integer(number_integer_t v) { return Value(json(v)); }
  bool number_unsigned(number_unsigned_t v) { return Value(json(v)); }
  bool number_float(number_float_t v, const string_t&) { return Value(json(v)); }
  bool string(string_t& v) { return Value(json(std::move(v))); }
  bool binary(binary_t&) { return false; }  // JSON text has no binary values

  bool start_object(std::size_t) { return Open(json::object()); }
  bool start_array(std::size_t) { return Open(json::array()); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(string_t& name) {
    if (skipping_ > 0) return true;  // inside a repeated member's value: dropped, unchecked
    Frame& frame = frames_.back();
    frame.key = name;
    frame.skip = frame.value->contains(name);
    if (frame.skip) {
      Path where = PathOf();
      where.push_back({name, 0, false});
      out_.duplicates.push_back(std::move(where));
    }
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    error_ = e.what();
    return false;
  }

  const std::string& error() const { return error_; }

 private:
  struct Frame {
    json* value;
    std::string key;
    std::size_t next_index = 0;
    bool skip = false;  // the member being read repeats an earlier name
  };

  // The path of the value about to be read inside the innermost open container.
  Path PathOf() const {
    Path path;
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      if (f.value->is_object()) {
        path.push_back({f.key, 0, false});
      } else {
        path.push_back({"", f.next_index - 1, true});
      }
    }
    return path;
  }

  // Where a value goes: the root, the next array slot, or the current member (unless it
  // repeats a name, or sits inside a skipped value).
  json* Slot() {
    if (frames_.empty()) return &out_.document;
    Frame& frame = frames_.back();
    if (skipping_ > 0 || frame.skip) return nullptr;
    if (frame.value->is_array()) {
      ++frame.next_index;
      frame.value->push_back(nullptr);
      return &frame.value->back();
    }
    return &(*frame.value)[frame.key];
  }

  bool Value(json v) {
    if (json* slot = Slot()) *slot = std::move(v);
    return true;
  }

  bool Open(json empty) {
    json* slot = Slot();
    if (!slot) {
      ++skipping_;
      return true;
    }
    *slot = std::move(empty);
    frames_.push_back({.value = slot, .key = {}});
    return true;
  }

  bool Close() {
    if (skipping_ > 0) {
      --skipping_;
      return true;
    }
    frames_.pop_back();
    return true;
  }

  ParsedDocument& out_;
  std::vector<Frame> frames_;
  int skipping_ = 0;  // nesting inside a skipped (repeated) member's value
  std::string error_;
};

}  // namespace

Result<ParsedDocument> ParseJsonDocument(std::string_view text, std::size_t max_depth) {
  if (std::size_t depth = NestingDepth(text, max_depth); depth > max_depth) {
    return Status::Error("the document nests more than " + std::to_string(max_depth) +
                         " levels deep (the limit)");
  }
  ParsedDocument parsed;
  FirstWinsBuilder builder(parsed);
  bool ok = json::sax_parse(text, &builder, json::input_format_t::json, /*strict=*/true);
  if (!ok) {
    // what() is "[json.exception.parse_error.101] parse error at line 1, column 5: ...";
    // the bracketed id means nothing to a user.
    std::string message = builder.error().empty() ? "not valid JSON" : builder.error();
    if (auto pos = message.find("] ");
        message.rfind("[json.exception", 0) == 0 && pos != std::string::npos) {
      message.erase(0, pos + 2);
    }
    return Status::Error(message);
  }
  return parsed;
}

}  // namespace internal

Result<nlohmann::json> ParseJsonText(std::string_view text, std::size_t max_depth) {
  auto parsed = internal::ParseJsonDocument(text, max_depth);
  if (!parsed.ok()) return parsed.status();
  return std::move(parsed.value().document);
}

}  // namespace shapeguard

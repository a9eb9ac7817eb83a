#include "json_text.h"

#include <string>

namespace shapeguard::internal {

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

Result<nlohmann::json> ParseJsonText(std::string_view text, std::size_t max_depth) {
  if (std::size_t depth = NestingDepth(text, max_depth); depth > max_depth) {
    return Status::Error("the document nests more than " + std::to_string(max_depth) +
                         " levels deep (the limit)");
  }
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // what() is "[json.exception.parse_error.101] parse error at line 1, column 5: ...";
    // the bracketed id means nothing to a user.
    std::string message = e.what();
    if (auto pos = message.find("] "); message.rfind("[json.exception", 0) == 0 &&
                                       pos != std::string::npos) {
      message.erase(0, pos + 2);
    }
    return Status::Error(message);
  }
}

}  // namespace shapeguard::internal

#include "checks/backtracking_regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace shapeguard::internal {

struct BacktrackingRegex::Compiled {
  pcre2_code* code = nullptr;
  pcre2_match_context* context = nullptr;

  ~Compiled() {
    pcre2_match_context_free(context);
    pcre2_code_free(code);
  }
};

BacktrackingRegex::BacktrackingRegex(std::unique_ptr<Compiled> compiled)
    : compiled_(std::move(compiled)) {}

BacktrackingRegex::~BacktrackingRegex() = default;

Result<std::shared_ptr<const BacktrackingRegex>> BacktrackingRegex::Compile(
    std::string_view pattern, bool full) {
  // UTF-8 in and out; \d, \w and POSIX classes stay ASCII, as in RE2 and Java.
  std::uint32_t options = PCRE2_UTF | (full ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0);
  int error = 0;
  PCRE2_SIZE offset = 0;
  auto compiled = std::make_unique<Compiled>();
  // Models name surrogates in classes (Java patterns are UTF-16): allowed, they match
  // nothing in UTF-8 text, as in RE2.
  pcre2_compile_context* context = pcre2_compile_context_create(nullptr);
  pcre2_set_compile_extra_options(context, PCRE2_EXTRA_ALLOW_SURROGATE_ESCAPES);
  compiled->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                 options, &error, &offset, context);
  pcre2_compile_context_free(context);
  if (!compiled->code) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    return Status::Error(
        "PCRE2 cannot compile it either: " + std::string(reinterpret_cast<const char*>(message)) +
        " at offset " + std::to_string(offset));
  }
  compiled->context = pcre2_match_context_create(nullptr);
  pcre2_set_match_limit(compiled->context, kMatchLimit);
  pcre2_set_depth_limit(compiled->context, kMatchLimit / 10);
  return std::shared_ptr<const BacktrackingRegex>(new BacktrackingRegex(std::move(compiled)));
}

bool BacktrackingRegex::Matches(std::string_view text) const {
  pcre2_match_data* data = pcre2_match_data_create(1, nullptr);
  if (!data) return false;
  int result = pcre2_match(compiled_->code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(),
                           0, 0, data, compiled_->context);
  pcre2_match_data_free(data);
  return result >= 0;
}

}  // namespace shapeguard::internal

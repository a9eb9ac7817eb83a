// access_log_format: bytes → one built-in "access-log-format" checker (first byte) applied to
// the rest as a format string. Invariants: deterministic; messages well-formed UTF-8; and the
// verdict agrees with a plain restatement of the rule (CONSTRAINTS.md, seed 000): one error
// when the format is not a single line (a line break other than a final "\n"), one when no
// request-ID variable appears as a whole token.
#include <cstdint>

#include "check_support.h"

namespace shapeguard::fuzz {
namespace {

// Real formats are short; AWS caps them at 1024 characters.
constexpr std::size_t kMaxInput = 4096;

bool ExtendsVariable(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool IsSingleLine(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool last = i + 1 == text.size();
    if (text[i] == '\r' || (text[i] == '\n' && !last)) return false;
  }
  return true;
}

// Tries every start offset, so the oracle does not share the checker's search loop.
bool HasWholeVariable(std::string_view text, const nlohmann::json& variables) {
  for (const auto& v : variables) {
    std::string name = v.get<std::string>();
    for (std::size_t at = 0; at + name.size() <= text.size(); ++at) {
      if (text.compare(at, name.size(), name) != 0) continue;
      std::size_t end = at + name.size();
      if (end == text.size() || !ExtendsVariable(text[end])) return true;
    }
  }
  return false;
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  if (size > kMaxInput) return 0;
  static const auto checks = ChecksOfKind("access-log-format");
  ByteReader reader(data, size);
  const Constraint& check = checks[reader.Byte() % checks.size()];
  std::string_view text = reader.Rest();
  // Checkers see strings the JSON parser has already found well-formed.
  if (!IsValidUtf8(text)) return 0;

  auto reported = ApplyChecked(check, StringValue(text), {Code::kAccessLog});
  std::size_t expected = (IsSingleLine(text) ? 0 : 1) +
                         (HasWholeVariable(text, check.args()["request_id_variables"]) ? 0 : 1);
  Require(reported.size() == expected,
          "the access-log verdict matches the rule (single line; a whole request-ID variable)",
          std::string(text));
  return 0;
}

// mapping_expression: bytes → one built-in "mapping" checker (first byte) applied to the rest
// as a response-parameter key or value (seed 002). Invariants: deterministic; only "mapping"
// errors, with well-formed UTF-8 messages; and the rule as CONSTRAINTS.md states it:
//  - text that starts with no form's prefix (and is not a quoted static value where static
//    values are allowed) is refused;
//  - a quoted static value is accepted where allowed;
//  - a header form accepts exactly the non-empty token-character names;
//  - a JSON-expression form accepts dotted identifiers, and an accepted expression stays
//    accepted with ".name" or "[0]" appended.
#include <cstdint>

#include "check_support.h"

namespace shapeguard::fuzz {
namespace {

// Keys and values are at most 512 characters in AWS.
constexpr std::size_t kMaxInput = 2048;

bool IsHeaderToken(std::string_view name) {
  static constexpr std::string_view kAllowed =
      "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return !name.empty() && name.find_first_not_of(kAllowed) == std::string_view::npos;
}

bool IsDottedIdentifiers(std::string_view name) {
  static constexpr std::string_view kIdentifier =
      "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  if (name.empty() || name.front() == '.' || name.back() == '.') return false;
  if (name.find("..") != std::string_view::npos) return false;
  return name.find_first_not_of(std::string(kIdentifier) + ".") == std::string_view::npos;
}

bool Accepts(const Constraint& check, const std::string& text, bool is_key) {
  return ApplyChecked(check, StringValue(text, is_key), {Code::kMapping}).empty();
}

void CheckForms(const Constraint& check, std::string_view text, bool is_key, bool accepted) {
  const nlohmann::json& args = check.args();
  bool quoted = text.size() >= 2 && text.front() == '\'' && text.back() == '\'';
  if (args.value("static", false) && quoted) {
    Require(accepted, "a quoted static value is accepted where allowed", std::string(text));
    return;
  }
  for (const auto& form : args["forms"]) {
    std::string prefix = form["prefix"].get<std::string>();
    if (text.substr(0, prefix.size()) != prefix) continue;
    std::string_view name = text.substr(prefix.size());
    if (form["name"] == "header") {
      Require(accepted == IsHeaderToken(name), "a header form accepts exactly token names",
              std::string(text));
    } else {
      if (IsDottedIdentifiers(name)) {
        Require(accepted, "dotted identifiers are a JSON expression", std::string(text));
      }
      if (accepted) {
        Require(Accepts(check, std::string(text) + ".next", is_key) &&
                    Accepts(check, std::string(text) + "[0]", is_key),
                "an accepted JSON expression extends with .name and [0]", std::string(text));
      }
    }
    return;
  }
  Require(!accepted, "text in none of the forms is refused", std::string(text));
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  if (size > kMaxInput) return 0;
  static const auto checks = ChecksOfKind("mapping");
  ByteReader reader(data, size);
  std::uint8_t choice = reader.Byte();
  const Constraint& check = checks[(choice >> 1) % checks.size()];
  bool is_key = choice & 1;
  std::string_view text = reader.Rest();
  // Checkers see strings the JSON parser has already found well-formed.
  if (!IsValidUtf8(text)) return 0;
  bool accepted = Accepts(check, std::string(text), is_key);
  CheckForms(check, text, is_key, accepted);
  return 0;
}

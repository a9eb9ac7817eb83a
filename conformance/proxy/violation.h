// One way an exchange through the proxy broke the contract.
#ifndef SHAPEGUARD_CONFORMANCE_PROXY_VIOLATION_H_
#define SHAPEGUARD_CONFORMANCE_PROXY_VIOLATION_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace shapeguard::proxy {

enum class Side { kRequest, kResponse };

// "request" or "response".
const char* SideName(Side side);

struct Violation {
  Side side = Side::kRequest;
  // What judged it: a diagnostic code ("pattern", "required", "undeclared") for a request,
  // an oracle ("response-shape", "content-type", ...) for a response.
  std::string check;
  std::string pointer;  // RFC 6901, into the parameter form; "" when it is about the whole
  // The rule and its source, with no per-request value: violations are counted by
  // (operation, side, check, rule).
  std::string rule;
  // The full message, values included (sensitive ones shown as a placeholder).
  std::string message;
};

// {"side", "check", "pointer", "rule", "message"}.
nlohmann::ordered_json ToJson(const Violation& violation);

// "N validation error(s) detected: /Pointer: message [check, source]; ..." — the message of
// the error answer a proxy in enforce mode sends, in the style AWS services use.
std::string EnforcedMessage(const std::vector<Violation>& violations);

}  // namespace shapeguard::proxy

#endif  // SHAPEGUARD_CONFORMANCE_PROXY_VIOLATION_H_

#include "proxy/violation.h"

namespace shapeguard::proxy {

const char* SideName(Side side) { return side == Side::kRequest ? "request" : "response"; }

nlohmann::ordered_json ToJson(const Violation& violation) {
  return {{"side", SideName(violation.side)},
          {"check", violation.check},
          {"pointer", violation.pointer},
          {"rule", violation.rule},
          {"message", violation.message}};
}

std::string EnforcedMessage(const std::vector<Violation>& violations) {
  std::string text = std::to_string(violations.size()) +
                     (violations.size() == 1 ? " validation error" : " validation errors") +
                     " detected (shapeguard proxy): ";
  for (std::size_t i = 0; i < violations.size(); ++i) {
    if (i > 0) text += "; ";
    text.append(violations[i].pointer.empty() ? "(body)" : violations[i].pointer)
        .append(": ")
        .append(violations[i].message);
  }
  return text;
}

}  // namespace shapeguard::proxy

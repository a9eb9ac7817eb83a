// Amazon Resource Names: arn:<partition>:<service>:<region>:<account>:<resource>.
#ifndef SHAPEGUARD_ARN_H_
#define SHAPEGUARD_ARN_H_

#include <optional>
#include <string>
#include <string_view>

namespace shapeguard {

// The parts of an ARN, as views into the parsed text. The resource may itself contain ":"
// and "/" (log-group:name, function:name:alias, deliverystream/name).
struct Arn {
  std::string_view partition;
  std::string_view service;
  std::string_view region;
  std::string_view account;
  std::string_view resource;
};

// Splits an ARN; fails (with the reason in *why, when given) unless the text starts with
// "arn:", has all six parts, a known partition, a service of lower-case letters, digits and
// "-", a region that is empty or like "us-east-1", an account that is empty or 12 digits,
// and a non-empty resource.
std::optional<Arn> ParseArn(std::string_view text, std::string* why = nullptr);

}  // namespace shapeguard

#endif  // SHAPEGUARD_ARN_H_

// arn: bytes → ParseArn, and one built-in "arn" checker (first byte) on the rest. Invariants:
//  - parsing is deterministic, and a parsed ARN joins back to the text, with a partition that
//    starts "aws", a service of [a-z0-9-], an account empty or of 12 digits, a non-empty
//    resource, and a region without ":";
//  - a refused ARN has a reason, and every "arn" checker refuses it with an "arn" error;
//  - checkers are deterministic, report only "arn", with well-formed UTF-8 messages;
//  - a checker that accepts an ARN also accepts it when the value is a map key (ARN rules do
//    not depend on where the string sits).
#include <cstdint>

#include "check_support.h"
#include "shapeguard/arn.h"

namespace shapeguard::fuzz {
namespace {

// AWS caps ARNs at 2048 characters.
constexpr std::size_t kMaxInput = 4096;

bool OnlyOf(std::string_view text, std::string_view allowed) {
  return text.find_first_not_of(allowed) == std::string_view::npos;
}

void CheckParsed(std::string_view text, const Arn& arn) {
  std::string joined = "arn:" + std::string(arn.partition) + ":" + std::string(arn.service) + ":" +
                       std::string(arn.region) + ":" + std::string(arn.account) + ":" +
                       std::string(arn.resource);
  Require(joined == text, "a parsed ARN joins back to its text", std::string(text));
  Require(arn.partition.substr(0, 3) == "aws", "a partition starts with aws", std::string(text));
  Require(!arn.service.empty() && OnlyOf(arn.service, "abcdefghijklmnopqrstuvwxyz0123456789-"),
          "a service is [a-z0-9-]+", std::string(text));
  Require(arn.account.empty() || (arn.account.size() == 12 && OnlyOf(arn.account, "0123456789")),
          "an account is empty or 12 digits", std::string(text));
  Require(arn.region.find(':') == std::string_view::npos, "a region has no colon",
          std::string(text));
  Require(!arn.resource.empty(), "a resource is not empty", std::string(text));
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  if (size > kMaxInput) return 0;
  static const auto checks = ChecksOfKind("arn");
  ByteReader reader(data, size);
  const Constraint& check = checks[reader.Byte() % checks.size()];
  std::string_view text = reader.Rest();

  std::string why, why_again;
  auto arn = ParseArn(text, &why);
  auto again = ParseArn(text, &why_again);
  Require(arn.has_value() == again.has_value() && why == why_again, "ParseArn is deterministic",
          std::string(text));
  if (arn) CheckParsed(text, *arn);
  if (!arn) Require(!why.empty(), "a refused ARN has a reason", std::string(text));

  // Checkers see strings the JSON parser has already found well-formed.
  if (!IsValidUtf8(text)) return 0;
  auto reported = ApplyChecked(check, StringValue(text), {Code::kArn});
  if (!arn) {
    Require(!reported.empty(), "a checker refuses what ParseArn refuses", std::string(text));
  }
  auto as_key = ApplyChecked(check, StringValue(text, /*is_map_key=*/true), {Code::kArn});
  Require(reported.empty() == as_key.empty(), "ARN verdicts do not depend on the position",
          std::string(text));
  return 0;
}

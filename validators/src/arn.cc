#include "shapeguard/arn.h"

#include <array>

namespace shapeguard {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b (and other one-letter iso partitions),
// aws-eusc: the partitions AWS publishes.
bool IsPartition(std::string_view p) {
  if (p == "aws" || p == "aws-cn" || p == "aws-us-gov" || p == "aws-iso" || p == "aws-eusc") {
    return true;
  }
  return p.size() == 9 && p.substr(0, 8) == "aws-iso-" && IsLower(p[8]);
}

bool IsService(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsLower(c) && !IsDigit(c) && c != '-') return false;
  }
  return true;
}

// "us-east-1", "eu-central-2", "us-gov-west-1", "cn-north-1": letters in groups joined by
// "-", ending in "-<digits>".
bool IsRegion(std::string_view r) {
  if (r.empty()) return true;
  std::size_t dash = r.rfind('-');
  if (dash == std::string_view::npos || dash + 1 == r.size()) return false;
  for (std::size_t i = dash + 1; i < r.size(); ++i) {
    if (!IsDigit(r[i])) return false;
  }
  std::string_view words = r.substr(0, dash);
  if (words.size() < 4 || words.front() == '-' || words.back() == '-') return false;
  bool previous_dash = false;
  for (char c : words) {
    if (c == '-') {
      if (previous_dash) return false;
      previous_dash = true;
    } else if (IsLower(c)) {
      previous_dash = false;
    } else {
      return false;
    }
  }
  return words.find('-') != std::string_view::npos;
}

bool IsAccount(std::string_view a) {
  if (a.empty()) return true;
  if (a.size() != 12) return false;
  for (char c : a) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

}  // namespace

std::optional<Arn> ParseArn(std::string_view text, std::string* why) {
  auto fail = [&](const char* reason) -> std::optional<Arn> {
    if (why) *why = reason;
    return std::nullopt;
  };
  if (text.substr(0, 4) != "arn:") return fail("an ARN starts with \"arn:\"");
  std::array<std::string_view, 5> parts;
  std::size_t start = 4;
  for (std::size_t i = 0; i < 4; ++i) {
    std::size_t colon = text.find(':', start);
    if (colon == std::string_view::npos) {
      return fail("an ARN has six parts: arn:partition:service:region:account:resource");
    }
    parts[i] = text.substr(start, colon - start);
    start = colon + 1;
  }
  parts[4] = text.substr(start);
  Arn arn{parts[0], parts[1], parts[2], parts[3], parts[4]};
  if (!IsPartition(arn.partition)) return fail("unknown partition (aws, aws-cn, aws-us-gov, ...)");
  if (!IsService(arn.service)) return fail("the service must be lower-case letters, digits, \"-\"");
  if (!IsRegion(arn.region)) return fail("the region is not like us-east-1");
  if (!IsAccount(arn.account)) return fail("the account ID must be 12 digits");
  if (arn.resource.empty()) return fail("the resource is empty");
  return arn;
}

}  // namespace shapeguard

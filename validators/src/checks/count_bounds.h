// Inclusive bounds on a count (a length or an entry count), shared by length and size.
#ifndef SHAPEGUARD_CHECKS_COUNT_BOUNDS_H_
#define SHAPEGUARD_CHECKS_COUNT_BOUNDS_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "shapeguard/result.h"

namespace shapeguard::internal {

struct CountBounds {
  std::optional<std::uint64_t> min;
  std::optional<std::uint64_t> max;

  // Reads "min" and "max"; fails when either is not a count or min > max.
  static Result<CountBounds> FromArgs(const nlohmann::json& args);

  bool Contains(std::uint64_t n) const { return (!min || n >= *min) && (!max || n <= *max); }
  // "1..128 code points", "≤ 5 entries".
  std::string Describe(const char* unit) const;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_COUNT_BOUNDS_H_

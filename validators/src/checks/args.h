// Reading a checker's arguments: every factory validates its own, with messages that name
// the argument and what it must be.
#ifndef SHAPEGUARD_CHECKS_ARGS_H_
#define SHAPEGUARD_CHECKS_ARGS_H_

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "shape_type.h"
#include "shapeguard/result.h"

namespace shapeguard::internal {

// Fails if args is not an object or has a key outside `allowed`.
Status ExpectOnlyArgs(const nlohmann::json& args, std::initializer_list<std::string_view> allowed);

// Fails unless target is one of `types`.
Status ExpectTarget(ShapeType target, std::initializer_list<ShapeType> types);

// An optional non-negative integer argument (a length or an entry count).
Result<std::optional<std::uint64_t>> ReadCountArg(const nlohmann::json& args, const char* name);

// An optional number argument.
Result<std::optional<Number>> ReadNumberArg(const nlohmann::json& args, const char* name);

// A required string argument.
Result<std::string> ReadStringArg(const nlohmann::json& args, const char* name);

// An optional string argument, or fallback when absent.
Result<std::string> ReadOptionalStringArg(const nlohmann::json& args, const char* name,
                                          std::string fallback);

// An optional boolean argument, or fallback when absent.
Result<bool> ReadBoolArg(const nlohmann::json& args, const char* name, bool fallback);

// A required array-of-strings argument.
Result<std::vector<std::string>> ReadStringListArg(const nlohmann::json& args, const char* name);

// A JSON number as a Number.
Number ToNumber(const nlohmann::json& value);

// "min..max", "≥ min" or "≤ max" for messages and descriptions.
std::string DescribeBounds(const std::optional<std::string>& min,
                           const std::optional<std::string>& max);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_ARGS_H_

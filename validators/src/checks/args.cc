#include "checks/args.h"

#include <algorithm>

namespace shapeguard::internal {

Status ExpectOnlyArgs(const nlohmann::json& args, std::initializer_list<std::string_view> allowed) {
  if (!args.is_object()) return Status::Error("arguments must be a JSON object");
  for (const auto& [key, value] : args.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      return Status::Error("unknown argument \"" + key + "\"");
    }
  }
  return Status();
}

Status ExpectTarget(ShapeType target, std::initializer_list<ShapeType> types) {
  if (std::find(types.begin(), types.end(), target) != types.end()) return Status();
  std::string allowed;
  for (ShapeType t : types) {
    if (!allowed.empty()) allowed += ", ";
    allowed += ShapeTypeName(t);
  }
  return Status::Error("applies to " + allowed + " shapes, not to a " +
                       std::string(ShapeTypeName(target)));
}

Result<std::optional<std::uint64_t>> ReadCountArg(const nlohmann::json& args, const char* name) {
  auto it = args.find(name);
  if (it == args.end()) return std::optional<std::uint64_t>();
  if (it->is_number_unsigned()) return std::optional<std::uint64_t>(it->get<std::uint64_t>());
  if (it->is_number_integer() && it->get<std::int64_t>() >= 0) {
    return std::optional<std::uint64_t>(static_cast<std::uint64_t>(it->get<std::int64_t>()));
  }
  if (it->is_number_float()) {
    // Some models write bounds as 1.0; accept integral, non-negative values that fit.
    double d = it->get<double>();
    if (d >= 0 && d < 18446744073709551616.0 &&
        static_cast<double>(static_cast<std::uint64_t>(d)) == d) {
      return std::optional<std::uint64_t>(static_cast<std::uint64_t>(d));
    }
  }
  return Status::Error(std::string("\"") + name + "\" must be a non-negative integer");
}

Result<std::optional<Number>> ReadNumberArg(const nlohmann::json& args, const char* name) {
  auto it = args.find(name);
  if (it == args.end()) return std::optional<Number>();
  if (!it->is_number()) return Status::Error(std::string("\"") + name + "\" must be a number");
  return std::optional<Number>(ToNumber(*it));
}

Result<std::string> ReadStringArg(const nlohmann::json& args, const char* name) {
  auto it = args.find(name);
  if (it == args.end() || !it->is_string()) {
    return Status::Error(std::string("\"") + name + "\" must be a string");
  }
  return it->get<std::string>();
}

Result<std::string> ReadOptionalStringArg(const nlohmann::json& args, const char* name,
                                          std::string fallback) {
  if (!args.contains(name)) return fallback;
  return ReadStringArg(args, name);
}

Result<bool> ReadBoolArg(const nlohmann::json& args, const char* name, bool fallback) {
  auto it = args.find(name);
  if (it == args.end()) return fallback;
  if (!it->is_boolean()) return Status::Error(std::string("\"") + name + "\" must be a boolean");
  return it->get<bool>();
}

Result<std::vector<std::string>> ReadStringListArg(const nlohmann::json& args, const char* name) {
  auto it = args.find(name);
  if (it == args.end() || !it->is_array()) {
    return Status::Error(std::string("\"") + name + "\" must be an array of strings");
  }
  std::vector<std::string> values;
  for (const auto& item : *it) {
    if (!item.is_string()) {
      return Status::Error(std::string("\"") + name + "\" must contain only strings");
    }
    values.push_back(item.get<std::string>());
  }
  return values;
}

Number ToNumber(const nlohmann::json& value) {
  if (value.is_number_unsigned()) return Number::Uint(value.get<std::uint64_t>());
  if (value.is_number_integer()) return Number::Int(value.get<std::int64_t>());
  return Number::Double(value.get<double>());
}

std::string DescribeBounds(const std::optional<std::string>& min,
                           const std::optional<std::string>& max) {
  if (min && max) return *min + ".." + *max;
  if (min) return "\xE2\x89\xA5 " + *min;  // ≥
  if (max) return "\xE2\x89\xA4 " + *max;  // ≤
  return "any";
}

}  // namespace shapeguard::internal

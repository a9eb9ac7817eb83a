#include "checks/count_bounds.h"

#include "checks/args.h"

namespace shapeguard::internal {

Result<CountBounds> CountBounds::FromArgs(const nlohmann::json& args) {
  if (Status s = ExpectOnlyArgs(args, {"min", "max"}); !s.ok()) return s;
  auto min = ReadCountArg(args, "min");
  if (!min.ok()) return min.status();
  auto max = ReadCountArg(args, "max");
  if (!max.ok()) return max.status();
  if (min.value() && max.value() && *min.value() > *max.value()) {
    return Status::Error("\"min\" " + std::to_string(*min.value()) + " exceeds \"max\" " +
                         std::to_string(*max.value()));
  }
  return CountBounds{min.value(), max.value()};
}

std::string CountBounds::Describe(const char* unit) const {
  auto text = [](const std::optional<std::uint64_t>& v) {
    return v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt;
  };
  return DescribeBounds(text(min), text(max)) + " " + unit;
}

}  // namespace shapeguard::internal

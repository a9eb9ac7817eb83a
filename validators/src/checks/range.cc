// "range": inclusive bounds on a number.
#include <memory>

#include "checks/args.h"
#include "checks/registry.h"

namespace shapeguard::internal {
namespace {

class RangeCheck : public Check {
 public:
  RangeCheck(std::optional<Number> min, std::optional<Number> max, std::string source)
      : Check("range", std::move(source)), min_(min), max_(max) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    bool below = min_ && CompareNumbers(value.number, *min_) < 0;
    bool above = max_ && CompareNumbers(value.number, *max_) > 0;
    if (!below && !above) return;
    sink.Error(*this, Code::kRange,
               (value.sensitive ? std::string(kSensitivePlaceholder) : value.number.ToString()) +
                   " is out of range; allowed " + description());
  }

  std::string Describe() const override {
    auto text = [](const std::optional<Number>& n) {
      return n ? std::optional<std::string>(n->ToString()) : std::nullopt;
    };
    return DescribeBounds(text(min_), text(max_));
  }

 private:
  std::optional<Number> min_;
  std::optional<Number> max_;
};

}  // namespace

Result<std::shared_ptr<Check>> MakeRangeCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kInteger, ShapeType::kLong,
                                            ShapeType::kFloat, ShapeType::kDouble});
      !s.ok()) {
    return s;
  }
  if (Status s = ExpectOnlyArgs(spec.args, {"min", "max"}); !s.ok()) return s;
  auto min = ReadNumberArg(spec.args, "min");
  if (!min.ok()) return min.status();
  auto max = ReadNumberArg(spec.args, "max");
  if (!max.ok()) return max.status();
  if (min.value() && max.value() && CompareNumbers(*min.value(), *max.value()) > 0) {
    return Status::Error("\"min\" exceeds \"max\"");
  }
  return std::shared_ptr<Check>(
      std::make_shared<RangeCheck>(min.value(), max.value(), spec.source));
}

}  // namespace shapeguard::internal

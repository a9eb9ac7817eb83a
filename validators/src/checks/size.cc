// "size": the number of entries of a list or a map.
#include <memory>

#include "checks/args.h"
#include "checks/count_bounds.h"
#include "checks/registry.h"

namespace shapeguard::internal {
namespace {

class SizeCheck : public Check {
 public:
  SizeCheck(CountBounds bounds, std::string source)
      : Check("size", std::move(source)), bounds_(bounds) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    if (bounds_.Contains(value.size)) return;
    sink.Error(*this, Code::kSize,
               "has " + std::to_string(value.size) + " entries; allowed " + description());
  }

  std::string Describe() const override { return bounds_.Describe("entries"); }

 private:
  CountBounds bounds_;
};

}  // namespace

Result<std::shared_ptr<Check>> MakeSizeCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kList, ShapeType::kMap}); !s.ok()) {
    return s;
  }
  auto bounds = CountBounds::FromArgs(spec.args);
  if (!bounds.ok()) return bounds.status();
  return std::shared_ptr<Check>(std::make_shared<SizeCheck>(bounds.value(), spec.source));
}

}  // namespace shapeguard::internal

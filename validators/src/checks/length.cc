// "length": a string's length in Unicode code points, or a blob's length in bytes.
#include <memory>

#include "checks/args.h"
#include "checks/count_bounds.h"
#include "checks/registry.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

class LengthCheck : public Check {
 public:
  LengthCheck(CountBounds bounds, bool in_bytes, std::string source)
      : Check("length", std::move(source)), bounds_(bounds), in_bytes_(in_bytes) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    std::uint64_t bytes = value.text.size();
    // A UTF-8 string has between bytes / 4 and bytes code points: most strings are
    // decided without counting.
    if (!in_bytes_ && bounds_.Contains(bytes) && bounds_.Contains(bytes / 4)) return;
    std::uint64_t length = in_bytes_ ? bytes : CountCodePoints(value.text);
    if (bounds_.Contains(length)) return;
    sink.Error(*this, Code::kLength,
               std::string(Subject(value)) + QuotedValue(value) + " has length " +
                   std::to_string(length) + "; allowed " + description());
  }

  bool NarrowAcceptor(StringAcceptor& acceptor) const override {
    if (in_bytes_) return false;
    acceptor.LimitLength(bounds_.min.value_or(0), bounds_.max.value_or(UINT64_MAX));
    return true;
  }

  std::string Describe() const override {
    return bounds_.Describe(in_bytes_ ? "bytes" : "code points");
  }

 private:
  CountBounds bounds_;
  bool in_bytes_;
};

}  // namespace

Result<std::shared_ptr<Check>> MakeLengthCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kString, ShapeType::kBlob}); !s.ok()) {
    return s;
  }
  auto bounds = CountBounds::FromArgs(spec.args);
  if (!bounds.ok()) return bounds.status();
  return std::shared_ptr<Check>(
      std::make_shared<LengthCheck>(bounds.value(), spec.target == ShapeType::kBlob, spec.source));
}

}  // namespace shapeguard::internal

// "enum": a string (or map key) must be one of a fixed set of values, case-sensitively.
#include <algorithm>
#include <memory>

#include "checks/args.h"
#include "checks/registry.h"
#include "name_index.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

// How many values a message lists before it says "and N more".
constexpr std::size_t kValuesInMessage = 12;

class EnumCheck : public Check {
 public:
  EnumCheck(std::vector<std::string> values, std::string source)
      : Check("enum", std::move(source)),
        values_(std::move(values)),
        index_(std::make_shared<const NameIndex>(
            std::vector<std::string_view>(values_.begin(), values_.end()))),
        all_ascii_(std::all_of(values_.begin(), values_.end(), [](const std::string& v) {
          return CountCodePoints(v) == v.size();
        })) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    if (index_->Find(value.text) != NameIndex::kNotFound) return;
    sink.Error(*this, Code::kEnum,
               std::string(Subject(value)) + QuotedValue(value) + " is not one of " + ListValues());
  }

  bool NarrowAcceptor(StringAcceptor& acceptor) const override {
    return acceptor.LimitValues(index_, all_ascii_);
  }

  std::string Describe() const override { return "one of " + ListValues(); }

 private:
  std::string ListValues() const {
    std::string out;
    for (std::size_t i = 0; i < values_.size() && i < kValuesInMessage; ++i) {
      if (i) out += ", ";
      out += values_[i];
    }
    if (values_.size() > kValuesInMessage) {
      out += " and " + std::to_string(values_.size() - kValuesInMessage) + " more";
    }
    return out;
  }

  std::vector<std::string> values_;         // model order, for messages
  std::shared_ptr<const NameIndex> index_;  // shared with the slot's acceptor
  bool all_ascii_;                          // every value is ASCII
};

}  // namespace

Result<std::shared_ptr<Check>> MakeEnumCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kString}); !s.ok()) return s;
  if (Status s = ExpectOnlyArgs(spec.args, {"values"}); !s.ok()) return s;
  auto values = ReadStringListArg(spec.args, "values");
  if (!values.ok()) return values.status();
  if (values.value().empty()) return Status::Error("\"values\" must not be empty");
  return std::shared_ptr<Check>(
      std::make_shared<EnumCheck>(std::move(values).value(), spec.source));
}

}  // namespace shapeguard::internal

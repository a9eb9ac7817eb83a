// "http-method": an HTTP method API Gateway routes, or "*" for all of them.
#include <memory>

#include "checks/args.h"
#include "checks/method_setting.h"
#include "checks/registry.h"
#include "checks/value_pieces.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

class HttpMethodCheck : public Check {
 public:
  explicit HttpMethodCheck(std::string source) : Check("http-method", std::move(source)) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    if (IsHttpMethodOrWildcard(value.text)) return;
    sink.Error(*this, Code::kMethodSetting, QuotedValue(value) + " is not " + description());
  }

  bool MetWhole() const override { return true; }

  // A method or "*". No Break: a fixed non-method also breaks the slot's other rules.
  std::optional<std::string> Generate(Chooser& chooser) const override {
    return HttpMethod(chooser, true);
  }

  std::string Describe() const override {
    return "an HTTP method: " + std::string(HttpMethodsText());
  }
};

}  // namespace

Result<std::shared_ptr<Check>> MakeHttpMethodCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kString}); !s.ok()) return s;
  if (Status s = ExpectOnlyArgs(spec.args, {}); !s.ok()) return s;
  return std::shared_ptr<Check>(std::make_shared<HttpMethodCheck>(spec.source));
}

}  // namespace shapeguard::internal

// "resource-path": a REST resource path ("/pets/{petId}") or "*", as a patch path's
// {resourcePath} segment reads once its "~1" escapes are undone.
#include <memory>

#include "checks/args.h"
#include "checks/method_setting.h"
#include "checks/registry.h"
#include "checks/value_pieces.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

class ResourcePathCheck : public Check {
 public:
  explicit ResourcePathCheck(std::string source) : Check("resource-path", std::move(source)) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    if (value.text == "*" || IsResourcePath(value.text)) return;
    sink.Error(*this, Code::kMethodSetting, QuotedValue(value) + " is not " + description());
  }

  bool MetWhole() const override { return true; }

  // A resource path or the wildcard "*". No Break, as for http-method.
  std::optional<std::string> Generate(Chooser& chooser) const override {
    return Coin(chooser) ? "*" : ResourcePath(chooser);
  }

  std::string Describe() const override {
    return "a resource path such as /pets/{petId} (written ~1pets~1{petId}), or *";
  }
};

}  // namespace

Result<std::shared_ptr<Check>> MakeResourcePathCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kString}); !s.ok()) return s;
  if (Status s = ExpectOnlyArgs(spec.args, {}); !s.ok()) return s;
  return std::shared_ptr<Check>(std::make_shared<ResourcePathCheck>(spec.source));
}

}  // namespace shapeguard::internal

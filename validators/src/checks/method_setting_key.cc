// "method-setting-key": a key of a Stage's methodSettings map, "{resource_path}/{http_method}"
// with the resource path's "/" written "~1" ("~1pets~1{petId}/GET", "~1/GET"), or "*/*"
// (001). Wildcards for one part only ("*/GET") belong to patch paths, not to keys.
#include <memory>

#include "checks/args.h"
#include "checks/method_setting.h"
#include "checks/registry.h"
#include "checks/value_pieces.h"
#include "shapeguard/json_pointer.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

class MethodSettingKeyCheck : public Check {
 public:
  explicit MethodSettingKeyCheck(std::string source)
      : Check("method-setting-key", std::move(source)) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    std::string why = Problem(value.text);
    if (why.empty()) return;
    sink.Error(*this, Code::kMethodSetting,
               std::string(Subject(value)) + QuotedValue(value) + ": " + why);
  }

  bool MetWhole() const override { return true; }

  // "*/*", or one method of one resource ("*" is a wildcard only in "*/*").
  std::optional<std::string> Generate(Chooser& chooser) const override {
    if (Pick(chooser, 0, 4) == 0) return std::string("*/*");
    return EscapePointerToken(ResourcePath(chooser)) + "/" + HttpMethod(chooser, false);
  }

  // A resource path left unescaped.
  std::optional<Breaker> Break() const override {
    return Breaker{Code::kMethodSetting, "/pets/GET"};
  }

  std::string Describe() const override {
    return "{resource_path}/{http_method} with \"/\" in the path written \"~1\" "
           "(~1pets~1{petId}/GET), or */*";
  }

 private:
  // Why the key is not valid, or "" when it is.
  static std::string Problem(std::string_view key) {
    std::size_t slash = key.rfind('/');
    if (slash == std::string_view::npos)
      return "expected " + std::string("{resource_path}/{http_method}");
    if (key == "*/*") return "";
    std::string_view path = key.substr(0, slash);
    std::string_view method = key.substr(slash + 1);
    // A key names one method of one resource; the only wildcard key is "*/*" (001).
    if (method == "*" || !IsHttpMethodOrWildcard(method)) {
      return "the method must be one of GET, PUT, POST, DELETE, PATCH, HEAD, OPTIONS, ANY "
             "(or the key */*)";
    }
    if (path.substr(0, 2) != "~1") {
      return "the resource path must start with \"~1\" (an escaped \"/\"); the only "
             "wildcard key is */*";
    }
    // The key is one pointer token: undo its escapes to read the resource path.
    // Appended rather than "/" + std::string(path): g++ 12 at -O3 wrongly warns
    // (-Wstringop-overflow) that the latter copies more than any object can hold.
    auto tokens = ParsePointer(std::string("/").append(path));
    if (!tokens.ok() || tokens.value().size() != 1 || !IsResourcePath(tokens.value()[0])) {
      return "the resource path is not valid";
    }
    return "";
  }
};

}  // namespace

Result<std::shared_ptr<Check>> MakeMethodSettingKeyCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kString}); !s.ok()) return s;
  if (Status s = ExpectOnlyArgs(spec.args, {}); !s.ok()) return s;
  return std::shared_ptr<Check>(std::make_shared<MethodSettingKeyCheck>(spec.source));
}

}  // namespace shapeguard::internal

#include "proxy/request_contract.h"

#include "conform/oracles/pointer_class.h"
#include "shapeguard/diagnostic.h"
#include "wire/protocol_decoders.h"

namespace shapeguard::proxy {

using conformance::PointerClass;

RequestCheck CheckRequest(const Operation& operation, const Schema& input,
                          const conformance::HttpRequest& request,
                          const std::map<std::string, std::string>& labels) {
  RequestCheck check;
  bool query = operation.protocol() == Protocol::kQuery || operation.protocol() == Protocol::kEc2;
  auto decoded = conformance::DecodeRequestOf(operation, request, labels);
  if (!decoded.ok()) {
    check.violations.push_back({Side::kRequest, "body", "",
                                "the request reads as the input shape (model)", decoded.error()});
    return check;
  }
  check.params = std::move(decoded.value().params);
  if (!decoded.value().body_error.empty()) {
    check.violations.push_back({Side::kRequest, "body", "",
                                "the body is the input shape as JSON (model)",
                                decoded.value().body_error});
  }
  for (const std::string& where : decoded.value().undeclared) {
    if (query) {  // a form key, not a pointer
      check.violations.push_back(
          {Side::kRequest, "undeclared", "", "a form parameter no input member declares (model)",
           "form parameter \"" + where + "\" is no member of the input shape [undeclared, model]"});
      continue;
    }
    check.violations.push_back(
        {Side::kRequest, "undeclared", where,
         "body key " + PointerClass(where) + " is no member of the input shape (model)",
         "the body key is no member of the input shape [undeclared, model]"});
  }
  Report report = input.Validate(check.params);
  for (const Diagnostic& error : report.errors) {
    std::string code(CodeName(error.code));
    check.violations.push_back(
        {Side::kRequest, code, error.path,
         "member " + PointerClass(error.path) + ": " + code + " (" + error.source + ")",
         error.message + " [" + code + ", " + error.source + "]"});
  }
  return check;
}

}  // namespace shapeguard::proxy

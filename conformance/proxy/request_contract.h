// The request half of the proxy's check: the HTTP request read into the parameter form by
// the operation's protocol and validated against its input schema (overlays included).
#ifndef SHAPEGUARD_CONFORMANCE_PROXY_REQUEST_CONTRACT_H_
#define SHAPEGUARD_CONFORMANCE_PROXY_REQUEST_CONTRACT_H_

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "proxy/violation.h"
#include "shapeguard/operation.h"
#include "shapeguard/schema.h"
#include "wire/http_message.h"

namespace shapeguard::proxy {

struct RequestCheck {
  nlohmann::json params;              // the parameter form read from the request
  std::vector<Violation> violations;  // in the order validation reports them
};

// Reads the request of `operation` (a protocol conformance::DecodesProtocol accepts; `labels` are
// the URI labels the recognizer matched) and validates it against `input`: every rule the schema
// holds, body keys no member declares, and a body that is not JSON.
RequestCheck CheckRequest(const Operation& operation, const Schema& input,
                          const conformance::HttpRequest& request,
                          const std::map<std::string, std::string>& labels);

}  // namespace shapeguard::proxy

#endif  // SHAPEGUARD_CONFORMANCE_PROXY_REQUEST_CONTRACT_H_

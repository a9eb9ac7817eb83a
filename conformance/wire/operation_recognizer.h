// Which operation an HTTP request calls, as a proxy in front of an emulator must know it:
// the service from the request's SigV4 credential scope (its signing name), then the
// operation by that service's protocol: json by X-Amz-Target, query and ec2 by Action (in
// the query string or the form body), rest-json and rest-xml by method and URI template,
// the template with the most literal segments winning and a template's query literal
// ("?uploads") required.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_OPERATION_RECOGNIZER_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_OPERATION_RECOGNIZER_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "shapeguard/catalog.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {

struct RecognizedCall {
  OperationName operation;
  std::map<std::string, std::string> labels;  // URI labels, percent-decoded (rest protocols)
};

class OperationRecognizer {
 public:
  explicit OperationRecognizer(const Catalog& catalog) : catalog_(catalog) {}

  // The operation the request calls; fails saying why none matched (unsigned, a signing
  // name no service uses, no operation of those services matches, or two services that
  // sign alike match alike). Models are loaded as their services are first met. Safe to
  // call from many threads.
  Result<RecognizedCall> Recognize(const HttpRequest& request) const;

 private:
  const std::vector<std::string>& ServicesSigningAs(const std::string& signing_name) const;
  using Operations = std::vector<std::shared_ptr<const Operation>>;
  const Operations& OperationsOf(const std::string& service) const;

  const Catalog& catalog_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::vector<std::string>> by_signing_name_;  // built once
  mutable std::map<std::string, Operations> operations_;  // filled once per service
};

// The service of a SigV4 Authorization header's credential scope
// ("AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/apigateway/aws4_request, ..."), or
// "" when there is none.
std::string CredentialScopeService(const HttpRequest& request);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_OPERATION_RECOGNIZER_H_

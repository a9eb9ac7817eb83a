// One request the runner sent and what came back: the material every oracle judges.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_EXCHANGE_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_EXCHANGE_H_

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "shapeguard/operation.h"
#include "shapeguard/schema.h"
#include "wire/http_message.h"
#include "wire/rest_json_response.h"

namespace shapeguard::conformance {

struct Exchange {
  std::string operation;  // "apigatewayv2.CreateStage"
  std::string endpoint;   // the base URL it went to
  nlohmann::json params;  // the request in the parameter form
  HttpRequest request;    // as sent (signed)
  HttpResponse response;  // as received
  DecodedResponse decoded;
  std::shared_ptr<const Schema> input;    // the operation's input schema (its patch table)
  std::shared_ptr<const Schema> output;   // the operation's output schema
  std::shared_ptr<const Operation> view;  // HTTP binding, success code, declared errors

  bool succeeded() const { return response.status >= 200 && response.status < 300; }
};

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_EXCHANGE_H_

// Botocore service models: parsing and the structural checks the compiler relies on.
#ifndef SHAPEGUARD_MODEL_H_
#define SHAPEGUARD_MODEL_H_

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "shapeguard/result.h"

namespace shapeguard::internal {

// A botocore service-2.json document that passed CheckModel: every shape has a known type,
// every member, list member, map key and value names an existing shape, and every trait the
// compiler reads has the JSON type it expects.
struct ServiceModel {
  std::string service;      // botocore's service name, e.g. "apigatewayv2"
  std::string api_version;  // metadata.apiVersion
  std::string origin;       // where it was read from, for messages
  nlohmann::json document;
};

// Parses and checks a model. Errors name the origin, the shape and the field.
Result<ServiceModel> ParseServiceModel(std::string service, std::string_view text,
                                       std::string origin);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_MODEL_H_

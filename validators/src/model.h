// Botocore service models: parsing and the structural checks the compiler relies on.
#ifndef SHAPEGUARD_MODEL_H_
#define SHAPEGUARD_MODEL_H_

#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/result.h"

namespace shapeguard::internal {

class ModelJsonParts;

// A botocore service-2.json document. A model parsed by ParseServiceModel passed CheckModel:
// every shape has a known type, every member, list member, map key and value names an
// existing shape, and every trait the compiler reads has the JSON type it expects. A
// built-in model (ParseBuiltinServiceModel) is one the project ships and its tests check:
// its shapes and operations are converted when first asked for, so a process that uses one
// operation converts only the shapes that operation reaches. Safe to use from many threads.
class ServiceModel {
 public:
  ServiceModel(std::string service, std::string origin);
  ~ServiceModel();
  ServiceModel(const ServiceModel&) = delete;
  ServiceModel& operator=(const ServiceModel&) = delete;

  const std::string& service() const { return service_; }          // e.g. "apigatewayv2"
  const std::string& api_version() const { return api_version_; }  // metadata.apiVersion
  const std::string& origin() const { return origin_; }  // where it was read, for messages

  // A string of the model's "metadata" ("protocol", "signingName", ...), or "" when absent
  // or not a string. Does not convert a built-in model's document.
  std::string MetadataString(std::string_view key) const;
  // The whole document (converted on first call for a built-in model).
  const nlohmann::json& document() const;
  // A shape or an operation, or null when the model has none of that name.
  const nlohmann::json* FindShape(const std::string& name) const;
  const nlohmann::json* FindOperation(const std::string& name) const;
  // Operation names, sorted.
  std::vector<std::string> OperationNames() const;

 private:
  friend Result<std::shared_ptr<const ServiceModel>> ParseServiceModel(std::string,
                                                                       std::string_view,
                                                                       std::string);
  friend Result<std::shared_ptr<const ServiceModel>> ParseBuiltinServiceModel(std::string,
                                                                              std::string_view,
                                                                              std::string);
  const nlohmann::json* FindPart(const char* kind, std::map<std::string, nlohmann::json>& parts,
                                 const std::string& name) const;

  std::string service_;
  std::string api_version_;
  std::string origin_;
  mutable std::mutex mutex_;
  mutable std::optional<nlohmann::json> whole_;
  std::unique_ptr<const ModelJsonParts> parts_;                        // built-in models only
  mutable std::map<std::string, nlohmann::json> shapes_, operations_;  // converted from parts_
};

// Parses and checks a model. Errors name the origin, the shape and the field.
Result<std::shared_ptr<const ServiceModel>> ParseServiceModel(std::string service,
                                                              std::string_view text,
                                                              std::string origin);

// Parses a built-in model (schemas/models, embedded in the library), whose full check runs
// in the tests: only that it is JSON with "shapes" and "operations" objects is checked here.
// The text is parsed in place: 64 readable bytes must follow it, as they follow embedded
// files (kEmbeddedPadding).
Result<std::shared_ptr<const ServiceModel>> ParseBuiltinServiceModel(std::string service,
                                                                     std::string_view text,
                                                                     std::string origin);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_MODEL_H_

// Catalog: the service models and overlays shapeguard knows, compiled on demand.
#ifndef SHAPEGUARD_CATALOG_H_
#define SHAPEGUARD_CATALOG_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shapeguard/operation.h"
#include "shapeguard/result.h"
#include "shapeguard/schema.h"

namespace shapeguard {

// An operation named by its service and its exact model name, as Catalog::Resolve gives it:
// looking one up compares names exactly, with no case folding.
struct OperationName {
  std::string service;    // "apigatewayv2"
  std::string operation;  // "CreateStage"

  std::string qualified() const { return service + "." + operation; }
};

// What `shapeguard list` says of a service, known without decompressing a built-in model.
struct ServiceSummary {
  std::string name;                  // botocore's name: "apigatewayv2"
  std::string api_version;           // "2018-11-29"
  std::string protocol;              // metadata.protocol: "rest-json", "json", "query", ...
  std::string signing_name;          // SigV4's name for it (signingName, or endpointPrefix)
  std::vector<std::string> aliases;  // other names it resolves by (built-in services)
  std::size_t operations = 0;
  // Overlays, conform scenarios and the reference emulator cover it (the seeded services).
  bool seeded = false;
  std::string origin;  // "built-in" or the file it is read from
};

// Holds service models (botocore service-2.json) and overlays. A service is parsed and
// compiled the first time it is used; every method is safe to call from many threads.
class Catalog {
 public:
  Catalog();
  ~Catalog();
  Catalog(Catalog&&) noexcept;
  Catalog& operator=(Catalog&&) noexcept;

  // Every service of the botocore release the library was built from (schemas/models), with
  // the overlays of the seeded ones, from data embedded in the library: no files are read,
  // and a service's compressed model is inflated and parsed only when it is first used.
  static Result<Catalog> Builtin();

  // Adds a service from the text of a botocore service-2.json, replacing any service of the
  // same name (its overlays stay and apply to the new model).
  Status AddModel(std::string service, std::string_view json_text, std::string origin);

  // Adds every service of a botocore data directory: <dir>/<service>/<version>/
  // service-2.json or service-2.json.gz, the newest version of each. Files are read when a
  // service is first used.
  Status AddModelsDirectory(const std::string& directory);

  // Adds an overlay file's rules to the service it names.
  Status AddOverlay(std::string_view json_text, std::string origin);

  // Service names, sorted.
  std::vector<std::string> Services() const;

  // The services the project's overlays, conform scenarios and reference emulator cover
  // (apigatewayv2, apigateway, appconfig, apigatewaymanagementapi), sorted.
  std::vector<std::string> SeededServices() const;

  // A service's summary (named as ResolveService takes it). A built-in service's comes from
  // the manifest; a service added otherwise has its model parsed.
  Result<ServiceSummary> Summary(std::string_view service) const;

  // The botocore name of a service as users write it: that name, or its SDK service id,
  // SigV4 signing name or endpoint prefix ("ApiGatewayV2", "API Gateway", "monitoring"), in
  // any case: a built-in service's from the manifest, an added one's from its model's
  // metadata (read when a name matches nothing else). The botocore name wins over another service's
  // alias; an alias two services share is an error naming both.
  Result<std::string> ResolveService(std::string_view service) const;

  // Operation names of a service (named as ResolveService takes it), sorted.
  Result<std::vector<std::string>> Operations(std::string_view service) const;

  // Resolves "service.Operation"; the service as ResolveService takes it, the operation also
  // in the CLI's kebab form ("apigatewayv2.create-stage") or in any case.
  Result<OperationName> Resolve(std::string_view name) const;

  // The compiled contract of an operation. Fails when the service or operation is unknown.
  Result<std::shared_ptr<const Schema>> GetSchema(const OperationName& name,
                                                  Direction direction) const;

  // GetSchema for a name as Resolve accepts it ("service.Operation", kebab form, any case).
  Result<std::shared_ptr<const Schema>> GetSchema(std::string_view name, Direction direction) const;

  // The operation's typed view (HTTP binding, errors, input and output shapes), built once
  // per operation: every call returns the same object. Fails when the service or operation
  // is unknown.
  Result<std::shared_ptr<const Operation>> GetOperation(const OperationName& name) const;

  // GetOperation for a name as Resolve accepts it.
  Result<std::shared_ptr<const Operation>> GetOperation(std::string_view name) const;

  // What compiling the service reported and skipped (model patterns RE2 cannot compile,
  // overlay targets the model lacks). Compiles the service if needed.
  Result<std::vector<std::string>> Warnings(std::string_view service) const;

  // Where the built-in models come from, e.g. "botocore 1.43.11".
  std::string ModelsVersion() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_CATALOG_H_

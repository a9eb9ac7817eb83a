// The reference emulator: an in-memory, contract-strict implementation of the seeded
// operations and their prerequisites, answering as CONSTRAINTS.md's oracle section says.
// Transport-free (HttpRequest in, HttpResponse out), so it is tested without sockets;
// server.h puts it on a port.
#ifndef SHAPEGUARD_CONFORMANCE_EMULATOR_EMULATOR_H_
#define SHAPEGUARD_CONFORMANCE_EMULATOR_EMULATOR_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "emulator/faults.h"
#include "emulator/resource_store.h"
#include "shapeguard/catalog.h"
#include "shapeguard/result.h"
#include "wire/http_message.h"

namespace shapeguard::emulator {

struct EmulatorOptions {
  // Deviations to inject; none for the contract-strict emulator.
  FaultSet faults;
  // Ids of live WebSocket connections for apigatewaymanagementapi (its API cannot open
  // any); other ids are gone (410).
  std::vector<std::string> connections;
  // Seeds the id generator, so that runs are reproducible.
  std::uint32_t seed = 1;
};

// Serves requests one at a time (a mutex orders them), so it is safe to call Handle from
// the server's worker threads. Not copyable or movable: the routes point into it.
class Emulator {
 public:
  // An emulator for the operations of the built-in handler tables, with their schemas from
  // `catalog` (which must hold the four seeded services). Fails when a schema cannot be
  // compiled or an operation has no HTTP binding.
  static Result<std::unique_ptr<Emulator>> Create(const Catalog& catalog,
                                                  EmulatorOptions options = {});
  ~Emulator();
  Emulator(const Emulator&) = delete;
  Emulator& operator=(const Emulator&) = delete;

  // Answers one request:
  //  - a method and path no operation routes: 404 UnknownOperationException;
  //  - a request that breaks any rule of the operation's input schema (overlays included),
  //    holds a body member the input does not declare, or a body that is not JSON: 400 with
  //    the operation's bad-request type (BadRequestException for API Gateway and AppConfig);
  //  - an unknown parent or resource: 404 (NotFoundException, ResourceNotFoundException);
  //    a duplicate stage name: 409 ConflictException; an unknown connection: 410
  //    GoneException;
  //  - otherwise the model's success code (http.responseCode, 200 when absent) with the
  //    output's headers and JSON body.
  // Error types travel in x-amzn-errortype; error bodies are {"message": ...}.
  conformance::HttpResponse Handle(const conformance::HttpRequest& request);

  // The operations served ("apigatewayv2.CreateStage"), in routing-table order.
  std::vector<std::string> Operations() const;

 private:
  struct Route;
  Emulator(EmulatorOptions options, std::vector<Route> routes);

  const Route* FindRoute(const conformance::HttpRequest& request,
                         std::map<std::string, std::string>& labels) const;
  conformance::HttpResponse Serve(const Route& route, const conformance::HttpRequest& request,
                                  const std::map<std::string, std::string>& labels);
  conformance::HttpResponse Fail(const Route& route, int status, const std::string& message) const;
  conformance::HttpResponse Succeed(const Route& route, const conformance::HttpRequest& request,
                                    nlohmann::json params) const;

  EmulatorOptions options_;
  std::vector<Route> routes_;
  ResourceStore store_;
  std::mutex mutex_;
};

}  // namespace shapeguard::emulator

#endif  // SHAPEGUARD_CONFORMANCE_EMULATOR_EMULATOR_H_

// The reference emulator on a free loopback port for the duration of a test, driven the
// way `shapeguard conform` drives an endpoint: EncodeRequest, HttpClient, DecodeResponse.
#ifndef SHAPEGUARD_TESTS_CONFORMANCE_EMULATOR_HARNESS_H_
#define SHAPEGUARD_TESTS_CONFORMANCE_EMULATOR_HARNESS_H_

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "emulator/emulator.h"
#include "http/http_server.h"
#include "wire/http_client.h"
#include "wire/rest_json_response.h"

namespace shapeguard::testing_support {

class RunningEmulator {
 public:
  // Starts an emulator with these options. With no faults, every answer is also
  // self-checked (see Call).
  explicit RunningEmulator(emulator::EmulatorOptions options = {});
  ~RunningEmulator();

  // Sends the operation's request for `params` and decodes the answer. For the
  // contract-strict emulator, also expects the answer to honour the contract: a success
  // body valid against the output schema (overlays included) with no undeclared member, and
  // JSON bodies labelled application/json; an error with its type in x-amzn-errortype and a
  // {"message"} body.
  conformance::DecodedResponse Call(const std::string& operation, const nlohmann::json& params);

  // Sends a request of the operation as it is, and decodes (and self-checks) the answer
  // as Call does.
  conformance::DecodedResponse Exchange(const std::string& operation,
                                        const conformance::HttpRequest& request);

  // Sends a request as it is.
  conformance::HttpResponse Send(const conformance::HttpRequest& request);

  const std::string& url() const { return url_; }

 private:
  void SelfCheck(const std::string& operation, const conformance::DecodedResponse& response);

  bool strict_;
  std::unique_ptr<emulator::Emulator> emulator_;
  std::unique_ptr<http::HttpServer> server_;
  std::thread thread_;
  std::string url_;
  std::unique_ptr<conformance::HttpClient> client_;
};

}  // namespace shapeguard::testing_support

#endif  // SHAPEGUARD_TESTS_CONFORMANCE_EMULATOR_HARNESS_H_

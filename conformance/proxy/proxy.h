// `shapeguard proxy`: AWS's contract enforced between an SDK and an emulator. Each request
// is placed (OperationRecognizer), read and validated against the operation's input schema;
// in enforce mode a request that breaks it is answered here with the error AWS sends for
// the protocol, otherwise it goes upstream unchanged and the answer is judged by conform's
// oracles. Transport-free (HttpRequest in, HttpResponse out): http::HttpServer puts it on a
// port, and tests call it directly.
#ifndef SHAPEGUARD_CONFORMANCE_PROXY_PROXY_H_
#define SHAPEGUARD_CONFORMANCE_PROXY_PROXY_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "conform/exchange.h"
#include "proxy/proxy_record.h"
#include "shapeguard/catalog.h"
#include "shapeguard/result.h"
#include "wire/http_client.h"
#include "wire/http_message.h"
#include "wire/operation_recognizer.h"

namespace shapeguard::proxy {

enum class Mode {
  kObserve,  // forward every request unchanged; record what breaks the contract
  kEnforce,  // answer a request that breaks the contract here, as AWS would
};

struct ProxyOptions {
  std::string upstream;  // the emulator's base URL, "http://127.0.0.1:5000"
  Mode mode = Mode::kObserve;
  conformance::HttpClientOptions client;  // limits of each upstream exchange
};

// The header that tells a client how many violations its exchange had.
inline constexpr char kViolationsHeader[] = "x-shapeguard-violations";

class Proxy {
 public:
  // A proxy to options.upstream recording into `record`; `catalog` and `record` must outlive
  // it. Fails when the upstream is not an http(s) URL.
  static Result<std::unique_ptr<Proxy>> Create(const Catalog& catalog, ProxyOptions options,
                                               ProxyRecord& record);

  // Answers one request: the upstream's answer (with x-shapeguard-violations: N when the
  // exchange broke the contract N times), the AWS-style refusal (enforce mode), or 502 with
  // an AWS-style error naming the upstream when it cannot be reached. Safe to call from
  // many threads at once.
  conformance::HttpResponse Handle(const conformance::HttpRequest& request);

 private:
  Proxy(const Catalog& catalog, ProxyOptions options, ProxyRecord& record);

  // The request as the upstream gets it (hop-by-hop headers dropped), and its answer.
  Result<conformance::HttpResponse> Forward(const conformance::HttpRequest& request);
  conformance::HttpResponse BadGateway(Protocol protocol, const std::string& why) const;
  conformance::HttpResponse HandleRecognized(const conformance::HttpRequest& request,
                                             const conformance::RecognizedCall& call);
  // Reads and validates the request into exchange.params and record.violations.
  void JudgeRequest(const conformance::RecognizedCall& call, conformance::Exchange& exchange,
                    ExchangeRecord& record);
  // Judges exchange.response by conform's oracles into record.violations.
  void JudgeResponse(const conformance::RecognizedCall& call, bool request_valid,
                     conformance::Exchange& exchange, ExchangeRecord& record);
  // Records the exchange and marks its answer with the violation count.
  conformance::HttpResponse Finish(conformance::Exchange& exchange, ExchangeRecord& record);

  const Catalog& catalog_;
  ProxyOptions options_;
  ProxyRecord& record_;
  conformance::OperationRecognizer recognizer_;
  std::mutex clients_mutex_;
  std::vector<std::unique_ptr<conformance::HttpClient>> idle_clients_;
};

// "observe" or "enforce".
const char* ModeName(Mode mode);

}  // namespace shapeguard::proxy

#endif  // SHAPEGUARD_CONFORMANCE_PROXY_PROXY_H_

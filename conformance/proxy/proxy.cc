#include "proxy/proxy.h"

#include <utility>

#include "conform/exchange.h"
#include "conform/finding.h"
#include "http/response_serializer.h"
#include "proxy/request_contract.h"
#include "proxy/response_contract.h"
#include "wire/aws_error_response.h"
#include "wire/protocol_decoders.h"

namespace shapeguard::proxy {
namespace {

using conformance::HttpRequest;
using conformance::HttpResponse;

// Headers that describe the client's connection, or that the upstream exchange sets anew:
// the body's length (libcurl sends it), 100-continue (the body is already here), and
// Accept-Encoding, so that the answer comes uncompressed and can be read.
bool DroppedUpstream(std::string_view name) {
  return http::IsHopByHopHeader(name) || conformance::EqualsIgnoreCase(name, "content-length") ||
         conformance::EqualsIgnoreCase(name, "expect") ||
         conformance::EqualsIgnoreCase(name, "accept-encoding");
}

std::vector<Violation> FromFindings(const std::vector<conformance::Finding>& findings) {
  std::vector<Violation> violations;
  violations.reserve(findings.size());
  for (const conformance::Finding& finding : findings) {
    violations.push_back({Side::kResponse, finding.oracle, "", finding.rule, finding.rule});
  }
  return violations;
}

}  // namespace

const char* ModeName(Mode mode) { return mode == Mode::kEnforce ? "enforce" : "observe"; }

Result<std::unique_ptr<Proxy>> Proxy::Create(const Catalog& catalog, ProxyOptions options,
                                             ProxyRecord& record) {
  auto probe = conformance::HttpClient::Create(options.upstream, options.client);
  if (!probe.ok()) return Status::Error("--upstream: " + probe.error());
  auto proxy = std::unique_ptr<Proxy>(new Proxy(catalog, std::move(options), record));
  proxy->idle_clients_.push_back(
      std::make_unique<conformance::HttpClient>(std::move(probe).value()));
  return proxy;
}

Proxy::Proxy(const Catalog& catalog, ProxyOptions options, ProxyRecord& record)
    : catalog_(catalog), options_(std::move(options)), record_(record), recognizer_(catalog) {}

Result<HttpResponse> Proxy::Forward(const HttpRequest& request) {
  std::unique_ptr<conformance::HttpClient> client;
  {
    std::lock_guard lock(clients_mutex_);
    if (!idle_clients_.empty()) {
      client = std::move(idle_clients_.back());
      idle_clients_.pop_back();
    }
  }
  if (!client) {
    auto made = conformance::HttpClient::Create(options_.upstream, options_.client);
    if (!made.ok()) return made.status();
    client = std::make_unique<conformance::HttpClient>(std::move(made).value());
  }
  HttpRequest upstream = request;
  std::erase_if(upstream.headers, [](const auto& header) { return DroppedUpstream(header.first); });
  auto response = client->Send(upstream);
  if (response.ok()) {
    std::lock_guard lock(clients_mutex_);
    idle_clients_.push_back(std::move(client));  // its connection stays open for the next
  }
  return response;
}

HttpResponse Proxy::BadGateway(Protocol protocol, const std::string& why) const {
  return conformance::AwsErrorResponse(
      protocol, 502, "BadGateway",
      "shapeguard proxy: the upstream " + options_.upstream + " did not answer: " + why);
}

HttpResponse Proxy::Handle(const HttpRequest& request) {
  auto call = recognizer_.Recognize(request);
  if (call.ok()) return HandleRecognized(request, call.value());
  record_.AddUnrecognised(request.method, request.path);
  auto response = Forward(request);
  if (response.ok()) return std::move(response).value();
  record_.AddUpstreamFailure();
  return BadGateway(Protocol::kRestJson, response.error());
}

HttpResponse Proxy::HandleRecognized(const HttpRequest& request,
                                     const conformance::RecognizedCall& call) {
  auto view = catalog_.GetOperation(call.operation);
  if (!view.ok()) return BadGateway(Protocol::kRestJson, view.error());
  conformance::Exchange exchange;
  exchange.operation = call.operation.qualified();
  exchange.endpoint = options_.upstream;
  exchange.request = request;
  exchange.view = view.value();
  ExchangeRecord record;
  record.operation = exchange.operation;
  JudgeRequest(call, exchange, record);
  bool request_valid = record.violations.empty();
  const Operation& operation = *exchange.view;
  if (options_.mode == Mode::kEnforce && !request_valid) {
    exchange.response = conformance::AwsErrorResponse(operation.protocol(), 400,
                                                      conformance::ValidationErrorType(operation),
                                                      EnforcedMessage(record.violations));
  } else {
    auto forwarded = Forward(request);
    if (!forwarded.ok()) {
      record_.AddUpstreamFailure();
      return BadGateway(operation.protocol(), forwarded.error());
    }
    exchange.response = std::move(forwarded).value();
    JudgeResponse(call, request_valid, exchange, record);
  }
  return Finish(exchange, record);
}

void Proxy::JudgeRequest(const conformance::RecognizedCall& call, conformance::Exchange& exchange,
                         ExchangeRecord& record) {
  const Operation& operation = *exchange.view;
  if (!conformance::DecodesProtocol(operation.protocol())) {
    record_.AddNotValidated(exchange.operation, operation.protocol_name() +
                                                    " requests and responses are not validated "
                                                    "yet; forwarded unchanged");
    return;
  }
  auto input = catalog_.GetSchema(call.operation, Direction::kInput);
  if (!input.ok()) return;
  RequestCheck check = CheckRequest(operation, *input.value(), exchange.request, call.labels);
  exchange.params = std::move(check.params);
  record.violations = std::move(check.violations);
  record.request_read = true;
}

void Proxy::JudgeResponse(const conformance::RecognizedCall& call, bool request_valid,
                          conformance::Exchange& exchange, ExchangeRecord& record) {
  if (!conformance::DecodesProtocol(exchange.view->protocol())) return;
  auto output = catalog_.GetSchema(call.operation, Direction::kOutput);
  if (!output.ok()) return;
  exchange.output = output.value();
  for (Violation& violation : FromFindings(CheckResponse(exchange, request_valid))) {
    record.violations.push_back(std::move(violation));
  }
  record.response_read = true;
}

HttpResponse Proxy::Finish(conformance::Exchange& exchange, ExchangeRecord& record) {
  if (!record.violations.empty()) {
    conformance::Finding forms = conformance::MakeFinding(exchange, "", "");
    record.request = std::move(forms.request);
    record.response = std::move(forms.response);
    record.reproduce = std::move(forms.reproduce);
  }
  record_.AddExchange(record);
  HttpResponse response = std::move(exchange.response);
  if (!record.violations.empty()) {
    response.headers[kViolationsHeader] = std::to_string(record.violations.size());
  }
  return response;
}

}  // namespace shapeguard::proxy

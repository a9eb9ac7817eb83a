#include "emulator/emulator.h"

#include <exception>
#include <optional>
#include <utility>

#include "emulator/input_checks.h"
#include "emulator/operation_call.h"
#include "wire/rest_json_request_decoder.h"
#include "wire/rest_json_response_encoder.h"
#include "wire/uri_template.h"

namespace shapeguard::emulator {

using conformance::HttpRequest;
using conformance::HttpResponse;
using nlohmann::json;

// One served operation: its view (HTTP binding, success code, errors) and input schema,
// resolved once when the emulator is made.
struct Emulator::Route {
  std::string operation;  // "apigatewayv2.CreateStage"
  std::shared_ptr<const Operation> view;
  std::shared_ptr<const Schema> input;
  Handler handler = nullptr;
};

namespace {

// Error types by status for the statuses an operation's model declares no error for (a
// 500 is declared by few API Gateway operations, and no operation declares every status).
std::string FallbackErrorType(int status) {
  switch (status) {
    case 400:
      return "BadRequestException";
    case 404:
      return "NotFoundException";
    case 409:
      return "ConflictException";
    case 410:
      return "GoneException";
    default:
      return "InternalServerErrorException";
  }
}

std::vector<HandlerEntry> AllHandlers() {
  std::vector<HandlerEntry> all;
  for (const auto* table : {&ApiGatewayV2Handlers(), &ApiGatewayHandlers(), &AppConfigHandlers(),
                            &ManagementApiHandlers()}) {
    all.insert(all.end(), table->begin(), table->end());
  }
  return all;
}

// The text-plain-content-type fault labels every JSON body as text.
void ApplyContentTypeFault(const FaultSet& faults, HttpResponse& response) {
  auto it = response.headers.find("content-type");
  if (faults.Has(Fault::kTextPlainContentType) && it != response.headers.end()) {
    it->second = "text/plain";
  }
}

// A body timestamp without a timestampFormat travels in the protocol's default, epoch
// seconds in rest-json (apigateway's createdDate); explicit formats are left alone.
bool IsDefaultFormatTimestamp(const MemberView& member) {
  return member.shape().kind() == ShapeKind::kTimestamp && !member.own_timestamp_format() &&
         !member.shape().timestamp_format();
}

// The faults that rewrite the top-level members of a JSON success body, after encoding so
// that the wire encoder knows nothing of faults: null-for-absent-member writes null for each
// body member `params` lacks, iso-timestamps-in-epoch-body writes the parameter form (ISO
// 8601) of each default-format timestamp instead of its epoch seconds.
void ApplyBodyFaults(const FaultSet& faults, const Operation& view, const json& params,
                     HttpResponse& response) {
  bool nulls = faults.Has(Fault::kNullForAbsentMember);
  bool iso = faults.Has(Fault::kIsoTimestampsInEpochBody);
  std::optional<ShapeView> output = view.output();
  if ((!nulls && !iso) || !output || output->payload()) return;
  json body = json::parse(response.body, nullptr, false);
  if (!body.is_object()) return;
  for (const MemberView& member : output->members()) {
    if (member.location() != Location::kBody) continue;
    auto value = params.find(member.name());
    bool absent = value == params.end() || value->is_null();
    if (absent && nulls) body[member.wire_name()] = nullptr;
    if (!absent && iso && IsDefaultFormatTimestamp(member)) body[member.wire_name()] = *value;
  }
  response.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

Result<std::unique_ptr<Emulator>> Emulator::Create(const Catalog& catalog,
                                                   EmulatorOptions options) {
  std::vector<Route> routes;
  for (const HandlerEntry& entry : AllHandlers()) {
    Route route;
    route.operation = std::string(entry.operation);
    route.handler = entry.handler;
    auto name = catalog.Resolve(route.operation);
    if (!name.ok()) return name.status();
    auto view = catalog.GetOperation(name.value());
    if (!view.ok()) return view.status();
    if (!view.value()->has_http_binding()) {
      return Status::Error(route.operation + ": the model has no HTTP binding for it");
    }
    auto input = catalog.GetSchema(name.value(), Direction::kInput);
    if (!input.ok()) return input.status();
    route.view = std::move(view).value();
    route.input = std::move(input).value();
    routes.push_back(std::move(route));
  }
  return std::unique_ptr<Emulator>(new Emulator(std::move(options), std::move(routes)));
}

Emulator::Emulator(EmulatorOptions options, std::vector<Route> routes)
    : options_(std::move(options)), routes_(std::move(routes)), store_(options_.seed) {
  for (const std::string& id : options_.connections) {
    store_.Put(ResourceStore::Key({"apigatewaymanagementapi", "connections", id}), NewConnection());
  }
}

Emulator::~Emulator() = default;

std::vector<std::string> Emulator::Operations() const {
  std::vector<std::string> names;
  for (const Route& route : routes_) names.push_back(route.operation);
  return names;
}

HttpResponse Emulator::Handle(const HttpRequest& request) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::map<std::string, std::string> labels;
  const Route* route = FindRoute(request, labels);
  if (!route) {
    HttpResponse response = conformance::EncodeErrorResponse(
        404, "UnknownOperationException",
        "No operation is routed for " + request.method + " " + request.path);
    ApplyContentTypeFault(options_.faults, response);
    return response;
  }
  // A handler bug must not take the server down or leave the client without an answer:
  // it becomes a 500, which a conformance run reports as a server error.
  try {
    return Serve(*route, request, labels);
  } catch (const std::exception& e) {
    return Fail(*route, 500, std::string("internal error: ") + e.what());
  }
}

// The route whose template matches most specifically (the proxy's recognizer ranks the same
// way): "/v2/apis/{apiId}" must not take "/v2/apis/x/stages".
const Emulator::Route* Emulator::FindRoute(const HttpRequest& request,
                                           std::map<std::string, std::string>& labels) const {
  const Route* best = nullptr;
  int best_specificity = -1;
  for (const Route& route : routes_) {
    if (route.view->http_method() != request.method) continue;
    auto match =
        conformance::MatchRequestTarget(route.view->request_uri(), request.path, request.query);
    if (match && match->specificity() > best_specificity) {
      best = &route;
      best_specificity = match->specificity();
      labels = std::move(match->labels);
    }
  }
  return best;
}

HttpResponse Emulator::Serve(const Route& route, const HttpRequest& request,
                             const std::map<std::string, std::string>& labels) {
  // An operation that takes no body does not read one (and declares no error to refuse it
  // with).
  if (!conformance::TakesBody(*route.view) && !request.body.empty()) {
    HttpRequest bodiless = request;
    bodiless.body.clear();
    return Serve(route, bodiless, labels);
  }
  auto decoded = conformance::DecodeRequest(*route.view, request, labels);
  if (!decoded.ok()) return Fail(route, 500, decoded.error());
  if (!decoded->body_error.empty()) return Fail(route, 400, decoded->body_error);
  std::vector<std::string> problems = InputProblems(*route.input, decoded.value(), options_.faults);
  if (!problems.empty()) return Fail(route, 400, RejectionMessage(problems));
  OperationCall call{decoded->params, store_, options_.faults, *route.view, *route.input};
  Answer answer = route.handler(call);
  if (!answer.ok()) return Fail(route, answer.failure.status, answer.failure.message);
  return Succeed(route, request, std::move(answer.success.params));
}

HttpResponse Emulator::Fail(const Route& route, int status, const std::string& message) const {
  const OperationError* declared = route.view->ErrorForStatus(status);
  std::string type = declared ? declared->shape : FallbackErrorType(status);
  if (status == 400 && options_.faults.Has(Fault::kWrongErrorType)) type = "ValidationException";
  HttpResponse response = conformance::EncodeErrorResponse(status, type, message);
  ApplyContentTypeFault(options_.faults, response);
  return response;
}

HttpResponse Emulator::Succeed(const Route& route, const HttpRequest& request, json params) const {
  int status = route.view->success_code();
  if (status == 201 && options_.faults.Has(Fault::kStatus200OnCreate)) status = 200;
  if (request.method == "DELETE" && (status == 202 || status == 204) &&
      options_.faults.Has(Fault::kStatus200OnDelete)) {
    status = 200;
  }
  if (options_.faults.Has(Fault::kDropMemberInResponse)) {
    params.erase("StageVariables");
    params.erase("variables");
  }
  auto response = conformance::EncodeResponse(*route.view, params, status);
  if (!response.ok()) return Fail(route, 500, response.error());
  ApplyBodyFaults(options_.faults, *route.view, params, response.value());
  ApplyContentTypeFault(options_.faults, response.value());
  return std::move(response).value();
}

}  // namespace shapeguard::emulator

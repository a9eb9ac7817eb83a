// What an emulated operation receives and answers: the interface between the emulator's
// request pipeline (emulator.cc) and the per-service handlers (*_handlers.cc).
#ifndef SHAPEGUARD_CONFORMANCE_EMULATOR_OPERATION_CALL_H_
#define SHAPEGUARD_CONFORMANCE_EMULATOR_OPERATION_CALL_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "emulator/faults.h"
#include "emulator/resource_store.h"
#include "shapeguard/operation.h"
#include "shapeguard/schema.h"

namespace shapeguard::emulator {

// A successful answer: the output's parameter form, sent with the operation's success code
// from the model (http.responseCode, 200 when absent).
struct Success {
  nlohmann::json params = nlohmann::json::object();
};

// A failed answer. The error type is the one the operation's model declares for the status
// (e.g. 404 is NotFoundException in API Gateway and ResourceNotFoundException in AppConfig).
struct Failure {
  int status = 400;
  std::string message;
};

// Either answer; `failure.status == 0` means success.
struct Answer {
  Success success;
  Failure failure{0, ""};

  static Answer Ok(nlohmann::json params) { return Answer{Success{std::move(params)}}; }
  static Answer Error(int status, std::string message) {
    Answer answer;
    answer.failure = Failure{status, std::move(message)};
    return answer;
  }
  bool ok() const { return failure.status == 0; }
};

// One validated request being served.
struct OperationCall {
  const nlohmann::json& params;  // the input's parameter form, valid against its schema
  ResourceStore& store;
  const FaultSet& faults;
  const Operation& operation;  // the operation served, for type-driven code
  const Schema& input;         // the schema the input was validated against

  // A string member of the input, or "" when absent.
  std::string Param(std::string_view name) const;
  // The input members present, minus the named ones (the labels that address the
  // resource), as the start of a stored resource.
  nlohmann::json BodyMembers(const std::vector<std::string>& except) const;
};

// A handler serves one operation.
using Handler = Answer (*)(OperationCall& call);

struct HandlerEntry {
  std::string_view operation;  // "apigatewayv2.CreateStage"
  Handler handler;
};

// The handlers of each emulated service.
const std::vector<HandlerEntry>& ApiGatewayV2Handlers();
const std::vector<HandlerEntry>& ApiGatewayHandlers();
const std::vector<HandlerEntry>& AppConfigHandlers();
const std::vector<HandlerEntry>& ManagementApiHandlers();

// A live WebSocket connection as GetConnection reports it, opened now.
nlohmann::json NewConnection();

// Common answers: 404 (the model's not-found type) and 409 ConflictException.
Answer NotFound(std::string message);
Answer Conflict(std::string message);

// True when the parent a create goes under (the resource at `parent_key`) does not exist;
// the create-under-unknown-parent fault answers as if every parent existed.
bool ParentMissing(const OperationCall& call, const std::string& parent_key);

// Deletes the resource at `key` and everything under it; false when there is none (the
// caller answers 404). The delete-keeps-resource fault leaves it in place, and
// delete-unknown-succeeds reports an absent one as deleted.
bool DeleteResource(OperationCall& call, const std::string& key);

// The current time in the parameter form of a timestamp (ISO-8601, UTC).
std::string NowIso8601();

}  // namespace shapeguard::emulator

#endif  // SHAPEGUARD_CONFORMANCE_EMULATOR_OPERATION_CALL_H_

// apigatewaymanagementapi: the WebSocket connections of a deployed API. Clients cannot
// open connections through this API, so the emulator starts with the ones it is given
// (`shapeguard serve --connection ID`); every other id is a connection that is gone.
#include "emulator/operation_call.h"

namespace shapeguard::emulator {
namespace {

using nlohmann::json;

std::string ConnectionKey(const OperationCall& call) {
  return ResourceStore::Key({"apigatewaymanagementapi", "connections", call.Param("ConnectionId")});
}

// AWS answers 410 GoneException for a connection that does not exist (any more).
Answer Gone(const OperationCall& call) {
  return Answer::Error(410, "Connection " + call.Param("ConnectionId") + " is gone");
}

// The connection, or nullptr when it is gone. With the no-410 fault an unknown id is
// treated as a live connection that has just been opened.
json* FindConnection(OperationCall& call) {
  json* connection = call.store.Find(ConnectionKey(call));
  if (connection || !call.faults.Has(Fault::kNo410ForUnknownConnection)) return connection;
  call.store.Put(ConnectionKey(call), NewConnection());
  return call.store.Find(ConnectionKey(call));
}

Answer GetConnection(OperationCall& call) {
  json* connection = FindConnection(call);
  return connection ? Answer::Ok(*connection) : Gone(call);
}

Answer PostToConnection(OperationCall& call) {
  json* connection = FindConnection(call);
  if (!connection) return Gone(call);
  (*connection)["LastActiveAt"] = NowIso8601();
  return Answer::Ok(json::object());
}

Answer DeleteConnection(OperationCall& call) {
  if (!FindConnection(call)) return Gone(call);
  call.store.Erase(ConnectionKey(call));
  return Answer::Ok(json::object());
}

}  // namespace

json NewConnection() {
  std::string now = NowIso8601();
  return json{{"ConnectedAt", now},
              {"LastActiveAt", now},
              {"Identity", {{"SourceIp", "127.0.0.1"}, {"UserAgent", "shapeguard-emulator"}}}};
}

const std::vector<HandlerEntry>& ManagementApiHandlers() {
  static const std::vector<HandlerEntry> kHandlers = {
      {"apigatewaymanagementapi.GetConnection", GetConnection},
      {"apigatewaymanagementapi.PostToConnection", PostToConnection},
      {"apigatewaymanagementapi.DeleteConnection", DeleteConnection},
  };
  return kHandlers;
}

}  // namespace shapeguard::emulator

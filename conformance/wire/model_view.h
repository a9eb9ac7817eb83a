// The parts of a botocore model (service-2.json) that the wire codec reads: an operation's
// HTTP binding, and the shapes and member traits that say where each value goes.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_MODEL_VIEW_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_MODEL_VIEW_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "shapeguard/result.h"
#include "shapeguard/schema.h"
#include "shapeguard/timestamp.h"

namespace shapeguard::conformance {

// One operation of a model. Pointers point into the model document, which the Schema the
// view was made from keeps alive.
struct OperationView {
  const nlohmann::json* shapes = nullptr;  // the model's "shapes"
  const nlohmann::json* input = nullptr;   // the input structure, or nullptr
  const nlohmann::json* output = nullptr;  // the output structure, or nullptr
  std::string method;                      // http.method
  std::string request_uri;                 // http.requestUri
  int response_code = 200;                 // http.responseCode: the success status
  std::vector<std::string> errors;         // the error shapes the operation declares
};

// A structure member with the traits that place it on the wire.
struct MemberView {
  std::string name;                       // the model's member name (parameter form)
  std::string wire_name;                  // locationName, or the name
  std::string location;                   // "" (body), "uri", "querystring", "header", ...
  const nlohmann::json* ref = nullptr;    // the member reference (member-level traits)
  const nlohmann::json* shape = nullptr;  // the shape it targets
};

// The operation a Schema was compiled for. Fails when the model has no such operation or
// its HTTP binding lacks a method or requestUri.
Result<OperationView> ViewOperation(const Schema& schema);

// The shape a reference ({"shape": "Name", ...}) targets, or nullptr.
const nlohmann::json* TargetShape(const nlohmann::json& shapes, const nlohmann::json& ref);

// The members of a structure shape, sorted by name (nlohmann::json keeps object keys sorted).
std::vector<MemberView> StructureMembers(const nlohmann::json& shapes,
                                         const nlohmann::json& structure);

// The member of a structure that has this name, if any.
std::optional<MemberView> FindMember(const nlohmann::json& shapes, const nlohmann::json& structure,
                                     const std::string& name);

// The botocore type of a shape ("structure", "string", ...), or "document" for the
// "document": true structures that hold any JSON.
std::string ShapeTypeOf(const nlohmann::json& shape);

// The structure's "payload" member name, or "".
std::string PayloadMemberName(const nlohmann::json& structure);

// The wire format of a timestamp: the member's "timestampFormat", else the shape's, else the
// default of where it goes.
TimestampFormat TimestampFormatOf(const MemberView& member, TimestampFormat location_default);

// A string member of a JSON object, or "" when absent or not a string.
std::string StringField(const nlohmann::json& object, const char* key);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_MODEL_VIEW_H_

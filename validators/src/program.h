// The compiled form of a service: shape nodes flattened into one array, each position in a
// document (a member, a list item, a map key or value) a Slot with its effective checks.
// Immutable after compile; shared by every Schema of the service.
#ifndef SHAPEGUARD_PROGRAM_H_
#define SHAPEGUARD_PROGRAM_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "model.h"
#include "name_index.h"
#include "shape_type.h"
#include "shapeguard/operation.h"
#include "shapeguard/timestamp_format.h"

namespace shapeguard::internal {

using NodeId = std::uint32_t;

// A position in a document and the rules that hold there: the node of the shape found
// there, and the checks of the model and the overlays merged (the most specific target of
// each kind wins).
struct Slot {
  NodeId node = 0;
  CheckList checks;
  bool nullable = false;  // items of "sparse" lists and values of sparse maps may be null
  std::string target;     // the most specific overlay target naming this position
  // Strings every check here passes, told in one pass (string slots whose checks can all
  // say so; else null).
  std::shared_ptr<const StringAcceptor> accept;

  // Sets accept from checks, for a slot whose node has this type.
  void MakeAcceptor(ShapeType type);
};

struct Member {
  std::string name;
  std::string wire_name;  // locationName, or the name; used for "did you mean" hints
  std::string location;   // "" (body), "uri", "querystring", "header", "headers", "statusCode"
  Slot slot;
  bool required = false;
  std::optional<TimestampFormat> timestamp_format;  // the member's "timestampFormat"
  bool idempotency_token = false;  // "idempotencyToken": SDKs fill it in when it is absent
  bool host_label = false;         // "hostLabel": also part of the endpoint's host name
  bool streaming = false;          // "streaming" on the member (S3's Body), as on a shape
  bool requires_length = false;    // "requiresLength" on the member, as on a shape
  bool flattened = false;          // "flattened" on the member, as on a list or map shape
  std::string query_name;          // "queryName": the ec2 protocol's name for it, or ""
};

struct Node {
  ShapeType type = ShapeType::kStructure;
  std::string shape;  // the botocore shape name ("" for the empty input of an operation)
  bool is_union = false;
  bool streaming = false;        // "streaming": a raw body
  bool eventstream = false;      // "eventstream" (type kDocument, no members)
  bool sensitive = false;        // "sensitive": its values are never shown in messages
  bool requires_length = false;  // "requiresLength": a streamed body whose size must be known
  std::optional<TimestampFormat> timestamp_format;  // the shape's "timestampFormat"
  bool flattened = false;  // list or map: "flattened" (query and XML protocols drop a level)
  // The locationName of a list's "member" and of a map's "key" and "value" ("" when none):
  // the names the query protocol gives items and entries.
  std::string item_name, key_name, value_name;
  std::string payload;                                 // structure: the "payload" member, or ""
  std::vector<Member> members;                         // structure: in model order
  NameIndex member_index;                              // structure: the members by name
  std::vector<std::uint32_t> required;                 // structure: indexes of the required members
  std::vector<std::uint32_t> required_in_model_order;  // the same, as "required" lists them
  Slot item;                                           // list
  Slot key, value;                                     // map

  // The member with this name, or nullptr.
  const Member* FindMember(std::string_view name) const {
    std::uint32_t i = member_index.Find(name);
    return i == NameIndex::kNotFound ? nullptr : &members[i];
  }

  // Builds member_index and required from members.
  void IndexMembers();
};

// An operation's roots and its HTTP facts, read from the model once at compile time.
struct OperationSlots {
  std::string name;
  Slot input;
  Slot output;
  std::string method;       // http.method, or ""
  std::string request_uri;  // http.requestUri, or ""
  int success_code = 200;   // http.responseCode
  std::vector<OperationError> errors;
};

struct Program {
  std::shared_ptr<const ServiceModel> model;
  std::vector<Node> nodes;
  std::map<std::string, OperationSlots, std::less<>> operations;
  std::string protocol;       // metadata.protocol, or ""
  std::string signing_name;   // metadata.signingName, else endpointPrefix, else the service
  std::string target_prefix;  // metadata.targetPrefix (json: X-Amz-Target's part before "."), or ""
  std::string api_version;    // metadata.apiVersion (query and ec2 requests send it as Version)
  // Model rules that could not be compiled (e.g. a pattern RE2 refuses) and overlay rules
  // whose target this model lacks: each reported once, then skipped.
  std::vector<std::string> warnings;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_PROGRAM_H_

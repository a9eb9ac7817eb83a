// Operation: what a service model says about one operation, typed and read once: its HTTP
// binding, its declared errors, and the shapes of its input and output with the traits that
// place each member on the wire.
#ifndef SHAPEGUARD_OPERATION_H_
#define SHAPEGUARD_OPERATION_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/constraint.h"
#include "shapeguard/shape_kind.h"
#include "shapeguard/timestamp_format.h"

namespace shapeguard {

namespace internal {
struct Program;
struct Node;
struct Member;
struct Slot;
struct OperationSlots;
}  // namespace internal

// Where a structure member travels in an HTTP message (botocore's "location").
enum class Location {
  kBody,         // no location: a member of the JSON body (or the payload)
  kUri,          // a {label} of the request URI
  kQueryString,  // a query parameter (a map: one parameter per entry)
  kHeader,       // one header
  kHeaders,      // a map of headers sharing a name prefix
  kStatusCode,   // the response's status code
};

// An error an operation declares, with what the error shape's "error" trait says of it.
struct OperationError {
  std::string shape;    // the error shape's name, e.g. "NotFoundException"
  int http_status = 0;  // error.httpStatusCode, or 0 when the model gives none
  std::string code;     // error.code, or "" when the model gives none
};

// The protocols botocore models name in metadata.protocol.
enum class Protocol { kRestJson, kRestXml, kJson, kQuery, kEc2, kOther };

class MemberView;

// A shape reached from an operation's input or output. A small handle into the compiled
// model: copy it freely; it is valid as long as the Operation it came from.
class ShapeView {
 public:
  // The shape's type.
  ShapeKind kind() const;
  // True for structures and unions: the shapes that have members.
  bool has_members() const;
  // The shape's model name ("CreateStageRequest").
  const std::string& name() const;
  // The shape's own "timestampFormat", if it names one of the known formats.
  std::optional<TimestampFormat> timestamp_format() const;
  // A blob or string shape with "streaming": true (a raw body).
  bool streaming() const;
  // A structure with "eventstream": true; its kind is kDocument and it lists no members.
  bool eventstream() const;

  // Structures and unions: the members, sorted by model name; empty for other kinds.
  std::vector<MemberView> members() const;
  // The required members, in the order the structure's "required" trait lists them.
  std::vector<MemberView> required_members() const;
  // The member with this model name, if the shape has one.
  std::optional<MemberView> FindMember(std::string_view name) const;
  // The member the structure's "payload" trait names, if any.
  std::optional<MemberView> payload() const;

  // Lists and maps: "flattened" (the query protocol names items without a wrapping level).
  bool flattened() const;
  // The locationName of a list's items, of a map's keys and of its values; "" when the
  // model gives none (the query protocol then says "member", "key", "value").
  const std::string& list_member_name() const;
  const std::string& map_key_name() const;
  const std::string& map_value_name() const;

  // Lists: the items' shape. Maps: the keys' and the values' shapes. Empty for other kinds.
  std::optional<ShapeView> list_member() const;
  std::optional<ShapeView> map_key() const;
  std::optional<ShapeView> map_value() const;

  // The rules that hold where the shape was reached (the member, list item, map key or value,
  // or the operation's root): the shape's own and those overlays give that position.
  Constraints constraints() const { return Constraints(checks_); }

  // This position and every position under it (members, list items, map keys and values),
  // depth first, each shape at each position once: a recursive shape ends at its first
  // repeat. The way to reach every constraint a document of this shape meets.
  std::vector<ShapeView> Positions() const;

  // The same shape reached at the same position.
  bool operator==(const ShapeView&) const = default;

 private:
  friend class MemberView;
  friend class Operation;
  friend class Schema;
  // The shape of the slot's node, with the slot's rules.
  ShapeView(const internal::Program* program, const internal::Slot& slot);
  ShapeView Child(const internal::Slot& slot) const { return ShapeView(program_, slot); }

  const internal::Program* program_;
  const internal::Node* node_;
  const internal::CheckList* checks_;
};

// A member of a structure, with the traits that place it on the wire. A handle like
// ShapeView.
class MemberView {
 public:
  // The model's member name (the parameter form's key).
  const std::string& name() const;
  // "locationName", else the member name: the JSON key, header name, query key or URI label.
  const std::string& wire_name() const;
  // Where the member travels.
  Location location() const;
  // Whether the structure lists the member as required.
  bool required() const;
  // "flattened" on the member reference (it applies to the list or map it targets).
  bool flattened() const;
  // "queryName", the ec2 protocol's name for the member; "" when the model gives none.
  const std::string& query_name() const;
  // The member's own "timestampFormat", if it names one of the known formats.
  std::optional<TimestampFormat> own_timestamp_format() const;
  // The format of a timestamp here: the member's trait, else its shape's, else
  // `location_default` (the default of where it travels).
  TimestampFormat timestamp_format(TimestampFormat location_default) const;
  // The shape the member targets.
  ShapeView shape() const;

 private:
  friend class ShapeView;
  MemberView(const internal::Program* program, const internal::Member* member)
      : program_(program), member_(member) {}

  const internal::Program* program_;
  const internal::Member* member_;
};

// One operation of a service, built once from the compiled model and shared (Catalog::
// GetOperation hands out the same object each time). Immutable, and safe to use from many
// threads at once.
class Operation {
 public:
  // The catalog makes these; `slots` is an operation of `program`.
  Operation(std::shared_ptr<const internal::Program> program,
            const internal::OperationSlots* slots);

  // "apigatewayv2".
  const std::string& service() const;
  // The model's operation name, "CreateStage".
  const std::string& name() const;
  // "apigatewayv2.CreateStage".
  std::string qualified_name() const;

  // The service's wire protocol (metadata.protocol), and its name as the model writes it.
  Protocol protocol() const;
  const std::string& protocol_name() const;
  // The name SigV4 signs for: metadata.signingName, else endpointPrefix, else the service.
  const std::string& signing_name() const;
  // metadata.targetPrefix: what json requests put before "." in X-Amz-Target ("" when the
  // model gives none), and metadata.apiVersion: the Version query and ec2 requests send.
  const std::string& target_prefix() const;
  const std::string& api_version() const;

  // http.method and http.requestUri ("" when the model gives none), and the status of a
  // success (http.responseCode, 200 when absent).
  const std::string& http_method() const;
  const std::string& request_uri() const;
  int success_code() const;
  // Whether the model gives both an HTTP method and a request URI.
  bool has_http_binding() const;

  // The errors the operation declares, in model order.
  const std::vector<OperationError>& errors() const;
  // Whether the operation declares the error shape of this name, or of this wire code
  // (error.code: the query protocol's <Code> may differ from the shape's name).
  bool DeclaresError(std::string_view shape) const;
  // The first declared error whose model HTTP status is `status`, or nullptr.
  const OperationError* ErrorForStatus(int status) const;

  // The input and output structures; empty when the model declares none.
  std::optional<ShapeView> input() const;
  std::optional<ShapeView> output() const;

 private:
  std::optional<ShapeView> Root(const internal::Slot& slot) const;

  std::shared_ptr<const internal::Program> program_;
  const internal::OperationSlots* slots_;
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_OPERATION_H_

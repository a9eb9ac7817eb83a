// Values between the parameter form and the rest-json body form, shape by shape.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_JSON_BODY_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_JSON_BODY_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "shapeguard/operation.h"
#include "shapeguard/result.h"

namespace shapeguard::conformance {

// How deep a value may nest: shapes may recurse, and a document from a generator or a
// server must not drive unbounded recursion.
inline constexpr int kMaxBodyDepth = 128;

// The body form of a parameter value of `shape` (`member`, the member that reached it, may be
// nullptr: its timestampFormat comes first): structure members under their wire names
// (locationName), timestamps as epoch seconds unless the trait says otherwise, blobs in base64. A
// value that does not fit its shape, and a member the structure does not declare, is copied as it
// is, so an invalid document reaches the server with the same mistake. Fails only when the value
// nests deeper than kMaxBodyDepth.
Result<nlohmann::json> EncodeBodyValue(ShapeView shape, const MemberView* member,
                                       const nlohmann::json& value);

// A body value read back into the parameter form.
struct DecodedBody {
  nlohmann::json value;
  // RFC 6901 pointers into the wire body of the keys that no member claims, in body order.
  // They are left out of `value`: an SDK ignores them, and kept there they could pass for
  // members (a server that writes "StageName" where the model says "stageName" would look
  // right in the parameter form).
  std::vector<std::string> undeclared;
};

// The parameter form of a body value of `shape`: wire names mapped back to member names,
// base64 blobs decoded when they hold UTF-8 text. Members that are null are dropped (SDKs
// read null as absent). Values that do not fit their shape are kept as they are so that
// validation reports them. When `body_only` is set (the top-level structure of a response),
// members bound to headers or the status code are not looked for in the body. Fails only
// when the value nests deeper than kMaxBodyDepth.
Result<DecodedBody> DecodeBodyValue(ShapeView shape, const nlohmann::json& value,
                                    bool body_only = false);

// The parameter form of a blob sent as base64: its bytes when they are UTF-8 text, else the
// base64 itself (the parameter form is JSON text, which cannot hold arbitrary bytes).
nlohmann::json BlobParam(const std::string& base64);

// The parameter form of a raw payload (the whole body): a string payload is its text (a
// text that is not UTF-8 is then reported by validation); a blob payload is its bytes when
// they are UTF-8 text, else their base64, as BlobParam gives (any bytes are a valid blob).
nlohmann::json RawPayloadParam(ShapeKind kind, const std::string& body);

// A JSON object body read into `params` (requests and responses alike): into `payload`, the
// structure payload member, when the operation has one; otherwise its members are merged in
// as the members of `structure` (body_only: header and status members are not looked for).
// Returns the wire pointers of the keys no member claims, or why the body does not decode.
Result<std::vector<std::string>> ReadObjectBody(ShapeView structure, const MemberView* payload,
                                                const nlohmann::json& body, nlohmann::json& params);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_JSON_BODY_H_

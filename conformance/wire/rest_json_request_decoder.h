// The rest-json request decoder: HTTP request -> parameter form, driven by the model. The
// inverse of EncodeRequest, for a server (the reference emulator) that validates what it
// receives against the input schema.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_REQUEST_DECODER_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_REQUEST_DECODER_H_

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "shapeguard/operation.h"
#include "shapeguard/result.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {

// A request read into the parameter form.
struct DecodedRequest {
  // The parameter form, an object to validate against the input schema.
  nlohmann::json params = nlohmann::json::object();
  // RFC 6901 pointers into the JSON body of the keys no member declares, in body order.
  // They are not in `params`; a strict server rejects them as unknown members.
  std::vector<std::string> undeclared;
  // Why a non-empty body could not be read as the JSON the operation expects; "" otherwise.
  std::string body_error;
};

// Reads a request the way a rest-json service does: "uri" members from `labels` (the
// decoded values MatchUriTemplate found in the path), "querystring" members from the
// request's query (a list from the repeated key, a map from the keys no other member
// claims), "header" and "headers" members from the headers (names compared
// case-insensitively), and the other members from the JSON body under their wire names; or,
// when the input names a "payload" member, the body into that member (a blob or string
// payload as its raw bytes). Text is converted to the member's type where it reads as one
// and kept as a string otherwise, so validating `params` reports it. Query keys no member
// declares are ignored, as AWS does. Never fails today; a Result so that protocols that can
// refuse a request have room to.
// True when some member of the operation's input travels in the body (or is its payload).
// A service does not read the body of an operation that takes none: a GET or DELETE sent
// with one is answered as without it.
bool TakesBody(const Operation& operation);

Result<DecodedRequest> DecodeRequest(const Operation& operation, const HttpRequest& request,
                                     const std::map<std::string, std::string>& labels);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_REQUEST_DECODER_H_

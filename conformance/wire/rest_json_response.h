// The rest-json response decoder: HTTP response -> parameter form (or error), driven by the
// model.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_RESPONSE_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_RESPONSE_H_

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "shapeguard/operation.h"
#include "shapeguard/result.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {

// A response read back into the parameter form, with what oracles need to judge it.
struct DecodedResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  // Success (status < 300): the parameter form, an object to validate against the output
  // schema. Error responses: null.
  nlohmann::json params;
  // Error responses: the error's shape name, from x-amzn-errortype, else the body's
  // "__type", else its "code" or "Code" (any ":..." suffix and "namespace#" prefix removed);
  // nullopt when the response names none.
  std::optional<std::string> error_type;
  std::string error_message;  // the body's "message" or "Message", or ""
  nlohmann::json raw_body;    // the parsed body; null when empty or not JSON
  std::string raw_body_text;
  // RFC 6901 pointers into raw_body of the keys no member declares (wire-name mistakes,
  // extra members), in body order. They are not in `params`, as an SDK would ignore them.
  std::vector<std::string> undeclared;
  // Why a non-empty body could not be read as JSON (when the operation expects JSON); ""
  // otherwise.
  std::string body_error;

  bool is_error() const { return status >= 300; }
};

// Reads a response the way an AWS SDK does over rest-json: members bound to "header",
// "headers" and "statusCode" from the response line and headers (names compared
// case-insensitively); the JSON body mapped from wire names (locationName) to member names,
// recursively, or, when the output names a "payload" member, the body into that member (a
// blob or string payload as its raw text). Timestamps keep their wire value when it is
// epoch seconds or an ISO-8601 string (both are timestamps in the parameter form); header
// timestamps become ISO-8601 strings. Values of the wrong type are kept as they are, so that
// validating `params` reports them; body keys no member declares are listed in
// `undeclared`. A body
// that is not JSON, or nests deeper than kMaxBodyDepth, is not a failure but a finding: it is
// reported in body_error. Never fails today; a Result so that protocols that can refuse a
// response have room to.
Result<DecodedResponse> DecodeResponse(const Operation& operation, const HttpResponse& response);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_RESPONSE_H_

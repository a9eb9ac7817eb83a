// The rest-json response encoder: parameter form -> HTTP response, driven by the model. The
// inverse of DecodeResponse, for a server (the reference emulator).
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_RESPONSE_ENCODER_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_RESPONSE_ENCODER_H_

#include <nlohmann/json.hpp>
#include <string>

#include "shapeguard/operation.h"
#include "shapeguard/result.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {

// The response a rest-json service sends for `params` (the output's parameter form) with
// the given status: "header" members as headers (timestamps as HTTP-dates unless the
// member says otherwise), "headers" maps one header per entry, the other members as the
// JSON body under their wire names (locationName), recursively; or, when the output names
// a "payload" member, that member alone as the body. Content-Type is application/json when
// the body is JSON. An operation without output gets an empty body. Members the output does
// not declare are dropped. Fails when a value nests too deep or has no wire form where its
// member goes.
Result<HttpResponse> EncodeResponse(const Operation& operation, const nlohmann::json& params,
                                    int status);

// An error response as API Gateway and AppConfig send it: the error's shape name in the
// x-amzn-errortype header and a JSON body {"message": ...}.
HttpResponse EncodeErrorResponse(int status, const std::string& error_type,
                                 const std::string& message);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_RESPONSE_ENCODER_H_

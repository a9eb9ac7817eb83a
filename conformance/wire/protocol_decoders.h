// The decoder for an operation's protocol: one place that knows which codec reads which
// protocol, for the proxy and the tests alike.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_PROTOCOL_DECODERS_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_PROTOCOL_DECODERS_H_

#include <map>
#include <string>

#include "shapeguard/operation.h"
#include "shapeguard/result.h"
#include "wire/http_message.h"
#include "wire/rest_json_request_decoder.h"
#include "wire/rest_json_response.h"

namespace shapeguard::conformance {

// Whether the protocol is one the decoders below read: rest-json, json (1.0 and 1.1), query
// and ec2.
bool DecodesProtocol(Protocol protocol);

// The request read by its protocol: query and ec2 forms by DecodeQueryRequest, the others
// by DecodeRequest (json requests are its body-only case: no member has a location).
// `labels` are the URI labels of a rest request's template match.
Result<DecodedRequest> DecodeRequestOf(const Operation& operation, const HttpRequest& request,
                                       const std::map<std::string, std::string>& labels);

// The response read by its protocol: XML (query, ec2) by DecodeQueryResponse, JSON by
// DecodeResponse.
Result<DecodedResponse> DecodeResponseOf(const Operation& operation, const HttpResponse& response);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_PROTOCOL_DECODERS_H_

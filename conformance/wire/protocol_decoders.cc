#include "wire/protocol_decoders.h"

#include "wire/query_request_decoder.h"
#include "wire/query_response_decoder.h"

namespace shapeguard::conformance {
namespace {

bool IsQuery(Protocol protocol) {
  return protocol == Protocol::kQuery || protocol == Protocol::kEc2;
}

}  // namespace

bool DecodesProtocol(Protocol protocol) {
  return protocol == Protocol::kRestJson || protocol == Protocol::kJson || IsQuery(protocol);
}

Result<DecodedRequest> DecodeRequestOf(const Operation& operation, const HttpRequest& request,
                                       const std::map<std::string, std::string>& labels) {
  if (IsQuery(operation.protocol())) return DecodeQueryRequest(operation, request);
  return DecodeRequest(operation, request, labels);
}

Result<DecodedResponse> DecodeResponseOf(const Operation& operation, const HttpResponse& response) {
  if (IsQuery(operation.protocol())) return DecodeQueryResponse(operation, response);
  return DecodeResponse(operation, response);
}

}  // namespace shapeguard::conformance

// The query and ec2 response decoder: an XML answer -> the parameter form (or an error),
// driven by the model, as botocore's XML parsers read it.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_QUERY_RESPONSE_DECODER_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_QUERY_RESPONSE_DECODER_H_

#include "shapeguard/operation.h"
#include "shapeguard/result.h"
#include "wire/http_message.h"
#include "wire/rest_json_response.h"

namespace shapeguard::conformance {

// Success (status < 300): the output's members from <OperationResponse><OperationResult>
// (query; ec2 has no Result level), by locationName, else the member name; lists as
// <Name><member>..</member></Name> (the items' locationName if any) or, flattened, as
// repeated <Name> elements; maps as <Name><entry><key/><value/></entry></Name> or,
// flattened, repeated <Name><key/><value/></Name>. ResponseMetadata and ec2's requestId
// are not members and not undeclared. Errors: the type from <Error><Code> (query's
// <ErrorResponse>, ec2's <Response><Errors>) and the message from <Message>. Scalars are
// converted to their type where the text reads as one, and kept as text otherwise; child
// elements no member declares are listed in `undeclared` as pointers. A body that is not
// XML is reported in body_error. raw_body stays null (it is not JSON).
Result<DecodedResponse> DecodeQueryResponse(const Operation& operation,
                                            const HttpResponse& response);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_QUERY_RESPONSE_DECODER_H_

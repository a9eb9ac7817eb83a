// The error answers AWS services send, per protocol: what a proxy that refuses a request
// itself must send so that an SDK raises what it would raise against AWS.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_AWS_ERROR_RESPONSE_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_AWS_ERROR_RESPONSE_H_

#include <string>

#include "shapeguard/operation.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {

// An error answer of `status` naming `type` in the protocol's form:
//  - rest-json: x-amzn-errortype and a {"message"} JSON body;
//  - json (1.0 and 1.1): the same header and {"__type", "message"} as application/x-amz-json;
//  - query: <ErrorResponse><Error><Type>Sender</Type><Code>..</Code><Message>..</Message>;
//  - ec2: <Response><Errors><Error><Code>..</Code><Message>..</Message>;
//  - rest-xml: <Error><Code>..</Code><Message>..</Message></Error>.
// Other protocols get the rest-json form.
HttpResponse AwsErrorResponse(Protocol protocol, int status, const std::string& type,
                              const std::string& message);

// The error type a service answers a request that breaks its input contract with: the
// operation's BadRequestException where it declares one (API Gateway, AppConfig), else
// ValidationException (json, rest-json), ValidationError (query), InvalidParameterValue
// (ec2).
std::string ValidationErrorType(const Operation& operation);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_AWS_ERROR_RESPONSE_H_

// The query and ec2 request decoder: "Action=CreateUser&Version=2010-05-08&UserName=x&
// Tags.member.1.Key=k" -> the parameter form, driven by the model, as AWS's query services
// read the form botocore's serializers write.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_QUERY_REQUEST_DECODER_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_QUERY_REQUEST_DECODER_H_

#include "shapeguard/operation.h"
#include "shapeguard/result.h"
#include "wire/http_message.h"
#include "wire/rest_json_request_decoder.h"

namespace shapeguard::conformance {

// Reads the form parameters of the query string and of an application/x-www-form-urlencoded
// body. Names follow the protocol:
//  - query: a structure's members by locationName (else the member name), joined with ".";
//    lists as "Name.member.N" ("Name.<item locationName>.N"), or "Name.N" when flattened,
//    and "Name=" for an empty list; maps as "Name.entry.N.key" and ".value" (their locationNames if
//    any), without
//    ".entry" when flattened;
//  - ec2: members by queryName, else the locationName capitalised, else the member name;
//    lists as "Name.N" always.
// Scalars are converted to the member's type where the text reads as one (timestamps stay
// ISO-8601 strings) and kept as strings otherwise, so validation reports them. Form keys no
// member claims (besides Action and Version) are listed in `undeclared`, as the keys
// themselves. A list's items are taken in index order.
Result<DecodedRequest> DecodeQueryRequest(const Operation& operation, const HttpRequest& request);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_QUERY_REQUEST_DECODER_H_

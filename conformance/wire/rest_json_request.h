// The rest-json request encoder: parameter form -> HTTP request, driven by the model.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_REQUEST_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_REQUEST_H_

#include <nlohmann/json.hpp>

#include "shapeguard/operation.h"
#include "shapeguard/result.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {

// Builds the request an AWS SDK sends for `params` (the parameter form, as `shapeguard
// validate` takes it) over the rest-json protocol:
//  - method and path from the operation's http.method and http.requestUri; a query part
//    already in requestUri ("/apikeys?mode=import") is kept;
//  - "uri" members fill the {label} of their locationName, percent-encoded (RFC 3986
//    unreserved characters kept; "/" kept only in greedy {label+});
//  - "querystring" members become key=value pairs (a list repeats its key, a map gives one
//    pair per entry), "header" members headers (timestamps as HTTP-dates unless
//    timestampFormat says otherwise, lists comma-joined), "headers" maps one header per
//    entry with locationName as the prefix;
//  - the other members form the JSON body under their locationNames, recursively; or, when
//    the input names a "payload" member, that member alone is the body: a structure as JSON,
//    a blob or string as its raw bytes. Content-Type is application/json when the body is
//    JSON; there is no body when no body member is set.
// Invalid documents are encoded too (a runner sends them to see the server reject them):
// values that do not fit their shape and undeclared members go where a body member would,
// as they are; a missing label leaves its path segment empty. Fails when params is not an
// object, a header, label or query value has no text
// form (an object where a scalar belongs), a header value holds a line break or NUL, or an
// undeclared member has nowhere to go, and when the model gives the operation no HTTP method
// or request URI.
Result<HttpRequest> EncodeRequest(const Operation& operation, const nlohmann::json& params);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_REST_JSON_REQUEST_H_

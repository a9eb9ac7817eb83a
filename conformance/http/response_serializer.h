// A response as the bytes that go on the wire.
#ifndef SHAPEGUARD_CONFORMANCE_HTTP_RESPONSE_SERIALIZER_H_
#define SHAPEGUARD_CONFORMANCE_HTTP_RESPONSE_SERIALIZER_H_

#include <string>

#include "wire/http_message.h"

namespace shapeguard::http {

// Status line, headers, body. Content-Length is set from the body (a given one, and any
// hop-by-hop header, is dropped: they describe another connection); `head` leaves the body
// out but keeps its length (the answer to HEAD); `close` adds "Connection: close". Header
// values are written as they are, except that CR and LF become spaces, so no value can
// start another header.
std::string SerializeResponse(const conformance::HttpResponse& response, bool head, bool close);

// "Continue", "OK", "Not Found", ...; "Unknown" for a code it does not know.
const char* ReasonPhrase(int status);

// True for the headers that belong to one connection rather than to the message
// (RFC 9110, section 7.6.1): a proxy does not forward them.
bool IsHopByHopHeader(std::string_view name);

}  // namespace shapeguard::http

#endif  // SHAPEGUARD_CONFORMANCE_HTTP_RESPONSE_SERIALIZER_H_

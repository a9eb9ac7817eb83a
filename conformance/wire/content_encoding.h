// Request bodies as sent: SDKs gzip the bodies of operations with the "requestcompression"
// trait and say so in Content-Encoding, which a server undoes before it reads them.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_CONTENT_ENCODING_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_CONTENT_ENCODING_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "shapeguard/result.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {

// The body with a last "gzip" coding of Content-Encoding undone (codings before it, such as
// a member's own "custom", stay: they are the member's value); the body as it is otherwise.
// Fails when the gzip data is broken or inflates beyond max_bytes (a small body can
// inflate a thousandfold).
Result<std::string> RequestBody(const HttpRequest& request, std::size_t max_bytes = 64 << 20);

// The gzip stream inflated; fails when it is broken or inflates beyond max_bytes.
Result<std::string> InflateGzip(std::string_view compressed, std::size_t max_bytes);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_CONTENT_ENCODING_H_

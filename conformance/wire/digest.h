// The hashes SigV4 needs (SHA-256, HMAC-SHA-256) and base64 for blobs, from OpenSSL.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_DIGEST_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_DIGEST_H_

#include <optional>
#include <string>
#include <string_view>

namespace shapeguard::conformance {

// The raw 32-byte SHA-256 digest of data.
std::string Sha256(std::string_view data);

// The raw 32-byte HMAC-SHA-256 of data under key.
std::string HmacSha256(std::string_view key, std::string_view data);

// Lower-case hex of bytes, as SigV4 writes hashes and signatures.
std::string HexEncode(std::string_view bytes);

// Standard base64 (RFC 4648, with padding), as JSON protocols carry blobs.
std::string Base64Encode(std::string_view bytes);

// Decodes standard base64 with padding; nullopt when text is not that.
std::optional<std::string> Base64Decode(std::string_view text);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_DIGEST_H_

// RFC 3986 percent-encoding, as AWS uses it in URI labels, query strings and SigV4.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_PERCENT_ENCODING_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_PERCENT_ENCODING_H_

#include <string>
#include <string_view>

namespace shapeguard::conformance {

// Which characters besides the unreserved ones stay as they are.
enum class Slashes { kEncode, kKeep };

// Encodes every byte except the RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~) as %XX
// with upper-case hex digits, as SigV4 requires. With Slashes::kKeep, "/" stays too (greedy
// labels such as {proxy+}, canonical URI paths).
std::string PercentEncode(std::string_view text, Slashes slashes = Slashes::kEncode);

// Decodes %XX escapes (either case of hex digit). A "%" that does not start an escape is kept
// as it is; "+" is kept too (it means a space only in HTML forms, never to AWS).
std::string PercentDecode(std::string_view text);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_PERCENT_ENCODING_H_

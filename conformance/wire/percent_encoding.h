// RFC 3986 percent-encoding, as AWS uses it in URI labels, query strings and SigV4.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_PERCENT_ENCODING_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_PERCENT_ENCODING_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// How "+" reads in name=value&... text: as itself in a URI's query (rest protocols), as a
// space in an application/x-www-form-urlencoded body (the query protocol's forms).
enum class Plus { kLiteral, kSpace };

// The name=value pairs of a query string or form, decoded, in order; empty pairs are
// skipped, a pair without "=" has an empty value.
std::vector<std::pair<std::string, std::string>> ParseUrlEncoded(std::string_view text, Plus plus);

// The decoded value of the first pair named `name` (compared decoded) in a form, or "".
std::string FormValue(std::string_view form, std::string_view name);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_PERCENT_ENCODING_H_

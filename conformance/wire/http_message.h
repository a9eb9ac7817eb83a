// HTTP requests and responses as the conformance suite sends and receives them: the wire
// form that the codec produces, the signer signs and the client sends.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_HTTP_MESSAGE_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_HTTP_MESSAGE_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shapeguard::conformance {

// One request. `path` and `query` are already percent-encoded, exactly as they go on the
// request line, so that what is signed is what is sent.
struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // "/v2/apis/a1b2/stages"; starts with "/"
  std::string query;   // "max_results=5&next_token=x", without the "?"; may be empty
  // In the order they are sent. A vector rather than a map: names may repeat, and AWS's
  // signing test vectors depend on the order of repeated headers.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  // The request target: the path, then "?" and the query when there is one.
  std::string target() const;

  // The value of the first header with this name (compared case-insensitively), or nullptr.
  const std::string* FindHeader(std::string_view name) const;

  // Replaces every header with this name (case-insensitively) by one with the given value.
  void SetHeader(std::string_view name, std::string value);
};

// One response. Header names are lower-cased (HTTP header names are case-insensitive); a
// header that came more than once holds its values joined with ", ", as RFC 9110 allows.
struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;
  std::string body;
};

// ASCII lower-case of text; header names are ASCII.
std::string AsciiLower(std::string_view text);

// The text without leading and trailing optional whitespace (spaces and tabs, RFC 9110
// section 5.6.3), as header values and list items are read.
std::string_view TrimOws(std::string_view text);

// True when a and b are equal ignoring ASCII case.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_HTTP_MESSAGE_H_

#include "http/response_serializer.h"

#include <array>
#include <utility>

namespace shapeguard::http {
namespace {

using conformance::EqualsIgnoreCase;

void AppendHeaderValue(std::string& out, const std::string& value) {
  for (char c : value) out.push_back(c == '\r' || c == '\n' ? ' ' : c);
}

// 1xx, 204 and 304 answers carry no body and no Content-Length (RFC 9110, 8.6).
bool MayHaveBody(int status) { return status >= 200 && status != 204 && status != 304; }

}  // namespace

const char* ReasonPhrase(int status) {
  static constexpr std::array<std::pair<int, const char*>, 28> kPhrases{{
      {100, "Continue"},
      {200, "OK"},
      {201, "Created"},
      {202, "Accepted"},
      {204, "No Content"},
      {206, "Partial Content"},
      {301, "Moved Permanently"},
      {302, "Found"},
      {304, "Not Modified"},
      {307, "Temporary Redirect"},
      {400, "Bad Request"},
      {401, "Unauthorized"},
      {403, "Forbidden"},
      {404, "Not Found"},
      {405, "Method Not Allowed"},
      {408, "Request Timeout"},
      {409, "Conflict"},
      {410, "Gone"},
      {411, "Length Required"},
      {412, "Precondition Failed"},
      {413, "Content Too Large"},
      {417, "Expectation Failed"},
      {429, "Too Many Requests"},
      {431, "Request Header Fields Too Large"},
      {500, "Internal Server Error"},
      {501, "Not Implemented"},
      {502, "Bad Gateway"},
      {505, "HTTP Version Not Supported"},
  }};
  for (const auto& [code, phrase] : kPhrases) {
    if (code == status) return phrase;
  }
  return "Unknown";
}

bool IsHopByHopHeader(std::string_view name) {
  for (std::string_view hop :
       {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding",
        "upgrade", "proxy-authenticate", "proxy-authorization"}) {
    if (EqualsIgnoreCase(name, hop)) return true;
  }
  return false;
}

std::string SerializeResponse(const conformance::HttpResponse& response, bool head, bool close) {
  std::string out;
  out.reserve(128 + response.body.size());
  out.append("HTTP/1.1 ")
      .append(std::to_string(response.status))
      .append(" ")
      .append(ReasonPhrase(response.status))
      .append("\r\n");
  for (const auto& [name, value] : response.headers) {
    if (IsHopByHopHeader(name) || EqualsIgnoreCase(name, "content-length")) continue;
    out.append(name).append(": ");
    AppendHeaderValue(out, value);
    out.append("\r\n");
  }
  if (MayHaveBody(response.status)) {
    out.append("Content-Length: ").append(std::to_string(response.body.size())).append("\r\n");
  }
  if (close) out.append("Connection: close\r\n");
  out.append("\r\n");
  if (!head && MayHaveBody(response.status)) out.append(response.body);
  return out;
}

}  // namespace shapeguard::http

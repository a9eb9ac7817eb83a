// http_request: bytes -> the HTTP/1.1 request parser under `serve` and `proxy`, the one
// piece of the network side that reads what any client sends. The first byte picks the size
// of the pieces the rest arrives in (1 to 256 bytes); the second the body limit. Invariants:
//  - the parser never crashes, and reads the same requests (method, path, query, headers,
//    body, keep-alive) and the same error, whether the bytes come whole or in pieces;
//  - a complete request has a token method, a path starting with "/", at most the header
//    limit of headers and a body within the body limit;
//  - an error has a status the server answers with (400, 413, 417, 431, 501, 505) and a
//    reason.
#include <cstdint>
#include <string>
#include <vector>

#include "harness_support.h"
#include "http/request_parser.h"

namespace shapeguard::fuzz {
namespace {

// Larger inputs only repeat what smaller ones reach (the limits below are small).
constexpr std::size_t kMaxInput = 1 << 16;
// Pipelined requests read per input; each costs a Reset and a parse.
constexpr int kMaxRequests = 64;

std::string Describe(const conformance::HttpRequest& request, bool keep_alive) {
  std::string text = request.method + " " + request.path + "?" + request.query + "\n";
  for (const auto& [name, value] : request.headers) text += name + ": " + value + "\n";
  return text + "keep-alive " + (keep_alive ? "1" : "0") + "\n" + request.body;
}

// What the parser makes of the bytes, fed in pieces of `piece` bytes: each request, then
// the error if one ends the connection.
std::vector<std::string> ReadAll(std::string_view bytes, std::size_t piece,
                                 http::ParserLimits limits) {
  http::RequestParser parser(limits);
  std::vector<std::string> seen;
  std::size_t offset = 0;
  http::ParseState state = http::ParseState::kNeedMore;
  while (static_cast<int>(seen.size()) < kMaxRequests) {
    if (state == http::ParseState::kNeedMore) {
      if (offset >= bytes.size()) break;
      std::string_view next = bytes.substr(offset, piece);
      offset += next.size();
      state = parser.Feed(next);
      parser.TakeContinueExpected();
      continue;
    }
    if (state == http::ParseState::kError) {
      Require(parser.error_reason().size() > 0, "an error has a reason");
      int status = parser.error_status();
      Require(status == 400 || status == 413 || status == 417 || status == 431 || status == 501 ||
                  status == 505,
              "an error has a status the server answers with", std::to_string(status));
      seen.push_back("error " + std::to_string(status));
      break;
    }
    const conformance::HttpRequest& request = parser.request();
    Require(!request.method.empty() && request.method.find_first_of(" \r\n:") == std::string::npos,
            "a complete request has a token method", request.method);
    Require(!request.path.empty() && request.path.front() == '/',
            "a complete request's path starts with /", request.path);
    Require(request.headers.size() <= limits.max_headers, "headers stay within the limit");
    Require(request.body.size() <= limits.max_body_bytes, "the body stays within the limit");
    seen.push_back(Describe(request, parser.keep_alive()));
    parser.Reset();
    state = parser.Parse();
  }
  return seen;
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  if (size > kMaxInput) return 0;
  ByteReader reader(data, size);
  std::size_t piece = 1 + reader.Byte();
  http::ParserLimits limits;
  limits.max_header_bytes = 2048;
  limits.max_headers = 32;
  limits.max_body_bytes = 1 + reader.Byte() * 64;
  std::string_view bytes = reader.Rest();
  std::vector<std::string> whole = ReadAll(bytes, bytes.size() + 1, limits);
  std::vector<std::string> pieces = ReadAll(bytes, piece, limits);
  Require(whole == pieces, "the same requests whether the bytes come whole or in pieces",
          std::string(bytes.substr(0, 200)));
  return 0;
}

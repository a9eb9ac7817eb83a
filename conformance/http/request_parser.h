// An incremental HTTP/1.1 request parser for a server that must hold against any client:
// bytes arrive in pieces, and every limit (header size, header count, body size) is checked
// before the bytes it guards are stored, so a hostile client costs at most the limits.
#ifndef SHAPEGUARD_CONFORMANCE_HTTP_REQUEST_PARSER_H_
#define SHAPEGUARD_CONFORMANCE_HTTP_REQUEST_PARSER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "wire/http_message.h"

namespace shapeguard::http {

// What a parser will accept.
struct ParserLimits {
  std::size_t max_header_bytes = 64 << 10;  // request line and headers together
  std::size_t max_headers = 256;
  std::size_t max_body_bytes = 64 << 20;
};

// The parser's answer after it was fed some bytes.
enum class ParseState {
  kNeedMore,  // the request is not complete yet
  kComplete,  // request() is one whole request
  kError,     // the bytes are not a request this server takes: answer error_status() and close
};

// Reads one request at a time from a connection's bytes. Feed it what arrives; after
// kComplete take request(), then Reset() for the next one (the bytes fed beyond the first
// request are kept: pipelined requests are read in order).
class RequestParser {
 public:
  explicit RequestParser(ParserLimits limits = {}) : limits_(limits) {}

  // Appends the bytes and parses as far as they go.
  ParseState Feed(std::string_view bytes);

  // Parses what is buffered (after Reset, the next pipelined request).
  ParseState Parse();

  // The whole request; valid after kComplete. Header names keep their case.
  conformance::HttpRequest& request() { return request_; }

  // After kComplete: whether the connection stays open after the answer (HTTP/1.1 unless
  // "Connection: close"; HTTP/1.0 only with "Connection: keep-alive").
  bool keep_alive() const { return keep_alive_; }

  // True once after the headers of a request whose client waits for "100 Continue" before
  // it sends the body (and has sent none of it yet); the server answers that, then reads on.
  bool TakeContinueExpected();

  // After kError: the status to answer (400, 413, 431, 501, 505) and why.
  int error_status() const { return error_status_; }
  const std::string& error_reason() const { return error_reason_; }

  // True when bytes of a request (the next one's, after a complete one) are buffered.
  bool has_buffered_bytes() const { return !buffer_.empty(); }

  // Forgets the complete request and gets ready to parse the next one.
  void Reset();

 private:
  enum class Stage { kHead, kFixedBody, kChunkSize, kChunkData, kChunkDataEnd, kTrailers, kDone };

  ParseState ParseHead();
  ParseState ParseHeaderLine(std::string_view line);
  ParseState StartBody();
  ParseState ParseFixedBody();
  // Moves up to remaining_ buffered bytes into the body; true when none remain.
  bool TakeBodyBytes();
  ParseState ParseChunked();
  ParseState Fail(int status, std::string reason);

  ParserLimits limits_;
  std::string buffer_;  // bytes received and not parsed yet
  Stage stage_ = Stage::kHead;
  conformance::HttpRequest request_;
  bool keep_alive_ = true;
  bool expect_continue_ = false;
  bool continue_pending_ = false;
  bool chunked_ = false;
  bool has_length_ = false;
  std::uint64_t remaining_ = 0;  // body bytes (or chunk bytes) still to come
  std::size_t header_bytes_ = 0;
  int error_status_ = 0;
  std::string error_reason_;
};

}  // namespace shapeguard::http

#endif  // SHAPEGUARD_CONFORMANCE_HTTP_REQUEST_PARSER_H_
